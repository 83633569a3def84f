"""One computation at a time per process: every route that runs the model runs it through `one_at_a_time`
or `batched`.

Threads of one process computing answers at once contend for the interpreter lock: under
four concurrent clients the server gave fewer answers per second than one at a time, and
a long tail (issue 20). So each process has one compute thread; requests queue for it in
the order they came (FIFO) while the event loop keeps reading and answering others. A
request that waits longer than ASB_REQUEST_TIME_BUDGET_SECONDS to start is a 503, never a
hang. Population runs (api/jobs.py) have their own thread and do not queue here: they
would hold the compute thread for seconds. `asb serve --workers N` gives N compute threads.

Micro-batching (`Batcher`): requests that are one family each and arrive within
ASB_BATCH_WINDOW_MS of each other (or wait while the thread is busy) are answered by one
vectorised call for up to ASB_MAX_BATCH_SIZE of them with the same key (date, language,
reform): many families in one simulation cost little more than one (ADR 0023).
"""

import contextvars
import functools
import inspect
import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from api.errors import ApiError

COMPUTE_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compute")


def _busy(code: str, nb: str, en: str) -> ApiError:
    return ApiError(503, code, f"Tjenesten er opptatt: {nb}. Prøv igjen senere.", f"The service is busy: {en}. Try again later.")


def time_budget_exceeded(budget: float) -> ApiError:
    return _busy("time_budget_exceeded",
                 f"beregningen kunne ikke starte innen {budget:g} sekunder (ASB_REQUEST_TIME_BUDGET_SECONDS)",
                 f"the computation could not start within {budget:g} seconds (ASB_REQUEST_TIME_BUDGET_SECONDS)")


def queue_full(size: int) -> ApiError:
    return _busy("compute_queue_full", f"{size} forespørsler venter allerede på beregning (ASB_BATCH_QUEUE_SIZE)",
                 f"{size} requests already wait to be computed (ASB_BATCH_QUEUE_SIZE)")


def _awaited(future: Future, budget: float):
    """The future's result; a 503 if it has not started within `budget` seconds (it then never runs)."""
    try:
        return future.result(timeout=budget)
    except FutureTimeout:
        if future.cancel():  # still queued: it never runs
            raise time_budget_exceeded(budget) from None
        return future.result()  # already running: its own limits stop it (e.g. a validation's deadline)


def computed(service, work, /, *args, **kwargs):
    """`work(*args, **kwargs)` run on this process's compute thread, after those queued before it."""
    future = COMPUTE_THREAD.submit(contextvars.copy_context().run, work, *args, **kwargs)
    return _awaited(future, service.settings.request_time_budget_seconds)


def one_at_a_time(endpoint):
    """A sync route that runs the model, run through `computed`; it must take `service: Service`."""
    signature = inspect.signature(endpoint)
    if "service" not in signature.parameters:
        raise TypeError(f"{endpoint.__name__} runs the model: it must take `service: Service` for its time budget")

    @functools.wraps(endpoint)
    def route(*args, **kwargs):
        return computed(signature.bind(*args, **kwargs).arguments["service"], endpoint, *args, **kwargs)

    return route


@dataclass(eq=False)
class _Waiting:
    work: object  # work(key, items) -> one result per item, in order
    key: tuple
    item: object
    arrived: float
    context: contextvars.Context = field(default_factory=contextvars.copy_context)
    future: Future = field(default_factory=Future)


class Batcher:
    """Requests of one item each, answered together on the compute thread by `work(key, items)`.

    A request waits in a bounded queue. When the compute thread comes to it, it waits until
    `window` seconds have passed since the first waiting request arrived (or `max_size` wait),
    then takes up to `max_size` requests with the first one's work and key, in their order, and
    runs them as one call. If that call fails, each of them runs alone, so that one bad item
    fails only its own request. `sizes` counts the batches run by size (for tests and bench).
    """

    def __init__(self, window: float, max_size: int, queue_size: int):
        self.window, self.max_size, self.queue_size = window, max_size, queue_size
        self.sizes: Counter[int] = Counter()
        self._waiting: list[_Waiting] = []
        self._changed = threading.Condition()
        self._draining = False

    def answer(self, work, key: tuple, item, budget: float):
        """`work(key, [item])[0]`, possibly computed together with other waiting items of the same work and key."""
        waiting = _Waiting(work, key, item, time.monotonic())
        with self._changed:
            if len(self._waiting) >= self.queue_size:
                raise queue_full(self.queue_size)
            self._waiting.append(waiting)
            self._changed.notify()
            if not self._draining:
                self._draining = True
                COMPUTE_THREAD.submit(self._drain)
        return _awaited(waiting.future, budget)

    def waiting(self) -> int:
        with self._changed:
            return len(self._waiting)

    def _drain(self) -> None:
        """On the compute thread: one batch, then queue itself again behind other work if more wait."""
        with self._changed:
            first = self._waiting[0]
            self._changed.wait_for(lambda: len(self._waiting) >= self.max_size,
                                   timeout=max(0.0, first.arrived + self.window - time.monotonic()))
            batch = [w for w in self._waiting if (w.work, w.key) == (first.work, first.key)][:self.max_size]
            self._waiting = [w for w in self._waiting if w not in batch]
            self._draining = bool(self._waiting)
            if self._draining:
                COMPUTE_THREAD.submit(self._drain)
        self._run([w for w in batch if w.future.set_running_or_notify_cancel()])  # a request past its budget is left out

    def _run(self, batch: list[_Waiting]) -> None:
        if not batch:
            return
        self.sizes[len(batch)] += 1
        first = batch[0]
        try:
            results = list(first.context.run(first.work, first.key, [w.item for w in batch]))
            if len(results) != len(batch):
                raise RuntimeError(f"{len(results)} results for {len(batch)} items")
        except Exception as error:
            if len(batch) == 1:
                first.future.set_exception(error)
                return
            for waiting in batch:  # each alone: only the bad item's request fails
                self._run_alone(waiting)
            return
        for waiting, result in zip(batch, results):
            waiting.future.set_result(result)

    def _run_alone(self, waiting: _Waiting) -> None:
        try:
            waiting.future.set_result(waiting.context.run(waiting.work, waiting.key, [waiting.item])[0])
        except Exception as error:
            waiting.future.set_exception(error)


def batched(service, work, key: tuple, item):
    """`work(key, [item])[0]` through the service's `Batcher`, within the request time budget."""
    return service.batcher.answer(work, key, item, service.settings.request_time_budget_seconds)
