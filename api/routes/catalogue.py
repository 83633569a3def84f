"""GET /v1/benefits and /v1/benefits/{id}: the benefit catalogue."""

from fastapi import APIRouter

from api.errors import ApiError
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.version import MODEL_VERSION

router = APIRouter(prefix="/v1", tags=["catalogue"])


@router.get("/benefits", summary="Every benefit the model knows, in bokmål and English")
def benefits() -> dict:
    return {"model_version": MODEL_VERSION, "benefits": [b.model_dump(mode="json") for b in catalogue().values()]}


@router.get("/benefits/{benefit_id}", summary="One benefit from the catalogue")
def benefit(benefit_id: str) -> dict:
    return {"model_version": MODEL_VERSION, "benefit": find_benefit(benefit_id).model_dump(mode="json")}


def find_benefit(benefit_id: str) -> Benefit:
    found = catalogue().get(benefit_id)
    if found is None:
        raise ApiError(
            404, "unknown_benefit",
            f"Ukjent ytelse '{benefit_id}'. Se GET /v1/benefits.",
            f"Unknown benefit '{benefit_id}'. See GET /v1/benefits.",
        )
    return found
