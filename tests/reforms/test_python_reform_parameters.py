"""A Python reform's parameters are listed as a YAML reform's overrides are: in `asb reform show`, `GET /v1/reforms`
and compare's «Reformen setter …» lines (review s21 diff M6; the list is read from the reformed tree,
drafting/parameter_changes.py).

reforms/bpa_state_funding_pilot.py adds two parameters with `modify_parameters`, both from 2025-01-01 (its
PILOT_PARAMETERS): innslagspunkt_share 0.5 (unit /1, «0,5» in bokmål) and child_age_limit 18 (unit year, «18 år»). The
baseline has neither, so the value in force is «–». Before, all three read only `reform.overrides`, which a Python
reform does not have: show listed no parameters, the API an empty list, compare only «Reformen endrer reglene».
"""

from datetime import date

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from openfisca_asb.cli import main
from openfisca_asb.drafting.comparison import compare
from openfisca_asb.drafting.loading import load_reform
from openfisca_asb.facts.examples import example_family


def test_show_lists_the_parameters_a_python_reform_adds(capsys):
    assert main(["reform", "show", "bpa_state_funding_pilot"]) == 0
    out = capsys.readouterr().out
    assert ("Parametere:\n"
            "  forsok.bpa_state_funding.child_age_limit (Aldersgrense for barn i forsøket): 18 år fra 2025-01-01 (nå: –)\n"
            "  forsok.bpa_state_funding.innslagspunkt_share (Innslagspunkt for barn med BPA, andel av det ordinære): "
            "0,5 fra 2025-01-01 (nå: –)\n") in out


def test_the_reform_list_gives_a_python_reforms_parameters():
    client = TestClient(create_app(Settings(rate_limit_per_minute=0)))
    listed = {reform["id"]: reform for reform in client.get("/v1/reforms").json()["reforms"]}
    assert listed["bpa_state_funding_pilot"]["parameters"] == [
        {"path": "forsok.bpa_state_funding.child_age_limit", "start": "2025-01-01", "value": 18, "unit": "year"},
        {"path": "forsok.bpa_state_funding.innslagspunkt_share", "start": "2025-01-01", "value": 0.5, "unit": "/1"},
    ]
    # The same list as the command line's --json.
    assert client.get("/v1/reforms/bpa_state_funding_pilot").json()["reform"]["parameters"] == listed["bpa_state_funding_pilot"]["parameters"]


def test_compare_says_what_a_python_reform_sets_beside_the_rules_it_changes():
    # Hdir IS-4: jonas's toppfinansiering rises in the pilot (test_reform_comparison.py works the amounts).
    family = example_family("cerebral-palsy-large-assistance-need")
    comparison = compare(load_reform("bpa_state_funding_pilot"), [family], date(2025, 6, 1), "nb")
    grant = next(row for row in comparison.families[0].payer_view if row.benefit == "toppfinansiering")
    assert grant.why == [
        "Reformen endrer reglene: Forsøk: staten finansierer BPA for barn fra et lavere innslagspunkt",
        "Reformen setter Aldersgrense for barn i forsøket (forsok.bpa_state_funding.child_age_limit): – → 18 år",
        "Reformen setter Innslagspunkt for barn med BPA, andel av det ordinære "
        "(forsok.bpa_state_funding.innslagspunkt_share): – → 0,5",
    ]
