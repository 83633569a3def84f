"""Facts about a caregiver's work and income (ftrl chapter 9: §§ 9-2, 9-3, 9-5, 9-15; § 8-35).

Dagpenger and arbeidsavklaringspenger are work situations of their own: NAV computes chapter-9 benefits from the
benefit, not from an old wage (kapittel_9/README.md). A parent on either may still work beside it – dagpenger need only
half the working time lost («Du må være minst 50 prosent ledig», ftrl § 4-3), and AAP is graded against the hours
worked – so such a parent is asked what work she has beside the benefit (`work_besides_benefit`, review s22 law H1).

A self-employed parent's basis is the average of three years' pensjonsgivende inntekt (ftrl § 8-35): her own figure
for it in `yearly_income`, or the three years themselves, the latest year here and the amounts in questions.yaml
(kapittel_9/self_employed_basis.py).
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import SELF_EMPLOYED_AVERAGE, ftrl
from openfisca_asb.rules.tristate import NOT_GIVEN


class Employment(Enum):
    unknown = "Vet ikke (unknown)"
    employee = "Arbeidstaker (employee)"
    frilanser = "Frilanser (freelancer)"
    self_employed = "Selvstendig næringsdrivende (self-employed)"
    not_working = "Ikke i arbeid (not working)"
    # Appended, so the earlier values keep their indices (stored populations name them, population/columnar.py).
    dagpenger = "Får dagpenger (unemployment benefit)"
    arbeidsavklaringspenger = "Får arbeidsavklaringspenger (work assessment allowance, AAP)"


class WorkBesidesBenefit(Enum):
    """The work a parent on dagpenger or AAP has beside the benefit; its kinds are those of `Employment`."""

    unknown = "Vet ikke (unknown)"
    none = "Nei, ikke noe arbeid ved siden av (no work beside it)"
    employee = "Ja, som arbeidstaker (yes, as an employee)"
    frilanser = "Ja, som frilanser (yes, as a freelancer)"
    self_employed = "Ja, som selvstendig næringsdrivende (yes, self-employed)"


class employment(Variable):
    value_type = Enum
    possible_values = Employment
    default_value = Employment.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Arbeidssituasjon (employee, frilanser, selvstendig næringsdrivende, on dagpenger, on AAP or not working)"
    reference = [ftrl("9-5"), ftrl("8-2", ledd=2)]


class work_besides_benefit(Variable):
    value_type = Enum
    possible_values = WorkBesidesBenefit
    default_value = WorkBesidesBenefit.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Arbeid ved siden av dagpenger eller AAP: ingen, som arbeidstaker, frilanser eller selvstendig næringsdrivende (work beside dagpenger or AAP, read only for a parent on either)"
    reference = [ftrl("9-5"), ftrl("4-3")]


class pensionable_income_latest_year(Variable):
    # A year, so a whole number (the other three-year facts, the amounts, are declared in questions.yaml).
    value_type = int
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    label = "Pensjonsgivende inntekt: det siste av de tre kalenderårene inntektene gjelder (the latest of the three calendar years whose pensionable income is given)"
    reference = SELF_EMPLOYED_AVERAGE
