"""The application plan's order (review s24 page M1; ADR 0012, addendum on the plan's order).

The plan promises «i hvilken rekkefølge». Within the catalogue's `depends_on` (a step after every step of the rights it
depends on), it goes by status — entitled, to be assessed, missing information — and within a status by urgency: a
benefit paid instead of lost pay (folketrygdloven kapittel 9, § 9-1), then one NAV can back-pay only 3 months
(§ 22-13 tredje ledd), then the rest; ties keep the catalogue's order. Before this the plan followed the catalogue
alone: a newborn's granted pleiepenger was step 5, behind four rights with «Mangler opplysninger».
"""

from datetime import date
from types import SimpleNamespace

from openfisca_asb.answer.packets import application_packets
from openfisca_asb.answer.plan_order import in_plan_order
from openfisca_asb.cli.apply import render_plan
from openfisca_asb.facts.family import Family


def _step(benefit_id, status, replaces_income=False, back_payment_months=None, depends_on=(), person=None):
    """(benefit, result, packet right) as the plan reads them: only what the order looks at."""
    application = SimpleNamespace(replaces_income=replaces_income,
                                  depends_on=[SimpleNamespace(benefit=other) for other in depends_on])
    benefit = SimpleNamespace(id=benefit_id, application=application)
    back_payment = SimpleNamespace(months=back_payment_months) if back_payment_months else None
    return benefit, SimpleNamespace(status=status, person=person), SimpleNamespace(back_payment=back_payment)


def _order(steps) -> list[str]:
    placed = in_plan_order(steps, lambda benefit: benefit.application.depends_on)
    return [f"{benefit.id}/{result.person}" if result.person else benefit.id for benefit, result, _ in placed]


def test_status_comes_first_then_income_then_a_back_payment_limit_then_catalogue_order():
    # In catalogue order: a van (missing, no limit), grunnstønad (missing, 3 months), pleiepenger (entitled, pay),
    # a patient-travel claim (entitled, 6 months), an aid (to be assessed, no limit), omsorgspenger (missing, pay).
    # By hand: entitled {pleiepenger: pay, pasientreiser: limit} → pleiepenger, pasientreiser; to be assessed
    # {aid}; missing {van: other, grunnstønad: limit, omsorgspenger: pay} → omsorgspenger, grunnstønad, van.
    steps = [_step("bil", "missing_information"), _step("grunnstonad", "missing_information", back_payment_months=3),
             _step("pleiepenger", "entitled", replaces_income=True),
             _step("pasientreiser", "entitled", back_payment_months=6),
             _step("hjelpemidler", "to_be_assessed"), _step("omsorgspenger", "missing_information", replaces_income=True)]
    assert _order(steps) == ["pleiepenger", "pasientreiser", "hjelpemidler", "omsorgspenger", "grunnstonad", "bil"]


def test_ties_keep_the_catalogue_order():
    # Three rights alike in status and urgency keep the order they came in: the order is stable.
    steps = [_step("a", "missing_information"), _step("b", "missing_information"), _step("c", "missing_information")]
    assert _order(steps) == ["a", "b", "c"]


def test_a_right_another_depends_on_moves_up_with_it_and_comes_just_before():
    # Omsorgsstønad (entitled) depends on hjelpestønad (missing information; ftrl § 6-4 last ledd: apply for it first).
    # By hand: hjelpestønad takes omsorgsstønad's rank (entitled, no limit) and is ready first, so it comes before
    # omsorgsstønad, both before the other right that lacks information.
    steps = [_step("hjelpestonad", "missing_information", back_payment_months=3), _step("grunnstonad", "missing_information"),
             _step("omsorgsstonad", "entitled", depends_on=["hjelpestonad"])]
    assert _order(steps) == ["hjelpestonad", "omsorgsstonad", "grunnstonad"]


def test_a_step_comes_after_every_step_of_the_right_it_depends_on():
    # Two children's hjelpestønad, the second listed after omsorgsstønad: omsorgsstønad waits for both. By hand: both
    # take omsorgsstønad's rank (entitled), so they keep their own order (ida, per), and omsorgsstønad comes last.
    steps = [_step("hjelpestonad", "missing_information", person="ida"), _step("omsorgsstonad", "entitled", depends_on=["hjelpestonad"]),
             _step("hjelpestonad", "to_be_assessed", person="per")]
    assert _order(steps) == ["hjelpestonad/ida", "hjelpestonad/per", "omsorgsstonad"]


# The review's newborn: Mia born 20 July 2025 at 30 weeks, in hospital since; mor an employee away 100 %, far
# self-employed away 50 %. Her plan had grunnstønad, hjelpemidler, activity aids and a van before mor's pleiepenger.
NEWBORN = Family.model_validate({
    "kommunenummer": "4601",
    "caregivers": [
        {"id": "mor", "birth_date": "1993-02-02", "employment": "employee", "has_worked_four_weeks": "yes",
         "yearly_income": 480000, "pleiepenger_lost_working_time_percent": 100, "pleiepenger_claimed_percent": 100},
        {"id": "far", "birth_date": "1990-10-10", "employment": "self_employed", "has_worked_four_weeks": "yes",
         "yearly_income": 390000, "pleiepenger_lost_working_time_percent": 50, "pleiepenger_claimed_percent": 50}],
    "children": [
        {"id": "mia", "birth_date": "2025-07-20", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
         "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
         "child_admitted_to_hospital": "yes", "established_supervision_hours_per_week": 0,
         "care_need_requires_two_caregivers": "yes", "has_private_care_arrangement": "no",
         "lives_at_home_at_least_half_the_time": "no", "has_serious_illness_injury_or_disability": "yes",
         "needs_long_term_complex_health_services": "yes", "has_treatment_travel": "yes"}],
})


def test_a_newborns_granted_pleiepenger_lead_the_plan_and_the_unsettled_rights_follow():
    packets = application_packets(NEWBORN, date(2025, 9, 1), "nb")
    rights = {(r.benefit, r.person): r for p in packets.packets for r in p.rights}
    statuses = [rights[(s.benefit, s.person)].status for s in packets.plan]
    # Both parents' pleiepenger are granted and replace pay: steps 1 and 2.
    assert [(s.benefit, s.person) for s in packets.plan[:2]] == [("pleiepenger", "mor"), ("pleiepenger", "far")]
    # Statuses never go back: no entitled step after one to be assessed, none of those after missing information.
    ranks = [{"entitled": 0, "to_be_assessed": 1, "missing_information": 2}[s] for s in statuses]
    assert ranks == sorted(ranks)
    van = next(s.step for s in packets.plan if s.benefit == "bil")
    assert van > max(s.step for s in packets.plan if rights[(s.benefit, s.person)].status != "missing_information")


def test_the_plan_says_why_its_steps_come_in_this_order():
    text = render_plan(application_packets(NEWBORN, date(2025, 9, 1), "en")).splitlines()
    assert text[2].startswith("The order: first what you are entitled to, then what must be assessed, and last what "
                              "lacks information.")
    assert text[4].startswith("1. Care benefit for a sick child (pleiepenger) (mor) – ")
