"""How `asb serve` runs uvicorn: no proxy trusted unless named, slow and surplus clients dropped.

Uvicorn closes idle keep-alive connections and refuses connections over a concurrency
limit (503), but has no timeout for a request's headers: a client sending one byte every
few seconds holds its connection for ever. `GuardedH11Protocol` closes it with a 408 once
`ASB_HEADER_TIMEOUT_SECONDS` pass without complete headers. Bodies are timed by
api/limits.py, which reads them before the app does.
"""

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from api.errors import error_body
from api.settings import Settings


def unreadable_request_body() -> bytes:
    return json.dumps(error_body(
        "invalid_http_request", "Forespørselen er ikke gyldig HTTP.", "The request is not valid HTTP.",
    ), ensure_ascii=False).encode()


def too_slow_body(seconds: float) -> bytes:
    return json.dumps(error_body(
        "request_timeout",
        f"Forespørselen kom for sakte: hodet og innholdet må komme innen {seconds:g} sekunder.",
        f"The request arrived too slowly: headers and body must arrive within {seconds:g} seconds.",
    ), ensure_ascii=False).encode()


class GuardedH11Protocol(H11Protocol):
    """Uvicorn's h11 protocol with a deadline for each request's headers (one per worker, read from the settings)."""

    header_timeout: float | None = None

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        if GuardedH11Protocol.header_timeout is None:
            GuardedH11Protocol.header_timeout = Settings().header_timeout_seconds
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        waiting = self.conn.their_state is h11.IDLE and not self.transport.is_closing()
        if waiting and self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)
        elif not waiting and self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def connection_lost(self, exc) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None
        super().connection_lost(exc)

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        self._answer_and_close(408, too_slow_body(self.header_timeout))

    def send_400_response(self, msg: str) -> None:
        """A request h11 cannot parse: uvicorn's plain-text 400, in the project's JSON shape."""
        self._answer_and_close(400, unreadable_request_body())

    def _answer_and_close(self, status: int, body: bytes) -> None:
        if self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
            try:
                self.transport.write(self.conn.send(h11.Response(status_code=status, headers=headers)))
                self.transport.write(self.conn.send(h11.Data(data=body)))
                self.transport.write(self.conn.send(h11.EndOfMessage()))
            except h11.LocalProtocolError:
                pass  # the connection is closed below either way
        self.transport.close()


WORKER_START_SECONDS = 120


def uvicorn_options(settings: Settings) -> dict:
    """Uvicorn's settings from ours: proxies trusted only when named, timeouts, concurrency."""
    trusted = ",".join(settings.trusted_proxies)
    return {
        "proxy_headers": bool(trusted),
        "forwarded_allow_ips": trusted or None,
        "http": GuardedH11Protocol,
        "timeout_keep_alive": settings.keep_alive_seconds,
        "limit_concurrency": settings.max_concurrency,
        # A worker loading the model on a busy machine may not answer the supervisor's ping for a while.
        "timeout_worker_healthcheck": WORKER_START_SECONDS,
    }
