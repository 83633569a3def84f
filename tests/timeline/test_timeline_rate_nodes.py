"""A right's rate parameter may be a node or a scale, not one value (issue s11 item 3).

`_value_moved` compared `parameter(since) != parameter(on)`: for a node (folketrygd.bil.income_bands, the car
benefit's seven income bands) or a scale, OpenFisca gives an object at each instant that compares by identity,
so the same values on two dates counted as moved. omsorgspenger's rate parameters are such nodes
(folketrygd.omsorgspenger.base_days: one_or_two_children, three_or_more_children). And a new value below a rate
node was never matched to the right, whose catalogue names the node, not the parameter dated anew.
"""

from datetime import date
from types import SimpleNamespace

import pytest
from openfisca_core.parameters import ParameterNode, ParameterScale

from openfisca_asb.answer.timeline import _changed_rates, _value_moved
from openfisca_asb.answer.timeline_dates import Trigger
from openfisca_asb.parameter_tree import value_at
from openfisca_asb.system import baseline_system

BANDS = "folketrygd.bil.income_bands"


def test_a_node_with_the_same_values_on_both_dates_has_not_moved():
    # parameters/folketrygd/bil/income_bands.yaml: every band's limit and share is dated 2017-10-01 only.
    assert not _value_moved(baseline_system(), BANDS, date(2024, 1, 1), date(2025, 1, 1))


def test_a_node_moves_when_a_parameter_below_it_does():
    # parameters/folketrygd/omsorgspenger/covid_multiplier.yaml: 1 in 2020, 2 (doubled days) from 1 January 2021;
    # base_days.yaml, a node: 10 days with one or two children, 15 with more, both dated 2015-01-01 only.
    assert _value_moved(baseline_system(), "folketrygd.omsorgspenger", date(2020, 9, 1), date(2021, 1, 1))
    assert not _value_moved(baseline_system(), "folketrygd.omsorgspenger.base_days", date(2020, 9, 1), date(2021, 1, 1))


def _scale() -> ParameterScale:
    return ParameterScale("test.scale", {"brackets": [
        {"threshold": {"values": {"2020-01-01": 0}}, "rate": {"values": {"2020-01-01": 0.1}}},
        {"threshold": {"values": {"2020-01-01": 100}}, "rate": {"values": {"2020-01-01": 0.2, "2022-01-01": 0.3}}},
    ]}, None)


def test_a_scale_compares_its_brackets_by_value():
    scale = _scale()
    assert value_at(scale, "2020-06-01") == value_at(scale, "2021-06-01") == [
        {"threshold": 0, "rate": 0.1}, {"threshold": 100, "rate": 0.2}]
    assert value_at(scale, "2022-01-01")[1]["rate"] == 0.3


def test_a_scale_as_a_rate_parameter_moves_only_when_a_bracket_does():
    system = SimpleNamespace(parameters=ParameterNode("", data={}))
    system.parameters.add_child("scale", _scale())
    assert not _value_moved(system, "scale", date(2020, 6, 1), date(2021, 6, 1))
    assert _value_moved(system, "scale", date(2021, 6, 1), date(2022, 1, 1))


def test_what_is_not_a_parameter_fails_clearly():
    with pytest.raises(TypeError, match="neither a parameter, a scale nor a node"):
        value_at(SimpleNamespace(name="folketrygd.nothing"), "2024-01-01")


def test_a_new_value_below_a_rate_node_is_a_changed_rate_of_the_right():
    # A right whose catalogue names a node: a parameter below it dated anew counts for it when its value moved
    # (the covid multiplier, 1 → 2); base_days below it did not move, grunnbeløp is not below it.
    benefit = SimpleNamespace(rate_parameters=["folketrygd.omsorgspenger"])
    trigger = Trigger("parameters", date(2021, 1, 1), parameters=(
        "folketrygd.omsorgspenger.base_days", "folketrygd.omsorgspenger.covid_multiplier", "folketrygd.grunnbelop"))
    assert _changed_rates([trigger], benefit, baseline_system(), date(2020, 9, 1), date(2021, 1, 1)) == (
        "folketrygd.omsorgspenger.covid_multiplier",)
