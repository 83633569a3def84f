"""decision.reason_given is quoted in the draft complaint: plain text without a fødselsnummer (review s22 M5).

Family data is special-category health data: a fødselsnummer in any common spelling is refused with a 422 naming
the field, not the number (facts/national_id.py); so are control characters and the direction overrides that
would print the reason otherwise than it reads (facts/free_text.py). Amounts, dates and phone numbers are quoted.
"""

import pytest

FAMILY = {"caregivers": [{"id": "mor", "birth_date": "1985-02-01"}],
          "children": [{"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes"}]}
NUMBER = "01018012345"  # made up: born 1 January 1980, personal number 12345


def _checked(client, reason):
    decision = {"benefit": "hjelpestonad", "outcome": "refused", "reason_given": reason}
    return client.post("/v1/decisions/check", json={"family": FAMILY, "date": "2024-09-01", "decision": decision})


def _problems(response):
    return [(p["field"], p["message"]["nb"]) for p in response.json()["problems"]]


@pytest.mark.parametrize("reason", [f"Avslag for {NUMBER}", "Avslag 010180-12345", "Avslag 0101 80 12345",
                                    "Avslag 01.01.80 12345", "0 1 0 1 8 0 1 2 3 4 5"])
def test_a_reason_with_a_fodselsnummer_in_any_spelling_is_refused(client, reason):
    response = _checked(client, reason)
    assert response.status_code == 422 and "010180" not in response.text and "12345" not in response.text
    assert _problems(response) == [("decision.reason_given", "begrunnelsen ser ut som et fødselsnummer: ikke send fødselsnummer")]


@pytest.mark.parametrize("reason", ["a\u0000b", "a\u202eevil", "ring\u0007"])
def test_a_reason_with_control_or_direction_characters_is_refused(client, reason):
    # U+202E in a complaint letter prints the rest of the reason reversed.
    response = _checked(client, reason)
    assert response.status_code == 422
    assert _problems(response)[0][0] == "decision.reason_given" and "kontrolltegn" in _problems(response)[0][1]


def test_a_reason_with_amounts_dates_and_a_phone_number_is_quoted_in_the_draft(client):
    reason = "Avslått 2024-09-01: 540 000 kr er over grensen (kommune 0301, tlf. 912 34 567)"
    response = _checked(client, reason)
    assert response.status_code == 200 and reason in response.text
