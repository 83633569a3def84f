"""Delt bosted and foster care in the interview (ADR 0045 and its addendum): facts given only where they apply
(`absent_means`) that the interview asks where the family has said they may apply (`asked_where`) and the answer
changes a right — never of a family that has not said so.

Folketrygdloven § 9-6, as NAV applies it with delt bosted (barneloven § 36): «vil ingen av dere bli regnet som alene
om omsorgen» and «begge har rett til ordinære omsorgsdager» (navikt/omsorgsdager-aleneomsorg-dialog, ADR 0045).
"""

from datetime import date

import pytest

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import Fact, _check_asked_where, asked_where

ON = date(2025, 9, 1)
DELT_BOSTED = ("has_delt_bosted", "ella")
LIVES_WITH = ("sole_caregiver", "ella")  # «who does Ella live with permanently», among the caregivers (ADR 0045 addendum s23)
WORKING = {"employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 500_000}
# Ella, 10 in 2025, whom NAV has accepted as chronically ill: the facts omsorgspenger reads of her, given.
ELLA = {"id": "ella", "birth_date": "2015-03-03", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
        "omsorgspenger_chronic_illness_accepted": "yes"}


def _family(caregivers: dict[str, dict], child: dict | None = None) -> dict:
    persons = [{"id": name, "birth_date": "1985-01-01", **WORKING, **facts} for name, facts in caregivers.items()]
    return {"kommunenummer": "0301", "caregivers": persons, "children": [{**ELLA, **(child or {})}]}


def _walk(start: dict, answers: dict) -> tuple[list, object]:
    """Every step of the interview on 1 September 2025, each question answered from `answers` or «don't know»; (the
    questions asked in order, the last step)."""
    return _walk_on(ON, start, answers)


def _walk_on(on: date, start: dict, answers: dict) -> tuple[list, object]:
    """Every step of the interview on `on`, each question answered from `answers` or «don't know»."""
    given: dict = {}
    asked = []
    for _ in range(40):
        family = {**start, "caregivers": [dict(p) for p in start["caregivers"]], "children": [dict(p) for p in start["children"]]}
        persons = {p["id"]: p for p in family["caregivers"] + family["children"]}
        for (fact, person), value in given.items():
            # An answer beside the caregivers to «who does the child live with» gives other facts (`other_answers`).
            for named, answer in (value.items() if isinstance(value, dict) else [(fact, value)]):
                if answer is not None:
                    persons[person][named] = answer
        step = run_interview(Family.model_validate(family), on, "en", unknown={k for k, v in given.items() if v is None})
        if not step.asked:
            return asked, step
        keys = [question.key for question in step.next]
        asked.append((keys, step))
        given |= {key: answers.get(key) for key in keys}
    raise AssertionError("no end after 40 questions")


def _omsorgspenger(step) -> dict:
    return {r.person: (r.status, r.amount.value if r.amount else None) for r in step.answer.benefits if r.benefit == "omsorgspenger"}


def _asked_keys(asked) -> list:
    return [key for keys, _ in asked for key in keys]


def test_parents_living_apart_are_asked_who_the_child_lives_with_and_delt_bosted_gives_each_20_days():
    # Mor lives alone (is_single «yes»); far lives with a new partner, so midlertidig alene is still open for him
    # (20–40 days). With two caregivers listed, delt bosted is one answer to «who does Ella live with permanently»,
    # beside each parent (ADR 0045 addendum s23), not a question of its own. Delt bosted «yes»: Ella is in neither's
    # sole care and each counts her: 10 days (one or two children, § 9-6 first ledd) + 10 for a child NAV accepts as
    # chronically ill (second ledd, not alone) = 20 each, settled — and neither is asked the married couple's
    # «midlertidig alene».
    start = _family({"mor": {"is_single": "yes"}, "far": {"is_single": "no"}})
    asked, last = _walk(start, {LIVES_WITH: {"has_delt_bosted": "yes"}})
    step = next(step for keys, step in asked if LIVES_WITH in keys)
    question = next(q for q in step.next if q.key == LIVES_WITH)
    assert "omsorgspenger" in question.settles
    assert question.choices == ["mor", "far"]
    assert [answer["answers"] for answer in question.other_answers("en")] == [{"has_delt_bosted": "yes"}, {"has_delt_bosted": "no"}]
    assert DELT_BOSTED not in _asked_keys(asked)
    assert not [key for key in _asked_keys(asked) if key[0] == "omsorgspenger_temporarily_alone"]
    assert {who: _omsorgspenger(last)[who] for who in ("mor", "far")} == {"mor": ("entitled", 20), "far": ("entitled", 20)}


def test_the_only_caregiver_with_sole_care_is_asked_delt_bosted():
    # NAV asks a parent who says she has aleneomsorg «Har du avtale om delt bosted for noen av barna?». Sole care of
    # Ella: 10 + 10 (aleneomsorg, one or two children) + 20 (chronically ill, alone) = 40 (§ 9-6 first to third ledd);
    # with delt bosted she is not alone with Ella: 10 + 10 = 20.
    start = _family({"mor": {"has_sole_care": "yes"}})
    asked, last = _walk(start, {DELT_BOSTED: "yes"})
    assert DELT_BOSTED in _asked_keys(asked)
    assert _omsorgspenger(last)["mor"] == ("entitled", 20)
    _, kept = _walk(start, {DELT_BOSTED: "no"})
    assert _omsorgspenger(kept)["mor"] == ("entitled", 40)


@pytest.mark.parametrize("caregivers", [
    {"mor": {}, "far": {}},  # two parents who have said nothing of living apart: a married couple
    {"mor": {"is_single": "no"}, "far": {"is_single": "no"}},
])
def test_a_family_that_has_not_said_its_parents_live_apart_is_never_asked_delt_bosted(caregivers):
    asked, _ = _walk(_family(caregivers), {})
    assert DELT_BOSTED not in _asked_keys(asked)
    # … while the same family's midlertidig alene is asked: the question the married couple has
    assert ("omsorgspenger_temporarily_alone", "mor") in _asked_keys(asked)


def test_a_child_living_with_one_parent_alone_is_not_asked_delt_bosted():
    # «Bare Mor» on the family step (sole_caregiver): Ella lives with her mother, not with both.
    asked, _ = _walk(_family({"mor": {"is_single": "yes"}}, {"sole_caregiver": "mor"}), {})
    assert DELT_BOSTED not in _asked_keys(asked)


def test_two_parents_who_both_live_alone_are_asked_who_the_child_lives_with():
    # Both say they live alone and Ella names no sole caregiver: each counts her for omsorgspenger, 20 days each (ADR
    # 0018's reading of a child naming no sole caregiver). Who she lives with permanently changes that (ftrl § 9-6: mor,
    # alone with her, 10 + 10 aleneomsorg + 20 for the chronically ill child alone = 40; far then counts no child of
    # his own) and barnetilsyn (§ 15-4): it is asked, with delt bosted as one of its answers, and delt bosted is not
    # asked again on its own. «Don't know» leaves the care days at 20 each.
    start = _family({"mor": {"is_single": "yes"}, "far": {"is_single": "yes"}})
    asked, last = _walk(start, {})
    step = next(step for keys, step in asked if LIVES_WITH in keys)
    assert {"omsorgspenger", "barnetilsyn"} <= set(next(q for q in step.next if q.key == LIVES_WITH).settles)
    assert DELT_BOSTED not in _asked_keys(asked)
    assert _omsorgspenger(last)["far"] == ("entitled", 20)
    _, with_mor = _walk(start, {LIVES_WITH: "mor"})
    assert _omsorgspenger(with_mor)["mor"] == ("entitled", 40)


# Review s23 caseworker's family E: Amir, 2, in a forsterket fosterhjem, needs continuous care at home. Fostermor, an
# employee on 520 000 kr a year, is away from all her working time and claims 100 % pleiepenger; fosterfar loses none.
FOSTER_ON = date(2024, 9, 1)
AMIR = {"id": "amir", "birth_date": "2022-06-20", "lives_in_fosterhjem": "yes", "has_illness_or_extra_needs": "yes",
        "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes",
        "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
        "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no",
        "needs_night_watch_or_standby": "no", "omsorgspenger_chronic_illness_accepted": "yes"}
FOSTERMOR = {"id": "fostermor", "birth_date": "1982-12-03", **WORKING, "yearly_income": 520_000,
             "pleiepenger_lost_working_time_percent": 100, "pleiepenger_claimed_percent": 100, "is_single": "no"}
FOSTERFAR = {"id": "fosterfar", "birth_date": "1980-07-15", **WORKING, "yearly_income": 680_000,
             "pleiepenger_lost_working_time_percent": 0, "is_single": "no"}
FORSTERKNING = ("fosterhjem_forsterkning", "fostermor")


def _pleiepenger(step, person: str) -> tuple:
    found = next(r for r in step.answer.benefits if r.benefit == "pleiepenger" and r.person == person)
    return found.status, found.reason.code if found.reason else None, found.amount.value if found.amount else None


def test_a_foster_parent_entitled_to_pleiepenger_is_asked_whether_barnevernet_pays_forsterkning():
    # A foster parent with forsterkning (often frikjøp: «en forhøyet arbeidsgodtgjøring som tilsvarer tapt
    # arbeidsfortjeneste», Retningslinjer for fosterhjem kap. 9) may have no lost income left for pleiepenger to
    # replace (ftrl § 9-3, § 9-10 første ledd): «to be assessed» (review s22 law L6). So the answer moves fostermor's
    # pleiepenger and is asked of her (ADR 0045: asked where a child is said to live in a foster home and it changes
    # a right). Fosterfar loses none of his working time: he is refused pleiepenger either way, and is not asked.
    start = {"kommunenummer": "5501", "caregivers": [FOSTERMOR, FOSTERFAR], "children": [AMIR]}
    asked, last = _walk_on(FOSTER_ON, start, {FORSTERKNING: "yes"})
    assert FORSTERKNING in _asked_keys(asked)
    assert ("fosterhjem_forsterkning", "fosterfar") not in _asked_keys(asked)
    assert _pleiepenger(last, "fostermor")[:2] == ("to_be_assessed", "fosterhjem_forsterkning")
    # Without forsterkning she is paid as anyone else: 520 000 / 260 = 2 000 kr a day, 100 %, for the 21 weekdays of
    # September 2024 (§ 9-11, § 9-15) = 42 000 kr.
    _, without = _walk_on(FOSTER_ON, start, {FORSTERKNING: "no"})
    assert _pleiepenger(without, "fostermor") == ("entitled", "none", 42_000)


def test_a_family_without_a_foster_child_is_never_asked_forsterkning():
    asked, _ = _walk(_family({"mor": {}, "far": {}}), {})
    assert not [key for key in _asked_keys(asked) if key[0] == "fosterhjem_forsterkning"]
    assert asked_where()["fosterhjem_forsterkning"].any_said == {"lives_in_fosterhjem": "yes"}


def test_asked_where_is_refused_on_a_fact_whose_absence_answers_nothing():
    question = {"nb": "Spørsmål?", "en": "Question?"}
    facts = {"is_single": Fact(id="is_single", holder="caregiver", question=question, type="yes_no"),
             "has_delt_bosted": Fact(id="has_delt_bosted", holder="child", question=question, type="yes_no",
                                     asked_where={"any_said": {"is_single": "yes"}})}  # no `absent_means`
    with pytest.raises(ValueError, match="has_delt_bosted"):
        _check_asked_where(facts)
