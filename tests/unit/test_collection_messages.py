"""A collection's length in bokmål, for every kind of collection a model may hold (review s18 R2).

pydantic names the collection in English ("Frozenset", "Dictionary") and, for a set or a mapping that is too
long, stops counting and gives actual_length=None: the bokmål said «Frozenset må ha minst 1 element» and
«Mengden kan ha høyst 1 element, ikke None».
"""

import pytest
from pydantic import BaseModel, Field, ValidationError

from openfisca_asb.facts.messages import in_bokmal


class _Collections(BaseModel):
    kommuner: frozenset[str] = Field(default=frozenset({"5001"}), min_length=1, max_length=2)
    hours: dict[str, int] = Field(default={"2027-01-01": 20}, min_length=1, max_length=2)
    sources: list[str] = Field(default=["ftrl"], min_length=1, max_length=2)


def _bokmal(**fields) -> str:
    with pytest.raises(ValidationError) as caught:
        _Collections(**fields)
    (error,) = caught.value.errors()
    return in_bokmal(error)


@pytest.mark.parametrize("fields, nb", [
    # A set is «Mengden», frozen or not; an empty one has 0 elements, fewer than the 1 required.
    ({"kommuner": []}, "Mengden må ha minst 1 element, ikke 0."),
    # Three kommuner, at most 2: pydantic gives no count for a set (actual_length=None), so none is written.
    ({"kommuner": ["0301", "4601", "5001"]}, "Mengden kan ha høyst 2 elementer."),
    # A mapping is «Tabellen»: empty, 0 of at least 1; three dates, at most 2, and no count from pydantic.
    ({"hours": {}}, "Tabellen må ha minst 1 element, ikke 0."),
    ({"hours": {"2027-01-01": 20, "2028-01-01": 25, "2029-01-01": 30}}, "Tabellen kan ha høyst 2 elementer."),
    # A list is counted: three sources, at most 2.
    ({"sources": ["a", "b", "c"]}, "Listen kan ha høyst 2 elementer, ikke 3."),
])
def test_a_collection_of_the_wrong_length_is_named_in_bokmal(fields, nb):
    assert _bokmal(**fields) == nb
