"""Omsorgspenger per caregiver and calendar year: conditions, status, days and reason.

The right belongs to an arbeidstaker, frilanser or selvstendig næringsdrivende
with the care of a child (ftrl § 9-5) who has been in work for four weeks
(§ 9-2), is under 70 (§ 9-3 first ledd) and, where NAV pays directly (frilansere
and selvstendig næringsdrivende), has an income basis of at least ½ G (§ 9-3
second ledd; the floor "gjelder ikke for omsorgspenger fra arbeidsgiveren").
Days distributed between parents who live apart (§ 9-6 fifth ledd) are in
distribution.py. Not coded: an employee whose employer does not pay (the floor
would then apply).
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import YEAR

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.row_dates import calendar_year
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Outcome, all_of, from_bool, is_given
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus, YearlyDays
from openfisca_asb.rules.work_situations import in_work_outcome, on, work_kind


# The doubling's source read for each year (parameters/folketrygd/omsorgspenger/covid_multiplier.yaml): midlertidig
# forskrift 20. mars 2020 nr. 368 up to 2021 (nav.no: «forlenges til 31. desember 2021 … Antall omsorgsdager dobles»);
# the doubling of 2022 only from secondary sources (sticos.no, kl.no, regjeringen.no's press release, not read), and
# the regulation was repealed from 1 July 2022. A year after 2021 with a doubling is told its source is second-hand.
LAST_YEAR_DOUBLED_BY_THE_REGULATION_READ = 2021


class OmsorgspengerReason(Enum):
    none = "Ingen særskilt begrensning (no binding rule)"
    not_a_caregiver = "Ikke omsorgsperson (not a caregiver)"
    no_child_in_family = "Ingen barn oppgitt i familien ennå (no child listed yet; an expected child is not one)"
    not_in_work = "Ikke arbeidstaker, frilanser eller selvstendig næringsdrivende (not in work)"
    earning_period_not_met = "Ikke i arbeid de siste fire ukene (not in work the last four weeks)"
    no_counted_child = "Ingen barn som teller (no child under the age limits)"
    transfer_capped = "Overføring avkortet: bare dager ut over grunnretten, høyst 10 (transfer cut to the days the giver may give, at most 10)"
    distribution_cut = "Fordeling avkortet: bare den som er alene om den daglige omsorgen kan fordele, høyst egne dager (distribution cut)"
    covid_doubled = "Dagene er doblet etter midlertidig forskrift nr. 368 (days doubled by the temporary COVID regulation)"
    covid_doubled_secondary = "Dagene er doblet etter sekundære kilder; regelverket er ikke lest (days doubled, from secondary sources)"
    refunded_from_first_day = "Bare kronisk syke barn over 12 år: alle dager refunderes (fully refunded)"
    income_below_half_g = "Frilanser eller selvstendig næringsdrivende med inntekt under ½G (NAV pays directly and the income basis is below half of G)"
    caregiver_aged_70 = "Omsorgspersonen har fylt 70 år (the caregiver is 70 or older)"


class omsorgspenger_condition_caregiver(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: har omsorg for barn (is a caregiver in the family)"
    reference = ftrl("9-5", ledd=1)

    def formula(person, period):
        """The person must have the care of a child (ftrl § 9-5): met for a caregiver in a family that lists a
        child; not met while it lists none (an expected child is not yet cared for)."""
        return all_of(from_bool(person("is_caregiver", period)), person.familie("family_has_child", period))


class omsorgspenger_condition_in_work(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: arbeidstaker, frilanser eller selvstendig næringsdrivende (in work)"
    reference = ftrl("9-5", ledd=1)

    def formula(person, period):
        """Omsorgspenger are for employees, frilansere and the self-employed (ftrl § 9-5), also one who works so
        beside dagpenger or arbeidsavklaringspenger: not met when the person has no such work (the benefit alone
        loses no day's work), unknown while the work situation, or the work beside the benefit, is not given.
        """
        return in_work_outcome(person, period)


class omsorgspenger_condition_earning_period(Condition, fact="has_worked_four_weeks"):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: opptjeningstid, i arbeid minst fire uker umiddelbart før fraværet (earning period of four weeks)"
    # As its twin chapter_9_condition_opptjening cites it: § 9-2 første ledd and § 8-2 andre ledd, which counts a
    # benefit to live on as work (review s24 law L6).
    reference = [ftrl("9-2", ledd=1), ftrl("8-2", ledd=2)]


class omsorgspenger_condition_counted_child(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: omsorg for minst ett barn til og med året det fyller 12 (18 ved kronisk sykdom), eller overførte eller fordelte dager (a counted child, or days received by transfer or distribution)"
    reference = [ftrl("9-5", ledd=3), ftrl("9-6", ledd=(5, 6))]

    def formula(person, period):
        """Met when the caregiver has a counted child, has received days by transfer, or, as a samværsforelder,
        by distribution; unknown when a child would count only if NAV accepts a chronic illness, when the
        other parent, alone in the daily care, may have distributed days to this caregiver, or when the family lists
        no child at all (not reached); not met otherwise.
        """
        certain = (
            person("omsorgspenger_counted_children", period)
            + person("omsorgsdager_received_days", period)
            + person("omsorgsdager_received_by_distribution_days", period)
        )
        possible = (
            person("omsorgspenger_counted_children_max", period)
            + person("omsorgsdager_received_by_distribution_days_max", period)
            + person("omsorgsdager_distribution_may_be_received", period)
        )
        # No child listed: not reached (unknown), the care of a child is the condition that fails (review s16c).
        no_child = person.familie("family_has_child", period) == Outcome.not_met
        return numpy.select([certain > 0, possible > 0, no_child], [MET, UNKNOWN, UNKNOWN], NOT_MET).astype(numpy.int16)


class omsorgspenger_condition_caregiver_age(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: omsorgspersonen har ikke fylt 70 år ved årets begynnelse (the caregiver is under 70 on 1 January)"
    reference = ftrl("9-3", ledd=1, punktum=2)

    def formula(person, period, parameters):
        """"Det ytes ikke stønad til medlem som er fylt 70 år" (ftrl § 9-3 første ledd andre punktum), for every day, the
        employer's too. Days are counted per calendar year: a caregiver who turns 70 during the year keeps the
        days for the part of the year before the birthday, so the year is refused only when the caregiver is
        70 on 1 January.
        """
        # The limit is read at the year's end: the parameter is dated from the model's first day (1 Oct 2017).
        limit = parameters(period.stop).folketrygd.sykepenger_common.maximum_age
        return from_bool(person("age", period.first_month) < limit)


class omsorgspenger_condition_minimum_income(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger fra NAV: beregningsgrunnlaget er minst ½G for frilansere og selvstendig næringsdrivende (income basis at least half of G where NAV pays directly)"
    reference = ftrl("9-3", ledd=2)
    documentation = """
    NAV checks the floor only when the member claims direct payment, never for days the
    employer pays and is refunded (navikt/ft-beregning @ e487bf4,
    vurder/RegelVurderBeregningsgrunnlag.java: SjekkErOmsorgspengerTilArbeidsgiver →
    Innvilget; else BeregningsgrunnlagUnderHalvG → AVSLAG_UNDER_HALV_G, strict <).
    G is the one in force on 1 January of the year; NAV uses the G at the
    skjæringstidspunkt or the lower unregulated G, so 1 January's G is never higher.
    """

    def formula(person, period, parameters):
        """The income basis must be at least half of G (ftrl § 9-3 andre ledd), but "Denne inntektsgrensen
        gjelder ikke for omsorgspenger fra arbeidsgiveren": met for employees (the employer pays); for
        frilansere and selvstendig næringsdrivende, whom NAV pays directly, met at or above ½G (1 G for a member
        who is midlertidig inaktiv, § 8-47, as NAV's ft-beregning checks it), not met below, unknown without an
        income. A self-employed member's income is the basis of § 8-35 (_income_basis).
        """
        # G on 1 January; the ½ (or 1) is read in December (dated from the model's first day, 1 Oct 2017).
        grunnbelop = parameters(period.start).folketrygd.grunnbelop
        threshold = person("chapter_9_minimum_income_g", period.first_month.offset(11)) * grunnbelop
        kind = work_kind(person, period)  # the work beside dagpenger or AAP for a parent on either
        income = _income_basis(person, period)
        employer_pays = (kind == "employee") + (kind == "not_working")
        return numpy.select(
            [employer_pays, numpy.logical_not(is_given(income)), income >= threshold, kind == "unknown"],
            [MET, UNKNOWN, MET, UNKNOWN],
            NOT_MET,
        ).astype(numpy.int16)


def _income_basis(person, period):
    """The yearly income the ½G floor reads. For a self-employed member the average of three years' pensjonsgivende
    inntekt at 1 January's G (§ 8-35 andre ledd, kapittel_9/self_employed_basis.py), or her own figure for it; where a
    lasting change puts her income now more than 25 % off it, NAV sets the basis by skjønn «ut fra den pensjonsgivende
    årsinntekten som kan godtgjøres» (§ 8-35 tredje ledd as Prop. 12 L (2018–2019) pkt. 5.1.1.1 gives it), so the
    floor reads the income now: the model's reading. So for a member new in working life (ft-beregning FP_BR 2.18),
    whose basis NAV sets by skjønn whatever the deviation: the income now, unknown while not given, never a refusal on
    her early years. For anyone else the yearly income given."""
    january = period.first_month
    average = person("self_employed_income_average", january)
    now = person("pensionable_income_after_lasting_change", period)
    own = numpy.where(person("self_employed_basis_by_skjonn", january), now, average)
    return numpy.where(on(person, january, "self_employed"), own, person("yearly_income", period))


class omsorgspenger_conditions(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: alle vilkår for rett til dager (all conditions for a right to days, combined)"
    reference = ftrl("9-5")

    def formula(person, period):
        """The conditions for a right to days: a caregiver, in work, the earning period, a counted child, under
        70, and ½G where NAV pays directly. Kleene AND.
        """
        return all_of(
            person("omsorgspenger_condition_caregiver", period),
            person("omsorgspenger_condition_in_work", period),
            person("omsorgspenger_condition_earning_period", period),
            person("omsorgspenger_condition_counted_child", period),
            person("omsorgspenger_condition_caregiver_age", period),
            person("omsorgspenger_condition_minimum_income", period),
        )


class omsorgspenger_condition_days_settled(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: antall dager er avklart – NAVs godkjenning av kronisk sykdom, aleneomsorg og om omsorgspersonen er midlertidig alene er kjent (the facts that set the number of days are known)"
    reference = ftrl("9-6", ledd="andre til fjerde")
    documentation = "Met, or unknown while those facts leave a range of days; never not met. It makes the status missing information, naming the facts, without hiding the certain days."

    def formula(person, period):
        """The number of days is settled when the facts still unknown (NAV's acceptance, being temporarily
        alone) could not change it; unknown otherwise.
        """
        settled = person("omsorgsdager_own_days", period) == person("omsorgsdager_own_days_max", period)
        return numpy.where(settled, MET, UNKNOWN).astype(numpy.int16)


class omsorgspenger_status(ChildRightStatus, while_alive="omsorgspenger_condition_child_lived_in_year"):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger (care allowance days), status"
    reference = ftrl("9-6")

    def formula(person, period):
        """Entitled when the conditions are met and the number of days is settled, the days given away to another
        caregiver of the family included; not entitled when a condition is not met, missing information otherwise.
        """
        return status_from(all_of(
            person("omsorgspenger_conditions", period),
            person("omsorgspenger_condition_days_settled", period),
            person("omsorgspenger_condition_days_given_known", period),
        ))


class omsorgsdager_days(YearlyDays):
    entity = Person
    label = "Omsorgsdager i kalenderåret, sikre dager (care days this calendar year, counting unknown facts as no; 0 unless the conditions are met)"
    reference = ftrl("9-6")

    def formula(person, period):
        """The days for the calendar year, after transfers, when every condition is met; unknown facts count as
        no.
        """
        met = person("omsorgspenger_conditions", period) == Outcome.met
        return numpy.where(met, person("omsorgsdager_quota", period), 0)


class omsorgsdager_days_max(YearlyDays):
    entity = Person
    label = "Omsorgsdager i kalenderåret, høyst (care days if every unknown fact turns out in the family's favour; 0 when a condition is not met)"
    reference = ftrl("9-6")

    def formula(person, period):
        """The days if every unknown fact turns out in the family's favour; 0 when a condition is not met."""
        possible = person("omsorgspenger_conditions", period) != Outcome.not_met
        return numpy.where(possible, person("omsorgsdager_quota_max", period), 0)


class omsorgspenger_reason(BenefitReason, values=OmsorgspengerReason):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: regelen som bandt (the rule that bound the result)"
    reference = ftrl("9-6")

    def formula(person, period, parameters):
        """Which rule bound the result: the first condition not met, a transfer cut to 10 days, a distribution
        cut, the COVID doubling (by forskrift nr. 368 up to 2021; by sources read only at second hand after), or full
        refund from the first day for chronically ill children past 12.
        """
        doubled = parameters(period).folketrygd.omsorgspenger.covid_multiplier > 1
        by_the_regulation_read = calendar_year(person, period) <= LAST_YEAR_DOUBLED_BY_THE_REGULATION_READ
        has_days = person("omsorgsdager_days", period) > 0
        refunded = person("omsorgspenger_only_chronic_over_12", period) * has_days * _is_employee(person, period)
        reason = OmsorgspengerReason
        return numpy.select(
            [
                numpy.logical_not(person("is_caregiver", period)),
                person.familie("family_has_child", period) == Outcome.not_met,
                person("omsorgspenger_condition_in_work", period) == Outcome.not_met,
                person("omsorgspenger_condition_earning_period", period) == Outcome.not_met,
                person("omsorgspenger_condition_counted_child", period) == Outcome.not_met,
                person("omsorgspenger_condition_caregiver_age", period) == Outcome.not_met,
                person("omsorgspenger_condition_minimum_income", period) == Outcome.not_met,
                person("omsorgsdager_transfer_capped", period),
                person("omsorgsdager_distribution_cut", period),
                has_days * doubled * by_the_regulation_read,
                has_days * doubled,
                refunded,
            ],
            [
                reason.not_a_caregiver.index,
                reason.no_child_in_family.index,
                reason.not_in_work.index,
                reason.earning_period_not_met.index,
                reason.no_counted_child.index,
                reason.caregiver_aged_70.index,
                reason.income_below_half_g.index,
                reason.transfer_capped.index,
                reason.distribution_cut.index,
                reason.covid_doubled.index,
                reason.covid_doubled_secondary.index,
                reason.refunded_from_first_day.index,
            ],
            reason.none.index,
        ).astype(numpy.int16)


def _is_employee(person, period):
    return work_kind(person, period) == "employee"
