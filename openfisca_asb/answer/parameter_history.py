"""A parameter's dated history with its sources and verification status."""


def _plain(value):
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def history(node) -> dict:
    described = {
        "path": node.name,
        "description": node.description,
        "reference": _plain(node.metadata.get("reference")),
        "metadata": _plain({key: value for key, value in node.metadata.items() if key != "reference"}),
    }
    children = getattr(node, "children", None)
    if children is not None:
        return {**described, "children": sorted(children)}
    return {
        **described,
        "values": [
            {
                "from": value.instant_str,
                "value": value.value,
                "reference": _plain(getattr(value, "reference", None)),
                "unverified": bool((value.metadata or {}).get("unverified", False)),
                "metadata": _plain(value.metadata or {}),
            }
            for value in node.values_list
        ],
    }
