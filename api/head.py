"""HEAD answered as GET without its body (RFC 9110 § 9.3.2): an uptime probe's `curl -I` gets the headers a GET gets."""


class HeadAsGet:
    """ASGI middleware: a HEAD request is routed as GET, and the body is left out of the response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def send_without_body(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)
