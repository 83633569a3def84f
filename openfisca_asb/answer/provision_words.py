"""A provision as a sentence of the answer cites it, in the answer's language: «folketrygdloven § 9-10 fjerde ledd»,
"National Insurance Act § 9-10 fourth paragraph" — as the answer's own texts say it (answer/days_by_payer.py, the
catalogue's reasons). A condition's `LegalReference` keeps the Norwegian citation, capitalised, in both languages
(ADR 0043); this is for a provision named inside a sentence.
"""

from openfisca_asb.rules.provisions import ARBEIDSMILJOLOVEN, FOLKETRYGDLOVEN, Provision, Reference
from openfisca_asb.rules.texts import inside_a_sentence

# The names the answer's English texts give the laws; another law keeps its Norwegian name («forvaltningsloven § 28»).
ENGLISH_NAMES = {FOLKETRYGDLOVEN.name: "National Insurance Act", ARBEIDSMILJOLOVEN.name: "Working Environment Act"}
ENGLISH_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}


def provision_in_words(reference: Reference, language: str) -> str:
    """The provision as a sentence names it in `language`; a source that is no provision by its title."""
    if not isinstance(reference, Provision):
        return reference.citation_in(language)
    if language == "nb":
        return f"{inside_a_sentence(reference.law.name)} {reference.label}".strip()
    return f"{ENGLISH_NAMES.get(reference.law.name, inside_a_sentence(reference.law.name))} {_english_label(reference)}".strip()


def _english_label(provision: Provision) -> str:
    """"§ 9-10 fourth paragraph": the parts a label gives, in English; words the label gives in Norwegian («siste»)
    and free `detail` are kept as written."""
    parts = provision.parts
    words = [f"§ {parts.section}"] if parts.section else []
    if parts.ledd is not None:
        words.append(_paragraphs(parts.ledd))
    if parts.nr is not None:
        words.append(f"no. {parts.nr}")
    if parts.bokstav is not None:
        words.append(f"letter {parts.bokstav}")
    if parts.punktum is not None:
        words.append(f"{ENGLISH_ORDINALS[parts.punktum]} sentence")
    if parts.detail:
        words.append(parts.detail)
    return " ".join(words)


def _paragraphs(ledd) -> str:
    if isinstance(ledd, str):
        return f"{ledd} ledd"
    if isinstance(ledd, int):
        return f"{ENGLISH_ORDINALS[ledd]} paragraph"
    words = [ENGLISH_ORDINALS[number] for number in ledd]
    return ", ".join(words[:-1]) + " and " + words[-1] + " paragraphs"
