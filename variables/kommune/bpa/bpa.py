"""BPA, brukerstyrt personlig assistanse (pbrl § 2-1 d): conditions and status.

A right to have praktisk bistand og opplæring and støttekontakt (hol § 3-2 første ledd
nr. 6 b) organised as BPA, for a person under 67 with a long-lasting (more than 2
years) and large need: at least 32 hours a week gives the right; 25 to 32 hours gives
it unless the kommune documents that BPA would be substantially more costly. Parents of
a child under 18 living at home may also have avlastning (hol § 3-6 første ledd nr. 2)
organised as BPA; those hours count for the child.

The right came into force on 1 January 2015 (Prop. 86 L (2013–2014)); from 1 July 2020
it continues after 67 for those granted BPA before 67 (Prop. 93 L (2019–2020)). These
two dates start the formulas below. The thresholds are from secondary sources (see
parameters/kommune/bpa/). The right concerns how the services are organised; the
services themselves need their own vedtak.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import HDIR_BPA, pbrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import (
    MET,
    NOT_MET,
    UNKNOWN,
    FactAnswer,
    Outcome,
    any_of,
    from_answer,
    from_bool,
    from_known_bool,
    is_given,
)
from openfisca_asb.rules.variable_bases import ChildRightStatus


class bpa_condition_in_force(Condition):
    default_value = Outcome.not_met
    entity = Person
    label = "BPA: retten gjelder fra 1. januar 2015 (the right to BPA is in force)"
    reference = pbrl("2-1 d")

    def formula_2015_01_01(person, period):
        """The right to BPA is in force from 1 January 2015 (pbrl § 2-1 d); before that date the variable keeps
        its default.
        """
        return person.filled_array(MET)


class bpa_condition_age(Condition):
    entity = Person
    label = "BPA: under 67 år, eller innvilget før fylte 67 år (under 67, or granted before 67 – from 1 July 2020)"
    reference = pbrl("2-1 d", ledd=1)

    def formula_2015_01_01(person, period, parameters):
        """The right is for a person under 67 (pbrl § 2-1 d)."""
        return _under_age_limit(person, period, parameters)

    def formula_2020_07_01(person, period, parameters):
        """From 1 July 2020 the right also continues after 67 for a person granted BPA before turning 67 (Prop.
        93 L (2019–2020)). Kleene OR.
        """
        return any_of(
            _under_age_limit(person, period, parameters),
            from_answer(person("bpa_granted_before_67", period)),
        )


def _under_age_limit(person, period, parameters):
    return from_bool(person("age", period) < parameters(period).kommune.bpa.age_limit)


class bpa_condition_needs_assistance(Condition):
    entity = Person
    label = "BPA: barnet har sykdom, skade eller funksjonsnedsettelse, eller trenger mer enn andre barn på samme alder (the child has an illness, injury or disability, or needs more than other children of the same age)"
    # «personer … med langvarig og stort behov for personlig assistanse» is the first ledd (Helsedirektoratet's
    # commentary): BPA organises assistance the person needs; without a need there is nothing to organise.
    reference = [pbrl("2-1 d", ledd=1), HDIR_BPA]

    def formula_2015_01_01(person, period):
        """BPA is for a person «med langvarig og stort behov for personlig assistanse» (pbrl § 2-1 d første ledd):
        not met when the family says the child has no illness, injury or disability and needs nothing more than other
        children of the same age (the family step's question, ADR 0026); met otherwise, the hours then deciding how
        large the need is. A healthy sibling is refused on that, as every other right refuses a healthy child, not on
        the hours (review s23 caseworker L3, ADR 0031). The checklist's line for help from other adults is not read:
        a tick is no answer to a condition (ADR 0028); its «no» gives the hours 0."""
        said_no = person("has_illness_or_extra_needs", period) == FactAnswer.no
        return numpy.where(said_no, NOT_MET, MET).astype(numpy.int16)


class bpa_condition_long_lasting(Condition):
    entity = Person
    label = "BPA: langvarig behov, mer enn 2 år (the need is expected to last more than 2 years)"
    # «personer under 67 år med langvarig og stort behov» is the first ledd (Helsedirektoratet's commentary); the
    # 2 years are from secondary sources (parameters/kommune/bpa/long_lasting_years.yaml).
    reference = [pbrl("2-1 d", ledd=1), HDIR_BPA]

    def formula_2015_01_01(person, period, parameters):
        """The need must be long-lasting: expected to last more than 2 years (a threshold from secondary
        sources); unknown while the duration is not given.
        """
        years = person("bpa_need_expected_years", period)
        return from_known_bool(is_given(years), years > parameters(period).kommune.bpa.long_lasting_years)


class bpa_condition_hours(Condition):
    entity = Person
    label = "BPA: stort behov, minst 25 timer per uke (a large need: at least 25 hours a week)"
    # «stort behov»: the first ledd, as for the duration; the 25 and 32 hours are from secondary sources.
    reference = [pbrl("2-1 d", ledd=1), HDIR_BPA]

    def formula_2015_01_01(person, period, parameters):
        """The need must be large: at least 25 hours a week (secondary sources); unknown while the hours are
        not given.
        """
        hours = person("bpa_assistance_hours_per_week", period)
        lower = parameters(period).kommune.bpa.minimum_hours_per_week.right_unless_substantially_costlier
        return from_known_bool(is_given(hours), hours >= lower)


class bpa_hours_in_cost_band(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "BPA: behovet er minst 25, men under 32 timer per uke (25 to under 32 hours: the kommune's cost exception applies)"
    reference = pbrl("2-1 d")

    def formula_2015_01_01(person, period, parameters):
        """Whether the hours are at least 25 but under 32 a week: the band where the kommune may refuse BPA by
        documenting that it is substantially more costly.
        """
        hours = person("bpa_assistance_hours_per_week", period)
        limits = parameters(period).kommune.bpa.minimum_hours_per_week
        return (hours >= limits.right_unless_substantially_costlier) * (hours < limits.right)


class bpa_condition_not_substantially_costlier(Condition):
    entity = Person
    label = "BPA: ved 25–32 timer har kommunen ikke dokumentert at BPA blir vesentlig mer kostnadskrevende (no documented substantially higher cost)"
    reference = pbrl("2-1 d")
    documentation = (
        "The right holds unless the kommune documents the higher cost, so an unknown answer "
        "does not block it: the status is then to be assessed."
    )

    def formula_2015_01_01(person, period):
        """In the 25–32 hour band, not met when the kommune has documented that BPA would be substantially more
        costly; unknown when it has documented it but the hours are not given; met otherwise.
        """
        documented = person("bpa_kommune_documents_higher_cost", period) == FactAnswer.yes
        in_band = person("bpa_hours_in_cost_band", period)
        hours_given = is_given(person("bpa_assistance_hours_per_week", period))
        return numpy.select(
            [documented * in_band, documented * numpy.logical_not(hours_given)],
            [NOT_MET, UNKNOWN],
            MET,
        ).astype(numpy.int16)


class bpa_status(ChildRightStatus):
    entity = Person
    label = "BPA (user-controlled personal assistance), right to have the services organised as BPA, status"
    reference = pbrl("2-1 d")

    def formula(person, period):
        """As the conditions say; to be assessed when they are met but the hours fall in the 25–32 band and it
        is not known whether the kommune documents a higher cost.
        """
        cost_unknown = person("bpa_kommune_documents_higher_cost", period) == FactAnswer.unknown
        return status_from(
            person("bpa_conditions", period),
            needs_assessment=person("bpa_hours_in_cost_band", period) * cost_unknown,
        )
