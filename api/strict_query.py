"""Query strings read as strictly as bodies (review s22 L5): a parameter given twice, or one the route does not take,
is a 422 naming it, never the last one silently taken or the unknown one ignored.

A body refuses a key given twice and a field it does not have (api/json_body.py, api/errors.py); a query string is
the same request's other half. Every route is checked, one that takes none refusing any (review s22 page L1:
`POST /v1/interview?lang=en` answered in bokmål), except the calculator page's own (`/?lang=en&dato=…` is read by the
page, not by the service: the routes tagged `page`).
"""

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.requests import Request

from api.errors import ApiError, problem
from api.json_body import MAX_PROBLEMS
from api.unknown_fields import unknown_query_parameter

QUERY = "query"  # a query parameter's field is `query.<name>`, as FastAPI locates a bad value (`query.date`)
PAGE = "page"  # the tag of the page's own routes (api/routes/page.py), whose query string the page reads


def repeated_query_parameter(name: str) -> tuple[str, str]:
    """(English, bokmål): a query parameter given more than once, in the words of a key given twice
    (facts/messages.py `repeated_key`)."""
    return (f"the query parameter '{name}' is given more than once; give it once",
            f"spørreparameteren '{name}' er gitt mer enn én gang; oppgi den én gang")


def query_names(dependant: Dependant) -> tuple[str, ...]:
    """The query parameters a route takes, its dependencies' too, by the name a client writes (the alias)."""
    names = [field.alias for field in dependant.query_params]
    for dependency in dependant.dependencies:
        names += [name for name in query_names(dependency) if name not in names]
    return tuple(names)


def query_problems(pairs: list[tuple[str, str]], allowed: tuple[str, ...]) -> list[dict]:
    """A problem for each query parameter given more than once or not in `allowed`, each named once."""
    found, seen, named = [], set(), set()
    for name, _ in pairs:
        if name in seen and name in allowed and name not in named:
            found.append(problem(f"{QUERY}.{name}", *repeated_query_parameter(name)))
            named.add(name)
        elif name not in allowed and name not in named:
            found.append(problem(f"{QUERY}.{name}", *unknown_query_parameter(name, allowed), list(allowed)))
            named.add(name)
        seen.add(name)
    return found[:MAX_PROBLEMS]


class StrictQueryRoute(APIRoute):
    """A route refuses a query parameter given twice or one it does not take (422); the page's own routes do not."""

    def get_route_handler(self):
        handler = super().get_route_handler()
        allowed = query_names(self.dependant)
        if PAGE in self.tags:
            return handler

        async def strict_query_handler(request: Request):
            found = query_problems(request.query_params.multi_items(), allowed)
            if found:
                raise ApiError(422, "invalid_request", "Forespørselen er ugyldig. Se hvert felt under problems.",
                               "The request is not valid. See each field under problems.", found)
            return await handler(request)

        return strict_query_handler
