"""Errors a client can act on: the field path, what is wrong, what is allowed, in bokmål and English.

Never a 500 for bad input: validation problems are 422, periods that do not fit
a variable and malformed OpenFisca situations are 400, unknown ids are 404.
"""

import json
import logging
import uuid
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from openfisca_asb.facts.messages import in_bokmal, in_english, json_syntax
from openfisca_asb.version import MODEL_VERSION

def problem(field: str, message_en: str, message_nb: str, allowed=None) -> dict:
    entry = {"field": field, "message": {"nb": message_nb, "en": message_en}}
    if allowed is not None:
        entry["allowed"] = allowed
    return entry


# A body lists at most this many problems, then says how many more there are (review s24 page L9: a list of 1 000
# repeated "don't know" answers gave 999 problems, some 100 KB): a client fixes the first ones and sends again.
MAX_PROBLEMS_LISTED = 50


def error_body(code: str, nb: str, en: str, problems: list[dict] | None = None) -> dict:
    body = {"error": code, "message": {"nb": nb, "en": en}, "model_version": MODEL_VERSION}
    if problems is not None:
        body["problems"] = _listed(problems)
    return body


def _listed(problems: list[dict]) -> list[dict]:
    """The first MAX_PROBLEMS_LISTED problems, and one more naming the body that says how many are left out."""
    left_out = len(problems) - MAX_PROBLEMS_LISTED
    if left_out <= 0:
        return problems
    return [*problems[:MAX_PROBLEMS_LISTED], problem(
        BODY, f"{left_out} more problems are not listed: correct these and send the request again",
        f"{left_out} problemer til er ikke listet: rett disse og send forespørselen på nytt",
        {"max_problems_listed": MAX_PROBLEMS_LISTED})]


def _allowed(error: dict):
    context = error.get("ctx") or {}
    for key in ("expected", "ge", "le", "pattern", "max_length", "min_length"):
        if key in context:
            value = context[key]
            return {key: value.isoformat() if hasattr(value, "isoformat") else value}
    return None


BODY = "body"  # the field of a problem with the whole body


def _field(location) -> str:
    steps = [str(step) for step in location]
    if steps and steps[0] == BODY:
        steps = steps[1:]
    return ".".join(steps) or BODY


def describe(errors, body=None, body_model: type[BaseModel] | None = None) -> list[dict]:
    """Each of pydantic's errors as a problem, in the product's words (messages.py); `body_model` (the request model of the endpoint called) is where an
    unknown field's likely meaning is looked for."""
    return [_json_problem(e, body) if e["type"] == "json_invalid"
            else problem(_field(e["loc"]), *_unknown_field(e, body_model)) if e["type"] == "extra_forbidden"
            else problem(_field(e["loc"]), in_english(e), in_bokmal(e), _allowed(e))
            for e in errors]


def _unknown_field(error: dict, body_model: type[BaseModel] | None) -> tuple[str, str]:
    from api.unknown_fields import unknown_field

    steps = tuple(error["loc"])[1 if error["loc"][:1] == (BODY,) else 0:]
    return unknown_field(steps or (BODY,), body_model)


