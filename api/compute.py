"""One computation at a time per process: every route that runs the model runs it through `one_at_a_time`.

Threads of one process computing answers at once contend for the interpreter lock: under
four concurrent clients the server gave fewer answers per second than one at a time, and
a long tail (issue 20). So each process has one compute thread; requests queue for it in
the order they came (FIFO) while the event loop keeps reading and answering others. A
request that waits longer than ASB_REQUEST_TIME_BUDGET_SECONDS to start is a 503, never a
hang. Population runs (api/jobs.py) have their own thread and do not queue here: they
would hold the compute thread for seconds. `asb serve --workers N` gives N compute threads.
"""

import contextvars
import functools
import inspect
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from api.errors import ApiError

COMPUTE_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compute")


def time_budget_exceeded(budget: float) -> ApiError:
    return ApiError(503, "time_budget_exceeded",
                    f"Tjenesten er opptatt: beregningen kunne ikke starte innen {budget:g} sekunder "
                    "(ASB_REQUEST_TIME_BUDGET_SECONDS). Prøv igjen senere.",
                    f"The service is busy: the computation could not start within {budget:g} seconds "
                    "(ASB_REQUEST_TIME_BUDGET_SECONDS). Try again later.")


def computed(service, work, /, *args, **kwargs):
    """`work(*args, **kwargs)` run on this process's compute thread, after those queued before it."""
    budget = service.settings.request_time_budget_seconds
    future = COMPUTE_THREAD.submit(contextvars.copy_context().run, work, *args, **kwargs)
    try:
        return future.result(timeout=budget)
    except FutureTimeout:
        if future.cancel():  # still queued: it never runs
            raise time_budget_exceeded(budget) from None
        return future.result()  # already running: its own limits stop it (e.g. a validation's deadline)


def one_at_a_time(endpoint):
    """A sync route that runs the model, run through `computed`; it must take `service: Service`."""
    signature = inspect.signature(endpoint)
    if "service" not in signature.parameters:
        raise TypeError(f"{endpoint.__name__} runs the model: it must take `service: Service` for its time budget")

    @functools.wraps(endpoint)
    def route(*args, **kwargs):
        return computed(signature.bind(*args, **kwargs).arguments["service"], endpoint, *args, **kwargs)

    return route
