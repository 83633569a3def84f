"""GET /v1/parameters/{path}: a parameter's dated history, sources and verification."""

from fastapi import APIRouter

from api.errors import ApiError, error_responses
from openfisca_asb.answer.parameter_history import history
from openfisca_asb.parameter_tree import find
from openfisca_asb.system import baseline_system
from openfisca_asb.version import MODEL_VERSION

router = APIRouter(prefix="/v1", tags=["parameters"])


@router.get("/parameters/{path:path}", summary="A parameter's dated values with their sources", responses=error_responses(404))
def parameter(path: str) -> dict:
    node = find(baseline_system().parameters, path.replace("/", "."))
    if node is None:
        raise ApiError(
            404, "unknown_parameter",
            f"Ukjent parameter '{path}'. Se GET /parameters.",
            f"Unknown parameter '{path}'. See GET /parameters.",
        )
    return {"model_version": MODEL_VERSION, "parameter": history(node)}
