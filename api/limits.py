"""Request body size limit (413), enforced before the body is parsed."""

import json

from api.errors import error_body


def too_large_body(limit: int) -> bytes:
    return json.dumps(error_body(
        "request_too_large",
        f"Forespørselen er for stor: høyst {limit} byte er tillatt.",
        f"The request is too large: at most {limit} bytes are allowed.",
    ), ensure_ascii=False).encode()


class BodySizeLimit:
    """ASGI middleware: refuse bodies over `limit` bytes, declared or streamed.

    The body is read here, up to the limit, before the app sees it: an error raised while the
    app reads would reach FastAPI's body parser, which answers any such error with a 400.
    """

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(send)
        body, last = b"", None
        while last is None or (last["type"] == "http.request" and last.get("more_body", False)):
            last = await receive()
            body += last.get("body", b"")
            if len(body) > self.limit:
                return await self._refuse(send)
        first = {"type": "http.request", "body": body, "more_body": False} if last["type"] == "http.request" else last
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return first

        await self.app(scope, replay, send)

    async def _refuse(self, send):
        body = too_large_body(self.limit)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
