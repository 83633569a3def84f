"""What the family tells about the child's extra costs (ftrl § 6-3)."""

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import NOT_GIVEN


class grunnstonad_yearly_extra_costs(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "currency-NOK"
    label = (
        "Nødvendige ekstrautgifter per år etter § 6-3 bokstav a og c–g, uten transport "
        "(documented yearly extra costs: technical aids, guide dog, telephone, prostheses, diet, "
        "wear on clothes and bedding; kroner, -1 when not given)"
    )
    reference = ftrl("6-3", ledd=1)


class grunnstonad_yearly_transport_costs(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "currency-NOK"
    label = (
        "Nødvendige ekstrautgifter til transport per år, § 6-3 bokstav b "
        "(documented yearly extra transport costs, including running one's own car; kroner, -1 when not given)"
    )
    reference = ftrl("6-3", ledd=1, bokstav="b")
