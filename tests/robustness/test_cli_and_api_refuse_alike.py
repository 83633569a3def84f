"""The API and `asb` refuse the same family with the same words (review s20 M4, M5, L1, L2).

A family file is the API's `family`, its `date:` the API's `family_date` and its `unknown:` the interview's `unknown`.
Each case is sent both ways: the API's 422 names the field, and `asb` says that message in one line, exit 2, in
bokmål and English. Until 0.18.0 `asb` took all of these silently (exit 0), while the API refused them.
"""

import json

import pytest
import yaml

from openfisca_asb.cli import main

MOTHER = {"id": "mor", "birth_date": "1985-01-01"}
IDA = {"id": "ida", "birth_date": "2016-05-01"}
ASKED = "2026-11-29"

CASES = {
    # The model answers from 2017-10-01 (rules/dates.py FIRST_DATE) to 2027-12-31 (LAST_DATE); `date:` is one of those.
    "described before the model's dates": ({"caregivers": [MOTHER], "children": [IDA]}, "1999-01-01", [],
                                           "family_date", "Verdien må være større enn eller lik 2017-10-01."),
    "described after the model's dates": ({"caregivers": [MOTHER], "children": [IDA]}, "2031-01-01", [],
                                          "family_date", "Verdien må være mindre enn eller lik 2027-12-31."),
    # Ida dies on 1 June 2027, after the date asked (29 November 2026): not known on that day, as a birth after it is not.
    "died after the date asked": ({"caregivers": [MOTHER], "children": [{**IDA, "date_of_death": "2027-06-01"}]}, None, [],
                                  "family.children.0.date_of_death", "ida: død 2027-06-01, etter datoen det spørres om (2026-11-29)"),
    # One "don't know" to mor's income, listed twice.
    "the same don't know twice": ({"caregivers": [MOTHER], "children": [IDA]}, None, [{"fact": "yearly_income", "person": "mor"}] * 2,
                                  "unknown.1.fact",
                                  "yearly_income (mor) er oppgitt mer enn én gang (første gang som unknown.0); oppgi det én gang"),
}


def _file(tmp_path, family: dict, described: str | None, unknown: list) -> str:
    data = {**({"date": described} if described else {}), **family, **({"unknown": unknown} if unknown else {})}
    path = tmp_path / "family.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("case", CASES)
def test_the_cli_says_what_the_api_says(client, capsys, tmp_path, case):
    family, described, unknown, field, bokmal = CASES[case]
    body = {"family": family, "date": ASKED, "unknown": unknown, **({"family_date": described} if described else {})}
    response = client.post("/v1/interview", content=json.dumps(body), headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    [problem] = response.json()["problems"]
    assert problem["field"] == field and problem["message"]["nb"] == bokmal
    path = _file(tmp_path, family, described, unknown)
    for language in ("nb", "en"):
        assert main(["questions", path, "--date", ASKED, "--lang", language]) == 2
        said = capsys.readouterr().err.strip()
        assert len(said.splitlines()) == 1 and problem["message"][language] in said and "Traceback" not in said, said
