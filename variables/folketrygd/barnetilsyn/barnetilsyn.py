"""Stønad til barnetilsyn for enslig mor eller far (folketrygdloven § 15-10; chapter 15 as changed 1 July 2026).

A single parent (ugift, skilt or separert, no cohabitant; § 15-4) who alone has
the care of a child, is in work or starting a business, and pays for
supervision (barnehage, SFO, dagmamma) gets 64 % of the cost, up to a monthly
maximum by the number of children (NAV's code, rundskriv V7-15-00). Annual work
income above 6 G gives no right (nav.no). Children count while within the age
limit (child.py); beyond it, only as NAV's assessment of a child needing
substantially more supervision than peers. Aleneomsorg is defined once
for every right (variables/common/sole_care.py); a child with delt bosted is
counted for each parent as NAV's assessment of the daily care (README.md, «Delt bosted»).
Jobseekers and students are directed to tilleggsstønad: not modelled, nor the
3-year membership rule, kontantstøtte or tilleggsstønad that NAV deducts.
Whether the 64 %, the maxima and the 6 G limit carry over to new cases under
the 1 July 2026 rules was not verified (NAV's code has one table): taken to.
"""

import numpy

from openfisca_asb.rules.care_network import sums_alone_and_in_delt_bosted
from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import (
    BARNETILSYN_AGE_RULE, NAV_ALENEOMSORG_RULE, NAV_BARNETILSYN, NAV_BARNETILSYN_INCOME_LIMIT_RULE, NAV_DELT_BOSTED_FORM_TEXT,
    ftrl,
)
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, all_of, from_known_bool, is_given
from openfisca_asb.rules.variable_bases import ChildRightStatus
from openfisca_asb.rules.work_situations import in_work_outcome


def _counted(person, period, mask):
    """How many of the children barnetilsyn counts for this caregiver `mask` holds for: those in the caregiver's sole
    care, and the family's children with delt bosted (NAV assesses the daily care: README.md, «Delt bosted»)."""
    alone, shared = sums_alone_and_in_delt_bosted(person, period, mask)
    return alone + shared


def _children_counted(person, period):
    """Whether the caregiver has children barnetilsyn counts: the sole-care line, and met also where a child with delt
    bosted counts — the line is unknown then because NAV assesses the daily care, and the status is to be assessed
    (barnetilsyn_status), not missing information."""
    _, shared = sums_alone_and_in_delt_bosted(person, period, person("is_child", period))
    sole_care = numpy.asarray(person("barnetilsyn_condition_sole_care", period), dtype=numpy.int16)
    return numpy.where(shared > 0, MET, sole_care).astype(numpy.int16)


def _kleene_any_counted(person, period, outcome):
    """Kleene OR over the children counted for the caregiver. While sole care is unknown, over the family's children
    (those the caregiver may be alone with); with none counted, not reached: unknown (an answer shows it as not
    assessed), never not met."""
    outcome = numpy.asarray(outcome, dtype=numpy.int16)
    sole_care = _children_counted(person, period)
    familie = person.simulation.populations["familie"]
    children = person("is_child", period)
    counted = numpy.where(sole_care == UNKNOWN, _family_children(familie, (outcome == MET) * children), _counted(person, period, outcome == MET))
    open_ = numpy.where(sole_care == UNKNOWN, _family_children(familie, (outcome == UNKNOWN) * children), _counted(person, period, outcome == UNKNOWN))
    none_left = numpy.where(sole_care == NOT_MET, UNKNOWN, NOT_MET)
    return numpy.select([counted > 0, open_ > 0], [MET, UNKNOWN], none_left).astype(numpy.int16)


def _family_children(familie, mask):
    """For each person, how many members of the family `mask` holds for."""
    return familie.project(familie.sum(numpy.asarray(mask, dtype=numpy.float64)))


class barnetilsyn_condition_sole_care(Condition):
    entity = Person
    label = (
        "Barnetilsyn: alene om omsorgen for minst ett barn – ved delt bosted klart mer av den daglige omsorgen, slik NAV "
        "vurderer det (alone with the care of at least one child; with delt bosted, clearly more of the daily care, as "
        "NAV assesses it)"
    )
    reference = [ftrl("15-4"), NAV_ALENEOMSORG_RULE, NAV_DELT_BOSTED_FORM_TEXT]

    def formula(person, period):
        """Aleneomsorg as defined once for every right (variables/common/sole_care.py): met with a child in the
        caregiver's sole care. A child with delt bosted (barneloven § 36) lives with both parents, and whether this
        parent has «klart mer av den daglige omsorgen» is NAV's assessment, neither given nor barred by the agreement
        (README.md, «Delt bosted»): with no child in sole care but one with delt bosted the condition is unknown —
        NAV settles it, and the status is to be assessed (`barnetilsyn_conditions` counts the child), never a «met»
        a parent's own «no» to aleneomsorg would contradict (review s24 caseworker M2). Otherwise not met, or unknown
        while the family's only caregiver has not answered.
        """
        alone, shared = sums_alone_and_in_delt_bosted(person, period, person("is_child", period))
        return numpy.select([alone > 0, shared > 0], [MET, UNKNOWN], person("sole_care", period)).astype(numpy.int16)


