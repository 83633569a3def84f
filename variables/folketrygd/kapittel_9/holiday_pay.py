"""Feriepenger (holiday pay) of pleiepenger and opplæringspenger that NAV pays an employee.

Ferieloven § 10 nr. 4: the trygd pays feriepenger of benefits from folketrygden; nr. 2: the general
rate is 10.2 %. As NAV's k9-sak computes them (package no.nav.k9.sak.ytelse.pleiepengerbarn.beregnytelse.
feriepenger, PleiepengerBeregnFeriepenger, for pleiepenger sykt barn, pleiepenger i livets sluttfase and
opplæringspenger; no commit is known): at most 60 days a calendar year (ANTALL_DAGER_FERIPENGER = 60),
weekends not counted (FERIEOPPTJENING_HELG = false), the first days with benefit in the year; per day the
paid daily amount × 0.102 (BeregnFeriepengerForPeriode), and only for andeler whose inntektskategori is
arbeidstaker (or sjømann) – frilansere and selvstendig næringsdrivende earn none. With each activity's kind
and income given (pleiepenger/activities.py), the employee activities' share of the payment counts; otherwise
the caregiver's own work answer decides, all or nothing. The share on days the
employer is refunded goes to the employer (the 60 days limit it too, UBEGRENSET_DAGER_VED_REFUSJON = false).

The yearly sum is whole kroner, halves up: k9-sak keeps the decimals in the rule and stores each andel's
yearly feriepenger rounded so (no.nav.k9.sak.ytelse.beregning.BeregnFeriepengerTjeneste.mapAndel,
setScale(0, RoundingMode.HALF_UP); no commit is known). The model rounds the sum of the employee andeler once,
which can differ from NAV's by at most 1 kr for each further employee andel.

Not established, so not modelled: the higher rate over 60 (ferieloven § 10 nr. 3), whether pleiepenger and
opplæringspenger share one quota of 60 days (the model assumes one shared quota), and the letter of
ferieloven § 10 nr. 4 for pleiepenger (only its sykepenger item was read). The feriepenger are earned in
the year and paid the following year; the month of payment was not established. As every fact is taken
to hold for all time (ADR 0001), the family's situation is read as lasting the whole year, from the
model's first month (October 2017) on; dated training periods alone give each month its own training days, so
the year's feriepenger are the same whichever of its months is asked. No day is counted before the birth of the child
the claim is for (rules/claimed_child.py): a child born in July is not cared for from 1 January (review s24 page L6).
Pleiepenger days are counted from the birth of the pleiepenger claim's child, training days from that of the child the
opplæringspenger are for (§ 9-14), which may be an older sibling: a newborn's birth does not wipe out a course taken
for the sibling before it. The month's paid days are taken as spread evenly over its weekdays, each kind counting
the share of them on or after its child's birth.
"""

import numpy
from openfisca_core.periods import MONTH

from openfisca_asb.rules.claimed_child import claim_child_row, training_child_row
from openfisca_asb.rules.date_arithmetic import weekdays_between
from openfisca_asb.rules.dates import FIRST_DATE
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ferieloven
from openfisca_asb.rules.row_dates import first_day, last_day
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.variable_bases import YearlyAmount


def _paid_days(person, month):
    """Weekdays paid this month with pleiepenger, and with opplæringspenger: never the same day twice (a day paid as
    opplæringspenger is not a pleiepenger day, pleiepenger/training_days.py), so together they are the union of the
    days paid. The training days are the month's own: from the training periods where they are given
    (opplaeringspenger/training_days.py), not the month asked's (review s23 caseworker H2)."""
    care_paid = person("pleiepenger_status", month) == Status.entitled
    care_days = numpy.where(care_paid, person("pleiepenger_paid_weekdays", month), 0)
    return care_days, person("pleiepenger_training_days", month)


