"""A right's condition as every `asb` command prints it: its outcome, its text and its source."""


def condition_line(condition) -> str:
    """«Oppfylt: Du har omsorgen for barnet. (Folketrygdloven § 9-10 første ledd: https://lovdata.no/…)»: the
    provision in force on the date asked, as the answer's JSON and /v1/explain give it."""
    return f"{condition.outcome_text}: {condition.text} ({condition.reference.text()})"
