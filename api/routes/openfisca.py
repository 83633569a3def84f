"""OpenFisca-compatible endpoints: the same JSON shapes as `openfisca serve`.

Existing OpenFisca clients work unchanged. The handlers are OpenFisca's own;
only the transport is FastAPI. Malformed situations are 400, never 500.
"""

import json
from datetime import date
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from openfisca_core.errors import PeriodMismatchError, SituationParsingError
from openfisca_web_api import handlers
from werkzeug.http import http_date

from api.compute import computed
from api.errors import ANY_ERRORS, ApiError, error_responses
from api.json_body import loads
from api.routes import new_router
from api.situation_limits import MEMBER_ID, PeriodMismatch, check_size, check_values
from api.settings import Settings
from api.state import Service
from openfisca_asb.system import baseline_system
from openfisca_asb.facts.national_id import quoted_unless_national_id

router = new_router(tags=["openfisca"])
OpenFiscaAnswer = dict[str, Any]


def _openfisca_error(description: str) -> dict:
    """OpenFisca's own error shape: {"error": ...}, or the situation with each problem at its path."""
    return {"description": description, "content": {"application/json": {"schema": {"type": "object"}}}}


SITUATION_ERRORS = {
    **error_responses(408, 413, 415, 422, 429, 500, 503),
    400: _openfisca_error("The situation is not valid JSON or cannot be computed (OpenFisca's error shape)"),
    404: _openfisca_error("The situation names a variable the model does not have (as `openfisca serve` answers)"),
}
NOT_FOUND = {404: _openfisca_error("Unknown id"), **error_responses(422, *ANY_ERRORS)}  # 422: a query parameter it does not take


MEMBER_ID_PATTERN = f"^{MEMBER_ID.pattern}$"


def _situation_schema() -> dict:
    """An OpenFisca situation, rich enough for a fuzzer to build persons, periods, values and axes.

    The full schema with every variable is SituationInput in GET /spec; the limits are the defaults
    (ASB_MAX_SITUATION_PERSONS, ASB_MAX_AXIS_CELLS).
    """
    limits = Settings()
    value = {"anyOf": [{"type": "number"}, {"type": "string"}, {"type": "boolean"}, {"type": "null"}]}
    dated = {"type": "object", "description": "period (e.g. 2024-09, 2024, ETERNITY) → value, or null to ask for it",
             "additionalProperties": value}
    member = {"type": "object", "description": "variable name → {period: value}; for a group entity also its roles (lists of person ids)",
              "additionalProperties": {"anyOf": [dated, {"type": "array", "items": {"type": "string"}}]}}
    axis = {"type": "object", "required": ["name", "count", "min", "max"], "properties": {
        "name": {"type": "string"}, "count": {"type": "integer", "minimum": 1, "maximum": limits.max_axis_cells},
        "min": {"type": "number"}, "max": {"type": "number"}, "period": {"type": "string"}, "index": {"type": "integer", "minimum": 0}}}
    entities = baseline_system().entities
    return {
        "type": "object",
        "description": "An OpenFisca situation: the entities by their plural, each member by id; see GET /spec. "
                       f"At most {limits.max_situation_persons} persons and {limits.max_axis_cells} axis cells times persons; "
                       "periods inside the dates the model covers (GET /v1/dates).",
        "properties": {
            **{entity.plural: {"type": "object", "additionalProperties": member, "propertyNames": {"pattern": MEMBER_ID_PATTERN},
                               **({"minProperties": 1, "maxProperties": limits.max_situation_persons} if entity.is_person else {})}
               for entity in entities},
            "axes": {"type": "array", "items": {"type": "array", "items": axis, "minItems": 1}},
        },
        "required": [entity.plural for entity in entities if entity.is_person],
        "additionalProperties": False,
    }


SITUATION_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": _situation_schema()}}}}


def _bad_request(content) -> JSONResponse:
    return JSONResponse(status_code=400, content=content)


async def _situation(request: Request, service) -> tuple[dict | None, JSONResponse | None]:
    try:
        situation = loads(await request.body(), service.settings.max_json_depth)
    except ValueError:  # not JSON, not UTF-8, a number too long
        return None, _bad_request({"error": "Invalid JSON: the body could not be read as JSON."})
    if not isinstance(situation, dict):
        return None, _bad_request({"error": "A situation must be a JSON object with entity plurals as keys."})
    system = service.openfisca_data["tax_benefit_system"]
    check_size(situation, system, service.settings)
    try:
        check_values(situation, system)
    except PeriodMismatch as error:
        return None, _bad_request({"error": str(error)})
    return situation, None


