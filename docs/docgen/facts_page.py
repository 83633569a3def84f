"""The fact vocabulary: every question a family can answer, what kind of answer, and what it affects."""

from docgen.benefit_page import page_path
from docgen.markdown import cell, number, table

HOLDER_TITLES = {
    "child": "About each child",
    "caregiver": "About each caregiver",
    "person": "About anyone in the family",
    "family": "About the family",
}


def _range(fact: dict) -> str:
    parts = []
    if fact.get("unit"):
        parts.append(fact["unit"])
    if "minimum" in fact or "maximum" in fact:
        low, high = fact.get("minimum"), fact.get("maximum")
        parts.append(f"{'…' if low is None else number(low)} to {'…' if high is None else number(high)}")
    if fact.get("allowed_values"):
        parts.append(", ".join(f"`{v['value']}`" for v in fact["allowed_values"]))
    if fact.get("pattern"):
        parts.append(f"pattern `{fact['pattern']}`")
    return "; ".join(parts)


def _affects(fact: dict, names: dict[str, str]) -> str:
    return ", ".join(f"[{names[b]}](../{page_path(b)})" for b in fact["affects"]) or "—"


def facts_page(described: list[dict], names: dict[str, str]) -> str:
    """`described` as the API's GET /v1/facts gives them (openfisca_asb.facts.description.describe_fact)."""
    text = [
        "# Fact vocabulary\n",
        "Every fact a family, portal or caseworker can give, with its question in bokmål and "
        "English, its kind, its allowed values, and the benefits whose answer depends on it "
        "(read from the model's formulas, ADR 0003). A fact left out is *unknown*, never *no* "
        "(ADR 0001). `GET /v1/facts` serves the same list.\n",
    ]
    for holder, title in HOLDER_TITLES.items():
        facts = [fact for fact in described if fact["holder"] == holder]
        if not facts:
            continue
        rows = [
            [
                f"`{fact['id']}`" + (" (required)" if fact.get("required") else ""),
                f"{cell(fact['question']['nb'])}<br>*{cell(fact['question']['en'])}*",
                fact["kind"],
                _range(fact),
                _affects(fact, names),
            ]
            for fact in facts
        ]
        text += [f"## {title}\n", table(["Fact", "Question (nb / en)", "Kind", "Unit, range or values", "Affects"], rows)]
    return "\n".join(text)
