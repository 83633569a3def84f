"""What the family tells about the child's need for care (ftrl §§ 6-4, 6-5)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import YesNoFact


class HjelpestonadDecidedSats(Enum):
    """The sats NAV has granted, if it has decided."""

    not_decided = "Ikke avgjort (not decided)"
    sats_1 = "Sats 1, ordinær (ordinary)"
    sats_2 = "Sats 2 (2 × ordinær)"
    sats_3 = "Sats 3 (4 × ordinær)"
    sats_4 = "Sats 4 (6 × ordinær)"


class has_private_care_arrangement(YesNoFact):
    entity = Person
    label = "Privat pleieforhold (cared for privately, e.g. by the family or a foster home)"
    reference = ftrl("6-4")


class needs_extra_supervision_and_care(YesNoFact):
    entity = Person
    label = "Behov for særskilt tilsyn og pleie utover friske barn på samme alder (needs supervision and care beyond healthy peers, worth at least the ordinary rate)"
    reference = ftrl("6-4")


class has_substantially_greater_care_need(YesNoFact):
    entity = Person
    label = "Vesentlig større behov for tilsyn, pleie og annen hjelp (substantially greater need than ordinary hjelpestønad covers)"
    reference = ftrl("6-5")


class stay_at_home_helped_by_allowance(YesNoFact):
    entity = Person
    label = "Bedrer mulighetene for å bli i hjemmet (the allowance improves the child's chance to stay in the family home)"
    reference = ftrl("6-5")


class hjelpestonad_decided_sats(Variable):
    value_type = Enum
    possible_values = HjelpestonadDecidedSats
    default_value = HjelpestonadDecidedSats.not_decided
    entity = Person
    definition_period = ETERNITY
    label = "Hjelpestønadssats innvilget av NAV (the rate NAV has granted, if decided)"
    reference = ftrl("6-5")
