"""A birthday on the 1st of a month ends a benefit given per month at the end of that month (review s24 caseworker M1).

Ftrl § 22-12 sjette ledd: a benefit given per month «stanses ved utgangen av den måneden retten til ytelsen faller
bort». Sander, born 2008-07-01, turns 18 on 2026-07-01, so forhøyet hjelpestønad (§ 6-5 første ledd, «under 18 år»)
falls away that day and is paid through July: it ends on 2026-08-01, and the ordinary hjelpestønad it replaced is
paid from then. A right judged by the day — the companion on patient travel — and barnekoordinator, whose limit the
model counts on the month's 1st (pbrl § 2-5 c, not a folketrygd benefit given per month), end on the birthday itself.
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_causes import held_still, own_changes
from openfisca_asb.facts.family import Family

BIRTHDAY = "2026-07-01"


def _sander(born: str) -> Family:
    return Family.model_validate({
        "kommunenummer": "3403", "hjelpestonad_applied_for": "yes",
        "caregivers": [
            {"id": "mor", "birth_date": "1975-05-05", "employment": "employee", "has_worked_four_weeks": "yes",
             "yearly_income": 500000, "barnetrygd_receipt": "full"},
        ],
        "children": [{"id": "sander", "birth_date": born, "has_illness_or_extra_needs": "yes",
                      "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes",
                      "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes",
                      "has_substantially_greater_care_need": "yes", "stay_at_home_helped_by_allowance": "yes",
                      "hjelpestonad_decided_sats": "sats_4", "needs_transport_due_to_illness": "yes",
                      "has_treatment_travel": "yes", "child_admitted_to_hospital": "no", "school_grade": 12}],
    })


@pytest.fixture(scope="module")
def answer():
    return timeline(_sander("2008-07-01"), date(2026, 6, 15), years=1, language="en")


def _one(answer, **where):
    found = [e for e in answer.events if all(getattr(e, key) == value for key, value in where.items())]
    assert len(found) == 1, f"{where}: {[(e.date, e.benefit, e.person, e.kind) for e in answer.events]}"
    return found[0]


def _causes(event):
    return [(t.kind, t.person, t.age, t.date) for t in event.because]


def test_forhoyet_hjelpestonad_is_paid_through_the_month_of_a_birthday_on_the_1st(answer):
    # § 22-12 sjette ledd: the right falls away on 2026-07-01, so July is paid and the right ends on 2026-08-01, the
    # birthday its cause (not the new grade that 1 August also brings).
    ends = _one(answer, benefit="forhoyet_hjelpestonad", person="sander", kind="ends")
    assert (ends.date, _causes(ends)) == ("2026-08-01", [("birthday", "sander", 18, BIRTHDAY)])


def test_the_ordinary_hjelpestonad_comes_back_when_forhoyet_ends(answer):
    # § 6-5 andre ledd: forhøyet replaces the ordinary rate (0 kr while it is paid); from 2026-08-01 the ordinary
    # rate (§ 6-4, no age limit) is paid again, because of the same birthday.
    change = _one(answer, benefit="hjelpestonad", person="sander", kind="amount_changes")
    assert (change.date, change.amount_before.value, _causes(change)) == (
        "2026-08-01", 0, [("birthday", "sander", 18, BIRTHDAY)])
    assert change.amount_after.value > 0


def test_the_rights_not_given_per_month_end_on_the_birthday(answer):
    # The companion, «under 18 år» by the day (helsenorge, ADR 0037), and barnekoordinator, counted on the month's
    # 1st, which is the birthday: both end on 2026-07-01.
    assert _one(answer, benefit="pasientreiser_ledsager", person="sander", kind="ends").date == BIRTHDAY
    assert _one(answer, benefit="barnekoordinator", kind="ends").date == BIRTHDAY


def test_both_firsts_are_evaluated(answer):
    # The birthday itself (the rights counting the age on the 1st or by the day) and the 1st of the month after (a
    # benefit given per month, counting the age on the day before the month).
    assert {BIRTHDAY, "2026-08-01"} <= set(answer.dates_evaluated)


def test_a_family_held_still_keeps_the_age_on_the_day_before_the_month():
    # From 2026-07-01 to 2026-08-01 Sander is 18 on both 1sts, but 17 on 30 June and 18 on 31 July: his age moved for a
    # benefit given per month. Held still on 2026-08-01 he must be 18 that day and 17 on 31 July, as on 1 July and 30
    # June: born 2008-08-01.
    family = _sander("2008-07-01")
    changes = own_changes(family, date(2026, 7, 1), date(2026, 8, 1))
    assert [(change.kind, change.person) for change in changes] == [("age", "sander")]
    held = held_still(family, date(2026, 7, 1), date(2026, 8, 1), changes)
    assert held.children[0].birth_date == date(2008, 8, 1)
