"""A bokmål message has no English sentence in it (review of 0.10.0: «Vedtaket passer ikke til familien: 'jonas'
does not hold 'pleiepenger' in this family.», «Ugyldig verdi: end 2026-12-31 is before start 2027-01-01», and the
CLI's «a family file must hold a mapping with 'caregivers' and 'children'» in bokmål).

Bad inputs go through the API (the `nb` of every message and problem) and the CLI (its default language, bokmål).
The check is a heuristic, stated here: after taking out what a message quotes ('…', "…", `…`, {…}, «…») and every
word holding a digit, dot, underscore or slash (paths, ids, dates), none of the words below may be left. They are
common English words that are not bokmål words; "to", "be", "at", "is" and "for" are left out, as bokmål has them.
"""

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from openfisca_asb.cli import main
from openfisca_asb.paths import data_folder

ENGLISH = frozenset(
    "the does not must should needs need cannot before after file hold holds with this that unknown give found "
    "or of and was were have has only expected input number missing field valid invalid between than least most "
    "more less which when where there their any every given allowed outside inside read write nested".split()
)


def english_words(text: str) -> list[str]:
    unquoted = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\{[^}]*\}|«[^»]*»", " ", text)
    words = [word for word in re.findall(r"[\w./-]+", unquoted) if not re.search(r"[\d._/]", word)]
    return sorted({word for word in words if word.lower() in ENGLISH})


def test_the_heuristic_finds_the_english_the_review_found():
    assert english_words("Vedtaket passer ikke til familien: 'jonas' does not hold 'pleiepenger' in this family.")
    assert english_words("Ugyldig verdi: end 2026-12-31 is before start 2027-01-01")
    assert not english_words("slutten (end) 2026-12-31 er før starten (start) 2027-01-01")


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(), raise_server_exceptions=False)


def _bokmal(body: dict) -> list[str]:
    texts = [body["message"]["nb"]]
    texts += [problem["message"]["nb"] for problem in body.get("problems", [])]
    return texts


CHILD = {"id": "ida", "birth_date": "2015-04-10"}
FAMILY = {"kommunenummer": "0301", "caregivers": [{"id": "mor", "birth_date": "1985-02-01"}], "children": [CHILD]}
REFORM = {
    "id": "x", "title": {"nb": "x", "en": "x"}, "summary": {"nb": "x", "en": "x"}, "author": "a", "status": "proposal",
    "legal_basis": [{"title": "t", "url": "https://lovdata.no/lov/1997-02-28-19"}],
}
PILOT = {"kommuner": {"5001": "Trondheim"}, "start": "2027-01-01", "end": "2029-12-31",
         "legal_basis": [{"title": "t", "url": "https://lovdata.no/lov/1992-06-26-87"}]}
RATE = "folketrygd.hjelpestonad.ordinary_yearly_rate"


def _reform(**changes) -> dict:
    return {"reform_definition": {**REFORM, "parameters": {RATE: {"2027-01-01": 20000}}, **changes}, "population_size": 1}


BAD_REQUESTS = [
    ("/v1/decisions/check", {"family": FAMILY, "date": "2024-09-01",
                             "decision": {"benefit": "pleiepenger", "outcome": "refused", "person": "ida"}}),
    ("/v1/decisions/check", {"family": FAMILY, "date": "2024-09-01", "decision": {"benefit": "nope", "outcome": "refused"}}),
    ("/v1/reforms/validate", _reform(status="pilot")),
    ("/v1/reforms/validate", _reform(pilot=PILOT)),
    ("/v1/reforms/validate", _reform(status="pilot", pilot={**PILOT, "end": "2026-12-31"})),
    ("/v1/reforms/validate", _reform(status="pilot", pilot={**PILOT, "approval_end": "2031-01-01"})),
    ("/v1/reforms/validate", _reform(status="pilot", pilot={**PILOT, "kommuner": [301]})),
    ("/v1/reforms/validate", _reform(status="pilot", pilot={**PILOT, "kommuner": {}})),
    ("/v1/reforms/validate", _reform(status="pilot", pilot={**PILOT, "start": "2027-13-01"})),
    ("/v1/reforms/validate", _reform(parameters={"folketrygd.barnetilsyn.coverage_rate": {"2027-01-01": {"value": 64, "unit": "percent"}}})),
    ("/v1/reforms/validate", _reform(status="pilot", pilot={**PILOT, "organisation": [{"benefits": ["nope"]}]})),
    ("/v1/reforms/validate", _reform(parameters={"folketrygd.grunnbelop": {"2027-01-01": 0}})),
    ("/v1/reforms/validate", _reform(parameters={"folketrygd.nonexistent": {"2027-01-01": 1}})),
    ("/v1/reforms/validate", _reform(parameters={RATE: {"soon": 1}})),
    ("/v1/reforms/validate", _reform(parameters={RATE: {"2027-01-01": "abc"}})),
    ("/v1/entitlements", {"family": {"children": [CHILD, CHILD]}}),
    ("/v1/entitlements", {"family": {"children": [{**CHILD, "sole_caregiver": "x"}]}}),
    ("/v1/entitlements", {"family": {"kommunenummer": "9999", "children": [CHILD]}}),
    ("/v1/entitlements", {"family": {}}),
    ("/v1/compare", {"reform": "nope", "families": [FAMILY]}),
]


@pytest.mark.parametrize("path, body", BAD_REQUESTS)
def test_an_api_refusal_in_bokmal_has_no_english(client, path, body):
    response = client.post(path, json=body)
    assert 400 <= response.status_code < 500, response.text
    for text in _bokmal(response.json()):
        assert not english_words(text), text


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    files = {"empty.yaml": "", "list.yaml": "- a\n- b\n", "broken.yaml": "children: [\n", "broken.json": "{\"children\": [1,]}",
             "bad_date.yaml": "children:\n  - id: ida\n    birth_date: 2019-02-30\n", "latin1.yaml": None}
    for name, text in files.items():
        path = folder / name
        if text is None:
            path.write_bytes("children: æ".encode("latin-1"))
        else:
            path.write_text(text, encoding="utf-8")
    (folder / "reform.yaml").write_text("id: reform\nparameters: [\n", encoding="utf-8")
    return {"folder": folder, **{name: folder / name for name in [*files, "reform.yaml"]}}


def _cli_commands(files) -> list[list[str]]:
    diabetes = str(data_folder("examples") / "child-diabetes.yaml")
    commands = [["entitlements", str(files[name]), "--date", "2024-09-01"]
                for name in ("empty.yaml", "list.yaml", "broken.yaml", "broken.json", "bad_date.yaml", "latin1.yaml")]
    return commands + [
        ["entitlements", str(files["folder"] / "missing.yaml"), "--date", "2024-09-01"],
        ["entitlements", str(files["folder"]), "--date", "2024-09-01"],
        ["check-decision", diabetes, "--benefit", "pleiepenger", "--outcome", "refused", "--person", "nora", "--date", "2024-09-01"],
        ["reform", "show", "nope"],
        ["reform", "show", str(files["reform.yaml"])],
        ["reform", "compare", "raise_hjelpestonad"],
        ["example", "nope"],
        ["population", "simulate", str(files["folder"] / "missing.parquet")],
        ["population", "simulate", str(files["empty.yaml"]), "--kommune", "9999"],
    ]


def test_a_cli_refusal_in_bokmal_has_no_english(bad_files, capsys):
    for argv in _cli_commands(bad_files):
        assert main(argv) == 2, argv
        error = capsys.readouterr().err
        assert error.startswith("asb"), (argv, error)
        assert not english_words(error), (argv, error)
