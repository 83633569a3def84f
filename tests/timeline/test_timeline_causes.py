"""An event names the triggers that moved it, not every trigger of its date (review s21 caseworker M3, L4).

Two families from the review. Tiril (born 2008-12-09, forhøyet hjelpestønad sats 3 granted) turns 18 on 2026-12-09.
Aksel (born 2021-02-03) turns 6 in 2027; his self-employed father, alone with him, took a four-day course at Frambu
on 10–13 March 2025 (Monday to Thursday) on 420 000 kr a year.
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.family import Family

ILL = {"has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes",
       "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes",
       "omsorgspenger_chronic_illness_accepted": "yes"}


@pytest.fixture(scope="module")
def tiril():
    family = Family.model_validate({
        "kommunenummer": "3403", "hjelpestonad_applied_for": "yes",
        "caregivers": [
            {"id": "mor", "birth_date": "1979-03-11", "employment": "employee", "has_worked_four_weeks": "yes",
             "yearly_income": 610000, "pleiepenger_lost_working_time_percent": 100, "pleiepenger_claimed_percent": 100,
             "barnetrygd_receipt": "full"},
        ],
        "children": [{"id": "tiril", "birth_date": "2008-12-09", **ILL, "has_substantially_greater_care_need": "yes",
                      "stay_at_home_helped_by_allowance": "yes", "hjelpestonad_decided_sats": "sats_3",
                      "needs_transport_due_to_illness": "yes", "has_treatment_travel": "yes",
                      "child_admitted_to_hospital": "no", "school_grade": 12}],
    })
    return timeline(family, date(2026, 11, 20), years=2, language="en").events


def _aksel_and_his_father(first_day: str, last_day: str) -> Family:
    """A self-employed single father on a course (ftrl § 9-14) from `first_day` to `last_day`, with Aksel, 4."""
    return Family.model_validate({
        "kommunenummer": "1806", "hjelpestonad_applied_for": "yes",
        "caregivers": [
            {"id": "far", "birth_date": "1986-07-01", "employment": "self_employed", "has_worked_four_weeks": "yes",
             "yearly_income": 420000, "is_single": "yes", "has_sole_care": "yes", "barnetrygd_receipt": "full",
             "opplaeringspenger_training_at_approved_institution": "yes", "opplaeringspenger_medical_certificate": "yes",
             "opplaeringspenger_training_share_percent": 80,
             "training_periods": [{"first_day": first_day, "last_day": last_day}]},
        ],
        "children": [{"id": "aksel", "birth_date": "2021-02-03", "sole_caregiver": "far", **ILL, "school_grade": 0}],
    })


@pytest.fixture(scope="module")
def aksel():
    family = _aksel_and_his_father("2025-03-10", "2025-03-13")
    return timeline(family, date(2025, 3, 15), years=4, language="en").events


def _one(events, **where):
    found = [e for e in events if all(getattr(e, key) == value for key, value in where.items())]
    assert len(found) == 1, f"{where}: {[(e.date, e.benefit, e.person, e.kind) for e in events]}"
    return found[0]


def test_the_credit_for_care_changes_because_the_child_turned_18_not_because_of_rates(tiril):
    # Forskrift om alderspensjon § 3-11 (ftrl § 20-8 første ledd): the credit without a claim for a child with forhøyet
    # hjelpestønad sats 3 or 4 runs through the year the child turns 18. Tiril turns 18 on 2026-12-09, so from
    # 1 January 2027 the credit needs a claim on care hours: her birthday moved it, not a rate the model lacks; and
    # since the family must now act, the event says what to do.
    change = _one(tiril, benefit="omsorgsopptjening", person="mor", date="2027-01-01")
    assert [(t.kind, t.person, t.age, t.date) for t in change.because] == [("birthday", "tiril", 18, "2026-12-09")]
    assert change.actions


def test_a_right_ended_by_the_18th_birthday_names_no_new_year_after_it(tiril):
    # The companion on patient travel is for «barn under 18 år» (pasientreiseforskriften § 17), judged by the day: it
    # ends on 2026-12-09 itself. The new year of 2027-01-01, after the event, did not end it.
    companion = _one(tiril, benefit="pasientreiser_ledsager", kind="ends")
    assert (companion.date, [t.kind for t in companion.because]) == ("2026-12-09", ["birthday"])


def test_hjelpestonad_has_no_yearly_quota_to_start_again(tiril):
    # Forhøyet hjelpestønad ends after the month of the 18th birthday (ftrl § 6-5 første ledd, § 22-12), and the
    # ordinary rate is paid again from 2027-01-01 (§ 6-4): the birthday moved both; hjelpestønad counts no quota by
    # calendar year, so «a new calendar year» is no cause.
    for benefit in ("hjelpestonad", "forhoyet_hjelpestonad"):
        change = _one(tiril, benefit=benefit, date="2027-01-01")
        assert [t.kind for t in change.because] == ["birthday"], benefit


def test_the_credit_for_care_stops_in_the_year_the_child_turns_6(aksel):
    # Ftrl § 20-8 første ledd bokstav a: the credit without a claim is for «et barn som ikke fyller 6 år innen året er
    # omme». Aksel turns 6 in 2027 (birthday 3 February, shown from 1 March): from 1 January 2027 the credit needs a
    # claim, because of the age he turns in the year, not the rates.
    change = _one(aksel, benefit="omsorgsopptjening", person="far", date="2027-01-01")
    assert [(t.kind, t.person, t.age, t.date) for t in change.because] == [("year_age", "aksel", 6, "2027-01-01")]
    assert "Aksel turns 6 in 2027" in change.because[0].text


def test_a_new_g_is_the_cause_of_a_new_yearly_credit_not_the_new_year(aksel):
    # 18.1 % of 4.5 G counted with the year's average G (ftrl § 20-8 første ledd): 2025's average G gives 104 350,
    # 2026's 109 484. Only the average G moved it; the credit has no quota that starts again.
    change = _one(aksel, benefit="omsorgsopptjening", person="far", date="2026-01-01")
    assert [(t.kind, t.parameters) for t in change.because] == [("parameters", ["folketrygd.grunnbelop_average"])]


def test_a_course_that_is_over_is_the_cause_and_the_month_without_it_has_no_right(aksel):
    # Opplæringspenger are paid for the training days (ftrl § 9-14, § 9-15): 4 weekdays × 420 000 / 260 = 1 615 kr a
    # day = 6 460 kr in March 2025. In April no training day is given, so April has nothing to claim and no right
    # (review s23 caseworker M2; it was «entitled, 0 kr»): the course, over on 13 March, is the cause, shown from
    # 1 April, the first month without it (review s21 diff L7: it showed at the next date something else brought, the
    # new G of 1 May). The dates are said in words, as the answers say them.
    change = _one(aksel, benefit="opplaeringspenger", person="far")
    assert (change.date, change.status_before, change.status_after) == ("2025-04-01", "entitled", "not_entitled")
    assert (change.amount_before.value, change.amount_after) == (6460, None)
    assert [(t.kind, t.person, t.date) for t in change.because] == [("period_ends", "far", "2025-03-14")]
    assert change.because[0].text == "The training period from 10 March 2025 to 13 March 2025 is over"


def test_a_course_later_in_the_timeline_is_evaluated_in_its_month_and_the_month_after():
    # Aksel's father as above, with his four-day course (Monday 2 – Thursday 5 June 2025) after the start: June pays
    # 4 × 1 615 = 6 460 kr (ftrl §§ 9-14, 9-15; 420 000 < 6G); May and July have no training day and no right (review
    # s23 caseworker M2), so the right starts in June and ends in July. The first of each month is evaluated, and
    # each change names the course, its dates in words (review s21 diff L7).
    family = _aksel_and_his_father("2025-06-02", "2025-06-05")
    answer = timeline(family, date(2025, 3, 15), years=1, language="nb")
    assert {"2025-06-01", "2025-07-01"} <= set(answer.dates_evaluated)
    changes = [e for e in answer.events if e.benefit == "opplaeringspenger"]
    assert [(e.date, e.kind, e.amount_before and e.amount_before.value, e.amount_after and e.amount_after.value)
            for e in changes] == [
        ("2025-06-01", "starts", None, 6460), ("2025-07-01", "ends", 6460, None)]
    assert [(t.kind, t.date, t.text) for e in changes for t in e.because] == [
        ("period_starts", "2025-06-02", "Opplæringsperioden fra 2. juni 2025 til 5. juni 2025 begynner"),
        ("period_ends", "2025-06-06", "Opplæringsperioden fra 2. juni 2025 til 5. juni 2025 er over")]


def test_of_two_children_who_age_only_the_one_whose_age_moved_it_is_named():
    # Aksel as above with a healthy sister, Ingrid, born 2016-05-20: on 1 January 2027 both turn a year older in the
    # calendar year (Ingrid 11), but only Aksel's 6 ends the credit for a child under 6 (ftrl § 20-8 første ledd
    # bokstav a); Ingrid, past 6 and without forhøyet hjelpestønad, gave no credit before and gives none after.
    family = Family.model_validate({
        "caregivers": [{"id": "far", "birth_date": "1986-07-01", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 420000, "barnetrygd_receipt": "full"}],
        "children": [{"id": "aksel", "birth_date": "2021-02-03", **ILL, "school_grade": 0},
                     {"id": "ingrid", "birth_date": "2016-05-20", "has_illness_or_extra_needs": "no", "school_grade": 4}],
    })
    events = timeline(family, date(2026, 9, 1), years=1, language="en").events
    change = _one(events, benefit="omsorgsopptjening", person="far", date="2027-01-01")
    assert [(t.kind, t.person, t.age) for t in change.because] == [("year_age", "aksel", 6)]


def test_no_cause_is_dated_after_its_event(tiril, aksel):
    assert all(t.date <= e.date for e in [*tiril, *aksel] for t in e.because)
