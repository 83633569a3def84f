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


def _question(fact: dict) -> str:
    """The question in both languages, and each of its other `wordings` with the answers it fits."""
    asked = [f"{cell(fact['question']['nb'])}<br>*{cell(fact['question']['en'])}*"]
    for wording in fact.get("wordings") or []:
        own = [f"`{name}` {' or '.join(f'`{value}`' for value in values)}" for name, values in wording["holder_said"].items()]
        anyone = [f"anyone's `{name}` `{value}`" for name, value in wording["any_said"].items()]
        left_out = f" Not offered: {', '.join(f'`{name}`' for name in wording['leaves_out'])}." if wording.get("leaves_out") else ""
        asked.append(f"Where {', '.join(own + anyone)}: {cell(wording['question']['nb'])}<br>*{cell(wording['question']['en'])}*{left_out}")
    return "<br>".join(asked)


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
                _question(fact),
                fact["kind"],
                _range(fact),
                _affects(fact, names),
            ]
            for fact in facts
        ]
        text += [f"## {title}\n", table(["Fact", "Question (nb / en)", "Kind", "Unit, range or values", "Affects"], rows)]
    return "\n".join(text)
