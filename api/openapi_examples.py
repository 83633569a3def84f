"""The OpenAPI document with each schema's examples as the models give them.

FastAPI builds /openapi.json leaving out every key whose value is null (`exclude_none`), examples
included, so an example with a null field no longer fits its own schema where that field is required
(review s16 API #3). The examples are put back from the models that declare them, nulls kept.
"""

from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel


def with_model_examples(app, build):
    """`app.openapi`: `build()` (FastAPI's own), then each component schema's examples from its model."""

    def openapi() -> dict:
        if app.openapi_schema is None:
            document = build()
            components = document.get("components", {}).get("schemas", {})
            for name, examples in _examples_by_schema_name().items():
                if name in components:
                    components[name]["examples"] = examples
            app.openapi_schema = document
        return app.openapi_schema

    return openapi


def _examples_by_schema_name() -> dict[str, list]:
    """Schema name → examples, from every model that declares examples (`json_schema_extra`), by the name FastAPI
    gives its schema (the class name)."""
    found: dict[str, list] = {}
    for model in _models(BaseModel):
        extra = model.model_config.get("json_schema_extra")
        if isinstance(extra, dict) and "examples" in extra:
            found[model.__name__] = jsonable_encoder(extra["examples"])  # nulls kept; dates as text
    return found


def _models(base: type) -> list[type]:
    """Every subclass of `base`, at any depth."""
    return [model for sub in base.__subclasses__() for model in (sub, *_models(sub))]
