"""What the family tells about the child's extra costs (ftrl § 6-3)."""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import NumberFact


class grunnstonad_yearly_extra_costs(NumberFact):
    entity = Person
    unit = "currency-NOK"
    label = (
        "Nødvendige ekstrautgifter per år etter § 6-3, uten transport "
        "(documented yearly extra costs: running technical aids, guide or service dog, diet, "
        "wear on clothes and bedding – telephone and prostheses only before 2020; kroner, -1 when not given)"
    )
    reference = ftrl("6-3", ledd=1)


class grunnstonad_yearly_transport_costs(NumberFact):
    entity = Person
    unit = "currency-NOK"
    label = (
        "Nødvendige ekstrautgifter til transport per år, § 6-3 bokstav b "
        "(documented yearly extra transport costs, including running one's own car; kroner, -1 when not given)"
    )
    reference = ftrl("6-3", ledd=1, bokstav="b")


class GrunnstonadDiagnosis(Enum):
    unknown = "Ikke oppgitt (not given)"
    none_of_these = "Ingen diagnose med fast sats (no diagnosis with a fixed rate)"
    coeliac_disease = "Cøliaki (coeliac disease)"


class grunnstonad_fixed_rate_diagnosis(Variable):
    value_type = Enum
    possible_values = GrunnstonadDiagnosis
    default_value = GrunnstonadDiagnosis.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Diagnose som NAV gir fast grunnstønadssats for uten kvitteringer, som cøliaki (a diagnosis NAV gives a fixed rate for without receipts)"
    reference = ftrl("6-3", ledd=1, bokstav="f")
