"""A refused request says its problem in the product's words in both languages, never pydantic's English (review
s21 drafter L3: «Extra inputs are not permitted», «String should match pattern '^[0-9]{4}$'»).

For each endpoint family (entitlements, facts/needed, interview, explain, compare, reform validation) a few typical
mistakes, asked in bokmål and in English: each is a 422 (never a 500) naming the field, the bokmål has no English
word (test_bokmal_has_no_english's heuristic) and neither language has pydantic's phrasing. The words expected are
those of openfisca_asb/facts/messages.py, which the CLI's family files print as well.
"""

import pytest

from test_bokmal_has_no_english import english_words

PYDANTIC_PHRASES = ("Input should", "Field required", "Extra inputs", "should match pattern", "valid dictionary",
                    "valid string", "Value error", "after validation")

CHILD = {"id": "ida", "birth_date": "2015-04-10"}
FAMILY = {"kommunenummer": "0301", "caregivers": [{"id": "mor", "birth_date": "1985-02-01"}], "children": [CHILD]}
FAMILY_ENDPOINTS = {  # the fields each endpoint needs besides the family
    "/v1/entitlements": {}, "/v1/facts/needed": {}, "/v1/interview": {}, "/v1/explain/hjelpestonad": {},
    "/v1/compare": {"reform": "raise_hjelpestonad"},
}

# (what is wrong, the body's change, the field named, (English, bokmål) said of it)
FAMILY_MISTAKES = [
    ("a kommunenummer of two digits", {"family": {**FAMILY, "kommunenummer": "30"}}, "family.kommunenummer",
     ("The value has the wrong format: it must be four digits, for example 0301 for Oslo.",
      "Verdien har feil format: den må være fire sifre, for eksempel 0301 for Oslo.")),
    ("a yes/no fact answered «maybe»", {"family": {**FAMILY, "children": [{**CHILD, "has_lasting_illness": "maybe"}]}},
     "family.children.0.has_lasting_illness",
     ("The value must be 'no', 'unknown' or 'yes'.", "Verdien må være 'no', 'unknown' eller 'yes'.")),
    ("a child without a birth date", {"family": {**FAMILY, "children": [{"id": "ida"}]}},
     "family.children.0.birth_date", ("The field is missing.", "Feltet mangler.")),
    ("the family as a list", {"family": [FAMILY]}, "family", ("An object is expected here.", "Her ventes et objekt.")),
    # Month 13 does not exist: the date parser's reason, in words, then the format.
    ("a 13th month", {"family": FAMILY, "date": "2027-13-01"}, "date",
     ("Invalid date (the month must be from 1 to 12): use the format YYYY-MM-DD.",
      "Ugyldig dato (måneden må være fra 1 til 12): bruk formatet ÅÅÅÅ-MM-DD.")),
    ("a negative income", {"family": {**FAMILY, "caregivers": [{**FAMILY["caregivers"][0], "yearly_income": -5}]}},
     "family.caregivers.0.yearly_income",
     ("The value must be greater than or equal to 0.", "Verdien må være større enn eller lik 0.")),
    ("an id beginning with a digit", {"family": {**FAMILY, "children": [{**CHILD, "id": "1ida"}]}},
     "family.children.0.id",
     ("The value has the wrong format: it must be a letter, then at most 31 letters (a–z), digits, _ or -, "
      "for example 'mor' or 'ida'.",
      "Verdien har feil format: den må være en bokstav, så høyst 31 bokstaver (a–z), sifre, _ eller -, "
      "for eksempel 'mor' eller 'ida'.")),
    ("a language the service does not speak", {"family": FAMILY, "language": "de"}, "language",
     ("The value must be 'nb' or 'en'.", "Verdien må være 'nb' eller 'en'.")),
]


def _refused(client, path: str, body: dict, field: str) -> dict:
    response = client.post(path, json=body)
    assert response.status_code == 422, response.text
    problems = {problem["field"]: problem["message"] for problem in response.json()["problems"]}
    assert field in problems, problems
    return problems[field]


