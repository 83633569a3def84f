"""What the family tells about omsorgsdager (ftrl §§ 9-5, 9-6), and the family's structure.

`caregiver_number` and `sole_caregiver_number` are structural: the situation
builder sets them from the order the caregivers are listed in and from each
child's `sole_caregiver`; they are not questions to the family.
"""

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import NOT_GIVEN


NO_SOLE_CAREGIVER = -1


class sole_caregiver_number(Variable):
    value_type = int
    default_value = NO_SOLE_CAREGIVER
    entity = Person
    definition_period = ETERNITY
    label = "Aleneomsorg: caregiver_number til omsorgspersonen som alene har den daglige omsorgen for barnet (structural, set by the situation builder; -1 when no caregiver is alone with the child)"
    reference = ftrl("9-6")


class caregiver_number(Variable):
    value_type = int
    default_value = 0
    entity = Person
    definition_period = ETERNITY
    label = "Omsorgspersonens nummer i familien (structural, set by the situation builder: 0, 1, ... in the order the caregivers are listed)"
    reference = ftrl("9-6")


class omsorgsdager_received_by_transfer(Variable):
    value_type = int
    default_value = 0
    entity = Person
    definition_period = ETERNITY
    label = "Omsorgsdager overført til denne omsorgspersonen fra ektefelle eller samboer i kalenderåret (care days received by transfer; 0 when none: a transfer needs written notice to NAV, so the family knows)"
    reference = ftrl("9-6")


class omsorgsdager_transferred_away(Variable):
    value_type = int
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    label = "Omsorgsdager denne omsorgspersonen har overført til ektefelle eller samboer i kalenderåret (care days transferred away; 0 when none; not given: read as none, but open where the spouse says they received days)"
    reference = ftrl("9-6")
