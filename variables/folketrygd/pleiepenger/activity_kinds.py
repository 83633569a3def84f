"""The kind of each activity a caseworker gives (arbeidsforhold, frilans, næring): a choice, so a class (ADR 0013).

NAV's ft-beregning calls the kind the aktivitetsstatus (AT arbeidstaker, FL frilans, SN selvstendig
næringsdrivende; navikt/ft-beregning @ e487bf44c5b61128af9da3a7b44680597e971c6b,
beregningsregler/.../beregningsgrunnlag/regelmodell/AktivitetStatus.java). The kind decides the order in
which the basis capped at 6 G is shared (activities.py) and whether the activity earns feriepenger
(kapittel_9/holiday_pay.py). Not given, the model shares by income and lets the caregiver's own
`employment` answer decide, as before.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class ActivityKind(Enum):
    """An activity's kind (NAV's aktivitetsstatus), if the caseworker gives it."""

    not_given = "Ikke oppgitt (not given)"
    employee = "Arbeidstaker (employee)"
    frilanser = "Frilanser (freelancer)"
    self_employed = "Selvstendig næringsdrivende (self-employed)"


class activity_1_kind(Variable):
    value_type = Enum
    possible_values = ActivityKind
    default_value = ActivityKind.not_given
    entity = Person
    definition_period = ETERNITY
    label = "Aktivitet 1: arbeidstaker, frilanser eller selvstendig næringsdrivende (activity 1's kind, NAV's aktivitetsstatus)"
    reference = ftrl("9-15")


class activity_2_kind(Variable):
    value_type = Enum
    possible_values = ActivityKind
    default_value = ActivityKind.not_given
    entity = Person
    definition_period = ETERNITY
    label = "Aktivitet 2: arbeidstaker, frilanser eller selvstendig næringsdrivende (activity 2's kind, NAV's aktivitetsstatus)"
    reference = ftrl("9-15")


class activity_3_kind(Variable):
    value_type = Enum
    possible_values = ActivityKind
    default_value = ActivityKind.not_given
    entity = Person
    definition_period = ETERNITY
    label = "Aktivitet 3: arbeidstaker, frilanser eller selvstendig næringsdrivende (activity 3's kind, NAV's aktivitetsstatus)"
    reference = ftrl("9-15")
