"""A small, seeded reference population of varied families, for checking reforms.

Not calibrated to any statistic (that is the population runs' job): it aims at
coverage. Every fact in the vocabulary is drawn for every person: left unknown
about one time in seven (dates other than the birth date never: nobody in it has died),
otherwise yes three times in four for a yes/no
question; numbers come from the fact's thresholds (`probe_values`) and just
either side of them, or from a spread over its range, so a reform that moves a
threshold finds families on both sides. A caregiver's yes that others' make
impossible (both temporarily alone, more with sole care than children: facts/contradictions.py) is a no. The same seed and
size give the same families.

The ages are those on the day asked, also on a day of the projection after the known rules (ADR 0044 and its
addendum): the families are drawn for the last known day (a family's birth dates end there, facts/family.py:
LAST_DATE), then every birth date is moved on by the days from it to the day asked, so the children are as young as
inside the known rules and the youngest are born after LAST_DATE. Only these drawn families are moved; a family
file a drafter sends keeps the family model's bound.
"""

import random
from datetime import date, timedelta

from openfisca_asb.facts.contradictions import within_limits
from openfisca_asb.facts.income_years import INCOME_YEAR_FACTS
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.description import fact_kind
from openfisca_asb.rules.dates import LAST_DATE
from openfisca_asb.rules.self_employed_years import LATEST_YEAR, YEARS
from openfisca_asb.system import baseline_system

DEFAULT_SIZE = 120
DEFAULT_SEED = 20260101
UNKNOWN_SHARE = 0.15
YES_SHARE = 0.75  # most rights need several yes answers; mostly yes reaches them
KOMMUNER = ("0301", "1103", "3201", "4601", "5001", "1508", "5501", "3301")
# Typical values for numbers whose range is too wide to sample evenly (kroner per year, days).
INCOMES = (0, 150_000, 320_000, 480_000, 600_000, 720_000, 800_000, 950_000, 1_200_000)
TYPICAL = {
    "yearly_income": INCOMES,
    **dict.fromkeys((*(fact for fact, _ in YEARS), "pensionable_income_after_lasting_change"), INCOMES),
    "omsorgsdager_transferred_away": (0, 2, 5, 10),
    "omsorgsdager_received_by_transfer": (0, 5, 10),
}
SPREAD_CAP = 200.0  # numbers with no thresholds are spread over [minimum, min(maximum, this)]


def reference_families(size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED, on: date | None = None) -> list:
    """`size` varied families, reproducible from `seed`, with the ages drawn for `on` (to the projection horizon)."""
    draw = random.Random(seed)
    asked = on or date(2026, 1, 1)
    drawn_on = min(asked, LAST_DATE)
    families = [_family(draw, drawn_on, number) for number in range(size)]
    return [born_later(family, asked - drawn_on) for family in families] if asked > drawn_on else families


def born_later(family, days: timedelta):
    """The family with every birth date moved `days` on: each person's age on a day as many days later is their
    age on the day drawn, and a caregiver stays older than the children."""
    return family.model_copy(update={
        group: [person.model_copy(update={"birth_date": person.birth_date + days}) for person in getattr(family, group)]
        for group in ("caregivers", "children")
    })


def _family(draw: random.Random, on: date, number: int):
    caregivers = [_person(draw, on, f"c{i}", "caregiver", 22, 60) for i in range(draw.choice((1, 2, 2)))]
    children = [_person(draw, on, f"b{i}", "child", 0, 19) for i in range(draw.choice((1, 1, 1, 2)))]
    if len(caregivers) == 1:
        for child in children:
            if draw.random() < 0.5:
                child["sole_caregiver"] = caregivers[0]["id"]
    within_limits(caregivers, children)
    data = {"caregivers": caregivers, "children": children, **_facts(draw, ("family",))}
    data["kommunenummer"] = draw.choice(KOMMUNER)
    return Family.model_validate(data)


def _person(draw, on: date, person_id: str, role: str, youngest: int, oldest: int) -> dict:
    age_days = draw.randint(youngest * 365, oldest * 365 + 364)
    return {"id": person_id, "birth_date": on - timedelta(days=age_days), **_income_years_together(_facts(draw, (role, "person")), on)}


def _income_years_together(facts: dict, on: date) -> dict:
    """A self-employed parent's three years are given together or not at all (facts/income_years.py): all drawn, the
    latest is the year before the day drawn for, so the years count; some drawn, none are kept. It draws nothing of
    its own."""
    drawn = [fact for fact in INCOME_YEAR_FACTS if fact in facts]
    if len(drawn) == len(INCOME_YEAR_FACTS):
        return {**facts, LATEST_YEAR: on.year - 1}
    return {fact: value for fact, value in facts.items() if fact not in drawn}


def _facts(draw, holders) -> dict:
    found = {}
    for fact in vocabulary().values():
        if fact.holder not in holders or fact.required or fact.pattern or _is_date(fact):
            continue  # dates other than the birth date (a child's date of death) are left out
        if draw.random() < UNKNOWN_SHARE:
            continue
        found[fact.id] = _value(draw, fact)
    return found


def _is_date(fact) -> bool:
    return baseline_system().variables[fact.id].value_type is date


def _value(draw, fact):
    variable = baseline_system().variables[fact.id]
    kind = fact_kind(variable)
    if kind == "answer":
        return "yes" if draw.random() < YES_SHARE else "no"
    if kind == "choice":
        return draw.choice([member.name for member in variable.possible_values if member.name != "unknown"])
    low, high = fact.minimum or 0.0, fact.maximum if fact.maximum is not None else SPREAD_CAP
    if fact.id in TYPICAL:
        value = draw.choice(TYPICAL[fact.id])
    elif fact.probe_values and draw.random() < 0.7:
        value = draw.choice(fact.probe_values) + draw.choice((-1, 0, 0, 1)) * draw.choice((0.5, 1, 4))
    else:
        value = draw.uniform(low, min(high, max(SPREAD_CAP, 3 * max(fact.probe_values, default=0))))
    value = min(max(value, low), high)
    return int(round(value)) if kind == "integer" else round(value, 1)
