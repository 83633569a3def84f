"""Several activities per caregiver (arbeidsforhold, frilans, næring): lost working time pooled and the
payment grade per activity, as NAV's uttak computes them (ftrl § 9-11).

navikt/pleiepenger-barn-uttak @ b476489b8b3103b7b53df66f621177dcfc887981:
- ArbeidExt.finnSøkersTapteArbeidstid: tapt = 100 − Σ min(jobberNå, jobberNormalt) / Σ jobberNormalt × 100,
  one pooled figure over all activities, floored at 0;
- BeregnUtbetalingsgrader.beregn: the hours covered, Σ jobberNormalt × uttaksgrad, are shared over the
  activities in proportion to the hours each lost (fordeling at two decimals); each activity gets at most
  its own lost hours, and its utbetalingsgrad is those hours / its normal hours, at two decimals.

Two activity slots, given by a caseworker as hours a week (NAV uses hours a day; a week is five days, so
the ratios are the same). Without them, the caregiver's own "working time lost" answer is used, as before.
Simplifications: all activities are in NAV's standard group (AT, FL, SN); the ytelse group (dagpenger,
midlertidig inaktiv) and the rules for new activities (tilkommet) are not modelled; the amount is still
paid on one daily rate, not per activity.
"""

import numpy

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import MonthlyPercent

SLOTS = (1, 2)


def _hours(person, period, slot):
    normal = numpy.asarray(person(f"activity_{slot}_normal_hours_per_week", period), dtype=numpy.float64)
    now = numpy.asarray(person(f"activity_{slot}_current_hours_per_week", period), dtype=numpy.float64)
    normal = numpy.where(is_given(normal), normal, 0)
    now = numpy.where(is_given(now), numpy.minimum(now, normal), normal)
    return normal, now


class pleiepenger_lost_working_time(MonthlyPercent):
    entity = Person
    label = "Tapt arbeidstid i prosent, samlet over aktivitetene som NAV regner den, ellers omsorgspersonens eget svar (working time lost, pooled over activities; -1 when not given)"
    reference = ftrl("9-11")

    def formula(person, period):
        """With activities given: 100 − Σ hours worked now / Σ normal hours × 100, floored at 0 (NAV's
        finnSøkersTapteArbeidstid, one pooled figure); without them, the caregiver's own answer.
        """
        normal_total = sum(_hours(person, period, slot)[0] for slot in SLOTS)
        now_total = sum(_hours(person, period, slot)[1] for slot in SLOTS)
        pooled = numpy.maximum(100 - now_total / numpy.where(normal_total > 0, normal_total, 1) * 100, 0)
        return numpy.where(normal_total > 0, pooled, person("pleiepenger_lost_working_time_percent", period))


def _payment_grade(person, period, slot):
    """NAV's BeregnUtbetalingsgrader for one activity: its share of the covered hours, at most its own
    lost hours, over its normal hours, at two decimals × 100; 0 unless entitled."""
    hours = [_hours(person, period, n) for n in SLOTS]
    lost = [normal - now for normal, now in hours]
    lost_total = sum(lost)
    grade = numpy.asarray(person("pleiepenger_uttaksgrad_unrounded", period), dtype=numpy.float64)
    covered = sum(normal for normal, _ in hours) * grade / 100
    share = numpy.floor(lost[slot - 1] / numpy.where(lost_total > 0, lost_total, 1) * 100 + 0.5 + 1e-9) / 100
    own = numpy.minimum(covered * share, lost[slot - 1])
    normal = hours[slot - 1][0]
    ratio = numpy.floor(own / numpy.where(normal > 0, normal, 1) * 100 + 0.5 + 1e-6)
    entitled = person("pleiepenger_status", period) == Status.entitled
    return numpy.where(entitled * (normal > 0) * (lost_total > 0), ratio, 0)


class pleiepenger_activity_1_payment_grade(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: utbetalingsgrad for aktivitet 1, slik NAV fordeler timene (payment grade for activity 1; 0 unless entitled)"
    reference = ftrl("9-11")

    def formula(person, period):
        """Activity 1's payment grade: the hours NAV covers (Σ normal hours × uttaksgrad), shared in proportion
        to the hours each activity lost, at most its own lost hours, over its normal hours.
        """
        return _payment_grade(person, period, 1)


class pleiepenger_activity_2_payment_grade(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: utbetalingsgrad for aktivitet 2, slik NAV fordeler timene (payment grade for activity 2; 0 unless entitled)"
    reference = ftrl("9-11")

    def formula(person, period):
        """Activity 2's payment grade, shared as for activity 1."""
        return _payment_grade(person, period, 2)
