"""A family file keeps the names the page's persons were typed with where their ids cannot show them (review s24 page
L8: «Åse Marie» came back as «Ase Marie»): `names: {id: name}` beside the family, read by the page only. The CLI takes
such a file and names the persons by their ids; a name not of a person in the family, or not a text of at most the
page's 40 characters, is refused with its field named."""

import json

import pytest

from openfisca_asb.cli import main

FAMILY = {"date": "2024-09-01", "caregivers": [{"id": "Bjorn", "birth_date": "1980-01-01"}],
          "children": [{"id": "Ase_Marie", "birth_date": "2015-01-01", "has_illness_or_extra_needs": "yes"}]}


def _file(tmp_path, names):
    path = tmp_path / "familie-2024-09-01.json"
    path.write_text(json.dumps({**FAMILY, "names": names}, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_the_names_typed_are_taken_and_the_persons_named_by_their_ids(tmp_path, capsys):
    assert main(["entitlements", _file(tmp_path, {"Bjorn": "Bjørn", "Ase_Marie": "Åse Marie"}), "--date", "2024-09-01"]) == 0
    out = capsys.readouterr().out
    assert "Ase_Marie" in out and "Åse Marie" not in out


@pytest.mark.parametrize(("names", "said"), [
    ({"Per": "Per"}, "names.Per: ingen person i familien har denne id-en"),
    ({"Bjorn": 5}, "names.Bjorn: Her ventes en tekst. (oppgitt: 5)"),
    ({"Bjorn": "B" * 41}, "names.Bjorn:"),
    ({"Bjorn": ""}, "names.Bjorn:"),
])
def test_a_name_of_no_person_or_no_name_is_refused_with_its_field(tmp_path, capsys, names, said):
    assert main(["entitlements", _file(tmp_path, names), "--date", "2024-09-01"]) != 0
    assert said in capsys.readouterr().err
