"""GET /v1/kommuner: the 357 kommuner of 2024 a family's kommunenummer names, with their names and the numbers of
2020–2023 that became them, so the page can let a parent find the kommune by name or by an older vedtak's number, as
the service reads it (facts/kommuner.py, the one kommune table; facts/family.py `known_kommune`)."""

from api.errors import ANY_ERRORS, error_responses
from api.models import KommuneList
from api.routes import new_router
from openfisca_asb.facts.kommuner import ATTRIBUTION, kommune_names, numbers_before_2024
from openfisca_asb.version import MODEL_VERSION

router = new_router(prefix="/v1", tags=["catalogue"])


@router.get("/kommuner", response_model=KommuneList,
            summary="The kommuner from 1 January 2024: number, name and the numbers of 2020–2023 that became it",
            responses=error_responses(*ANY_ERRORS))
def kommuner() -> dict:
    listed = [{"number": number, "name": name, "earlier_numbers": list(numbers_before_2024(number))}
              for number, name in sorted(kommune_names().items())]
    return {"model_version": MODEL_VERSION, "kommuner": listed, "source": ATTRIBUTION}
