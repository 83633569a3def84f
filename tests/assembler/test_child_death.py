"""A child's own rights end with the child's life (variables/common/child_alive.py).

Ftrl § 22-12 sjette ledd: "Utbetalingen av en ytelse som gis pr. måned, stanses ved utgangen av den måneden retten
til ytelsen faller bort": a right the child holds is answered as before in the month of the death, and refused
from the month after with the reason `child_died`. Ftrl § 6-5 fjerde ledd: "Foreldre med ansvar for tilsyn og
pleie av barn som har mottatt forhøyet hjelpestønad i minst tre år gis rett til stønad med samme sats i tre
måneder etter at behovet for tilsyn og pleie har opphørt fordi barnet dør".
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import CHILD_DIED, assemble
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family
from openfisca_asb.system import baseline_system

CHILD_RIGHTS = sorted(b.id for b in catalogue().values() if b.holder == "child" and not b.payer_view)


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
    assert all(r.conditions[0].variable in ("child_alive", "forhoyet_hjelpestonad_condition_after_death") and
               r.conditions[0].outcome == "not_met" for r in results.values())
    assert all(r.amount is None and not r.missing_facts for r in results.values())


def test_a_living_childs_card_does_not_list_the_child_alive_condition():
    results = _child_results(example_family("teenager-cancer"), date(2026, 11, 1))
    assert all(c.variable not in ("child_alive", "forhoyet_hjelpestonad_condition_after_death")
               for r in results.values() for c in r.conditions)


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
    # Unknown three years: April's status waits on that answer, and the answer names the question.
    april = _forhoyet(None, date(2025, 4, 1))
    assert april.status == "missing_information"
    assert [(m.fact, m.person) for m in april.missing_facts] == [("forhoyet_hjelpestonad_received_three_years", "ida")]


def test_every_right_the_child_holds_ends_on_the_condition_its_card_shows():
    # The status (ChildRightStatus) and the card (catalogue/after_death.py) name the same condition, so a refusal
    # because the child died is always explained on the card.
    system = baseline_system()
    for benefit in catalogue().values():
        shown = [c.variable for c in benefit.conditions if c.after_death]
        formulas = system.variables[benefit.variables.status].formulas.values()
        ended_by = {getattr(formula, "while_alive", None) for formula in formulas}
        if benefit.holder == "child" and not benefit.payer_view:
            assert len(shown) == 1 and ended_by == {shown[0]}, benefit.id
        else:
            assert shown == [] and ended_by == {None}, benefit.id
