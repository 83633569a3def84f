"""The sats NAV has granted (ftrl § 6-5): a choice, so a class; the yes/no facts are declared with their questions in questions.yaml (ADR 0013)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class HjelpestonadDecidedSats(Enum):
    """The sats NAV has granted, if it has decided."""

    not_decided = "Ikke avgjort (not decided)"
    sats_1 = "Sats 1, ordinær (ordinary)"
    sats_2 = "Sats 2 (2 × ordinær)"
    sats_3 = "Sats 3 (4 × ordinær)"
    sats_4 = "Sats 4 (6 × ordinær)"


class hjelpestonad_decided_sats(Variable):
    value_type = Enum
    possible_values = HjelpestonadDecidedSats
    default_value = HjelpestonadDecidedSats.not_decided
    entity = Person
    definition_period = ETERNITY
    label = "Hjelpestønadssats innvilget av NAV (the rate NAV has granted, if decided)"
    reference = ftrl("6-5")