def body_model(request: Request) -> type[BaseModel] | None:
    """The request model of the route called: its one body parameter's type (None for a route without one)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    parameters = dependant.body_params if dependant else []
    model = parameters[0].field_info.annotation if len(parameters) == 1 else None
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _json_problem(error: dict, body) -> dict:
    """A body that is not JSON: the field is the body, the message says why and at which line and column
    (FastAPI's location is the character position)."""
    position = error["loc"][-1] if isinstance(error["loc"][-1], int) else 0
    text = body if isinstance(body, str) else ""
    en, nb = json_syntax((error.get("ctx") or {}).get("error", "JSON decode error"), text, position)
    return problem(BODY, f"the body is {en}", f"innholdet er {nb}")


def is_json(content_type: str | None) -> bool:
    media_type = (content_type or "").split(";")[0].strip().lower()
    return media_type == "application/json" or (media_type.startswith("application/") and media_type.endswith("+json"))


async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    # FastAPI reads a body that is not declared JSON as bytes and fails on its shape; say why instead.
    body_failed = any(e["loc"][:1] == ("body",) for e in error.errors())
    if body_failed and not is_json(request.headers.get("content-type")):
        return JSONResponse(status_code=415, content=error_body(
            "unsupported_media_type",
            "Send innholdet som JSON, med Content-Type: application/json.",
            "Send the body as JSON, with Content-Type: application/json.",
        ))
    return JSONResponse(
        status_code=422,
        content=error_body(
            "invalid_request",
            "Forespørselen er ugyldig. Se hvert felt under problems.",
            "The request is not valid. See each field under problems.",
            describe(error.errors(), error.body, body_model(request)),
        ),
    )


# The errors FastAPI and Starlette raise themselves, in bokmål and English.
HTTP_MESSAGES = {
    # FastAPI's only plain 400: a body it could not parse. Nesting too deep and a number too long are 422s naming
    # their field (api/json_body.py), so what is left is bytes that are not UTF-8.
    400: ("unreadable_body", "Innholdet kunne ikke leses som JSON: det er ikke gyldig UTF-8.",
          "The body could not be read as JSON: it is not valid UTF-8."),
    404: ("not_found", "Adressen finnes ikke. Se /docs for tjenestens adresser.", "No such address. See /docs for this service's addresses."),
    405: ("method_not_allowed", "Metoden er ikke tillatt her; se Allow-feltet.", "Method not allowed here; see the Allow header."),
}


async def http_error(request: Request, error: HTTPException) -> JSONResponse:
    # Keep the exception's headers: a 405 must say which methods are allowed (RFC 9110 § 15.5.6).
    if isinstance(error.detail, dict) and "error" in error.detail:
        return JSONResponse(status_code=error.status_code, content=error.detail, headers=error.headers)
    code, nb, en = HTTP_MESSAGES.get(error.status_code, ("http_error", str(error.detail), str(error.detail)))
    return JSONResponse(status_code=error.status_code, content=error_body(code, nb, en), headers=error.headers)


class ApiError(HTTPException):
    """A 4xx with a bilingual message."""

    def __init__(self, status: int, code: str, nb: str, en: str, problems: list[dict] | None = None):
        super().__init__(status_code=status, detail=error_body(code, nb, en, problems))


class Message(BaseModel):
    nb: str
    en: str


class Problem(BaseModel):
    field: str
    message: Message
    allowed: Any = None


class ErrorBody(BaseModel):
    """The body of every 4xx this service answers itself (see `error_body`)."""

    error: str
    message: Message
    model_version: str
    problems: list[Problem] | None = Field(
        default=None, description=f"What is wrong, field by field: at most {MAX_PROBLEMS_LISTED}, and then one more naming "
        "`body` that says how many are left out (fix these and send again)")


ERROR_DESCRIPTIONS = {
    400: "The body cannot be read as JSON, or the request cannot be computed",
    404: "Unknown id",
    408: "The request's headers or body arrived too slowly (ASB_HEADER_TIMEOUT_SECONDS, ASB_BODY_TIMEOUT_SECONDS)",
    413: "The request body, the number of families or the size of a situation is over its limit (named in the message)",
    415: "The body is not declared as JSON (Content-Type: application/json)",
    422: "Invalid request: each problem names the field and what is allowed, in bokmål and English",
    429: "Too many requests from this address to an endpoint that computes; retry after the Retry-After header's seconds",
    500: "An error in the service itself: the body gives a correlation id to report, never the error's text",
    503: "The request would take, or wait for the compute thread, longer than the service allows one request "
         "(ASB_REQUEST_TIME_BUDGET_SECONDS), or too many requests already wait for it (ASB_BATCH_QUEUE_SIZE)",
}


# What any route with a JSON body can answer besides its own errors (every POST is rate limited).
BODY_ERRORS = (400, 408, 413, 415, 422, 429, 500)
# What a route that runs the model can answer besides: it may wait too long for the compute thread (api/compute.py).
COMPUTE_ERRORS = (*BODY_ERRORS, 503)
# What any route can answer.
ANY_ERRORS = (500,)


def error_responses(*statuses: int) -> dict:
    """OpenAPI `responses` for the errors a route can answer, all with `ErrorBody`."""
    return {status: {"model": ErrorBody, "description": ERROR_DESCRIPTIONS[status]} for status in statuses}


logger = logging.getLogger("api.errors")


def internal_error_body(correlation_id: str) -> bytes:
    return json.dumps(error_body(
        "internal_error",
        f"En feil i tjenesten. Oppgi id {correlation_id} hvis du melder den.",
        f"An error in the service. Give the id {correlation_id} if you report it.",
    ) | {"correlation_id": correlation_id}, ensure_ascii=False).encode()


class CatchAll:
    """ASGI middleware: any unexpected error is a 500 in the project's JSON shape, with a correlation id.

    The log names the id and the exception's type and place, never its text, which may
    quote the request. Placed inside `ResponseHeaders`, so the 500 has the headers too.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:  # noqa: BLE001 — the one place every unexpected error ends
            correlation_id = uuid.uuid4().hex
            where = error.__traceback__
            while where is not None and where.tb_next is not None:
                where = where.tb_next
            place = f"{where.tb_frame.f_code.co_filename}:{where.tb_lineno}" if where else "?"
            logger.error("internal error %s: %s at %s", correlation_id, type(error).__name__, place)
            if started:
                raise
            body = internal_error_body(correlation_id)
            await send({"type": "http.response.start", "status": 500, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
