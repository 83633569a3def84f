"""What the answer says of the family's kommune beside its name (review s23 L2).

The kommune list is that of 1 January 2024 (facts/data/kommuner.csv, ADR 0020). Every note says that no verified link
to the kommune's website is known. For a date before 2024 it also says that the kommune is named as from 1 January
2024, and, for a date in 2020–2023, the number the kommune had then where it changed: Tromsø was 5401 until
31 December 2023, and Haram was part of 1507 Ålesund, which was split into 1508 Ålesund and 1580 Haram
(facts/data/kommunenummer_2020_2023.csv). Before 2020 the numbers of that list do not hold either, so only the first
of these is said. Every note ends with what a move means for the kommune's health and care services (review s23 L4,
catalogue/after_a_move.py): the page and the CLI show the note once, under whom to contact.
"""

from datetime import date

from openfisca_asb.catalogue.after_a_move import AFTER_A_MOVE
from openfisca_asb.catalogue.agencies import NO_VERIFIED_LINK
from openfisca_asb.facts.kommuner import NEW_NUMBERS_FROM, kommune_name, numbers_before_2024, numbers_in_2024
from openfisca_asb.rules.texts import Text

EARLIER_NUMBERS_FROM = date(2020, 1, 1)  # the first year of facts/data/kommunenummer_2020_2023.csv

NAMED_AS_FROM_2024 = Text(
    nb="Kommunen er navngitt slik den er fra 1. januar 2024; på datoen dere spør om kan den ha hatt et annet navn eller nummer.",
    en="The kommune is named as it is from 1 January 2024; on the date you ask about it may have had another name or number.",
)
EARLIER_NUMBER = Text(nb="Til og med 31. desember 2023 hadde kommunen nummeret {earlier}.",
                      en="Until 31 December 2023 the kommune had the number {earlier}.")
PART_OF_A_SPLIT = Text(
    nb="Til og med 31. desember 2023 var kommunen en del av kommune {earlier}, som ble delt i {split} 1. januar 2024.",
    en="Until 31 December 2023 the kommune was part of kommune {earlier}, which was split into {split} on 1 January 2024.",
)
AND = {"nb": " og ", "en": " and "}


def kommune_note(number: str, on: date, language: str) -> str:
    """The note on the kommune `number` (a 2024 number) for an answer on `on`."""
    name = kommune_name(number)
    sentences = [NO_VERIFIED_LINK.in_language(language).format(kommune=name)]
    if on < NEW_NUMBERS_FROM:
        sentences.append(NAMED_AS_FROM_2024.in_language(language))
        if on >= EARLIER_NUMBERS_FROM:
            sentences += [_earlier(earlier, language) for earlier in numbers_before_2024(number)]
    return " ".join([*sentences, AFTER_A_MOVE[language]])


def _earlier(earlier: str, language: str) -> str:
    became = numbers_in_2024(earlier)
    if len(became) == 1:
        return EARLIER_NUMBER.in_language(language).format(earlier=earlier)
    split = AND[language].join(f"{new} {kommune_name(new)}" for new in became)
    return PART_OF_A_SPLIT.in_language(language).format(earlier=earlier, split=split)
