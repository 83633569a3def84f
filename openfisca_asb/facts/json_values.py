"""What a JSON value must be to count as a number: shared by the family's facts and its care periods."""

from typing import Any

from pydantic_core import PydanticCustomError


def number_only(value: Any) -> Any:
    """A number is a JSON number: `true` is not 1 krone and "540000" is not a number."""
    if isinstance(value, (bool, str)):
        raise PydanticCustomError("number_type", "Input should be a number, not {kind}", {"kind": type(value).__name__})
    return value
