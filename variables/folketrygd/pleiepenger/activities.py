"""Several activities per caregiver (arbeidsforhold, frilans, næring): lost working time pooled and the
payment grade per activity, as NAV's uttak computes them (ftrl § 9-11).

navikt/pleiepenger-barn-uttak @ b476489b8b3103b7b53df66f621177dcfc887981:
- ArbeidExt.finnSøkersTapteArbeidstid: tapt = 100 − Σ min(jobberNå, jobberNormalt) / Σ jobberNormalt × 100,
  one pooled figure over all activities, floored at 0;
- BeregnUtbetalingsgrader.beregn: the hours covered, Σ jobberNormalt × uttaksgrad, are shared over the
  activities in proportion to the hours each lost (fordeling at two decimals); each activity gets at most
  its own lost hours, and its utbetalingsgrad is those hours / its normal hours, at two decimals.

The payment per activity, as navikt/ft-beregning @ e487bf44c5b61128af9da3a7b44680597e971c6b computes it
(beregningsregler/.../beregningsgrunnlag/grenseverdi/): the basis capped at 6 G is shared over the
activities before grading (andelsmessigFørGradering: each its own income under 6 G, FastsettAndelLikBruttoBG;
over 6 G, 6 G × its income / the sum of the incomes when the employments alone reach 6 G,
FastsettAndelForArbeidsforhold), each share is multiplied by its utbetalingsgrad (FinnGrenseverdi), and the
result is divided by 260 and rounded to whole kroner, HALF_UP (reduksjon/FastsettDagsatsPrAndel).

Three activity slots (an employment, frilans and næring at once is a common NAV case), given by a caseworker as hours a week (NAV uses hours a day; a week is five days, so
the ratios are the same), and optionally each activity's yearly income and kind (activity_kinds.py). Without
hours, the caregiver's own "working time lost" answer is used, as before; without incomes, no amount per
activity is given.

Over 6 G, with every activity's kind given, the capped basis is shared in NAV's order of priority
(grenseverdi/utenfordeling/RegelFastsettAndelBGOver6GUtenFordeling.java, FP_BR_29.8): when the employments
(arbeidsforhold, not frilans) alone exceed 6 G, they share it by income and frilans and næring get 0
(AvkortBGAndelerSomIkkeGjelderArbeidsforholdTil0, FastsettAndelForArbeidsforholdUtenFordeling); otherwise
each employment keeps its income, frilans gets what is left up to its income, and næring what is left after
that (AvkortBGAndelerSomIkkeGjelderArbeidsforholdAndelsmessigUtenFordeling: "inntekt knyttet til frilans må
fordeles først", then the other statuses sorted by AktivitetStatus.avkortingPrioritet, SN = 4). NAV has one
frilans andel and one næring status; two slots of the same kind share their kind's part by income (the
model's choice). That is the rule for periods from NAV's startdatoNyeGraderingsregler (SkalFinneGrenseverdi-
UtenFordeling); the older rule with fordeling (RegelFinnGrenseverdiMedFordeling) was not read, and the model
applies the newer one to every date. Without a kind for every activity with an income, the capped basis is
shared in proportion to the incomes, as before – NAV's rule when all activities are employments.

Simplifications: the ytelse group (dagpenger, midlertidig inaktiv as an activity) and the rules for new
activities (tilkommet) are not modelled. The month's amount (amount.py) is still one daily rate × the
uttaksgrad; the amounts per activity here are NAV's way and can differ from it by some kroner a day.
"""

import numpy

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ferieloven, ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount, MonthlyPercent
from openfisca_asb.rules.work_situations import on

SLOTS = (1, 2, 3)


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


