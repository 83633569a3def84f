"""A fact's `label` on /v1/facts offers no value the API refuses (review of 0.12.0, item 12).

Labels read «Norwegian legal term (English gloss)», as every fact's does. school_grade's gloss was half bokmål
(«0 = ikke i skolen») and offered «-1 when not given», which the API refuses (minimum 0): -1 is the model's own
"not given" default (rules/tristate.py NOT_GIVEN), not a value for clients. A client leaves a fact out instead.
"""

import re

from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE

NEGATIVE_NUMBER = re.compile(r"(?<![\w–-])-\d")


def _facts(client):
    return {fact["id"]: fact for fact in client.get("/v1/facts", params={"date": "2024-09-01"}).json()["facts"]}


def test_no_label_offers_a_number_below_the_facts_minimum(client):
    offering = [fact_id for fact_id, fact in _facts(client).items()
                if fact.get("minimum") is not None and fact["minimum"] >= 0 and NEGATIVE_NUMBER.search(fact["label"])]
    assert offering == []


def test_the_school_grade_label_is_the_legal_term_with_an_english_gloss(client):
    # opplæringslova: grunnskole is 1st–10th trinn, videregående opplæring Vg1–Vg3 (coded 11–13); 0 before school.
    school_grade = _facts(client)["school_grade"]
    assert school_grade["label"] == "Årstrinn (school grade: 0 not yet at school, 1–10 in grunnskole, 11–13 in videregående opplæring)"
    assert school_grade["minimum"] == 0


def test_a_refused_minus_one_is_named_by_its_field(client):
    # The value the old label offered is refused, naming the field: why no label may offer it.
    family = {"children": [{"id": "ida", "birth_date": "2015-04-10", "school_grade": -1}]}
    response = client.post("/v1/entitlements", json={"family": family, "date": "2024-09-01"})
    assert response.status_code == 422
    assert [p["field"] for p in response.json()["problems"]] == ["family.children.0.school_grade"]


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def test_no_date_label_offers_a_date_the_api_refuses(client):
    # date_of_death's label offered «2999-12-31 when not given» (the model's own "no death" default, NO_DATE),
    # which the API refuses: a date is at most the model's last date (rules/dates.py LAST_DATE).
    offering = [(fact_id, found) for fact_id, fact in _facts(client).items() if fact["kind"] == "date"
                for found in ISO_DATE.findall(fact["label"]) if not FIRST_DATE.isoformat() <= found <= LAST_DATE.isoformat()]
    assert offering == []
