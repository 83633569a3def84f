"""Request bodies read strictly: JSON only (415), each key once, finite numbers, bounded nesting (422).

Python's `json` reads `NaN`, `Infinity` and `1e400` (as infinity) and keeps the last of
two equal keys; a client sending either has made a mistake the API must name, not guess
at (a family file and a reform file refuse a key given twice in the same words:
facts/repeated_keys.py). Every route uses `StrictJsonRoute`, so the rule holds for the
OpenFisca-compatible endpoints too.
"""

import json
import math
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute

from api.errors import BODY, ApiError, is_json, problem
from openfisca_asb.facts.messages import MESSAGES, repeated_key
from openfisca_asb.facts.repeated_keys import json_object

UNSUPPORTED_MEDIA_TYPE = ("Send innholdet som JSON, med Content-Type: application/json.",
                          "Send the body as JSON, with Content-Type: application/json.")


MAX_PROBLEMS = 10  # named per request; the rest follow once these are fixed
MAX_FLOAT_DIGITS = 309  # 1e308 is the largest float: the service's every limit lies far below


class _NotFinite(float):
    """A number JSON allows Python to read but not to compute with: NaN, ±Infinity, or too large."""


def _constant(text: str) -> float:
    return _NotFinite("nan")


def _float(text: str) -> float:
    value = float(text)
    return value if math.isfinite(value) else _NotFinite("nan")


def _int(text: str) -> int | float:
    """A whole number; one longer than any float (over 309 digits) is too large, as 1e400 is: named at its field,
    where Python would refuse one over 4300 digits for the whole body."""
    return int(text) if len(text.lstrip("-")) <= MAX_FLOAT_DIGITS else _NotFinite("nan")


def _problems(value, path: tuple, found: list) -> None:
    if len(found) >= MAX_PROBLEMS:
        return
    where = ".".join(str(step) for step in path) or BODY
    if isinstance(value, _NotFinite):
        # The words of pydantic's error for the same mistake, so the message does not depend on where it is caught.
        found.append(problem(where, *MESSAGES["finite_number"]))
    elif isinstance(value, dict):
        for key in getattr(value, "repeated", []):
            found.append(problem(f"{where}.{key}" if path else key, *repeated_key(key)))
        for key, item in value.items():
            _problems(item, (*path, key), found)
    elif isinstance(value, list):
        for number, item in enumerate(value):
            _problems(item, (*path, number), found)


def _depth_at_most(raw: bytes, max_depth: int) -> bool:
    """Nesting counted on the bytes, so that a deep body never reaches the recursive parser."""
    depth, in_string, escaped = 0, False, False
    for byte in raw:
        if escaped:
            escaped = False
        elif in_string:
            escaped, in_string = byte == 0x5C, byte != 0x22
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > max_depth:
                return False
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return True


def too_deep(max_depth: int) -> ApiError:
    return ApiError(422, "invalid_request", "Forespørselen er ugyldig. Se hvert felt under problems.",
                    "The request is not valid. See each field under problems.",
                    [problem(BODY, f"nested deeper than {max_depth} levels (ASB_MAX_JSON_DEPTH)",
                             f"nøstet dypere enn {max_depth} nivåer (ASB_MAX_JSON_DEPTH)", {"max_depth": max_depth})])


def loads(raw: bytes, max_depth: int) -> Any:
    """The body as JSON; ApiError 422 naming each repeated key, non-finite number, or the depth over the limit.

    Bytes that are not JSON raise `json.JSONDecodeError` (or `ValueError` for bad UTF-8), as `json.loads` does.
    """
    if not _depth_at_most(raw, max_depth):
        raise too_deep(max_depth)
    value = json.loads(raw, object_pairs_hook=json_object, parse_constant=_constant, parse_float=_float, parse_int=_int)
    found: list = []
    _problems(value, (), found)
    if found:
        raise ApiError(422, "invalid_request", "Forespørselen er ugyldig. Se hvert felt under problems.",
                       "The request is not valid. See each field under problems.", found)
    return _plain(value)


def _plain(value):
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


class StrictRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = loads(await self.body(), self.app.state.service.settings.max_json_depth)
        return self._json


class StrictJsonRoute(APIRoute):
    """A route whose POST body must be declared JSON and is read by `loads`."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def strict_handler(request: Request):
            if request.method == "POST" and not is_json(request.headers.get("content-type")):
                raise ApiError(415, "unsupported_media_type", *UNSUPPORTED_MEDIA_TYPE)
            return await handler(StrictRequest(request.scope, request.receive))

        return strict_handler
