"""Every module here with a `router` is part of the API: adding a file adds its routes."""

import importlib
import pkgutil


def all_routers() -> list:
    routers = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        if hasattr(module, "router"):
            routers.append(module.router)
    return routers
