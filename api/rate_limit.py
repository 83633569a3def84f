"""Rate limit on the endpoints that compute on demand (429): a token bucket per client address.

Every POST of the API runs the model — an answer, an interview step, a timeline, application
packets, a decision check, explaining, comparing, batches, OpenFisca situations, reform checks,
population runs — and costs one or many simulations; a client may send `burst` of them at once
and `per_minute` sustained. Reading ids, catalogues and a run's status (GET) is cheap. The
limit is on the method, not a list of paths, so that a new computing route cannot be left out
(review s22 H1: the timeline, interview and applications were). The client address is the connection's; a forwarding proxy's
X-Forwarded-For counts only from the proxies named in ASB_TRUSTED_PROXIES (api/server.py).

Kept as our own 60 lines rather than slowapi/limits: an ASGI middleware needs no
decorator and `request` argument on each route, answers in the project's bilingual
JSON shape before the body is read, and a single process needs no shared storage.
"""

import json
import math
import time
from collections import OrderedDict

from api.errors import error_body

LIMITED_METHODS = ("POST",)
# Addresses remembered at most; the longest unseen is forgotten first (its bucket would be full again).
MAX_CLIENTS = 10_000


class TokenBucket:
    def __init__(self, capacity: int, per_second: float, now: float):
        self.capacity, self.per_second = capacity, per_second
        self.tokens, self.updated = float(capacity), now

    def take(self, now: float) -> float:
        """Take one token; 0 if one was there, else the seconds until one will be."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.per_second


def too_many_requests(per_minute: int, burst: int) -> bytes:
    return json.dumps(error_body(
        "too_many_requests",
        f"For mange beregninger fra denne adressen: høyst {burst} på en gang og {per_minute} per minutt "
        "av forespørsler som beregner (POST) "
        "(ASB_RATE_LIMIT_BURST, ASB_RATE_LIMIT_PER_MINUTE). Prøv igjen etter Retry-After sekunder.",
        f"Too many computations from this address: at most {burst} at once and {per_minute} per minute "
        "of requests that compute (POST) "
        "(ASB_RATE_LIMIT_BURST, ASB_RATE_LIMIT_PER_MINUTE). Try again after Retry-After seconds.",
    ), ensure_ascii=False).encode()


class RateLimit:
    """ASGI middleware: a token bucket per client address for every POST."""

    def __init__(self, app, per_minute: int, burst: int, clock=time.monotonic):
        self.app, self.per_minute, self.burst, self.clock = app, per_minute, burst, clock
        self.buckets: OrderedDict[str, TokenBucket] = OrderedDict()

    def _limited(self, scope) -> bool:
        return (
            self.per_minute > 0
            and scope["type"] == "http"
            and scope["method"] in LIMITED_METHODS
        )

    def _wait(self, address: str) -> float:
        now = self.clock()
        bucket = self.buckets.pop(address, None) or TokenBucket(self.burst, self.per_minute / 60, now)
        self.buckets[address] = bucket
        if len(self.buckets) > MAX_CLIENTS:
            self.buckets.popitem(last=False)
        return bucket.take(now)

    async def __call__(self, scope, receive, send):
        if not self._limited(scope):
            return await self.app(scope, receive, send)
        client = scope.get("client")
        wait = self._wait(client[0] if client else "unknown")
        if wait == 0:
            return await self.app(scope, receive, send)
        body = too_many_requests(self.per_minute, self.burst)
        await send({"type": "http.response.start", "status": 429, "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(math.ceil(wait)).encode()),
        ]})
        await send({"type": "http.response.body", "body": body})
