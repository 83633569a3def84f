"""Headers on every response: the model version, and security headers."""

from openfisca_asb.version import version_info

# The page and the API docs use only this service's own scripts and styles. The page's scripts are files
# (`<script type="module" src>`), so no inline script runs anywhere but on Swagger UI's pages (/docs and its
# OAuth2 redirect), which start Swagger UI by one inline script (review s22 L11). Inline styles stay allowed:
# ReDoc's page has a <style> of its own.
POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          "script-src {scripts}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
CONTENT_SECURITY_POLICY = POLICY.format(scripts="'self'")
SWAGGER_UI_POLICY = POLICY.format(scripts="'self' 'unsafe-inline'")
SWAGGER_UI_PATHS = ("/docs", "/docs/oauth2-redirect")


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
            (b"cache-control", b"no-store"),
        ]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        policy = SWAGGER_UI_POLICY if scope["path"] in SWAGGER_UI_PATHS else CONTENT_SECURITY_POLICY
        headers = [*self.headers, (b"content-security-policy", policy.encode())]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
