"""The FastAPI application: built once, with the model and its reforms loaded at start-up."""

from fastapi.exceptions import RequestValidationError
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException

from api import errors
from api.cors import JsonCors
from api.errors import CatchAll
from api.head import HeadAsGet
from api.headers import ResponseHeaders
from api.limits import BodySizeLimit
from api.openapi_examples import with_model_examples
from api.rate_limit import RateLimit
from api.routes import all_routers
from api.settings import Settings
from api.state import build_state
from openfisca_asb.version import MODEL_VERSION

DESCRIPTION = """
What a Norwegian family with a seriously ill or disabled child is entitled to — from
NAV, the municipality and school — with the conditions met or failed, their legal
sources, the facts still missing and which single fact would change each answer.

Family facts are special-category health data: this service logs no request
bodies and stores nothing. Never send national ID numbers.
"""


def create_app(settings: Settings | None = None) -> FastAPIOffline:
    settings = settings or Settings()
    app = FastAPIOffline(title="openfisca-asb", version=MODEL_VERSION, description=DESCRIPTION)
    app.state.service = build_state(settings)
    app.add_exception_handler(RequestValidationError, errors.validation_error)
    app.add_exception_handler(HTTPException, errors.http_error)
    for router in all_routers():
        app.include_router(router)
    app.openapi = with_model_examples(app, app.openapi)
    # The last added is the outermost. From the outside in: HEAD as GET without the body; the headers on every
    # response, even a 500; the catch-all; CORS, so a browser can read a 413 or 429; the rate limit; the body limits.
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes, timeout=settings.body_timeout_seconds)
    app.add_middleware(RateLimit, per_minute=settings.rate_limit_per_minute, burst=settings.rate_limit_burst)
    if settings.cors_origins:
        app.add_middleware(JsonCors, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"], allow_headers=["content-type"])
    app.add_middleware(CatchAll)
    app.add_middleware(ResponseHeaders)
    app.add_middleware(HeadAsGet)
    return app
