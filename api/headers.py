"""Headers on every response: the model version, and security headers."""

from openfisca_asb.version import version_info

# The page and the API docs use only this service's own scripts and styles.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


class ResponseHeaders:
    """ASGI middleware adding version and security headers."""

    def __init__(self, app):
        self.app = app
        info = version_info()
        self.headers = [
            (b"x-model-version", info["model_version"].encode()),
            (b"x-parameter-set-hash", info["parameter_set_hash"].encode()),
            (b"x-legal-data-date", info["legal_data_date"].encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
            (b"cache-control", b"no-store"),
        ]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
