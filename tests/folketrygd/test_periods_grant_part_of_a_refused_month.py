"""Care periods that give a right in part of a month the family-level facts refuse (review of 0.22.0, caseworker L3;
ADR 0021 addendum 0.24.0).

NAV grades each piece of the claimed period on its own (navikt/pleiepenger-barn-uttak @
b476489b8b3103b7b53df66f621177dcfc887981, KnekkpunktUtleder.finnKnekkpunkter, BeregnGrader): a piece whose rest is at
least 20 % is paid though the other pieces of the month are refused for tilsyn above 80 % (ftrl § 9-11; pleiepenger are
paid per weekday, Helger.fjern). The model paid 0 kr for such a month: its status was the family-level refusal.

Ida is in barnehage 37.5 h a week (37.5 / 37.5 = 100 % tilsyn > 80 %: refused at family level) and in hospital from
Monday 10 to Friday 14 March 2025, no tilsyn by others: 0 %, rest 100 %. Daily rate 520 000 / 260 = 2 000 (below 6G,
ftrl § 9-15). March 2025: 1 March is a Saturday. Weekdays 3–7 (5) refused, 10–14 (5) paid, 17–21, 24–28, 31 (11)
refused. March: 5 × 2 000 = 10 000 kr. February and April: no period, 100 % tilsyn: refused.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.family import Family

STAY = {"first_day": "2025-03-10", "last_day": "2025-03-14", "supervision_hours_per_day": 0}


def _family(continuous_care="yes", periods=(STAY,)) -> Family:
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": date(1985, 3, 10), "has_worked_four_weeks": "yes", "yearly_income": 520000,
                        "pleiepenger_lost_working_time_percent": 100}],
        "children": [{"id": "ida", "birth_date": date(2019, 6, 1), "needs_continuous_care_and_supervision": continuous_care,
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 37.5,
                      "needs_night_watch_or_standby": "no", "care_periods": list(periods)}],
    })


def _pleiepenger(family, language="en"):
    answer = assemble(family, date(2025, 3, 15), language=language)
    return next(r for r in answer.benefits if (r.benefit, r.person) == ("pleiepenger", "mor"))


def test_the_hospital_week_is_paid_and_the_rest_of_the_month_refused():
    result = _pleiepenger(_family())
    assert (result.status, result.amount.value, result.reason.code) == ("entitled", 10000, "paid_for_the_periods_with_a_right")
    assert [(p.first_day, p.last_day, p.weekdays, p.status, p.grade, p.reason.code, p.amount) for p in result.periods] == [
        ("2025-03-01", "2025-03-09", 5, "not_entitled", 0, "supervision_above_80_percent", 0),
        ("2025-03-10", "2025-03-14", 5, "entitled", 100, "none", 10000),
        ("2025-03-15", "2025-03-31", 11, "not_entitled", 0, "supervision_above_80_percent", 0),
    ]
    # The tilsyn condition is met in the part paid; the reason says the rest is refused on it.
    supervision = next(c for c in result.conditions if c.variable == "pleiepenger_condition_supervision")
    assert supervision.outcome == "met"


@pytest.mark.parametrize(("language", "words"), [("nb", "Bare noen deler av måneden gir rett"),
                                                 ("en", "Only some parts of the month give a right")])
def test_the_reason_says_only_parts_are_paid_and_cites_9_11(language, words):
    text = _pleiepenger(_family(), language).reason.text
    assert words in text and "§ 9-11" in text


def test_a_refusal_the_periods_do_not_touch_stays_a_refusal():
    # Continuous care answered no (§ 9-10 første ledd): no piece has a right, so the month stays refused, 0 kr.
    result = _pleiepenger(_family(continuous_care="no"))
    assert (result.status, result.amount, result.reason.code) == ("not_entitled", None, "no_continuous_care_need")


def test_a_period_that_is_refused_too_leaves_the_month_refused():
    # 6.1 h a day in the period: 6.1 / 7.5 = 81 % > 80 %, refused like the rest of the month.
    result = _pleiepenger(_family(periods=({**STAY, "supervision_hours_per_day": 6.1},)))
    assert (result.status, result.reason.code) == ("not_entitled", "supervision_above_80_percent")


def test_the_timeline_shows_the_hospital_month_start_and_end():
    # February refused, March 10 000 kr (above), April refused again: pleiepenger start on 1 March (the stay begins on
    # the 10th) and end on 1 April (the day after the stay, 15 March, is the period's end).
    events = [e for e in timeline(_family(), date(2025, 2, 1), years=1, language="en", today=date(2025, 2, 1)).events
              if e.benefit == "pleiepenger"]
    assert [(e.date, e.kind, e.amount_after and e.amount_after.value, [(t.kind, t.date) for t in e.because]) for e in events] == [
        ("2025-03-01", "starts", 10000, [("care_period_starts", "2025-03-10")]),
        ("2025-04-01", "ends", None, [("care_period_over", "2025-03-15")]),
    ]
