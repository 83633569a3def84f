"""The interview always settles (issue #17, item 1).

Asking `/v1/facts/needed` and answering every question it returns — with any
allowed answer, «don't know» included — ends with no question left, and then:

- every right still *missing information* names at least one question, and
  each names a fact of the vocabulary that can be asked of that person (a
  family's fact about one of its caregivers or children); every such question
  was asked and answered «don't know», so nothing is left that was never asked;
- no question is asked twice.

Every fact the model reads is in the vocabulary (or is the family's structure,
set by the situation builder). And "what would change it" lists only single
changes that give another status or amount.

Families: every example family under three fixed answering policies, and a few
hypothesis-generated families answered by hypothesis (seeded, few examples).
"""

from datetime import date

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from api.app import create_app
from api.settings import Settings
from openfisca_asb.answer.assembler import assemble
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.situation import (CAREGIVER_NUMBER, SOLE_CAREGIVER_NUMBER, TRAINING_DAYS_DATED, TRAINING_PERIODS_GIVEN,
                                           TRAINING_WEEK_DATED, build_simulation, NAMED_PERSON_COPIES, PERSON_ID)
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.row_dates import DAY_OF_MONTH_ASKED, YEARS_FROM_PERIOD
from openfisca_asb.system import baseline_system
from interview import Interview

ON = "2025-09-01"
HOLDS = {"caregiver": ("caregiver", "person"), "child": ("child", "person")}
POLICIES = {
    "first": lambda values: values[0],
    "last": lambda values: values[-1],
    "dont_know": lambda values: "unknown" if "unknown" in values else values[0],
}


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Settings(rate_limit_per_minute=0)))


@pytest.fixture(scope="module")
def facts(client):
    return {fact["id"]: fact for fact in client.get("/v1/facts", params={"date": ON}).json()["facts"]}


def _example(name: str) -> dict:
    return example_family(name).model_dump(mode="json", exclude_none=True)


def _role(family: Family, person: str | None) -> str | None:
    if person is None:
        return None
    return "caregiver" if person in {c.id for c in family.caregivers} else "child"


def _dont_know(family: Family, fact: str, person: str | None) -> bool:
    holder = family if person is None else next(p for p in family.persons() if p.id == person)
    return getattr(holder, fact, None) == "unknown"


def assert_settled(final: dict, asked: list) -> None:
    family = Family.model_validate(final)
    answer = assemble(family, date.fromisoformat(ON), "en")
    for result in answer.benefits:
        if result.status != "missing_information":
            continue
        where = (result.benefit, result.person)
        assert result.missing_facts, f"{where}: missing information, but no question names what"
        for missing in result.missing_facts:
            fact = vocabulary()[missing.fact]
            assert fact.audience == "family", (where, missing.fact)
            role = _role(family, missing.person)
            assert (fact.holder == "family") if role is None else (fact.holder in HOLDS[role]), (where, missing.fact, missing.person)
            # No question is left unasked: what still names the right is a «don't know» answer.
            assert (missing.fact, missing.person) in asked, (where, missing.fact, missing.person)
            assert missing.answered_unknown and _dont_know(family, missing.fact, missing.person), (where, missing.fact)


@pytest.mark.parametrize("policy", sorted(POLICIES))
@pytest.mark.parametrize("name", example_names())
def test_answering_every_question_settles_every_example(client, facts, name, policy):
    interview = Interview(client, ON, facts)
    final = interview.run(_example(name), POLICIES[policy])
    assert_settled(final, interview.asked)


@st.composite
def _families(draw):
    caregivers = [
        {"id": f"forelder{number}", "birth_date": draw(st.dates(date(1960, 1, 1), date(2002, 1, 1))).isoformat()}
        for number in range(draw(st.integers(1, 2)))
    ]
    children = [
        {"id": f"barn{number}", "birth_date": draw(st.dates(date(2008, 1, 1), date(2025, 8, 1))).isoformat()}
        for number in range(draw(st.integers(1, 2)))
    ]
    if len(caregivers) == 2 and draw(st.booleans()):
        children[0]["sole_caregiver"] = caregivers[0]["id"]
    return {"caregivers": caregivers, "children": children}


@seed(17)
@settings(max_examples=3, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(family=_families(), data=st.data())
def test_answering_every_question_settles_generated_families(client, facts, family, data):
    interview = Interview(client, ON, facts)
    final = interview.run(family, lambda values: data.draw(st.sampled_from(values)))
    assert_settled(final, interview.asked)


# Set by the situation builder: the family's shape, a row's date, each person's id, the copy of a fact naming a person
# and a caregiver's training periods month by month.
STRUCTURE = {CAREGIVER_NUMBER, SOLE_CAREGIVER_NUMBER, YEARS_FROM_PERIOD, DAY_OF_MONTH_ASKED, PERSON_ID,
             *NAMED_PERSON_COPIES.values(), TRAINING_PERIODS_GIVEN, TRAINING_DAYS_DATED, TRAINING_WEEK_DATED}


@pytest.mark.parametrize("name", example_names())
def test_every_fact_the_model_reads_is_in_the_vocabulary(name):
    system = baseline_system()
    simulation, _rows = build_simulation([Family.model_validate(_example(name))], system)
    simulation.trace = True
    month, year = ON[:7], ON[:4]
    for benefit in catalogue().values():
        for variable in [*benefit.variables.names(), *(c.variable for c in benefit.conditions)]:
            simulation.calculate(variable, year if benefit.period == "year" else month)
    read: set[str] = set()
    stack = list(simulation.tracer.trees)
    while stack:
        node = stack.pop()
        read.add(node.name)
        stack.extend(node.children)
    inputs = {name for name in read if not system.variables[name].formulas}
    assert inputs - STRUCTURE - set(vocabulary()) == set()


@pytest.mark.parametrize("name", example_names())
def test_what_would_change_it_changes_the_status_or_the_amount(name):
    answer = assemble(Family.model_validate(_example(name)), date.fromisoformat(ON), "en")
    for result in [*answer.benefits, *answer.payer_view]:
        here = (result.status, result.amount.value if result.amount else None)
        by_fact: dict[tuple, set] = {}
        for change in result.changes:
            there = (change.new_status, change.new_amount.value if change.new_amount else None)
            assert there != here, (result.benefit, result.person, change.fact, change.value)
            by_fact.setdefault((change.fact, change.person), set()).add(there)
        if result.status == "missing_information":
            # "yes → entitled, no → entitled" with the same amount tells nothing: such a fact is left out.
            for (fact, person), outcomes in by_fact.items():
                values = {change.value for change in result.changes if (change.fact, change.person) == (fact, person)}
                assert not (values == {"yes", "no"} and len(outcomes) == 1), (result.benefit, result.person, fact, person)
