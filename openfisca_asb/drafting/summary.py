"""A reform as `GET /v1/reforms` and `asb reform list|show --json` give it: its metadata and every parameter value it
changes, read from the reformed tree (parameter_changes.py), so a Python reform's `modify_parameters` is listed as a
YAML reform's overrides are (review s21 diff M6)."""


def reform_summary(reform) -> dict:
    return {
        "id": reform.id,
        "kind": reform.kind,
        **reform.metadata.model_dump(mode="json", by_alias=True),
        "parameters": [{"path": change.path, "start": change.start.isoformat(), "value": change.after, "unit": change.unit}
                       for change in reform.parameter_changes],
    }
