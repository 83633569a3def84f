"""Limits checked before the app sees a request: body size (413) and the time to send it (408).

The body is read here, up to the limit and within the time allowed, before the app sees it:
an error raised while the app reads would reach FastAPI's body parser, which answers any
such error with a 400.
"""

import asyncio
import json

from api.errors import error_body


def _json_bytes(body: dict) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode()


def too_large_body(limit: int) -> bytes:
    return _json_bytes(error_body(
        "request_too_large",
        f"Forespørselen er for stor: høyst {limit} byte er tillatt (ASB_MAX_BODY_BYTES).",
        f"The request is too large: at most {limit} bytes are allowed (ASB_MAX_BODY_BYTES).",
    ))


def too_slow_body(seconds: float) -> bytes:
    return _json_bytes(error_body(
        "request_timeout",
        f"Innholdet kom for sakte: det må komme innen {seconds:g} sekunder (ASB_BODY_TIMEOUT_SECONDS).",
        f"The body arrived too slowly: it must arrive within {seconds:g} seconds (ASB_BODY_TIMEOUT_SECONDS).",
    ))


async def send_json(send, status: int, body: bytes, headers: tuple = ()) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    """ASGI middleware: refuse bodies over `limit` bytes, declared or streamed, or slower than `timeout` seconds."""

    def __init__(self, app, limit: int, timeout: float = 10.0):
        self.app, self.limit, self.timeout = app, limit, timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await send_json(send, 413, too_large_body(self.limit))
        try:
            async with asyncio.timeout(self.timeout):
                first = await self._read(receive)
        except TimeoutError:
            return await send_json(send, 408, too_slow_body(self.timeout), ((b"connection", b"close"),))
        if first is None:
            return await send_json(send, 413, too_large_body(self.limit))
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return first

        await self.app(scope, replay, send)

    async def _read(self, receive) -> dict | None:
        """The whole body as one message (or the disconnect), None when over the limit."""
        body, last = b"", None
        while last is None or (last["type"] == "http.request" and last.get("more_body", False)):
            last = await receive()
            body += last.get("body", b"")
            if len(body) > self.limit:
                return None
        return {"type": "http.request", "body": body, "more_body": False} if last["type"] == "http.request" else last
