"""GET /v1/examples: the example families in examples/, for the page's "load an example".

Each family is in the format POST /v1/entitlements, `asb entitlements` and the page's saved
files use, with the day it describes (its file's `date:`, ADR 0030) as `date`: the page asks
about it on that day; nothing a user enters is stored (issue 17).
"""

from api.errors import ANY_ERRORS, error_responses
from api.models import ExampleList
from api.routes import new_router
from openfisca_asb.facts.examples import example_file, example_names, example_title
from openfisca_asb.version import MODEL_VERSION

router = new_router(prefix="/v1", tags=["catalogue"])


@router.get("/examples", response_model=ExampleList, response_model_exclude_none=True, summary="The example families, in the family file format",
            responses=error_responses(*ANY_ERRORS))
def examples() -> dict:
    return {
        "model_version": MODEL_VERSION,
        "examples": [_example(name) for name in example_names()],
    }


def _example(name: str) -> dict:
    family, _, described = example_file(name)
    return {"name": name, "title": example_title(name), "date": described.isoformat(),
            "family": family.model_dump(mode="json", exclude_none=True)}
