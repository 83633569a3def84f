"""A reform value must be one its parameter can mean (drafting/overrides.py): no negative number, no percent
over 100, and inside the `limits` a parameter's metadata gives. Review of 0.11.0: G set to 0 was judged valid,
and the run divided by it (variables/folketrygd/bil/amount.py: income / G) and paid pleiepenger of 0 kr."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from openfisca_asb.drafting.errors import ReformError
from openfisca_asb.drafting.overrides import KRONER_MAXIMUM, LIMITS, parse_overrides
from openfisca_asb.parameter_tree import leaves
from openfisca_asb.system import baseline_system


def _refused(path: str, value) -> str:
    with pytest.raises(ReformError) as raised:
        parse_overrides({path: {"2027-01-01": value}}, baseline_system().parameters)
    (problem,) = raised.value.problems
    assert problem.field == f"parameters.{path}.2027-01-01"
    return f"{problem.en} | {problem.nb}"


@pytest.mark.parametrize("path, value, limit_en, limit_nb", [
    # G (folketrygdloven § 1-4) is the unit of many amounts and divides an income into multiples of G.
    ("folketrygd.grunnbelop", 0, "must be above 0 kr (found 0)", "må være over 0 kr (fant 0)"),
    # The daily rate of sykepenger and pleiepenger is the yearly basis / 260 working days.
    ("folketrygd.sykepenger_common.working_days_per_year", 0, "must be above 0 days", "må være over 0 dager"),
    # The barnehage fee is paid for 11 months of a year: 0 divides by zero, 13 is more months than a year has.
    ("barnehage.foreldrebetaling.payments_per_year", 0, "must be above 0 months", "må være over 0 måneder"),
    ("barnehage.foreldrebetaling.payments_per_year", 13, "must be at most 12 months (found 13)", "må være høyst 12 måneder (fant 13)"),
    # Stønad til barnetilsyn covers 64 % of the costs, written 0.64: a share cannot be above 1.
    ("folketrygd.barnetilsyn.coverage_rate", 1.5, "must be at most 1 (found 1.5)", "må være høyst 1 (fant 1,5)"),
])
def test_a_value_outside_the_parameters_limits_is_refused_naming_parameter_and_limit(path, value, limit_en, limit_nb):
    message = _refused(path, value)
    assert f"{path} {limit_en}" in message and f"{path} {limit_nb}" in message


@pytest.mark.parametrize("path, value, expected", [
    ("folketrygd.hjelpestonad.ordinary_yearly_rate", -5000, "must not be negative (found -5000)"),
    ("folketrygd.pleiepenger.minimum_grade_percent", 101, "a percent cannot exceed 100 (found 101)"),
    # Review of 0.12.0: 1e30 kr was allowed. Not a legal limit: float32 counts whole kroner up to 2**24 (ADR 0009 §5).
    ("folketrygd.hjelpestonad.ordinary_yearly_rate", 1e30, "an amount cannot exceed 10 000 000 kr, the most the model counts exactly"),
    ("stat.toppfinansiering.innslagspunkt", 10_000_001, "an amount cannot exceed 10 000 000 kr"),
])
def test_every_number_is_0_or_more_and_a_percent_at_most_100(path, value, expected):
    assert expected in _refused(path, value)


@pytest.mark.parametrize("path, value", [
    ("folketrygd.grunnbelop", 1),  # any G above 0 means something
    ("barnehage.foreldrebetaling.payments_per_year", 12),
    ("folketrygd.barnetilsyn.coverage_rate", 1),
    ("barnehage.foreldrebetaling.maximum_price", 0),  # a free barnehage: 0 kr is a value a reform may set
    ("stat.toppfinansiering.innslagspunkt", 10_000_000),  # the bound itself
])
def test_a_value_inside_the_limits_is_taken(path, value):
    (override,) = parse_overrides({path: {"2027-01-01": value}}, baseline_system().parameters)
    assert override.value == value


def test_every_limit_in_the_parameters_is_one_the_checker_knows():
    found = {leaf.name: leaf.metadata["limits"] for leaf in leaves(baseline_system().parameters) if "limits" in leaf.metadata}
    assert "folketrygd.grunnbelop" in found
    for name, limits in found.items():
        assert set(limits) <= set(LIMITS), (name, limits)
        assert all(isinstance(value, (int, float)) for value in limits.values()), (name, limits)


def test_the_api_refuses_g_of_0_naming_the_field():
    client = TestClient(create_app())
    definition = {
        "id": "g_zero", "title": {"nb": "G null", "en": "G zero"}, "summary": {"nb": "G = 0", "en": "G = 0"},
        "author": "a test", "status": "proposal",
        "legal_basis": [{"title": "Folketrygdloven § 1-4", "url": "https://lovdata.no/lov/1997-02-28-19/§1-4"}],
        "parameters": {"folketrygd.grunnbelop": {"2027-01-01": {"value": 0, "unit": "currency-NOK"}}},
    }
    response = client.post("/v1/reforms/validate", json={"reform_definition": definition, "population_size": 1})
    assert response.status_code == 422, response.text
    (problem,) = response.json()["problems"]
    assert problem["field"] == "reform_definition.parameters.folketrygd.grunnbelop.2027-01-01"
    assert "må være over 0 kr" in problem["message"]["nb"] and "must be above 0 kr" in problem["message"]["en"]


def test_every_money_value_in_the_parameters_is_inside_the_kroner_bound():
    # The bound is above every value the law has set (largest: toppfinansiering's 1 608 000 kr), so no baseline
    # value would be refused if a reform wrote it back.
    for leaf in leaves(baseline_system().parameters):
        if leaf.metadata.get("unit") == "currency-NOK":
            assert all(value.value is None or value.value <= KRONER_MAXIMUM for value in leaf.values_list), leaf.name
