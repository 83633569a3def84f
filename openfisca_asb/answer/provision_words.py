"""A provision as a sentence of the answer cites it, in the answer's language: «folketrygdloven § 9-10 fjerde ledd»,
"National Insurance Act § 9-10 fourth paragraph" — as the answer's own texts say it (answer/days_by_payer.py, the
catalogue's reasons). A condition's `LegalReference` keeps the Norwegian citation, capitalised, in both languages
(ADR 0043); this is for a provision named inside a sentence.
"""

from openfisca_asb.rules.provisions import ARBEIDSMILJOLOVEN, FOLKETRYGDLOVEN, Provision, Reference
from openfisca_asb.rules.texts import inside_a_sentence

# The names the answer's English texts give the laws; another law keeps its Norwegian name («forvaltningsloven § 28»).
ENGLISH_NAMES = {FOLKETRYGDLOVEN.name: "National Insurance Act", ARBEIDSMILJOLOVEN.name: "Working Environment Act"}


def provision_in_words(reference: Reference, language: str) -> str:
    """The provision as a sentence names it in `language`; a source that is no provision by its title."""
    if not isinstance(reference, Provision):
        return reference.citation_in(language)
    if language == "nb":
        return f"{inside_a_sentence(reference.law.name)} {reference.label}".strip()
    return f"{ENGLISH_NAMES.get(reference.law.name, inside_a_sentence(reference.law.name))} {reference.label_in('en')}".strip()
