"""The caregiver's conditions for pleiepenger (ftrl §§ 9-2, 9-3, 9-10, 9-11, 9-16) and the status.

Pleiepenger belong to each caregiver. The child conditions are read through the
family: a caregiver qualifies through a child in the family who meets them.
A caregiver who names the child the claim is for (`pleiepenger_child`,
named_child.py) reads that child alone. With none named, each child line below
shows the best child for that line, while the combined conditions ask one child
to meet all of them (pleiepenger_condition_child); where several children need
care, the claim must name its child (pleiepenger_condition_child_named).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.claimed_child import for_the_named_child, shared_sum
from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.date_arithmetic import add_months, weekdays_between
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import any_over_role, max_over_role, role_mask
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, FactAnswer, all_of, from_bool, from_known_bool, index, is_given
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.variable_bases import BenefitStatus
from openfisca_asb.rules.row_dates import day_asked, first_day, last_day, weekdays_in
from openfisca_asb.rules.work_situations import NOT_WORKING, on, work_kind


# Tolerance for comparing percentages held as float32 (a hundredth of a percent is the precision used).
EPSILON = 1e-4


def best_child_outcome(person, period, condition, over_every_child=False):
    """The best outcome among the family's children who may need care (Kleene OR).

    A child answered as not needing continuous care is left out, so a healthy
    sibling does not decide the age or certificate line. When every child is
    left out the line was not reached: unknown (an answer shows it as not
    assessed), never not met — the continuous-care line is the one that failed.
    `over_every_child` reads every child (the continuous-care line itself, and
    the one-child-meets-all line). No child at all → unknown too: the line was not
    reached, the caregiver's care of a child is the one that failed. A caregiver who names the
    child the claim is for (named_child.py) reads that child's outcome alone.
    """
    familie = person.simulation.populations["familie"]
    outcome = index(familie.members(condition, period))
    counted = role_mask(familie, Familie.CHILD) if over_every_child else may_need_care(familie, period)
    best = max_over_role(familie, numpy.where(counted, outcome, -1), Familie.CHILD)
    best = familie.project(numpy.where(best >= NOT_MET, best, UNKNOWN))
    return for_the_named_child(person, period, outcome, best).astype(numpy.int16)


def may_need_care(familie, period):
    """Per family member: a child not answered as not needing continuous supervision and care."""
    care = index(familie.members("pleiepenger_child_condition_continuous_care", period))
    return (care != NOT_MET) * role_mask(familie, Familie.CHILD)


def no_child_may_need_care(person, period):
    """Per person: no child of the family may need continuous care — none listed, or every one answered as not
    needing it."""
    familie = person.simulation.populations["familie"]
    return familie.project(numpy.logical_not(any_over_role(familie, may_need_care(familie, period), Familie.CHILD)))


class pleiepenger_condition_caregiver_role(Condition):
    entity = Person
    label = "Pleiepenger: omsorg for barnet (the person is a caregiver in the child's family)"
    reference = ftrl("9-10", ledd=1)

    def formula(person, period):
        """The person must have the care of the child (ftrl § 9-10 første ledd): met for a caregiver in a family
        that lists a child; not met while it lists none (an expected child is not yet cared for).
        """
        return all_of(from_bool(person("is_caregiver", period)), person.familie("family_has_child", period))


class pleiepenger_condition_continuous_care(Condition):
    entity = Person
    label = "Pleiepenger: barnet trenger kontinuerlig tilsyn og pleie på grunn av sykdom, skade eller lyte (continuous supervision and care)"
    reference = ftrl("9-10", ledd=1)

    def formula(person, period):
        """A child in the family needs continuous supervision and care because of illness, injury or disability
        (ftrl § 9-10 første ledd); the best outcome among the family's children.
        """
        return best_child_outcome(person, period, "pleiepenger_child_condition_continuous_care", over_every_child=True)


class pleiepenger_condition_medical_certificate(Condition):
    entity = Person
    label = "Pleiepenger: legeerklæring fra spesialisthelsetjenesten (medical certificate from the specialist health service)"
    reference = ftrl("9-16")

    def formula(person, period):
        """A child in the family has a medical certificate from the specialist health service (ftrl § 9-16);
        the best outcome among the children.
        """
        return best_child_outcome(person, period, "pleiepenger_child_condition_medical_certificate")


class pleiepenger_condition_child_age(Condition):
    entity = Person
    label = "Pleiepenger: barnet er under 18 år, eller har utviklingshemming og livstruende eller svært alvorlig sykdom (child under 18, or the over-18 exception)"
    reference = ftrl("9-10", ledd=(1, 3))

    def formula(person, period):
        """A child in the family meets the age rule of ftrl § 9-10; the best outcome among the children."""
        return best_child_outcome(person, period, "pleiepenger_child_condition_age")


class pleiepenger_condition_child(Condition):
    entity = Person
    label = "Pleiepenger: ett og samme barn oppfyller alle vilkårene knyttet til barnet (one child meets all child conditions)"
    reference = ftrl("9-10")

    def formula(person, period):
        """One and the same child meets every condition on the child; the best outcome among the children."""
        return best_child_outcome(person, period, "pleiepenger_child_conditions", over_every_child=True)


class pleiepenger_weekdays(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Pleiepenger: virkedager i måneden med rett for omsorgspersonen, sikre dager (weekdays with a right this month: before the child turns 18, and after a death for the period the law sets)"
    reference = ftrl("9-10", ledd=(1, 4))
    documentation = """
    The children who may need care decide (the most days among them). After a death, six
    weeks, or three months when the caregiver has said yes to at least three years of full
    pleiepenger; not known counts as six weeks (the certain days).
    """

    def formula(person, period):
        """The weekdays this month on which the caregiver has a right (ftrl § 9-10 første og fjerde ledd): before
        the child turns 18, and after a death six weeks, or three months after three years of full pleiepenger.
        """
        return _caregivers_weekdays(person, period, person("pleiepenger_received_full_three_years", period) == FactAnswer.yes)


class pleiepenger_weekdays_max(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Pleiepenger: virkedager i måneden med rett for omsorgspersonen, høyst (weekdays with a right this month if the three years of full pleiepenger not yet answered are had)"
    reference = ftrl("9-10", ledd=(1, 4))

    def formula(person, period):
        """As `pleiepenger_weekdays`, but after a death three months unless the caregiver has said no to three years of
        full pleiepenger (ftrl § 9-10 fjerde ledd andre punktum): the days of the highest amount while it is open."""
        return _caregivers_weekdays(person, period, person("pleiepenger_received_full_three_years", period) != FactAnswer.no)


def _caregivers_weekdays(person, period, three_months):
    """A caregiver's weekdays with a right: after a death three months where `three_months`, else six weeks."""
    short, long = _weekdays_by_length(person, period)
    return numpy.where(person("is_caregiver", period), numpy.where(three_months, long, short), 0)


def _weekdays_by_length(person, period):
    familie = person.simulation.populations["familie"]
    care = index(familie.members("pleiepenger_child_condition_continuous_care", period)) != NOT_MET
    is_child = role_mask(familie, Familie.CHILD)
    relevant = care * is_child
    month = weekdays_in(person, period)
    any_relevant = familie.project(any_over_role(familie, relevant, Familie.CHILD))
    short = max_over_role(familie, numpy.where(relevant, familie.members("pleiepenger_child_weekdays_six_weeks", period), 0), Familie.CHILD)
    long = max_over_role(familie, numpy.where(relevant, familie.members("pleiepenger_child_weekdays_three_months", period), 0), Familie.CHILD)
    short = numpy.where(any_relevant, familie.project(short), month)
    long = numpy.where(any_relevant, familie.project(long), month)
    short_of, long_of = (familie.members(f"pleiepenger_child_weekdays_{length}", period) for length in ("six_weeks", "three_months"))
    return for_the_named_child(person, period, short_of, short), for_the_named_child(person, period, long_of, long)


class pleiepenger_condition_days_in_month(Condition):
    entity = Person
    label = "Pleiepenger: dager med rett i måneden etter et dødsfall, i perioden loven gir (days with a right this month after a child's death)"
    # Shown for a living child too («Måneden har virkedager med rett til pleiepenger»): first ledd gives the right while
    # the child needs care, fourth ledd its continuation after a death (review s21 L5).
    reference = ftrl("9-10", ledd=(1, 4))

    def formula(person, period, parameters):
        """After a child's death pleiepenger continue for six weeks, or three months after three years of full
        pleiepenger (ftrl § 9-10 fjerde ledd): met while the month has weekdays in that period from the day asked
        on (or no child has died) — the continuation is counted in stønadsdager, so asked after its last one, the
        right has ended, as the 18th birthday ends it by the day (ADR 0037); unknown when only the three-month
        continuation would give some and the caregiver has not said whether they had three years of full
        pleiepenger; not met after it. The 18th birthday is the age condition's matter
        (pleiepenger_condition_child_age).
        """
        short, long = _weekdays_after_death(person, period, parameters)
        answer = person("pleiepenger_received_full_three_years", period)
        days = numpy.where(answer == FactAnswer.yes, long, short)
        unsettled = (answer == FactAnswer.unknown) * (short == 0) * (long > 0)
        caregiver = person("is_caregiver", period)
        return numpy.select([caregiver * (days > 0), caregiver * unsettled], [MET, UNKNOWN], NOT_MET).astype(numpy.int16)


def _weekdays_after_death(person, period, parameters):
    """(six weeks, three months): the most weekdays this month before any continuation after a death ends — from
    the day asked on, where it ends this month — over the children who may need care; the whole month when no
    such child has died."""
    after_death = parameters(period).folketrygd.pleiepenger.after_death
    familie = person.simulation.populations["familie"]
    first = first_day(person, period)
    asked = day_asked(person, period)
    stop = last_day(person, period) + 1
    death = familie.members("date_of_death", period).astype("datetime64[D]")
    care = index(familie.members("pleiepenger_child_condition_continuous_care", period)) != NOT_MET
    relevant = care * role_mask(familie, Familie.CHILD)
    month = weekdays_in(person, period)
    any_relevant = familie.project(any_over_role(familie, relevant, Familie.CHILD))
    result = []
    for weeks, months in ((int(after_death.benefit_weeks), 0), (0, int(after_death.long_receipt_months))):
        continuation_ends = add_months(death + numpy.timedelta64(7 * weeks, "D"), months)
        end = numpy.minimum(stop, continuation_ends + 1)
        start = numpy.where(end < stop, asked, first)
        days = weekdays_between(start, end)
        best = max_over_role(familie, numpy.where(relevant, days, 0), Familie.CHILD)
        result.append(for_the_named_child(person, period, days, numpy.where(any_relevant, familie.project(best), month)))
    return tuple(result)


class pleiepenger_condition_supervision(Condition):
    entity = Person
    label = "Pleiepenger: minst 20 % igjen etter etablert tilsyn – ingen rett ved tilsyn over 80 % (at least 20 % left after established supervision)"
    reference = ftrl("9-11", ledd=2)

    def formula(person, period, parameters):
        """At least 20 % must be left for the caregiver after established supervision: «Ytelsen graderes ned for hver
        time barnet har tilsyn av andre … Ytelsen kan graderes ned til 20 prosent» (ftrl § 9-11 andre ledd), so
        supervision by others above 80 % leaves no right: met when it is left in the least favourable reading, not met
        when not even the most favourable reading leaves it, unknown between — and unknown (not reached) when every
        child was answered as not needing continuous care. What other caregivers claim decides the grade, not this
        line (pleiepenger_condition_claims_known).
        """
        floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - EPSILON
        low = person("pleiepenger_rest_first_low", period)
        high = person("pleiepenger_rest_high", period)
        # Not reached (unknown) when no child needs continuous care: there is no care need to share.
        return numpy.select(
            [no_child_may_need_care(person, period), low >= floor, high < floor], [UNKNOWN, MET, NOT_MET], UNKNOWN,
        ).astype(numpy.int16)


class pleiepenger_condition_claims_known(Condition):
    entity = Person
    label = "Pleiepenger: hver omsorgspersons ønskede uttak er kjent når dere til sammen kan ta ut mer enn pleiebehovet gir rom for (each caregiver's claim is known where together they could take more than the care need allows)"
    reference = [ftrl("9-10", ledd=2), ftrl("9-11")]
    documentation = """
    Up to two caregivers share the child's care need: 100 %, or 200 % where it takes two
    at once (§ 9-10 andre ledd). NAV grants the claims in the order it receives them
    (navikt/pleiepenger-barn-uttak @ b476489, UtledAndrePartersTilsyn.kt). While the claims
    together may exceed the need and a caregiver's share is not stated, what each gets
    depends on that share: unknown, and the question is asked (ADR 0027).
    """

    def formula(person, period):
        """Met when this caregiver's grade does not depend on whose claim comes first, or every caregiver in the
        family whose claim may be for the same child has stated the share they claim; unknown while the order could decide and a share is not stated.
        """
        unstated = person("is_caregiver", period) * numpy.logical_not(is_given(person("pleiepenger_claimed_percent", period)))
        # This caregiver's share, or that of another whose claim may be for the same child (named_child.py).
        open_claims = (unstated + shared_sum(person, period, unstated)) > 0
        order = person("pleiepenger_claim_order_decides", period)
        return numpy.where(order * open_claims, UNKNOWN, MET).astype(numpy.int16)


class pleiepenger_condition_lost_work(Condition):
    entity = Person
    label = "Pleiepenger: borte fra minst 20 % av egen normal arbeidstid (working time lost at least 20 % of one's own normal hours)"
    reference = ftrl("9-11", ledd=2)

    def formula(person, period, parameters):
        """The caregiver must be away from at least 20 % of their own normal working hours (ftrl § 9-11 andre ledd:
        «kan graderes ned til 20 prosent»; NAV's BeregnGrader measures søkersTapteArbeidstid against the applicant's
        own hours); unknown while the lost working time is not given.
        """
        floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - EPSILON
        lost = person("pleiepenger_lost_working_time", period)
        return from_known_bool(is_given(lost), lost >= floor)


class pleiepenger_condition_lost_work_or_aap(Condition):
    entity = Person
    label = "Pleiepenger: tapt arbeidstid minst 20 %, eller NAVs å vurdere for den som får AAP uten arbeid ved siden av (working time lost at least 20 %, or NAV's to assess for a caregiver on AAP with no work beside it)"
    reference = ftrl("9-11", ledd=2)

    def formula(person, period):
        """The working time lost (pleiepenger_condition_lost_work), or met for a caregiver on arbeidsavklaringspenger
        with no work beside them: she has no working time of her own to be away from, what NAV counts for her was not
        found (NAV's uttak has no AAP activity), and NAV assesses her right and basis anyway
        (chapter_9_basis_to_be_assessed), so the right is «to be assessed», never refused on a share she cannot give
        (review s24 page L1; as chapter_9_condition_income_floor leaves the ½G floor to NAV). Unknown, not refused,
        while a parent on AAP has not said whether she works beside it.
        """
        on_aap, kind = on(person, period, "arbeidsavklaringspenger"), work_kind(person, period)
        lost = index(person("pleiepenger_condition_lost_work", period))
        return numpy.select([on_aap * (kind == NOT_WORKING), on_aap * (kind == "unknown") * (lost == NOT_MET)],
                            [MET, UNKNOWN], lost).astype(numpy.int16)


class pleiepenger_condition_claim(Condition):
    entity = Person
    label = "Pleiepenger: ønsket uttaksgrad er minst 20 %, eller ikke oppgitt (the share claimed is at least 20 %, or not stated)"
    reference = ftrl("9-11", ledd=2)
    documentation = "NAV's BeregnGrader refuses a claimed share under 20 % (FOR_LAV_ØNSKET_UTTAKSGRAD); not stating a share means taking what is available."

    def formula(person, period, parameters):
        """A grade claimed below 20 % gives no pleiepenger (ftrl § 9-11 andre ledd); a claim not stated does not stand in
        the way.
        """
        floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - EPSILON
        claimed = person("pleiepenger_claimed_percent", period)
        return from_bool(numpy.logical_not(is_given(claimed)) | (claimed >= floor))


class pleiepenger_status(BenefitStatus):
    entity = Person
    label = "Pleiepenger for sykt barn (care benefit for a sick child), status"
    reference = ftrl("9-10")

    def formula(person, period):
        """Entitled when every condition is met; to be assessed when they are met but the grade depends on whose
        claim NAV receives first (the caregivers together claim more than the care need allows, ADR 0027), NAV
        must assess the basis (arbeidsavklaringspenger, work beside dagpenger, or a self-employed income changed
        lastingly by more than 25 %: chapter_9_basis_to_be_assessed), or the caregiver is a foster parent with
        forsterkning from barnevernet, who may have little or no income lost from work to replace (§ 9-3, § 9-10 første
        ledd; variables/common/fosterhjem.py); otherwise as the conditions say.
        """
        order = person("pleiepenger_claim_order_decides", period)
        assessed = person("chapter_9_basis_to_be_assessed", period)
        forsterkning = person("foster_parent_with_forsterkning", period)
        return status_from(person("pleiepenger_conditions", period), needs_assessment=order + assessed + forsterkning)
