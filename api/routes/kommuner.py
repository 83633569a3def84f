"""GET /v1/kommuner: the kommuner a family's kommunenummer may be, with their names, so the page
can let a parent find the kommune by name (facts/kommuner.py, the one kommune table)."""

from api.errors import ANY_ERRORS, error_responses
from api.models import KommuneList
from api.routes import new_router
from openfisca_asb.facts.kommuner import ATTRIBUTION, kommune_names
from openfisca_asb.version import MODEL_VERSION

router = new_router(prefix="/v1", tags=["catalogue"])


@router.get("/kommuner", response_model=KommuneList, summary="The kommuner from 1 January 2024: number and name",
            responses=error_responses(*ANY_ERRORS))
def kommuner() -> dict:
    listed = [{"number": number, "name": name} for number, name in sorted(kommune_names().items())]
    return {"model_version": MODEL_VERSION, "kommuner": listed, "source": ATTRIBUTION}
