"""Every module here with a `router` is part of the API: adding a file adds its routes.

Each router is made by `new_router`, so every route reads its query string (api/strict_query.py) and its body
(api/json_body.py) strictly, and answers a reform that fails while it runs with a 422 (api/reform_failures.py).
"""

import importlib
import pkgutil

from fastapi import APIRouter

from api.reform_failures import ApiRoute


def new_router(**options) -> APIRouter:
    return APIRouter(route_class=ApiRoute, **options)


def all_routers() -> list:
    routers = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        if hasattr(module, "router"):
            routers.append(module.router)
    return routers
