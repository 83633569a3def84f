"""OpenFisca-compatible endpoints: the same JSON shapes as `openfisca serve`.

Existing OpenFisca clients work unchanged. The handlers are OpenFisca's own;
only the transport is FastAPI. Malformed situations are 400, never 500.
"""

import json
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from openfisca_core.errors import PeriodMismatchError, SituationParsingError
from openfisca_web_api import handlers
from werkzeug.http import http_date

from api.errors import error_responses
from openfisca_asb.system import baseline_system

router = APIRouter(tags=["openfisca"])


def _openfisca_error(description: str) -> dict:
    """OpenFisca's own error shape: {"error": ...}, or the situation with each problem at its path."""
    return {"description": description, "content": {"application/json": {"schema": {"type": "object"}}}}


SITUATION_ERRORS = {
    **error_responses(413),
    400: _openfisca_error("The situation is not valid JSON or cannot be computed"),
    404: _openfisca_error("The situation names a variable the model does not have (as `openfisca serve` answers)"),
}
NOT_FOUND = {404: _openfisca_error("Unknown id")}
# The body is read by OpenFisca itself; its full schema is SituationInput in GET /spec.
SITUATION_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object",
    "description": "An OpenFisca situation: the entities by their plural, each by id; see GET /spec",
    "properties": {entity.plural: {"type": "object", **({"minProperties": 1} if entity.is_person else {})}
                   for entity in baseline_system().entities},
    "required": [entity.plural for entity in baseline_system().entities if entity.is_person],
    "additionalProperties": False,
}}}}}


def _data(request: Request) -> dict:
    return request.app.state.service.openfisca_data


def _bad_request(content) -> JSONResponse:
    return JSONResponse(status_code=400, content=content)


async def _situation(request: Request):
    try:
        situation = json.loads(await request.body())
    except (ValueError, RecursionError) as error:  # not JSON, not UTF-8, a number too long, nesting too deep
        return None, _bad_request({"error": f"Invalid JSON: {error}"})
    if not isinstance(situation, dict):
        return None, _bad_request({"error": "A situation must be a JSON object with entity plurals as keys."})
    return situation, None


def _as_flask_does(value):
    """`openfisca serve` (Flask) writes dates as HTTP dates; do the same so clients see one shape."""
    if isinstance(value, date):
        return http_date(value)
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _compute(handler, request: Request, situation: dict) -> Response:
    try:
        result = handler(_data(request)["tax_benefit_system"], situation)
    except (SituationParsingError, PeriodMismatchError) as error:
        return JSONResponse(status_code=error.code or 400, content=error.error)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        # OpenFisca raises these for values it cannot encode (e.g. an unknown enum name).
        return _bad_request({"error": f"The situation could not be computed: {error}"})
    return Response(json.dumps(result, default=_as_flask_does), media_type="application/json")


@router.post("/calculate", summary="OpenFisca /calculate", responses=SITUATION_ERRORS, openapi_extra=SITUATION_BODY)
async def calculate(request: Request) -> JSONResponse:
    situation, error = await _situation(request)
    return error or _compute(handlers.calculate, request, situation)


@router.post("/trace", summary="OpenFisca /trace", responses=SITUATION_ERRORS, openapi_extra=SITUATION_BODY)
async def trace(request: Request) -> JSONResponse:
    situation, error = await _situation(request)
    return error or _compute(handlers.trace, request, situation)


@router.get("/spec", summary="OpenFisca's OpenAPI spec of the model")
def spec(request: Request) -> dict:
    return {**_data(request)["openAPI_spec"], "servers": [{"url": str(request.base_url).rstrip("/")}]}


@router.get("/variables", summary="OpenFisca variable index")
def variables(request: Request) -> dict:
    return {
        name: {"description": variable["description"], "href": f"{request.base_url}variable/{name}"}
        for name, variable in _data(request)["variables"].items()
    }


@router.get("/variable/{variable_id}", summary="One OpenFisca variable", responses=NOT_FOUND)
def variable(variable_id: str, request: Request):
    found = _data(request)["variables"].get(variable_id)
    return found if found is not None else JSONResponse(status_code=404, content={"error": f"Unknown variable '{variable_id}'"})


@router.get("/parameters", summary="OpenFisca parameter index")
def parameters(request: Request) -> dict:
    return {
        parameter["id"]: {"description": parameter["description"], "href": f"{request.base_url}parameter/{name}"}
        for name, parameter in _data(request)["parameters"].items()
        if parameter.get("subparams") is None
    }


@router.get("/parameter/{parameter_id:path}", summary="One OpenFisca parameter", responses=NOT_FOUND)
def parameter(parameter_id: str, request: Request):
    table = _data(request)["parameters"]
    found = table.get(parameter_id) or table.get(parameter_id.replace(".", "/"))
    return found if found is not None else JSONResponse(status_code=404, content={"error": f"Unknown parameter '{parameter_id}'"})


@router.get("/entities", summary="OpenFisca entities")
def entities(request: Request) -> dict:
    return _data(request)["entities"]