class pleiepenger_activity_3_payment_grade(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: utbetalingsgrad for aktivitet 3, slik NAV fordeler timene (payment grade for activity 3; 0 unless entitled)"
    reference = ftrl("9-11")

    def formula(person, period):
        """Activity 3's payment grade, shared as for activity 1."""
        return _payment_grade(person, period, 3)


def _incomes(person, period):
    incomes = [numpy.asarray(person(f"activity_{slot}_yearly_income", period), dtype=numpy.float64) for slot in SLOTS]
    return [numpy.where(is_given(income), numpy.maximum(income, 0), 0) for income in incomes]


def _kinds(person, period):
    return [person(f"activity_{slot}_kind", period) for slot in SLOTS]


def _kinds_given(person, period):
    """True where every activity with an income has its kind given (and some activity has an income)."""
    incomes, kinds = _incomes(person, period), _kinds(person, period)
    known = [(income <= 0) | (kind != kind.possible_values.not_given) for income, kind in zip(incomes, kinds)]
    return numpy.logical_and.reduce(known) & (sum(incomes) > 0)


def _shared_by_income(capped, incomes):
    total = sum(incomes)
    return [numpy.where(total > 0, capped * income / numpy.where(total > 0, total, 1), 0) for income in incomes]


def _shared_by_kind(capped, incomes, kinds):
    """NAV's priority over 6 G: employments first (by income when they alone exceed the cap), then frilans,
    then næring, each up to its income; within one kind, by income."""
    kind_of = kinds[0].possible_values
    employed = [numpy.where(kind == kind_of.employee, income, 0) for income, kind in zip(incomes, kinds)]
    employed_total = sum(employed)
    shares = [numpy.where(employed_total > capped, share, income)
              for share, income in zip(_shared_by_income(numpy.minimum(capped, employed_total), employed), employed)]
    left = numpy.maximum(capped - employed_total, 0)
    for later in (kind_of.frilanser, kind_of.self_employed):
        group = [numpy.where(kind == later, income, 0) for income, kind in zip(incomes, kinds)]
        given = numpy.minimum(sum(group), left)
        shares = [share + part for share, part in zip(shares, _shared_by_income(given, group))]
        left = left - given
    return shares


def _basis_share(person, period, slot):
    """The capped basis shared over the activities before grading (NAV's andelsmessigFørGradering): in NAV's
    order of priority by kind when every kind is given, otherwise by income; 0 without incomes."""
    incomes = _incomes(person, period)
    capped = person("chapter_9_basis_after_cap", period)
    by_income = _shared_by_income(capped, incomes)[slot - 1]
    by_kind = _shared_by_kind(capped, incomes, _kinds(person, period))[slot - 1]
    return numpy.where(_kinds_given(person, period), by_kind, by_income)


def _daily_amount(person, period, parameters, slot):
    """One activity's daily amount: its share × its payment grade × the type-A factor, / 260, whole kroner."""
    days = parameters(period).folketrygd.sykepenger_common.working_days_per_year
    grade = person(f"pleiepenger_activity_{slot}_payment_grade", period) / 100
    yearly = _basis_share(person, period, slot) * grade * person("chapter_9_reduction_factor", period)
    return whole_kroner(yearly / days)


class pleiepenger_activity_1_basis_yearly(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: aktivitet 1s del av beregningsgrunnlaget (opptil 6G) før gradering, per år (activity 1's share of the capped basis before grading; 0 without incomes per activity)"
    reference = ftrl("9-15")

    def formula(person, period):
        """The basis capped at 6 G (ftrl § 9-15), shared over the activities before grading, as NAV's
        ft-beregning does: under 6 G each its own income; over 6 G, with every activity's kind given, employments
        first, then frilans, then næring (FP_BR_29.8), otherwise in proportion to the incomes.
        """
        return _basis_share(person, period, 1)


class pleiepenger_activity_2_basis_yearly(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: aktivitet 2s del av beregningsgrunnlaget (opptil 6G) før gradering, per år (activity 2's share of the capped basis before grading; 0 without incomes per activity)"
    reference = ftrl("9-15")

    def formula(person, period):
        """Activity 2's share of the capped basis, shared as for activity 1."""
        return _basis_share(person, period, 2)


class pleiepenger_activity_3_basis_yearly(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: aktivitet 3s del av beregningsgrunnlaget (opptil 6G) før gradering, per år (activity 3's share of the capped basis before grading; 0 without incomes per activity)"
    reference = ftrl("9-15")

    def formula(person, period):
        """Activity 3's share of the capped basis, shared as for activity 1."""
        return _basis_share(person, period, 3)


class pleiepenger_activity_1_daily_amount(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: dagsats for aktivitet 1, grunnlagsdelen × utbetalingsgraden / 260, hele kroner (activity 1's daily amount; 0 unless entitled and incomes are given)"
    reference = ftrl("9-15")

    def formula(person, period, parameters):
        """Activity 1's share of the capped basis times its payment grade (NAV's FinnGrenseverdi), times 0.65 for
        a member who is midlertidig inaktiv of type A, divided by 260 and rounded half up to whole kroner
        (FastsettDagsatsPrAndel).
        """
        return _daily_amount(person, period, parameters, 1)


class pleiepenger_activity_2_daily_amount(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: dagsats for aktivitet 2, grunnlagsdelen × utbetalingsgraden / 260, hele kroner (activity 2's daily amount; 0 unless entitled and incomes are given)"
    reference = ftrl("9-15")

    def formula(person, period, parameters):
        """Activity 2's daily amount, computed as for activity 1."""
        return _daily_amount(person, period, parameters, 2)


class pleiepenger_activity_3_daily_amount(MonthlyAmount):
    entity = Person
    label = "Pleiepenger: dagsats for aktivitet 3, grunnlagsdelen × utbetalingsgraden / 260, hele kroner (activity 3's daily amount; 0 unless entitled and incomes are given)"
    reference = ftrl("9-15")

    def formula(person, period, parameters):
        """Activity 3's daily amount, computed as for activity 1."""
        return _daily_amount(person, period, parameters, 3)


def _employee_share(parts, kinds):
    total = sum(parts)
    employed = sum(numpy.where(kind == kind.possible_values.employee, part, 0) for part, kind in zip(parts, kinds))
    return employed / numpy.where(total > 0, total, 1) * 100


class employee_activities_share_of_payment(MonthlyPercent):
    entity = Person
    label = "Arbeidstakeraktivitetenes andel av pleiepengene og opplæringspengene, som gir feriepenger (the employee activities' share of the payment, which earns holiday pay, percent)"
    reference = ferieloven("10")

    def formula(person, period):
        """With every activity's kind and income given: the employee activities' share of the daily amounts
        per activity (NAV's k9-sak counts feriepenger only on arbeidstaker andeler), or of the basis shares
        before grading when no pleiepenger are paid per activity (opplæringspenger, whose grade per activity
        is not modelled); otherwise 100 for a caregiver whose work is given as employee, else 0.
        """
        kinds = _kinds(person, period)
        daily = [person(f"pleiepenger_activity_{slot}_daily_amount", period) for slot in SLOTS]
        basis = [_basis_share(person, period, slot) for slot in SLOTS]
        by_kind = numpy.where(sum(daily) > 0, _employee_share(daily, kinds), _employee_share(basis, kinds))
        by_answer = numpy.where(on(person, period, "employee"), 100, 0)
        return numpy.where(_kinds_given(person, period), by_kind, by_answer)
