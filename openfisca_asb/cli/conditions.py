"""A right's condition as every `asb` command prints it: its outcome, its text and its source."""


def condition_line(condition) -> str:
    """«Oppfylt: Du har omsorgen for barnet. (Folketrygdloven § 9-10 første ledd: https://lovdata.no/…)»: the
    provision in force on the date asked, as the answer's JSON and /v1/explain give it. A condition not met is
    told in the words of the refusal's reason, which say it is not met («Barnet har begynt på skolen.»), as the
    page does: "Ikke oppfylt: Barnet har ikke begynt på skolen." read as a finding."""
    if condition.not_met_text is not None:
        return f"{condition.not_met_text} ({condition.reference.text()})"
    return f"{condition.outcome_text}: {condition.text} ({condition.reference.text()})"
