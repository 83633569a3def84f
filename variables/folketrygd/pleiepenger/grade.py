"""Gradering (ftrl § 9-11), following NAV's BeregnGrader.kt (navikt/pleiepenger-barn-uttak).

    rest  = min(100 − tilsyn, pleiebehov − tilsyn × pleiebehov/100 − other caregivers' share), ≥ 0
    grade = min(rest, lost working time, claimed share), rounded half up to a whole percent

refused if rest < 20 % or lost working time < 20 %. Tilsyn is a whole percent of
the 7.5-hour day (weekly hours / 37.5, HALF_UP), and is left out where nattevåk/
beredskap applies (from 1 Jul 2019) or where it is above 0 and below 10 %
(NAV's FOR_LAVT rule, see child.py).
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.basis_assessed import (AAP_ASSESSED, DAGPENGER_AND_WORK_ASSESSED, FOSTERHJEM_FRIKJOP_ASSESSED,
                                                SELF_EMPLOYED_INCOME_ASSESSED, chapter_9_assessed_reason)
from openfisca_asb.rules.claimed_child import for_the_named_child, named_child_row, shared_sum
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import any_over_role, count_with_role, max_over_role
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import NOT_MET, UNKNOWN, index, is_given
from openfisca_asb.rules.row_dates import last_day, weekdays_in
from openfisca_asb.rules.variable_bases import BenefitReason, MonthlyPercent


class pleiepenger_other_caregivers_first(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: det de andre omsorgspersonene kan ta ut om kravene deres kommer først, minst gunstige lesning for denne omsorgspersonen (what the other caregivers can take when their claims come first, the least favourable reading for this caregiver)"
    reference = ftrl("9-10", ledd=2)
    # NAV's uttak subtracts the grades granted on the claims ranked before this one
    # (navikt/pleiepenger-barn-uttak @ b476489, UtledAndrePartersTilsyn.kt:
    # andreSøkeresUttaksplaner stops at the caregiver's own claim in kravprioritet; k9-sak
    # ranks the claims by the time each was sent, earliest first). The family does not tell
    # the order: this is the reading where every other claim comes first (ADR 0027).

    def formula(person, period):
        """What the family's other caregivers whose claims may be for the same child can take of its care need when
        their claims come before this caregiver's: for each, the smallest of the claim (not stated: all that is available), the working
        time lost (not given: 100 %) and the child's limit; nothing for one who cannot have pleiepenger.
        """
        limit, need = _child_caps(person, period, "low")
        possible = numpy.minimum(numpy.minimum(_claimed(person, period), _lost_or_all(person, period)), numpy.minimum(limit, need))
        possible = numpy.where(person("pleiepenger_may_claim", period), possible, 0)
        # Only claims that may be for the same child share its care need (named_child.py, review s22 H1).
        return shared_sum(person, period, possible)


class pleiepenger_may_claim(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: omsorgspersonen kan ha krav – ingen av vilkårene om omsorgspersonen er ikke oppfylt (a caregiver none of whose own conditions is answered as not met)"
    reference = ftrl("9-10", ledd=2)

    def formula(person, period):
        """A caregiver none of whose own conditions (age under 70, opptjening, ½G, working time lost and share
        claimed of at least 20 %) is not met: one who may take part of the care need.
        """
        own = ("chapter_9_condition_caregiver_age", "chapter_9_condition_opptjening", "chapter_9_condition_minimum_income",
               "pleiepenger_condition_lost_work_or_aap", "pleiepenger_condition_claim")
        refused = numpy.zeros(person.count, dtype=bool)
        for name in own:
            refused |= index(person(name, period)) == NOT_MET
        return person("is_caregiver", period) * numpy.logical_not(refused)


class pleiepenger_rest_low(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: rest til omsorgspersonen (restTilSøker), minst gunstige lesning – de andres krav først (share left for the caregiver, least favourable reading: the others' claims first)"
    reference = ftrl("9-11")

    def formula(person, period):
        """The share left for this caregiver (NAV's restTilSøker) when every other caregiver's claim comes first,
        reading unknown facts the least favourable way; never below 0.
        """
        return _rest(person, period, "low", person("pleiepenger_other_caregivers_first", period))


class pleiepenger_rest_first_low(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: rest til omsorgspersonen når kravet kommer først, minst gunstige lesning av barnets opplysninger (share left when this claim comes first, least favourable reading)"
    reference = ftrl("9-11")

    def formula(person, period):
        """What the established supervision leaves this caregiver when no other claim comes first, reading unknown
        facts the least favourable way; never below 0.
        """
        return _rest(person, period, "low", 0)


class pleiepenger_rest_high(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: rest til omsorgspersonen (restTilSøker), mest gunstige lesning – kravet først (share left for the caregiver, most favourable reading: this claim first)"
    reference = ftrl("9-11")

    def formula(person, period):
        """The share left for this caregiver (restTilSøker) when this claim comes first, most favourable reading;
        never below 0.
        """
        return _rest(person, period, "high", 0)


def _child_caps(person, period, reading):
    """(limit, need) for one reading: the named child's (NAV grades per pleietrengende, named_child.py); with no
    child named, the largest of each over the family's children — exact where one child may need care, and where
    several do, the claim must name its child (pleiepenger_condition_child_named).
    """
    limit = numpy.maximum(_limit_cap(person, period, reading), 0)
    familie = person.simulation.populations["familie"]
    need_of = familie.members(f"pleiepenger_child_need_{reading}", period)
    need = for_the_named_child(person, period, need_of, familie.project(max_over_role(familie, need_of, Familie.CHILD)))
    return limit, numpy.maximum(need, 0)


def _limit_cap(person, period, reading):
    """100 − tilsyn of the named child, or the largest over the children (-inf where the family has none)."""
    familie = person.simulation.populations["familie"]
    limit_of = familie.members(f"pleiepenger_child_limit_{reading}", period)
    return for_the_named_child(person, period, limit_of, familie.project(max_over_role(familie, limit_of, Familie.CHILD)))


def _rest(person, period, reading, others):
    """NAV's restTilSøker: min(limit, need − others' share), never below 0."""
    limit, need = _child_caps(person, period, reading)
    return numpy.maximum(numpy.minimum(limit, need - others), 0)


class pleiepenger_claim_order_decides(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: rekkefølgen på kravene avgjør uttaket – dere søker til sammen mer enn pleiebehovet gir rom for (the order of the claims decides the grade: together the caregivers claim more than the care need allows)"
    reference = [ftrl("9-10", ledd=2), ftrl("9-11")]

    def formula(person, period, parameters):
        """Whether this caregiver's grade depends on whose claim NAV receives first: the grade with this claim
        first is at least 20 % and more than the grade with the other caregivers' claims first.
        """
        floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - 1e-4
        wanted = numpy.minimum(_claimed(person, period), _lost_or_all(person, period))
        first = numpy.minimum(person("pleiepenger_rest_first_low", period), wanted)
        last = numpy.minimum(person("pleiepenger_rest_low", period), wanted)
        return person("pleiepenger_may_claim", period) * (first >= floor) * (last < first - 1e-4)


class pleiepenger_grade_first_low(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: uttaksgrad når kravet kommer først, minst gunstige lesning (grade with this claim first, least favourable reading; 0 below 20 %)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """The smallest of the share supervision leaves, the working time lost (none while not given) and the
        share claimed, with this claim first; 0 below 20 % (ADR 0027).
        """
        return _floored(person, period, parameters, person("pleiepenger_rest_first_low", period), certain=True)


class pleiepenger_grade_first_high(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: uttaksgrad når kravet kommer først, mest gunstige lesning (grade with this claim first, most favourable reading; 0 below 20 %)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """As the least favourable reading, with the most favourable rest and a loss not given taken as all."""
        return _floored(person, period, parameters, person("pleiepenger_rest_high", period), certain=False)


class pleiepenger_grade_last_low(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: uttaksgrad når de andres krav kommer først, minst gunstige lesning (grade after every other claim, least favourable reading; 0 below 20 %)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """The grade when every other caregiver's claim comes first and takes all it can: the lowest this
        caregiver can get (ADR 0027).
        """
        return _floored(person, period, parameters, person("pleiepenger_rest_low", period), certain=True)


class pleiepenger_grade_after_low(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: uttaksgrad etter de andres krav slik de innvilges, minst gunstige lesning (grade after the others' claims as granted, least favourable reading)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """The grade when the other caregivers' claims come first with the grades they would get first, in the
        same reading: for the family's lowest total (ADR 0027).
        """
        return _after(person, period, parameters, "low")


class pleiepenger_grade_after_high(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: uttaksgrad etter de andres krav slik de innvilges, mest gunstige lesning (grade after the others' claims as granted, most favourable reading)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """As the least favourable reading, for the family's highest total."""
        return _after(person, period, parameters, "high")


def _after(person, period, parameters, reading):
    first = person(f"pleiepenger_grade_first_{reading}", period) * person("pleiepenger_may_claim", period)
    others = shared_sum(person, period, first)
    return _floored(person, period, parameters, _rest(person, period, reading, others), certain=reading == "low")


def _floored(person, period, parameters, rest, certain):
    """min(rest, working time lost, share claimed), 0 below the 20 % floor; a loss not given counts as
    none (certain) or all."""
    floor = parameters(period).folketrygd.pleiepenger.minimum_grade_percent - 1e-4
    lost = _lost(person, period) if certain else _lost_or_all(person, period)
    grade = numpy.minimum(numpy.minimum(rest, lost), _claimed(person, period))
    return numpy.where(person("is_caregiver", period) * (grade >= floor), grade, 0)


class pleiepenger_grade(MonthlyPercent):
    entity = Person
    label = "Pleiepengegrad (uttaksgrad) i hele prosent: minste av rest, tapt arbeidstid og ønsket uttak (grade in whole percent; 0 unless entitled)"
    reference = ftrl("9-11")

    def formula(person, period):
        """The grade paid (ftrl § 9-11): the smallest of the share left, the working time lost and the share
        claimed, rounded half up to a whole percent; 0 unless entitled.
        """
        grade = person("pleiepenger_uttaksgrad_unrounded", period)
        # HALF_UP to a whole percent, as BeregnGrader; the small margin absorbs float32 noise.
        return numpy.where(grade > 0, numpy.floor(grade + 0.5 + 1e-4), 0)


class pleiepenger_uttaksgrad_unrounded(MonthlyPercent):
    entity = Person
    label = "Pleiepenger: uttaksgrad før avrunding – minste av rest, tapt arbeidstid og ønsket uttak (the grade before rounding; 0 unless entitled)"
    reference = ftrl("9-11")

    def formula(person, period):
        """The smallest of the share left, the working time lost and the share claimed, before NAV rounds it to
        a whole percent; NAV shares the covered hours over several activities with this figure. 0 unless
        entitled.
        """
        entitled = person("pleiepenger_status", period) == Status.entitled
        grade = numpy.minimum(person("pleiepenger_rest_low", period), _lost(person, period))
        grade = numpy.minimum(grade, _claimed(person, period))
        return numpy.where(entitled, grade, 0)


def _lost(person, period):
    lost = person("pleiepenger_lost_working_time", period)
    return numpy.where(is_given(lost), numpy.minimum(lost, 100), 0)


def _lost_or_all(person, period):
    """The working time lost, all of it (100 %) while not given."""
    lost = person("pleiepenger_lost_working_time", period)
    return numpy.where(is_given(lost), numpy.minimum(lost, 100), 100)


def _claimed(person, period):
    claimed = person("pleiepenger_claimed_percent", period)
    return numpy.where(is_given(claimed), numpy.minimum(claimed, 100), 100)


class PleiepengerReason(Enum):
    none = "Ingen begrensning (no limit applied)"
    no_child_in_family = "Ingen barn i familien (no child in the family)"
    no_continuous_care_need = "Ingen barn trenger kontinuerlig tilsyn og pleie (no child needs continuous supervision and care)"
    capped_at_6g = "Begrenset til 6G (capped at 6 times G)"
    graded_by_supervision = "Gradert mot etablert tilsyn (graded against supervision by others)"
    graded_by_lost_work = "Gradert mot tapt arbeidstid (graded to the working time lost)"
    graded_by_claim = "Gradert til ønsket uttak (graded to the share claimed)"
    capped_and_graded_by_supervision = "Begrenset til 6G og gradert mot etablert tilsyn (capped at 6G and graded against supervision by others)"
    capped_and_graded_by_lost_work = "Begrenset til 6G og gradert mot tapt arbeidstid (capped at 6G and graded to the working time lost)"
    capped_and_graded_by_claim = "Begrenset til 6G og gradert til ønsket uttak (capped at 6G and graded to the share claimed)"
    capped_and_shared = "Begrenset til 6G og delt med annen omsorgsperson (capped at 6G and shared with another caregiver)"
    shared_with_other_caregiver = "Delt med annen omsorgsperson (shared with another caregiver)"
    claim_order_decides = "Kravet som kommer først, går foran (the claim received first comes first)"
    supervision_above_80_percent = "Tilsyn av andre over 80 % (supervision by others above 80 %)"
    below_20_percent_floor = "Under 20 % igjen (less than 20 % left)"
    lost_work_below_20_percent = "Tapt arbeidstid under 20 % (working time lost below 20 %)"
    claim_below_20_percent = "Ønsket uttak under 20 % (share claimed below 20 %)"
    no_claim = "Søker ikke om pleiepenger (claims 0 %)"
    income_below_half_g = "Inntekt under ½G (income below half of G)"
    until_18th_birthday = "Til dagen barnet fyller 18 år (until the day the child turns 18)"
    paid_as_opplaeringspenger = "Dagene med opplæringspenger er ikke pleiepengedager (the days paid as opplæringspenger are not paid as pleiepenger)"
    after_child_death = "Pleiepenger for en periode etter barnets død (pleiepenger for a period after the child's death)"
    right_after_death_ended = "Perioden etter barnets død er slutt (the period after the child's death has ended)"
    child_not_named = "Det er ikke oppgitt hvilket barn kravet gjelder (the claim does not say which child it is for)"
    aap_assessed_by_nav = AAP_ASSESSED
    dagpenger_and_work_assessed_by_nav = DAGPENGER_AND_WORK_ASSESSED
    named_child_no_care_need = "Barnet kravet gjelder trenger ikke kontinuerlig tilsyn og pleie (the child the claim is for needs no continuous care)"
    fosterhjem_forsterkning = FOSTERHJEM_FRIKJOP_ASSESSED
    self_employed_income_assessed_by_nav = SELF_EMPLOYED_INCOME_ASSESSED
    # Said only by the answer layer where care periods give a right in part of a month the family-level facts refuse
    # (answer/care_periods.py, ADR 0021 addendum 0.24.0); last, so that no index above moves.
    paid_for_the_periods_with_a_right = "Bare periodene med rett betales (only the periods with a right are paid)"


class pleiepenger_reason(BenefitReason, values=PleiepengerReason):
    entity = Person
    label = "Pleiepenger: hvilken regel som begrenset eller stengte retten (the rule that limited or refused the benefit)"
    reference = ftrl("9-11")
    # Refusals first (in NAV's order: rest, lost working time, claim), then the ½G
    # floor; for a grant, what the grade was cut to (NAV's order: claim, tilsyn,
    # lost working time), named with the 6G cap where that bound too, else the 6G cap alone.

    def formula(person, period, parameters):
        """Which rule limited or refused the benefit for a caregiver: the child the claim is for not named where
        several need care, a foster parent's forsterkning from barnevernet weighed (income lost from work, § 9-3), NAV
        to assess the basis (AAP, dagpenger and work, or a self-employed income changed lastingly), no child needing
        continuous care, supervision above 80 %, less than 20 % left, lost work or claim below 20 %, or, when granted,
        which of rest, lost work, claim or the 6G cap bound the amount.
        """
        law = parameters(period).folketrygd
        limit = law.pleiepenger.supervision_limit_percent + 1e-4
        floor = law.pleiepenger.minimum_grade_percent - 1e-4
        refused = _refusal(person, period, limit, floor)
        status = person("pleiepenger_status", period)
        granted = _grant(person, period)
        order = person("pleiepenger_claim_order_decides", period) * (status != Status.not_entitled)
        unnamed = (index(person("pleiepenger_condition_child_named", period)) == UNKNOWN) * (status != Status.not_entitled)
        assessed, assessed_reason = chapter_9_assessed_reason(person, period, status, PleiepengerReason)
        # Whether there is a right at all comes before how a granted one is shared: forsterkning before the order.
        forsterkning = person("foster_parent_with_forsterkning", period) * (status == Status.to_be_assessed)
        open_ = numpy.select([unnamed, forsterkning, order, assessed],
                             [PleiepengerReason.child_not_named.index, PleiepengerReason.fosterhjem_forsterkning.index,
                              PleiepengerReason.claim_order_decides.index, assessed_reason], refused)
        reason = numpy.where(status == Status.entitled, granted, open_)
        return numpy.where(person("is_caregiver", period), reason, PleiepengerReason.none.index)


def _refusal(person, period, limit, floor):
    """Why the benefit is refused, read from the most favourable rest (a refusal holds even then): with this
    claim first, other caregivers never refuse it (their claims only decide the grade, see the order)."""
    r = PleiepengerReason
    rest = person("pleiepenger_rest_high", period)
    familie = person.simulation.populations["familie"]
    supervision = 100 - _limit_cap(person, period, "high")
    # Read through the condition: a parent on AAP with no work beside it is never refused on it (review s24 page L1).
    lost_not_met = index(person("pleiepenger_condition_lost_work_or_aap", period)) == NOT_MET
    claimed = person("pleiepenger_claimed_percent", period)
    income_not_met = index(person("chapter_9_condition_minimum_income", period)) == NOT_MET
    rest_too_low = rest < floor
    no_child = familie.project(count_with_role(familie, Familie.CHILD) == 0)
    no_care_need = index(person("pleiepenger_condition_continuous_care", period)) == NOT_MET
    # The condition reads the named child alone (conditions.py `best_child_outcome`): its refusal says so, never that
    # no child needs care while a sibling does (review s22 page M2).
    named = named_child_row(person, period) >= 0
    days_ended = (index(person("pleiepenger_condition_days_in_month", period)) == NOT_MET) * _child_died_by(person, period)
    return numpy.select(
        [
            no_child,
            no_care_need * named,
            no_care_need,
            days_ended,
            rest_too_low * (supervision > limit),
            rest_too_low,
            lost_not_met,
            is_given(claimed) * (claimed <= 0),  # claims nothing: says so, not "below 20 %" (review s21 L1)
            is_given(claimed) * (claimed < floor),
            income_not_met,
        ],
        [
            r.no_child_in_family.index,
            r.named_child_no_care_need.index,
            r.no_continuous_care_need.index,
            r.right_after_death_ended.index,
            r.supervision_above_80_percent.index,
            r.below_20_percent_floor.index,
            r.lost_work_below_20_percent.index,
            r.no_claim.index,
            r.claim_below_20_percent.index,
            r.income_below_half_g.index,
        ],
        r.none.index,
    )


def _grant(person, period):
    """What the granted grade was cut to, else the 6G cap, else nothing. Where the cap bound the basis as well as a
    grading the grade, both are named, the cap first: it is the one a family will query (review s22 L1)."""
    graded = _graded(person, period)
    capped = person("chapter_9_basis_capped", period)  # the basis NAV pays on: the dagpenger × 260 on dagpenger
    r = PleiepengerReason
    both = {r.graded_by_supervision: r.capped_and_graded_by_supervision, r.graded_by_lost_work: r.capped_and_graded_by_lost_work,
            r.graded_by_claim: r.capped_and_graded_by_claim, r.shared_with_other_caregiver: r.capped_and_shared}
    for grading, with_cap in both.items():
        graded = numpy.where(capped * (graded == grading.index), with_cap.index, graded)
    return numpy.where(capped * (graded == r.none.index), r.capped_at_6g.index, graded)


def _graded(person, period):
    """What the granted grade was cut to, or the days were: the right's days in part of the month, or the days paid
    as opplæringspenger taken out (training_days.py); or nothing."""
    r = PleiepengerReason
    rest = person("pleiepenger_rest_low", period)
    lost = _lost(person, period)
    claimed = _claimed(person, period)
    others = person("pleiepenger_other_caregivers_first", period)
    shared = (others > 0) * (rest < _limit_cap(person, period, "low") - 1e-4)
    part_month = person("pleiepenger_weekdays", period) < weekdays_in(person, period)
    died = _child_died_by(person, period)
    training = person("pleiepenger_training_days", period) > 0
    return numpy.select(
        [
            part_month * died,
            part_month,
            training,
            (claimed < rest) * (claimed < lost),
            (rest < lost) * shared,
            rest < lost,
            lost < 100,
        ],
        [
            r.after_child_death.index,
            r.until_18th_birthday.index,
            r.paid_as_opplaeringspenger.index,
            r.graded_by_claim.index,
            r.shared_with_other_caregiver.index,
            r.graded_by_supervision.index,
            r.graded_by_lost_work.index,
        ],
        r.none.index,
    )


def _child_died_by(person, period):
    """Whether the named child, or with none named a child in the family, died on or before the month's last day."""
    familie = person.simulation.populations["familie"]
    died = familie.members("date_of_death", period).astype("datetime64[D]") <= last_day(person, period)
    return for_the_named_child(person, period, died, familie.project(any_over_role(familie, died, Familie.CHILD)))
