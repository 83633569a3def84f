"""What the family tells for omsorgsopptjening (ftrl § 20-8): who receives the barnetrygd."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class BarnetrygdReceipt(Enum):
    unknown = "Vet ikke (unknown)"
    none = "Får ikke barnetrygden (does not receive it)"
    full = "Får hele barnetrygden (receives all of it)"
    shared = "Delt barnetrygd, barnet bor fast hos begge (shared: the child lives with both)"


class barnetrygd_receipt(Variable):
    value_type = Enum
    possible_values = BarnetrygdReceipt
    default_value = BarnetrygdReceipt.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Om omsorgspersonen får barnetrygden for barnet: hele, delt eller ikke (whether the caregiver receives the child benefit for the child)"
    reference = ftrl("20-8", ledd=1, bokstav="a", punktum=3)
