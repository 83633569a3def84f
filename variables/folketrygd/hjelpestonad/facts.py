"""The sats NAV has granted (ftrl § 6-5): a choice, so a class; the yes/no facts are declared with their questions in questions.yaml (ADR 0013)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class HjelpestonadDecidedSats(Enum):
    """The sats NAV has granted, if it has decided."""

    # «Bokmål (English)», as every choice (facts/description.py `choice_label`): the English says the multiple in words
    # (review s21 page L4: «Sats 2 (2 × ordinær)» was shown in English as it stood). Ftrl § 6-5 andre ledd: 2, 4, 6 times.
    not_decided = "Ikke avgjort (not decided)"
    sats_1 = "Sats 1: ordinær sats (sats 1: the ordinary rate)"
    sats_2 = "Sats 2: to ganger ordinær sats (sats 2: twice the ordinary rate)"
    sats_3 = "Sats 3: fire ganger ordinær sats (sats 3: four times the ordinary rate)"
    sats_4 = "Sats 4: seks ganger ordinær sats (sats 4: six times the ordinary rate)"


class hjelpestonad_decided_sats(Variable):
    value_type = Enum
    possible_values = HjelpestonadDecidedSats
    default_value = HjelpestonadDecidedSats.not_decided
    entity = Person
    definition_period = ETERNITY
    label = "Hjelpestønadssats innvilget av NAV (the rate NAV has granted, if decided)"
    reference = ftrl("6-5")
