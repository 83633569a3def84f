"""Which children give a right to stønad til barnetilsyn, by age, under the old and the new rules.

Rules before 1 July 2026 (and after it for a parent who had løpende barnetilsyn
on 30 June 2026 or earlier overgangsstønad): until the child has completed the
4th school year. New rules from 1 July 2026: as the main rule until the child
turns 14 months (NAV's application text; the law text was not read). Beyond
either limit, a child who "må ha vesentlig mer tilsyn enn det som er vanlig
for jevnaldrende" may still give support: NAV's assessment. The other exception
(the parent's work away from home for long periods or at unusual hours) is not
modelled. The upper age for the exception under the new rules was not verified.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import (
    BARNETILSYN_AGE_RULE, BARNETILSYN_OLD_RULES_GO_ON, NAV_FORM_TEXT, ftrl, opplaringslova_1998,
)
from openfisca_asb.rules.row_dates import first_day
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, any_of, from_answer, from_bool, is_given


# A school year ends in June: in July of the year a child turns 7 it has completed its first
# (school starts in August of the year the child turns 6, opplæringslova 1998 § 2-1).
LAST_MONTH_OF_SCHOOL_YEAR = 6
AGE_COMPLETING_FIRST_YEAR = 7


class barnetilsyn_child_within_old_rule(Condition):
    entity = Person
    label = "Barnetilsyn (reglene før 1.7.2026): barnet har ikke fullført fjerde skoleår (has not completed the 4th school year)"
    reference = [ftrl("15-10", ledd=1), opplaringslova_1998("2-1", ledd=3)]

    def formula(person, period, parameters):
        """Met while the child has not completed the 4th school year: from the school grade when given (a child
        in grade g has completed g − 1 years), otherwise from the age the child turns this year (completed
        years = that age − 7, one more from July). Not met before birth.
        """
        last_year = parameters(period).folketrygd.barnetilsyn.last_school_year
        grade = person("school_grade", period)
        year_age = person("calendar_year_age", period.this_year)
        after_june = period.start.month > LAST_MONTH_OF_SCHOOL_YEAR
        completed_by_age = year_age - AGE_COMPLETING_FIRST_YEAR + after_june
        completed = numpy.where(is_given(grade), numpy.maximum(grade - 1, 0), completed_by_age)
        born = person("age", period) >= 0
        return numpy.where(born, from_bool(completed < last_year), NOT_MET).astype(numpy.int16)


class barnetilsyn_child_within_main_rule(Condition):
    entity = Person
    label = "Barnetilsyn: barnet er innenfor hovedregelens aldersgrense (the child is within the main rule's age limit)"
    # § 15-10 første ledd as read until 30 June 2026; from 1 July 2026 its new wording, known from NAV's form text.
    reference = [*BARNETILSYN_AGE_RULE, NAV_FORM_TEXT]

    def formula(person, period):
        """Before 1 July 2026 every case follows the old rule (until the 4th school year is completed)."""
        return person("barnetilsyn_child_within_old_rule", period)

    def formula_2026_07(person, period, parameters):
        """From 1 July 2026: the old rule if the parent had barnetilsyn on 30 June 2026 or earlier
        overgangsstønad; otherwise «til barnet fyller 14 måneder», paid to the end of that month (§ 22-12 sjette
        ledd): under 14 months on the day before the month, for a child born by the month's first day. While the
        regime is not told, unknown where the two rules disagree.
        """
        limit = parameters(period).folketrygd.barnetilsyn.new_rules_age_limit_months
        old = numpy.asarray(person("barnetilsyn_child_within_old_rule", period), dtype=numpy.int16)
        months = person("age_in_months_before_the_month", period)
        new = numpy.where(person("age", period) >= 0, from_bool(months < limit), NOT_MET)
        regime = from_answer(person.familie("had_barnetilsyn_on_2026_06_30", period))
        return numpy.select(
            [regime == MET, regime == NOT_MET, old == new], [old, new, old], UNKNOWN
        ).astype(numpy.int16)


class barnetilsyn_old_rules_go_on(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Barnetilsyn: de gamle reglene gjelder videre for familien etter 1. juli 2026 (overgangsregler) (the old rules go on for the family after 1 July 2026)"
    # The old § 15-10 første ledd, the overgangsforskrift and NAV's application text: what an answer cites for a
    # family on the old rules (catalogue `old_rules_go_on`, review s24 law M4).
    reference = list(BARNETILSYN_OLD_RULES_GO_ON)

    def formula(person, period):
        """Before 1 July 2026 there is no transition: every case follows the rules then in force."""
        return person.filled_array(False)

    def formula_2026_07(person, period):
        """From 1 July 2026: the parent had barnetilsyn on 30 June 2026 or overgangsstønad before (the family's
        answer yes); how long the old rules go on was not verified."""
        return from_answer(person.familie("had_barnetilsyn_on_2026_06_30", period)) == MET


class barnetilsyn_child_qualifies(Condition):
    entity = Person
    label = (
        "Barnetilsyn: barnet er innenfor aldersgrensen, eller må ha vesentlig mer tilsyn enn jevnaldrende "
        "(within the age limit, or needs substantially more supervision than peers)"
    )
    reference = list(BARNETILSYN_AGE_RULE)

    def formula(person, period):
        """Within the main rule's age limit, or needing substantially more supervision than peers. Kleene OR;
        not met before birth.
        """
        exception = from_answer(person("needs_substantially_more_supervision_than_peers", period))
        qualifies = any_of(person("barnetilsyn_child_within_main_rule", period), exception)
        return numpy.where(person("age", period) >= 0, qualifies, NOT_MET).astype(numpy.int16)


class age_in_months_before_the_month(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Alder i hele måneder dagen før måneden begynner (age in whole months on the last day of the month before; negative when not yet born then)"
    reference = [NAV_FORM_TEXT, ftrl("22-12", ledd=6)]

    def formula(person, period):
        """Whole months from the birth date to the last day of the month before: a child turns a month older on the
        same day of a later month, or that month's last day where it has no such day, so on a month's last day the
        whole months are the months between the two months. Barnetilsyn is given per month and stops at the end of
        the month the right falls away (ftrl § 22-12 sjette ledd): the month a child turns the age limit is paid
        whatever the day, the 1st too (review s24 caseworker M1).
        """
        born = person("birth_date", period).astype("datetime64[D]")
        month = first_day(person, period).astype("datetime64[M]").astype(int)
        return month - born.astype("datetime64[M]").astype(int) - 1
