"""Utbetaling (ftrl § 9-15): 100 % of the income basis, capped at 6G, per weekday at the grade; and, while the
answer is open, the lowest and highest amount for the caregiver and for the family (ADR 0027)."""

import numpy

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import max_over_role
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import MET, index
from openfisca_asb.rules.variable_bases import MonthlyAmount


class pleiepenger_amount(MonthlyAmount):
    entity = Person
    label = "Pleiepenger for sykt barn, beløp for måneden: dagsats × grad, hele kroner, × virkedager (amount for the month)"
    reference = ftrl("9-15")
    # Modelling choice: the graded daily amount is rounded to whole kroner before
    # it is multiplied by the weekdays (Monday–Friday) with a right; public holidays
    # are not taken out. Every weekday before the child turns 18 (and after a death,
    # for the period § 9-10 fourth ledd sets) is assumed to be a care day.

    def formula(person, period):
        """For an entitled caregiver: the daily rate (ftrl § 9-15) times the grade, in whole kroner, times the
        weekdays paid: those with a right less the days paid as opplæringspenger (training_days.py).
        """
        entitled = person("pleiepenger_status", period) == Status.entitled
        daily = whole_kroner(person("chapter_9_daily_rate", period) * person("pleiepenger_grade", period) / 100)
        return numpy.where(entitled, daily * person("pleiepenger_paid_weekdays", period), 0)



def _amount_at(person, period, grade, weekdays="pleiepenger_weekdays"):
    """The month's amount at an unrounded grade variable: rounded half up to a whole percent (as
    pleiepenger_grade), the graded daily rate in whole kroner, × the weekdays with a right (the certain ones, or
    for the highest amount `pleiepenger_weekdays_max`) less the days paid as opplæringspenger (training_days.py)."""
    grade = numpy.floor(person(grade, period) + 0.5 + 1e-4) * (person(grade, period) > 0)
    days = numpy.maximum(person(weekdays, period) - person("pleiepenger_training_days", period), 0)
    return whole_kroner(person("chapter_9_daily_rate", period) * grade / 100) * days


def _no_range(person, period):
    """No range while the right is refused or the child's need itself is still open (continuous care,
    certificate, age): the range tells how the need is shared and graded, not whether there is one."""
    refused = person("pleiepenger_status", period) == Status.not_entitled
    return refused + (index(person("pleiepenger_condition_child", period)) != MET)


class pleiepenger_amount_min(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: laveste mulige beløp for måneden mens svaret er åpent – de andres krav først, minst gunstige lesning (lowest possible amount while open)"
    reference = [ftrl("9-11"), ftrl("9-15")]

    def formula(person, period):
        """The amount when every other caregiver's claim comes first and unknown facts are read the least
        favourable way; 0 for a caregiver refused, while no child is known to meet the child conditions, and for a
        foster parent with forsterkning, whom NAV may find has no income lost from work to replace (§ 9-3).
        """
        none_certain = _no_range(person, period) + person("foster_parent_with_forsterkning", period)
        return numpy.where(none_certain, 0, _amount_at(person, period, "pleiepenger_grade_last_low"))


class pleiepenger_amount_max(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: høyeste mulige beløp for måneden mens svaret er åpent – kravet først, mest gunstige lesning (highest possible amount while open)"
    reference = [ftrl("9-11"), ftrl("9-15")]

    def formula(person, period):
        """The amount when this caregiver's claim comes first and unknown facts are read the most favourable way;
        0 for a caregiver refused, and while no child is known to meet the child conditions.
        """
        return numpy.where(_no_range(person, period), 0, _amount_at(person, period, "pleiepenger_grade_first_high",
                                                                    "pleiepenger_weekdays_max"))


class pleiepenger_family_amount_min(MonthlyAmount):
    entity = Familie
    label = "Pleiepenger: laveste mulige sum for familien mens svaret er åpent – den ene omsorgspersonens krav først (lowest possible family total while open)"
    reference = [ftrl("9-10", ledd=2), ftrl("9-11")]

    def formula(familie, period):
        """The lowest family total over whose claim comes first: one caregiver's amount with the claim first plus
        the others' after it, reading unknown facts the least favourable way (ADR 0027).
        """
        return _family_total(familie, period, "low")


class pleiepenger_family_amount_max(MonthlyAmount):
    entity = Familie
    label = "Pleiepenger: høyeste mulige sum for familien mens svaret er åpent – den ene omsorgspersonens krav først (highest possible family total while open)"
    reference = [ftrl("9-10", ledd=2), ftrl("9-11")]

    def formula(familie, period):
        """The highest family total over whose claim comes first, reading unknown facts the most favourable way."""
        return _family_total(familie, period, "high")


def _family_total(familie, period, reading):
    """Over the caregivers c counted: c's amount with c's claim first plus every other's after it; the lowest
    or highest of these. Exact for two caregivers; with more, the others' order among themselves is not
    tried (at most two caregivers share the need, ftrl § 9-10 andre ledd). In the lowest, a foster parent with
    forsterkning adds nothing (NAV may find no income lost from work to replace), while her claim still goes before
    the others' where it comes first: a bound below every order NAV may grant."""
    person = familie.members
    counted = person("is_caregiver", period) * numpy.logical_not(_no_range(person, period))
    paid = counted
    if reading == "low":
        paid = counted * numpy.logical_not(person("foster_parent_with_forsterkning", period))
    weekdays = "pleiepenger_weekdays_max" if reading == "high" else "pleiepenger_weekdays"
    first = numpy.where(paid, _amount_at(person, period, f"pleiepenger_grade_first_{reading}", weekdays), 0)
    after = numpy.where(paid, _amount_at(person, period, f"pleiepenger_grade_after_{reading}", weekdays), 0)
    totals = familie.project(familie.sum(after)) - after + first
    sign = -1 if reading == "low" else 1  # the lowest is minus the highest of the negated totals
    best = sign * max_over_role(familie, numpy.where(counted, sign * totals, -numpy.inf), Familie.CAREGIVER)
    return numpy.where(numpy.isfinite(best), best, 0)
