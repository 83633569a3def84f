"""A child's own rights end with the child's life (variables/common/child_alive.py).

Ftrl § 22-12 sjette ledd: "Utbetalingen av en ytelse som gis pr. måned, stanses ved utgangen av den måneden retten
til ytelsen faller bort": a right the child holds is answered as before in the month of the death, and refused
from the month after with the reason `child_died` — by that law for a folketrygd benefit given per month, by the
model's reading for every other right (test_after_death_basis.py). Ftrl § 6-5 fjerde ledd: "Foreldre med ansvar
for tilsyn og pleie av barn som har mottatt forhøyet hjelpestønad i minst tre år gis rett til stønad med samme
sats i tre måneder etter at behovet for tilsyn og pleie har opphørt fordi barnet dør".
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import CHILD_DIED, assemble
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family
from openfisca_asb.system import baseline_system

CHILD_RIGHTS = sorted(b.id for b in catalogue().values() if b.holder == "child" and not b.payer_view)
# The condition each right's card shows once the child has died: `child_alive`, a folketrygd benefit given per
# month's `<id>_condition_child_alive`, forhøyet hjelpestønad's own (catalogue/after_death.py).
AFTER_DEATH = {b.id: c.variable for b in catalogue().values() for c in b.conditions if c.after_death}


def _with_death(name: str, died: str, **facts) -> Family:
    data = example_family(name).model_dump(mode="json", exclude_none=True)
    data["children"][0] |= {"date_of_death": died, **facts}
    return Family.model_validate(data)


def _child_results(family: Family, on: date) -> dict[str, object]:
    child = family.children[0].id
    return {r.benefit: r for r in assemble(family, on, "en").benefits if r.person == child}


@pytest.mark.parametrize("name", ["teenager-cancer", "child-diabetes", "cerebral-palsy-large-assistance-need"])
def test_the_month_of_the_death_is_answered_as_before(name):
    # § 22-12 sjette ledd: paid to the end of the month in which the right falls away. Died 15 October 2026:
    # October's answers are those of the same family without a date of death.
    living = _child_results(example_family(name), date(2026, 10, 20))
    died = _child_results(_with_death(name, "2026-10-15"), date(2026, 10, 20))
    assert {k: (r.status, r.reason) for k, r in died.items()} == {k: (r.status, r.reason) for k, r in living.items()}


@pytest.mark.parametrize("name", ["teenager-cancer", "child-diabetes", "cerebral-palsy-large-assistance-need"])
def test_from_the_month_after_every_right_the_child_holds_is_refused_because_the_child_died(name):
    # Died 15 October 2026; on 1 November every right held by the child has ended (the three years of forhøyet
    # hjelpestønad are answered "no", so nothing continues).
    results = _child_results(_with_death(name, "2026-10-15", forhoyet_hjelpestonad_received_three_years="no"), date(2026, 11, 1))
    assert sorted(results) == CHILD_RIGHTS
    assert {(r.status, r.reason.code) for r in results.values()} == {("not_entitled", CHILD_DIED)}
    assert all([(c.variable, c.outcome) for c in r.conditions] == [(AFTER_DEATH[k], "not_met")] for k, r in results.items())
    assert all(r.amount is None and not r.missing_facts for r in results.values())


def test_a_living_childs_card_does_not_list_the_child_alive_condition():
    results = _child_results(example_family("teenager-cancer"), date(2026, 11, 1))
    assert results and all(c.variable != AFTER_DEATH[k] for k, r in results.items() for c in r.conditions)


# Ida, 10, with forhøyet hjelpestønad at sats 3 decided, died on 10 March 2025.
IDA = {"caregivers": [{"id": "mor", "birth_date": "1985-01-01"}],
       "children": [{"id": "ida", "birth_date": "2015-01-01", "has_lasting_illness": "yes", "has_private_care_arrangement": "yes",
                     "needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": "yes",
                     "stay_at_home_helped_by_allowance": "yes", "hjelpestonad_decided_sats": "sats_3",
                     "date_of_death": "2025-03-10"}]}


def _forhoyet(three_years: str | None, on: date):
    data = {**IDA, "children": [IDA["children"][0] | ({"forhoyet_hjelpestonad_received_three_years": three_years} if three_years else {})]}
    return _child_results(Family.model_validate(data), on)["forhoyet_hjelpestonad"]


def test_forhoyet_hjelpestonad_keeps_the_same_sats_three_months_after_the_death_after_three_years():
    # § 6-5 fjerde ledd: same sats for three months. March (the month of the death, § 22-12) is paid as before;
    # April, May and June at the same sats; from July it has ended.
    march = _forhoyet("yes", date(2025, 3, 20))
    kept = [_forhoyet("yes", date(2025, month, 15)) for month in (4, 5, 6)]
    assert march.status == "entitled" and march.amount.value > 0
    assert [(r.status, r.amount.value) for r in kept] == [("entitled", march.amount.value)] * 3
    assert all(r.conditions[0].variable == "forhoyet_hjelpestonad_condition_after_death" and r.conditions[0].outcome == "met" for r in kept)
    july = _forhoyet("yes", date(2025, 7, 1))
    assert (july.status, july.reason.code) == ("not_entitled", CHILD_DIED)


def test_forhoyet_hjelpestonad_ends_with_the_month_of_the_death_without_three_years():
    april = _forhoyet("no", date(2025, 4, 1))
    assert (april.status, april.reason.code) == ("not_entitled", CHILD_DIED)
    assert "three years" in april.reason.text


def test_whether_it_had_been_received_three_years_is_asked_where_it_decides():
    # Unknown three years: April's status waits on that answer alone, and the answer names that question — not the
    # conditions on the child's need, which the three years of receipt presuppose (§ 6-5 fjerde ledd).
    need = ("has_substantially_greater_care_need", "stay_at_home_helped_by_allowance")
    ida = {fact: value for fact, value in IDA["children"][0].items() if fact not in need}
    results = _child_results(Family.model_validate({**IDA, "children": [ida]}), date(2025, 4, 1))
    april = results["forhoyet_hjelpestonad"]
    assert april.status == "missing_information"
    assert [(m.fact, m.person) for m in april.missing_facts] == [("forhoyet_hjelpestonad_received_three_years", "ida")]


def test_every_right_the_child_holds_or_for_its_care_ends_on_the_condition_its_card_shows():
    # The status (ChildRightStatus) and the card (catalogue/after_death.py) name the same condition, so a refusal
    # because the child died is always explained on the card.
    system = baseline_system()
    for benefit in catalogue().values():
        shown = [c.variable for c in benefit.conditions if c.after_death]
        formulas = system.variables[benefit.variables.status].formulas.values()
        ended_by = {getattr(formula, "while_alive", None) for formula in formulas}
        if (benefit.holder == "child" or benefit.for_the_care_of_a_child) and not benefit.payer_view:
            assert len(shown) == 1 and ended_by == {shown[0]}, benefit.id
        else:
            assert shown == [] and ended_by == {None}, benefit.id


def _without_first_child(name: str) -> Family:
    data = example_family(name).model_dump(mode="json", exclude_none=True)
    data["children"] = data["children"][1:]
    return Family.model_validate(data)


def _family_rights(family: Family, on: date) -> dict:
    children = {child.id for child in family.children}
    return {(r.benefit, r.person): r for r in assemble(family, on, "en").benefits if r.person not in children}


@pytest.mark.parametrize(("name", "on"), [
    ("child-diabetes", date(2026, 11, 1)),  # Nora died; her brother Olav lives: the month after
    ("child-diabetes", date(2027, 2, 1)),  # and the calendar year after
    ("teenager-cancer", date(2027, 2, 1)),  # Sara was the only child
])
def test_after_the_death_the_caregivers_rights_count_the_child_as_no_child(name, on):
    # A monthly right for the care of a child counts a child who died as no child from the month after the death,
    # a yearly one (omsorgspenger's days, leave, omsorgsopptjening) from the calendar year after (ADR 0034:
    # § 22-12 sjette ledd for barnetilsyn, the model's reading for the rest): the caregivers' and the family's
    # statuses are those of the family without her. Pleiepenger is left out: § 9-10 fjerde ledd continues it after
    # the death (its own tests).
    # One difference where the only child died: a family with no child listed may be expecting its first, so
    # barnekoordinator's expected child stays open for it, while parents whose last child died are answered on the
    # children they have, not asked about a new pregnancy (ADR 0014 addendum 0.23.0, review s24 caseworker M3).
    counted = {b.id for b in catalogue().values() if b.period == "month" or on.year > 2026} - {"pleiepenger"}
    died = _family_rights(_with_death(name, "2026-10-15"), on)
    without = _family_rights(_without_first_child(name), on)
    assert sorted(died) == sorted(without)
    only_child = not _without_first_child(name).children
    if only_child:
        counted -= {"barnekoordinator"}
        coordinator = died[("barnekoordinator", None)]
        assert (coordinator.status, coordinator.reason.code) == ("not_entitled", "children_died")
    assert {key: r.status for key, r in died.items() if key[0] in counted} == \
        {key: r.status for key, r in without.items() if key[0] in counted}


def test_a_refusal_for_the_care_of_a_living_sibling_says_the_child_who_died_is_not_counted():
    # Nora (ill) died on 15 October 2026, Olav (healthy) lives. In November opplæringspenger (ftrl § 9-14) are refused
    # on Olav, the only child counted (ADR 0034): the reason says so, or it reads as if Nora had never been ill
    # (review s17 death M6). A refusal on the caregiver alone (barnetilsyn: not single, § 15-5) does not: the death is
    # not its cause (review s18 D2). In October, the month of the death, Nora is counted and nothing is added.
    family = _with_death("child-diabetes", "2026-10-15", omsorgspenger_chronic_illness_accepted="yes")

    def refusals(on: date, language: str) -> dict:
        return {(r.benefit, r.person): r.reason for r in assemble(family, on, language).benefits if r.status == "not_entitled"}

    november = refusals(date(2026, 11, 1), "en")
    # The sentence opens with Nora's id, a name the family chose: a capital, as a sentence opens (review s18 D5).
    said = " Nora, who died on 15 October 2026, is not counted from the month after the death."
    assert november[("opplaeringspenger", "mor")].text.endswith(said)
    assert november[("opplaeringspenger", "mor")].not_counted == said.strip()
    assert refusals(date(2026, 11, 1), "nb")[("opplaeringspenger", "mor")].not_counted == \
        "Nora, som døde 15. oktober 2026, regnes ikke med fra måneden etter dødsfallet."
    assert november[("barnetilsyn", "mor")].not_counted is None and "died" not in november[("barnetilsyn", "mor")].text
    october = refusals(date(2026, 10, 20), "en")
    assert october and not any(reason.not_counted or "who died" in reason.text for reason in october.values())
    # The leave's days are a yearly right (aml § 12-9): Nora is not counted from 2027, and Olav, 14, is past its age.
    assert refusals(date(2027, 2, 1), "en")[("permisjon_barns_sykdom", "mor")].not_counted == \
        "Nora, who died on 15 October 2026, is not counted from the year after the death."



def test_care_beyond_ordinary_parenting_refused_on_a_healthy_sibling_says_what_the_family_said_of_the_children_counted():
    # Nora (the family said "yes": an illness) died on 15 October 2026; Olav ("no") lives. From November omsorgsstønad
    # (hol § 3-6 første ledd nr. 3) is refused on Olav alone (ADR 0026, 0034). The reason must not tell the parents
    # that none of their children was ill: it speaks of each child counted, and then names Nora as not counted
    # (review s19 H1).
    family = _with_death("child-diabetes", "2026-10-15")
    for language, counted, not_said in (
        ("nb", "Dere har svart nei for hvert barn som regnes med", "ingen av barna"),
        ("en", "For each child counted, you have said no", "none of the children"),
    ):
        reason = next(r.reason for r in assemble(family, date(2026, 11, 1), language).benefits
                      if (r.benefit, r.person) == ("omsorgsstonad", "mor"))
        assert reason.text.startswith(counted) and not_said not in reason.text, reason.text
        assert reason.not_counted and reason.not_counted.startswith("Nora")

def test_the_rights_for_the_care_of_the_only_child_end_because_the_child_died():
    # Emil, the single father's only child, died on 15 October 2026: from November the monthly rights for his care
    # end, from 2027 the yearly ones, each with the reason child_died (not "no child given yet").
    family = _with_death("school-child-autism-single-parent", "2026-10-15")
    monthly = {"opplaeringspenger", "barnetilsyn", "omsorgsstonad", "avlastning", "tilpasning_bolig", "redusert_arbeidstid"}
    yearly = {"omsorgspenger", "permisjon_barns_sykdom", "omsorgsopptjening"}
    november = {benefit: r for (benefit, _), r in _family_rights(family, date(2026, 11, 1)).items()}
    assert {(b, november[b].status, november[b].reason.code) for b in monthly} == {(b, "not_entitled", CHILD_DIED) for b in monthly}
    # The days are counted for the calendar year of the death as before it (the family's answer on 20 October).
    living = {benefit: r for (benefit, _), r in _family_rights(family, date(2026, 10, 20)).items()}
    assert november["omsorgspenger"].amount == living["omsorgspenger"].amount
    # and its card shows the conditions it is answered on, as before the death (review s17 H1)
    assert [c.variable for c in november["omsorgspenger"].conditions] == [c.variable for c in living["omsorgspenger"].conditions]
    next_year = {benefit: r for (benefit, _), r in _family_rights(family, date(2027, 2, 1)).items()}
    assert {(b, next_year[b].status, next_year[b].reason.code) for b in yearly} == {(b, "not_entitled", CHILD_DIED) for b in yearly}


@pytest.mark.parametrize("facts", [
    {"hjelpestonad_decided_sats": "sats_1"},  # the ordinary sats was granted, not forhøyet
    {"birth_date": "2023-01-01"},  # Ida would have lived two years and two months
    {"has_lasting_illness": "no", "has_substantially_greater_care_need": None, "stay_at_home_helped_by_allowance": None,
     "needs_extra_supervision_and_care": None, "hjelpestonad_decided_sats": None},  # no lasting illness: never paid
])
def test_forhoyet_is_not_kept_where_it_cannot_have_been_paid_for_three_years(facts):
    # § 6-5 fjerde ledd keeps a sats "mottatt ... i minst tre år": not where the answers say it was not paid for
    # three years, whatever is answered to the three years; and then it is not asked.
    ida = {k: v for k, v in (IDA["children"][0] | facts | {"forhoyet_hjelpestonad_received_three_years": "yes"}).items() if v is not None}
    april = _child_results(Family.model_validate({**IDA, "children": [ida]}), date(2025, 4, 1))["forhoyet_hjelpestonad"]
    assert (april.status, april.reason.code, april.missing_facts) == ("not_entitled", CHILD_DIED, [])


def test_questions_about_a_child_who_died_are_about_the_time_before_the_death():
    # Review s17 death M5: pleiepenger go on after a death (ftrl § 9-10 fjerde ledd), so the interview still asks
    # about the child's care; it asks about the time before the death, never as if the child lived. A question about
    # a living sibling or a parent is asked as before.
    from openfisca_asb.answer.interview import run_interview

    family = Family.model_validate({
        "kommunenummer": "3201", "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
        "children": [{"id": "jonas", "birth_date": "2013-01-20", "date_of_death": "2024-10-15", "has_illness_or_extra_needs": "yes"},
                     {"id": "ida", "birth_date": "2016-03-01"}]})
    step = run_interview(family, date(2024, 11, 1), "nb", depth="all")
    about_jonas = [q.question for q in step.asked if q.person == "jonas"]
    assert about_jonas and all(text.startswith("Om tiden før jonas døde: ") for text in about_jonas), about_jonas
    assert not any("døde" in q.question for q in step.asked if q.person != "jonas")
    answer = run_interview(family, date(2024, 11, 1), "en", depth="all").answer
    missing = [m.question for r in answer.benefits for m in r.missing_facts
               if m.person == "jonas" and m.fact != "forhoyet_hjelpestonad_received_three_years"]  # already about the death
    assert missing and all(text.startswith("About the time before jonas died: ") for text in missing), missing
    # Asked about a day before the death, the child lived: nothing is framed.
    before = run_interview(family, date(2024, 10, 10), "nb", depth="all")
    assert before.asked and not any(q.question.startswith("Om tiden før") for q in before.asked)


def test_a_childs_childcare_costs_count_for_barnetilsyn_only_while_the_child_lives():
    # Stønad til barnetilsyn (ftrl § 15-10): 64 % of what a single parent pays for tilsyn. Jonas's barnehage costs
    # 3 000 kr a month, Ida's nothing. In October, the month of his death, 64 % × 3 000 = 1 920 kr; from November he
    # has no tilsyn to pay for, and Ida's costs nothing, so the condition of paying for care is not met (ADR 0034;
    # review s18 D4: the condition still counted his costs while the amount did not).
    family = Family.model_validate({
        "kommunenummer": "0301",
        "caregivers": [{"id": "mor", "birth_date": "1990-05-05", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 300000, "is_single": "yes"}],
        "children": [{"id": "jonas", "birth_date": "2017-01-20", "date_of_death": "2024-10-15", "sole_caregiver": "mor",
                      "has_illness_or_extra_needs": "yes", "monthly_childcare_cost": 3000},
                     {"id": "ida", "birth_date": "2016-03-01", "sole_caregiver": "mor", "has_illness_or_extra_needs": "no",
                      "monthly_childcare_cost": 0}]})

    def barnetilsyn(on: date):
        return next(r for r in assemble(family, on, "en").benefits if r.benefit == "barnetilsyn")

    october, november = barnetilsyn(date(2024, 10, 20)), barnetilsyn(date(2024, 11, 1))
    assert (october.status, october.amount.value) == ("entitled", 1920.0)
    assert november.status == "not_entitled" and november.reason.code == "condition_not_met"
    assert november.reason.not_counted == "Jonas, who died on 15 October 2024, is not counted from the month after the death."


def test_a_question_already_about_the_death_is_not_framed_again():
    # Forhøyet hjelpestønad's three years (ftrl § 6-5 fjerde ledd) are asked about the death itself: «Om tiden før …
    # døde: Hadde dere fått … da barnet døde?» would say it twice (review s18 D5).
    from openfisca_asb.answer.question_text import question_text

    family = _with_death("teenager-cancer", "2026-10-15")
    child = family.children[0].id
    text = question_text("forhoyet_hjelpestonad_received_three_years", child, family, date(2026, 11, 1), "nb")
    assert not text.startswith("Om tiden før") and "døde" in text
    assert question_text("has_lasting_illness", child, family, date(2026, 11, 1), "nb").startswith(f"Om tiden før {child} døde: ")
