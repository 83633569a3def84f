"""Whether a name in a pilot's `kommuner` is the name of the kommune its number is (review s21 drafter L1, diff L5).

The names are SSB's (facts/data/kommuner.csv). A kommune with an official name in more than one language is given
with all of them joined by hyphens («Oslo-Oslove», «Deatnu-Tana», «Porsanger-Porsáŋgu-Porsanki»); each of those is
the kommune's name, so each is accepted alone. Any other hyphen or space is part of one name: «Nord» is not Nord-Fron,
«Aurdal» is neither Nord- nor Sør-Aurdal, «Indre» is neither Indre Østfold nor Indre Fosen, so a fragment is refused.
"""

from openfisca_asb.facts.kommuner import kommune_name

# Kommuner whose SSB name joins its official names in Norwegian, Sami and Kven (the 2024 table's hyphenated names that
# are not one compound name such as Nord-Fron, Aurskog-Høland or Midt-Telemark).
IN_SEVERAL_LANGUAGES = frozenset({
    "0301", "1841", "1870", "5041", "5043", "5518", "5538", "5540", "5610", "5612", "5622", "5628", "5636",
})
# A shorter form in everyday use of an SSB name that is not in several languages: «Voss herad» is Voss.
SHORT_FORMS = {"4621": ("Voss",)}


def names_of(number: str) -> set[str]:
    """Every name accepted for kommune `number`, case-folded: SSB's, each language form, a listed short form."""
    official = kommune_name(number)
    names = {official, *SHORT_FORMS.get(number, ())}
    if number in IN_SEVERAL_LANGUAGES:
        names |= set(official.split("-"))
    return {name.casefold() for name in names}


def names_kommune(number: str, name: str) -> bool:
    """Whether `name` names kommune `number`; an empty name is the number's."""
    given = name.strip().casefold()
    return not given or given in names_of(number)
