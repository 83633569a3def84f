"""A family file with a fact given where it does not belong says where it goes, in the API's words (review s25 L2;
openfisca_asb/facts/where_facts_belong.py): a file written before 0.24.0 with the home's rebuilding on the family
(`home_needs_adaptation`, since 0.24.0 a fact about the child: ADR 0028 addendum 0.24.0) was told only «Ukjent felt:
det er ikke tillatt her», while POST /v1/entitlements says «er et faktum om et barn: oppgi det under `children`»."""

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from openfisca_asb.cli import main
from openfisca_asb.facts.examples import example_family

SPINA_BIFIDA = "single-parent-twelve-year-old-spina-bifida"  # its child, sara, has home_needs_adaptation: yes
HOME = "home_needs_adaptation"
WORDS = {"en": "'home_needs_adaptation' is a fact about a child: give it under `children`",
         "nb": "'home_needs_adaptation' er et faktum om et barn: oppgi det under `children`"}


def _with_home_on_the_family() -> dict:
    family = example_family(SPINA_BIFIDA).model_dump(mode="json", exclude_none=True)
    family[HOME] = family["children"][0].pop(HOME)
    return family


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_cli_says_a_childs_fact_on_the_family_goes_under_children(tmp_path, capsys, language):
    path = tmp_path / "familie.json"
    path.write_text(json.dumps(_with_home_on_the_family()), encoding="utf-8")
    assert main(["--lang", language, "entitlements", str(path), "--date", "2024-09-01"]) == 2
    error = capsys.readouterr().err
    assert f"{HOME}: {WORDS[language]}" in error
    assert "Ukjent felt" not in error and "Unknown field" not in error


def test_the_api_says_the_same_words():
    response = TestClient(create_app()).post("/v1/entitlements", json={"family": _with_home_on_the_family()})
    assert response.status_code == 422
    assert [(problem["field"], problem["message"]["en"], problem["message"]["nb"]) for problem in response.json()["problems"]] == [
        (f"family.{HOME}", WORDS["en"], WORDS["nb"])]


def test_a_person_given_a_family_fact_is_told_so_too(tmp_path, capsys):
    # kommunenummer is the family's (the vocabulary's holder), given here to the child.
    family = example_family(SPINA_BIFIDA).model_dump(mode="json", exclude_none=True)
    family["children"][0]["kommunenummer"] = family.pop("kommunenummer")
    path = tmp_path / "familie.json"
    path.write_text(json.dumps(family), encoding="utf-8")
    assert main(["--lang", "en", "entitlements", str(path), "--date", "2024-09-01"]) == 2
    assert ("children.0.kommunenummer: child 'sara': 'kommunenummer' is a fact about the whole family: give it in "
            "`family`, beside `caregivers` and `children`") in capsys.readouterr().err
