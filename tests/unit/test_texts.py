"""Texts as the answer writes them (rules/texts.py)."""

from openfisca_asb.rules.texts import fill_parameters, inside_a_sentence, opening_a_sentence


def test_a_documents_issuer_reads_as_part_of_the_sentence():
    # Review of 0.10.0: «(utstedes av Sykehuslege …)», «(utstedes av Arbeidsgiveren)»; a name of capitals stays.
    assert inside_a_sentence("Arbeidsgiveren") == "arbeidsgiveren"
    assert inside_a_sentence("The employer") == "the employer"
    assert [inside_a_sentence(name) for name in ("NAV", "PP-tjenesten")] == ["NAV", "PP-tjenesten"]
    # Review s15b: "issued by A doctor" — a one-letter first word opens the name too.
    assert inside_a_sentence("A doctor") == "a doctor"


def test_a_quoted_rate_is_written_as_every_amount_is():
    # Review s15, finding 11: «150000 kroner» in the bil card. Whole numbers get a space between thousands, as
    # kroner_text writes amounts in both languages; a fraction stays as written; a million is no «1.5e+06».
    parameters = {"bil": {"part": 150000, "share": 0.64, "cap": 1500000.0, "age": 18}}
    text = "{p:bil.part} kroner, {p:bil.share}, {p:bil.cap} kroner, under {p:bil.age} år"
    assert fill_parameters(text, parameters) == "150 000 kroner, 0.64, 1 500 000 kroner, under 18 år"


def test_a_sentence_that_opens_with_a_persons_id_opens_with_a_capital():
    # Review s18 D5: «nora, som døde …» in the API and the CLI. An id is a name the family chose: it opens a sentence
    # with a capital, in both languages, a letter of any alphabet too; the rest of the id, and a sentence opening with a
    # capital or a figure, are as they were.
    assert opening_a_sentence("nora, som døde 15. oktober 2026, regnes ikke med") == "Nora, som døde 15. oktober 2026, regnes ikke med"
    assert opening_a_sentence("nora, who died on 15 October 2026, is not counted") == "Nora, who died on 15 October 2026, is not counted"
    assert opening_a_sentence("åse-marie, som døde") == "Åse-marie, som døde"
    assert opening_a_sentence("barn1, som døde") == "Barn1, som døde"  # the page's id: the page puts the name in
    assert [opening_a_sentence(text) for text in ("Nytt kalenderår", "NAV betaler", "2 barn", "")] == ["Nytt kalenderår", "NAV betaler", "2 barn", ""]
