"""A right's condition as every `asb` command prints it: its outcome, its text and its sources."""


def condition_line(condition) -> str:
    """«Oppfylt: Du har omsorgen for barnet. (Folketrygdloven § 9-10 første ledd: https://lovdata.no/…)»: every
    provision and source in force on the date asked, as the answer's JSON and /v1/explain give them (`references`),
    each with the window of its wording where it has one (ADR 0040). A condition not met is told in the words of the
    refusal's reason, which say it is not met («Barnet har begynt på skolen.»), as the page does: "Ikke oppfylt:
    Barnet har ikke begynt på skolen." read as a finding."""
    sources = "; ".join(reference.text() for reference in condition.references)
    if condition.not_met_text is not None:
        return f"{condition.not_met_text} ({sources})"
    return f"{condition.outcome_text}: {condition.text} ({sources})"
