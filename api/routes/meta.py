"""GET /healthz and /v1/version."""

from fastapi import APIRouter

from openfisca_asb.version import version_info

router = APIRouter(tags=["service"])


@router.get("/healthz", summary="Liveness")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/v1/version", summary="Model version, parameter-set hash and legal data date")
def version() -> dict:
    return version_info()