def _as_flask_does(value):
    """`openfisca serve` (Flask) writes dates as HTTP dates; do the same so clients see one shape."""
    if isinstance(value, date):
        return http_date(value)
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _compute(handler, service, situation: dict) -> Response:
    try:
        result = handler(service.openfisca_data["tax_benefit_system"], situation)
    except (SituationParsingError, PeriodMismatchError) as error:
        return JSONResponse(status_code=error.code or 400, content=error.error)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as error:
        # OpenFisca raises these for values it cannot encode (e.g. an unknown enum name); its text may
        # quote internals, so only the kind of error is named.
        return _bad_request({"error": f"The situation could not be computed ({type(error).__name__}): check the enum "
                                      "names, person ids, roles and periods against GET /spec."})
    try:
        return Response(json.dumps(result, default=_as_flask_does, allow_nan=False), media_type="application/json")
    except ValueError as error:
        raise ApiError(422, "not_a_finite_result", "Resultatet er ikke et endelig tall; sjekk verdiene i situasjonen.",
                       "The result is not a finite number; check the values in the situation.") from error


@router.post("/calculate", response_model=OpenFiscaAnswer, summary="OpenFisca /calculate", responses=SITUATION_ERRORS,
             openapi_extra=SITUATION_BODY)
async def calculate(request: Request, service: Service) -> Response:
    situation, error = await _situation(request, service)
    return error or await run_in_threadpool(computed, service, _compute, handlers.calculate, service, situation)


@router.post("/trace", response_model=OpenFiscaAnswer, summary="OpenFisca /trace", responses=SITUATION_ERRORS,
             openapi_extra=SITUATION_BODY)
async def trace(request: Request, service: Service) -> Response:
    situation, error = await _situation(request, service)
    return error or await run_in_threadpool(computed, service, _compute, handlers.trace, service, situation)


@router.get("/spec", response_model=OpenFiscaAnswer, summary="OpenFisca's OpenAPI spec of the model", responses=error_responses(*ANY_ERRORS))
def spec(request: Request, service: Service) -> dict:
    return {**service.openfisca_data["openAPI_spec"], "servers": [{"url": str(request.base_url).rstrip("/")}]}


@router.get("/variables", response_model=OpenFiscaAnswer, summary="OpenFisca variable index", responses=error_responses(*ANY_ERRORS))
def variables(request: Request, service: Service) -> dict:
    return {
        name: {"description": variable["description"], "href": f"{request.base_url}variable/{name}"}
        for name, variable in service.openfisca_data["variables"].items()
    }


@router.get("/variable/{variable_id}", response_model=OpenFiscaAnswer, summary="One OpenFisca variable", responses=NOT_FOUND)
def variable(variable_id: str, service: Service):
    found = service.openfisca_data["variables"].get(variable_id)
    return found if found is not None else _unknown("variable", variable_id)


@router.get("/parameters", response_model=OpenFiscaAnswer, summary="OpenFisca parameter index", responses=error_responses(*ANY_ERRORS))
def parameters(request: Request, service: Service) -> dict:
    return {
        parameter["id"]: {"description": parameter["description"], "href": f"{request.base_url}parameter/{name}"}
        for name, parameter in service.openfisca_data["parameters"].items()
        if parameter.get("subparams") is None
    }


@router.get("/parameter/{parameter_id:path}", response_model=OpenFiscaAnswer, summary="One OpenFisca parameter", responses=NOT_FOUND)
def parameter(parameter_id: str, service: Service):
    table = service.openfisca_data["parameters"]
    found = table.get(parameter_id) or table.get(parameter_id.replace(".", "/"))
    return found if found is not None else _unknown("parameter", parameter_id)


def _unknown(kind: str, asked: str) -> JSONResponse:
    """The 404 `openfisca serve` gives an unknown id, without quoting one that looks like a fødselsnummer."""
    return JSONResponse(status_code=404, content={"error": f"Unknown {kind} {quoted_unless_national_id(asked, 'its id')[0]}"})


@router.get("/entities", response_model=OpenFiscaAnswer, summary="OpenFisca entities", responses=error_responses(*ANY_ERRORS))
def entities(service: Service) -> dict:
    return service.openfisca_data["entities"]
