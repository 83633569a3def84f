"""GET / and /static/...: the calculator page, plain HTML/CSS/JS served from api/static.

The page talks only to this service's own API (the CSP in api/headers.py keeps
it that way) and stores nothing. Static files are served from an allow-list of
file types, never from outside api/static.
"""

from pathlib import Path

from fastapi.responses import FileResponse

from api.errors import ApiError
from api.routes import new_router
from openfisca_asb.facts.national_id import quoted_unless_national_id

STATIC_DIR = (Path(__file__).resolve().parent.parent / "static").resolve()
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".md": "text/plain; charset=utf-8",
    "": "text/plain; charset=utf-8",  # LICENSE files
}

router = new_router(tags=["page"], include_in_schema=False)


@router.get("/", response_class=FileResponse, summary="The calculator page")
def index() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", media_type=MEDIA_TYPES[".html"])


@router.get("/static/{path:path}", response_class=FileResponse, summary="The page's scripts, styles and licences")
def static_file(path: str) -> FileResponse:
    return FileResponse(_resolve(path), media_type=MEDIA_TYPES[Path(path).suffix])


def _resolve(path: str) -> Path:
    try:
        candidate = (STATIC_DIR / path).resolve()
        allowed = candidate.is_relative_to(STATIC_DIR) and candidate.suffix in MEDIA_TYPES and candidate.is_file()
    except (ValueError, OSError):  # a NUL byte, a name too long for the file system
        allowed = False
    if not allowed:
        named_en, named_nb = quoted_unless_national_id(path, "its name", "navnet")
        raise ApiError(404, "not_found", f"Fant ikke filen {named_nb}.", f"File {named_en} not found.")
    return candidate
