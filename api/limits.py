"""Request body size limit (413), enforced before the body is parsed."""

import json

from openfisca_asb.version import MODEL_VERSION


def too_large_body(limit: int) -> bytes:
    return json.dumps({
        "error": "request_too_large",
        "message": {
            "nb": f"Forespørselen er for stor: høyst {limit} byte er tillatt.",
            "en": f"The request is too large: at most {limit} bytes are allowed.",
        },
        "model_version": MODEL_VERSION,
    }).encode()


class BodySizeLimit:
    """ASGI middleware: refuse bodies over `limit` bytes, declared or streamed."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(send)
        received = 0
        refused = False

        async def counting_receive():
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    refused = True
                    raise _TooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except _TooLarge:
            if refused:
                await self._refuse(send)

    async def _refuse(self, send):
        body = too_large_body(self.limit)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass
