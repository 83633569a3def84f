"""Errors a client can act on: the field path, what is wrong, what is allowed, in bokmål and English.

Never a 500 for bad input: validation problems are 422, periods that do not fit
a variable and malformed OpenFisca situations are 400, unknown ids are 404.
"""

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from openfisca_asb.version import MODEL_VERSION

NB_MESSAGES = {
    "missing": "Feltet mangler.",
    "extra_forbidden": "Ukjent felt: det er ikke tillatt her.",
    "literal_error": "Verdien er ikke tillatt.",
    "enum": "Verdien er ikke tillatt.",
    "greater_than_equal": "Verdien er for liten.",
    "less_than_equal": "Verdien er for stor.",
    "string_pattern_mismatch": "Verdien har feil format.",
    "date_from_datetime_parsing": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "date_parsing": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "date_type": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "float_parsing": "Verdien må være et tall.",
    "float_type": "Verdien må være et tall.",
    "int_parsing": "Verdien må være et heltall.",
    "int_type": "Verdien må være et heltall.",
    "finite_number": "Verdien må være et endelig tall.",
    "too_long": "Listen har for mange elementer.",
    "too_short": "Listen har for få elementer.",
    "json_invalid": "Ugyldig JSON.",
    "model_attributes_type": "Her ventes et objekt.",
    "dict_type": "Her ventes et objekt.",
    "list_type": "Her ventes en liste.",
    "string_type": "Her ventes en tekst.",
    "value_error": "Ugyldig verdi.",
}


def problem(field: str, message_en: str, message_nb: str, allowed=None) -> dict:
    entry = {"field": field, "message": {"nb": message_nb, "en": message_en}}
    if allowed is not None:
        entry["allowed"] = allowed
    return entry


def error_body(code: str, nb: str, en: str, problems: list[dict] | None = None) -> dict:
    body = {"error": code, "message": {"nb": nb, "en": en}, "model_version": MODEL_VERSION}
    if problems is not None:
        body["problems"] = problems
    return body


def _allowed(error: dict):
    context = error.get("ctx") or {}
    for key in ("expected", "ge", "le", "pattern", "max_length", "min_length"):
        if key in context:
            return {key: context[key]}
    return None


def _field(location) -> str:
    steps = [str(step) for step in location]
    if steps and steps[0] == "body":
        steps = steps[1:]
    return ".".join(steps) or "(body)"


def describe(errors) -> list[dict]:
    return [
        problem(_field(e["loc"]), e["msg"], NB_MESSAGES.get(e["type"], "Ugyldig verdi."), _allowed(e))
        for e in errors
    ]


async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    return JSONResponse(
        status_code=422,
        content=error_body(
            "invalid_request",
            "Forespørselen er ugyldig. Se hvert felt under problems.",
            "The request is not valid. See each field under problems.",
            describe(error.errors()),
        ),
    )


async def http_error(request: Request, error: HTTPException) -> JSONResponse:
    if isinstance(error.detail, dict) and "error" in error.detail:
        return JSONResponse(status_code=error.status_code, content=error.detail)
    return JSONResponse(
        status_code=error.status_code,
        content=error_body("http_error", str(error.detail), str(error.detail)),
    )


class ApiError(HTTPException):
    """A 4xx with a bilingual message."""

    def __init__(self, status: int, code: str, nb: str, en: str, problems: list[dict] | None = None):
        super().__init__(status_code=status, detail=error_body(code, nb, en, problems))