def _weekdays_since_birth(person, month, rows):
    """The month's weekdays on or after the birth of the child in `rows` (per person, -1 where not known): none before
    it, every weekday of the month where the child was born earlier or is not known (review s24 page L6)."""
    born = person("birth_date", month).astype("datetime64[D]")[numpy.maximum(rows, 0)]
    start = numpy.where(rows >= 0, numpy.maximum(first_day(person, month), born), first_day(person, month))
    return weekdays_between(start, last_day(person, month) + 1)


def _since_births(person, month, care_days, training_days):
    """Of the month's days paid, at most the weekdays on or after the birth of the pleiepenger claim's child, and of
    the opplæringspenger's child (§ 9-14), the days taken as spread evenly over the month: those two, and the days of
    each kind on or after its own child's birth together (all of them where both were born before the month)."""
    days = care_days + training_days
    care_since = numpy.minimum(days, _weekdays_since_birth(person, month, claim_child_row(person, month)))
    training_since = numpy.minimum(days, _weekdays_since_birth(person, month, training_child_row(person, month)))
    together = (care_days * care_since + training_days * training_since) / numpy.where(days > 0, days, 1)
    return care_since, training_since, together


def _month_base(amounts, days, since, share, counted):
    """The part of the month's pleiepenger and opplæringspenger (`amounts`) for its `counted` days: each kind's share
    on or after its child's birth (`since`, from _since_births), then the part of those within the 60, times the
    employee activities' `share`. Where the shares are the same (one child, or both born before the month), the whole
    amount × share × counted / days, as before."""
    (care_amount, training_amount), (care_since, training_since, together) = amounts, since
    per_day = numpy.where(days > 0, days, 1)
    each = (care_amount * care_since + training_amount * training_since) / per_day * share * counted / numpy.where(
        together > 0, together, 1)
    same = (care_amount + training_amount) * share * counted / per_day
    return numpy.where(days > 0, numpy.where(care_since == training_since, same, each), 0)


def _paid_amounts(person, month, care_days, training_days):
    """The amounts paid this month for those days: pleiepenger's, opplæringspenger's."""
    return (numpy.where(care_days > 0, person("pleiepenger_amount", month), 0),
            numpy.where(training_days > 0, person("opplaeringspenger_amount", month), 0))


class chapter_9_holiday_pay(YearlyAmount):
    entity = Person
    label = "Feriepenger av pleiepenger og opplæringspenger opptjent i året: 10,2 % av ytelsen for de første 60 virkedagene, for arbeidstakere (holiday pay earned in the year; 0 unless employee)"
    reference = ferieloven("10")

    def formula(person, period, parameters):
        """For an employee (arbeidstaker): 10.2 % (ferieloven § 10 nr. 2) of the pleiepenger and opplæringspenger
        paid for the first 60 weekdays with benefit in the calendar year (NAV's k9-sak: 60 days, weekends not
        counted), none before the child's birth; 0 for frilansere, the self-employed and anyone whose work is not
        given as employee. With each activity's kind and income given, only the employee activities' share of the
        payment counts (employee_activities_share_of_payment, pleiepenger/activities.py).
        """
        law = parameters(period.first_month.offset(11)).folketrygd.sykepenger_common  # read in December
        remaining = numpy.full(person.count, law.holiday_pay_days_per_year, dtype=numpy.float64)
        base = numpy.zeros(person.count)
        # The model's rules start on FIRST_DATE (1 October 2017); earlier months count no days.
        for month in (m for m in period.get_subperiods(MONTH) if m.start.date >= FIRST_DATE.replace(day=1)):
            care_days, training_days = _paid_days(person, month)
            # The month's payment is for these days; of each kind, only those on or after its child's birth count.
            since = _since_births(person, month, care_days, training_days)
            counted = numpy.minimum(since[2], remaining)
            # A month that counts no day for anyone adds nothing: its amounts are not computed (once every
            # person paid has had their 60 days, the rest of the year costs only the days).
            if counted.any():
                amounts = _paid_amounts(person, month, care_days, training_days)
                share = person("employee_activities_share_of_payment", month) / 100
                base += _month_base(amounts, care_days + training_days, since, share, counted)
            remaining -= counted
        return whole_kroner(base * law.holiday_pay_rate)
