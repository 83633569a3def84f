"""GET /v1/parameters/{path}: a parameter's dated history, sources and verification."""

from api.errors import ANY_ERRORS, ApiError, error_responses
from api.models import ParameterHistory
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.parameter_history import history
from openfisca_asb.parameter_tree import find
from openfisca_asb.version import MODEL_VERSION
from openfisca_asb.facts.national_id import quoted_unless_national_id

router = new_router(prefix="/v1", tags=["parameters"])


@router.get("/parameters/{path:path}", response_model=ParameterHistory, summary="A parameter's dated values with their sources",
            responses=error_responses(404, 422, *ANY_ERRORS))
def parameter(path: str, service: Service) -> dict:
    node = find(service.baseline.parameters, path.replace("/", "."))
    if node is None:
        named_en, named_nb = quoted_unless_national_id(path, "its path", "stien")
        raise ApiError(404, "unknown_parameter", f"Ukjent parameter {named_nb}. Se GET /parameters.",
                       f"Unknown parameter {named_en}. See GET /parameters.")
    return {"model_version": MODEL_VERSION, "parameter": history(node)}
