"""Texts as the answer writes them (rules/texts.py)."""

from openfisca_asb.rules.texts import inside_a_sentence


def test_a_documents_issuer_reads_as_part_of_the_sentence():
    # Review of 0.10.0: «(utstedes av Sykehuslege …)», «(utstedes av Arbeidsgiveren)»; a name of capitals stays.
    assert inside_a_sentence("Arbeidsgiveren") == "arbeidsgiveren"
    assert inside_a_sentence("The employer") == "the employer"
    assert [inside_a_sentence(name) for name in ("NAV", "PP-tjenesten")] == ["NAV", "PP-tjenesten"]
