"""Every pydantic error a client's JSON or file can cause is said in bokmål, not «se den engelske meldingen»
(review s22 L4: a lone surrogate in an id gave «Ugyldig verdi (feiltype string_unicode); se den engelske meldingen.»).
"""

import json
from typing import Annotated

import pytest
from pydantic import Field, TypeAdapter, ValidationError

from openfisca_asb.facts.messages import in_bokmal, in_english

LONE_SURROGATE = json.loads('"a\\ud800"')  # JSON may spell it; UTF-8 cannot, and a pattern is matched on UTF-8
PERSON_ID = Annotated[str, Field(pattern="^[a-z]+$")]


def _error(kind, value) -> dict:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(kind).validate_python(value)
    return caught.value.errors()[0]


@pytest.mark.parametrize("kind, value, nb", [
    (PERSON_ID, LONE_SURROGATE, "Teksten inneholder et tegn som ikke er gyldig Unicode (som en enslig \\ud800)."),
    (int, "9" * 5000, "Tallet har for mange sifre."),  # Python reads at most 4300 digits as a whole number
    (tuple[int, ...], 5, "Her ventes en liste."),
    (set[int], 5, "Her ventes en liste."),
    (frozenset[int], 5, "Her ventes en liste."),
    (type(None), 1, "Verdien må være null."),
])
def test_an_error_type_is_said_in_the_products_bokmal(kind, value, nb):
    error = _error(kind, value)
    assert in_bokmal(error) == nb
    assert "engelske" not in in_english(error) and in_english(error) != error["msg"]
