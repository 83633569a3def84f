"""A parameter whose value is a list (the kommuner where barnehage is free, parameters/barnehage/foreldrebetaling/
free_in_tiltakssonen.yaml) is shown as its items, comma-separated, and gets no chart: a list is not a number to plot."""

from docgen.charts import chartable
from docgen.markdown import number
from docgen.parameters import all_parameters
from openfisca_asb.system import baseline_system

FREE = "barnehage.foreldrebetaling.free_in_tiltakssonen"


def test_a_list_is_shown_as_its_items_and_an_empty_one_as_none():
    assert number(["5534", "5603"]) == "5534, 5603"
    assert number([]) == "none"


def test_a_list_parameter_has_no_chart():
    info = all_parameters(baseline_system())[FREE]
    # None before 1 August 2023, the 25 kommuner from then, none known from 1 August 2026 (review s24 law M3).
    assert len(info.values) == 3
    assert not chartable(info)
