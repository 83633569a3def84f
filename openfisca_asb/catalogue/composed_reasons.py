"""A reason whose text opens with another reason's sentence names that reason (`opens_with`) instead of copying it,
so the sentence is written once (review s22 diff L2: pleiepenger's four `capped_and_*` reasons open with the
`capped_at_6g` sentence). The words shown are the opening reason's, a space, then the reason's own.
"""

OPENS_WITH = "opens_with"
LANGUAGES = ("nb", "en")


def composed_reasons(data):
    """A catalogue entry's raw data with each `opens_with` reason written out in full."""
    reasons = data.get("reasons") if isinstance(data, dict) else None
    if not isinstance(reasons, dict):
        return data
    return {**data, "reasons": {code: _composed(code, text, reasons) for code, text in reasons.items()}}


def _composed(code: str, text, reasons: dict):
    if not isinstance(text, dict) or OPENS_WITH not in text:
        return text
    opening = reasons.get(text[OPENS_WITH])
    if not isinstance(opening, dict) or OPENS_WITH in opening:
        raise ValueError(f"reasons.{code}.{OPENS_WITH}: '{text[OPENS_WITH]}' must name another reason written out in full")
    own = {key: value for key, value in text.items() if key != OPENS_WITH}
    return {**own, **{language: f"{opening[language]} {own[language]}" for language in LANGUAGES if language in own}}