def _in_the_products_words(message: dict) -> None:
    assert not english_words(message["nb"]), message["nb"]
    for text in message.values():
        assert not any(phrase in text for phrase in PYDANTIC_PHRASES), text


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("path", FAMILY_ENDPOINTS)
@pytest.mark.parametrize("wrong, change, field, said", FAMILY_MISTAKES, ids=[m[0] for m in FAMILY_MISTAKES])
def test_a_family_request_refused_names_the_field_in_the_products_words(client, path, language, wrong, change,
                                                                        field, said):
    body = {"date": "2024-09-01", "language": language, **FAMILY_ENDPOINTS[path], **change}
    message = _refused(client, path, body, field)
    _in_the_products_words(message)
    assert (message["en"], message["nb"]) == said


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("change, field, said", [
    # population_size is a whole number from 0: -1 is below it, "ten" is text.
    ({"population_size": -1}, "population_size",
     ("The value must be greater than or equal to 0.", "Verdien må være større enn eller lik 0.")),
    ({"population_size": "ten"}, "population_size",
     ("The value must be a number, not text.", "Verdien må være et tall, ikke tekst.")),
    ({"seed": 1.5}, "seed", ("The value must be a whole number.", "Verdien må være et heltall.")),
])
def test_a_reform_validation_refused_names_the_field_in_the_products_words(client, language, change, field, said):
    body = {"reform": "raise_hjelpestonad", "language": language, "population_size": 0, **change}
    message = _refused(client, "/v1/reforms/validate", body, field)
    _in_the_products_words(message)
    assert (message["en"], message["nb"]) == said


@pytest.mark.parametrize("path, rest", [("/v1/reforms/validate", {"population_size": 0}),
                                        ("/v1/compare", {"family": FAMILY, "date": "2027-02-01"})])
def test_a_reform_definition_refused_names_the_field_in_the_products_words(client, path, rest):
    # A reform definition without its author (a required field of the reform file) and with a field it does not
    # know: both named, in the product's words rather than pydantic's «Field required» (review s22 words, item 1).
    definition = {"id": "x", "title": {"nb": "x", "en": "x"}, "summary": {"nb": "x", "en": "x"}, "status": "proposal",
                  "legal_basis": [{"title": "t", "url": "https://lovdata.no/lov/1997-02-28-19"}],
                  "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2027-01-01": 20000}},
                  "colour": "red"}
    response = client.post(path, json={"reform_definition": definition, **rest})
    assert response.status_code == 422, response.text
    problems = {problem["field"]: problem["message"] for problem in response.json()["problems"]}
    author = next(message for field, message in problems.items() if field.endswith("author"))
    colour = next(message for field, message in problems.items() if field.endswith("colour"))
    for message in (author, colour):
        _in_the_products_words(message)
    assert author["en"] == "The field is missing." and author["nb"] == "Feltet mangler."


def test_an_unknown_field_is_named_with_the_one_meant(client):
    # The review's own case: `population` for `population_size` on /v1/reforms/validate.
    message = _refused(client, "/v1/reforms/validate",
                       {"reform": "raise_hjelpestonad", "population": 3, "language": "nb"}, "population")
    _in_the_products_words(message)
    assert message["nb"] == "ukjent felt 'population'; mente du 'population_size'?"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_cli_says_the_same_words_for_the_same_mistake(client, capsys, tmp_path, language):
    # A family file with the API's mistake, a kommunenummer of two digits: `asb entitlements` names the field and
    # prints the message the API gives for it, in the language asked.
    from openfisca_asb.cli import main

    family = tmp_path / "family.yaml"
    family.write_text("kommunenummer: '30'\ncaregivers: [{id: mor, birth_date: 1985-02-01}]\n"
                      "children: [{id: ida, birth_date: 2015-04-10}]\n", encoding="utf-8")
    message = _refused(client, "/v1/entitlements", {"family": {**FAMILY, "kommunenummer": "30"}, "language": language},
                       "family.kommunenummer")
    _in_the_products_words(message)
    assert main(["entitlements", str(family), "--date", "2024-09-01", "--lang", language]) == 2
    assert f"kommunenummer: {message[language]}" in capsys.readouterr().err
