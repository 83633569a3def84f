"""A structural reform that fails while it runs is the drafter's mistake: a 422 `reform_fails` on every endpoint that
takes a reform, naming the reform's file and the variable (review s21 drafter M7, diff M5), never a 500.

The error is turned into the 422 where it leaves the endpoint, in the route class every router uses
(api/routes/__init__.py). A Starlette handler for `Exception` would not do: it runs outside every middleware, after
the catch-all has already made the error a 500 and outside CORS, so a browser could not read it.
"""

from fastapi import Request
from starlette.exceptions import HTTPException

from api.errors import ApiError, problem
from api.json_body import StrictJsonRoute
from api.strict_query import StrictQueryRoute
from openfisca_asb.drafting.failures import ReformFailure, reform_failure


def reform_fails(failure: ReformFailure) -> ApiError:
    # Only a named reform runs a drafter's code (an inline reform_definition is parametric): the field is `reform`.
    return ApiError(422, "reform_fails", f"Reformen feiler: {failure.in_language('nb')}.",
                    f"The reform fails: {failure.in_language('en')}.",
                    [problem("reform", failure.in_language("en"), failure.in_language("nb"))])


class ApiRoute(StrictQueryRoute, StrictJsonRoute):
    """A route whose query string and body are read strictly, and whose reform's failure is the 422 `reform_fails`."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def reform_failures_named(request: Request):
            try:
                return await handler(request)
            except HTTPException:
                raise
            except Exception as error:
                failure = reform_failure(error)
                if failure is None:
                    raise
                raise reform_fails(failure) from error

        return reform_failures_named
