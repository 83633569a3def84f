"""CORS for the origins named in ASB_CORS_ORIGINS; a refused preflight answers in the project's JSON shape."""

from fastapi.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse

from api.errors import error_body


class JsonCors(CORSMiddleware):
    def preflight_response(self, request_headers):
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        reasons = response.body.decode(errors="replace")  # Starlette's own words: which of origin, method, headers
        headers = {key: value for key, value in response.headers.items() if key not in ("content-length", "content-type")}
        return JSONResponse(status_code=400, headers=headers, content=error_body(
            "cors_refused", f"Nettleserens forespørsel ble avvist av CORS-reglene: {reasons}",
            f"The browser's request was refused by the CORS rules: {reasons}"))