class barnetilsyn_condition_work(Condition):
    entity = Person
    label = "Barnetilsyn: i arbeid eller etablerer egen virksomhet (in work or starting a business)"
    reference = [ftrl("15-10", ledd=1), NAV_BARNETILSYN]

    def formula(person, period):
        """Met for an employee, frilanser or self-employed parent (or one starting a business), also one who works
        so beside dagpenger or arbeidsavklaringspenger; not met with no such work (§ 15-10 asks for work); unknown
        while the work situation, or the work beside the benefit, is not given.
        """
        return in_work_outcome(person, period)


class barnetilsyn_condition_income(Condition):
    entity = Person
    label = "Barnetilsyn: årlig arbeidsinntekt ikke over 6 ganger grunnbeløpet (yearly work income at most 6 G)"
    # NAV's stated practice: nav.no states the limit and NAV's case system asks it; the provision that sets it was not
    # found in the stored sources (README.md, review s24 law L7), so no § is cited.
    reference = [NAV_BARNETILSYN, NAV_BARNETILSYN_INCOME_LIMIT_RULE]

    def formula(person, period, parameters):
        """Met when the yearly work income is at most 6 G on the date asked; unknown when not given."""
        law = parameters(period).folketrygd
        income = person("yearly_income", period)
        return from_known_bool(is_given(income), income <= law.barnetilsyn.income_limit_g * law.grunnbelop)


class barnetilsyn_condition_child(Condition):
    entity = Person
    label = (
        "Barnetilsyn: et barn forelderen er alene om er innenfor aldersgrensen, eller må ha vesentlig mer tilsyn "
        "enn jevnaldrende (a sole-care child within the age limit or needing substantially more supervision)"
    )
    reference = list(BARNETILSYN_AGE_RULE)

    def formula(person, period):
        """Kleene OR, over the children counted for the caregiver (in sole care, or with delt bosted), of "within the
        age limit or needing more supervision".
        """
        return _kleene_any_counted(person, period, person("barnetilsyn_child_qualifies", period))


class barnetilsyn_condition_pays_for_care(Condition):
    entity = Person
    label = "Barnetilsyn: forelderen betaler for tilsyn med barnet – barnehage, SFO eller dagmamma (pays for childcare)"
    reference = [ftrl("15-10"), NAV_BARNETILSYN]

    def formula(person, period):
        """Kleene OR, over the children counted for the caregiver (in sole care, or with delt bosted), of "pays more
        than 0 kr a month for tilsyn"; a child who has died (from the month after the death, ADR 0034) has no tilsyn
        to pay for, as the amount counts it."""
        cost = person("monthly_childcare_cost", period)
        alive = person("child_alive", period) != NOT_MET
        pays = numpy.where(alive, from_known_bool(is_given(cost), cost > 0), NOT_MET)
        return _kleene_any_counted(person, period, pays)


class barnetilsyn_conditions(Condition):
    entity = Person
    label = "Barnetilsyn: alle vilkår (all conditions, combined)"
    reference = ftrl("15-10")

    def formula(person, period):
        """Single, alone with the care, in work, income at most 6 G, a qualifying child, paying for tilsyn.
        Kleene AND. A child with delt bosted counts for the care (`_children_counted`): whether the parent has
        clearly more of the daily care is NAV's to assess, so the status is to be assessed, not missing information.
        """
        return all_of(_children_counted(person, period), *(
            person(f"barnetilsyn_condition_{name}", period)
            for name in ("single", "work", "income", "child", "pays_for_care")
        ))


class barnetilsyn_status(ChildRightStatus, while_alive="barnetilsyn_condition_child_alive"):
    entity = Person
    label = "Stønad til barnetilsyn for enslig mor eller far (childcare benefit for a single parent), status"
    reference = ftrl("15-10")

    def formula(person, period):
        """Entitled when every condition is met through a child in the caregiver's sole care, within the age limit and
        with costs, and no child with delt bosted may raise the amount; to be assessed when the claim rests on a child
        needing more supervision than peers, or on a child with delt bosted whose daily care NAV weighs, or when such a
        child may add to an amount a sole-care child gives (NAV pays on every child the parent has aleneomsorg for: the
        amount is then only the lower end; reason.py); otherwise as the conditions say.
        """
        no_sole_care_child = person("barnetilsyn_children_within_main_rule_with_costs", period) == 0
        relies_on_assessment = no_sole_care_child + person("barnetilsyn_delt_bosted_may_add", period)
        return status_from(person("barnetilsyn_conditions", period), needs_assessment=relies_on_assessment)
