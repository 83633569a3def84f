"""The parts of `asb entitlements` that tell a family what to act on (issue 17): the family total
by payer, with open rights as ranges, and the rights grouped by whom to contact.

The words are the page's (api/static/js/i18n.js: totalHeading, totalFamily, contactHeading …)."""

WORDS = {
    "nb": {"total": "Til sammen", "family": "Familien til sammen", "month": "mnd", "year": "år", "week": "uke", "once": "én gang",
           "days": "dager", "hours": "timer", "at_least": "minst", "or_more": "eller mer", "contacts": "Hvem dere kontakter", "family_person": "familien",
           "instead": "i stedet for", "unverified": "Satsen er ikke bekreftet for denne datoen", "up_to": "inntil"},
    "en": {"total": "In total", "family": "The family in total", "month": "month", "year": "year", "week": "week", "once": "once",
           "days": "days", "hours": "hours", "at_least": "at least", "or_more": "or more", "contacts": "Whom to contact", "family_person": "the family",
           "instead": "instead of", "unverified": "The rate is not verified for this date", "up_to": "up to"},
}


def _span(low: float, high: float, unit: str, money, words, lower_bound: bool = False) -> str:
    """«1 000 kr – 2 000 kr», «inntil 2 000 kr» from nothing, «minst 1 263 kr» for one amount that is a lower bound
    (ADR 0009); a range of lower bounds is followed by `or_more` after its period."""
    if low == high:
        return at_least(low, money(low, unit, words), lower_bound, words)
    low_text, high_text = money(low, unit, words), money(high, unit, words)
    return f"{words['up_to']} {high_text}" if low == 0 and not lower_bound else f"{low_text} – {high_text}"


def at_least(value: float, text: str, lower_bound: bool, words) -> str:
    """An amount that is only a lower bound (ADR 0009), «minst 1 263 kr»; nothing is nothing, whatever the rates."""
    return f"{words['at_least']} {text}" if lower_bound and value else text


def or_more(low: float, high: float, lower_bound: bool, words) -> str:
    """« eller mer» after a range whose ends are lower bounds: its lower end is still a floor, its upper one may be more,
    as the page says «Fra 1 263 kr til 7 580 kr eller mer» (review s24 page L5: «minst … – minst …» gave no upper end)."""
    return f" {words['or_more']}" if lower_bound and low != high else ""


def _per(span, period: str, lower_bound: bool, unit: str, money, words) -> str:
    """A span with its period, «1 263 kr – 7 580 kr/mnd eller mer»."""
    return f"{_span(span.min, span.max, unit, money, words, lower_bound)}/{words[period]}{or_more(span.min, span.max, lower_bound, words)}"


def _kroner(per_month, per_year, lower_bound: bool, money, words) -> str:
    parts = [] if per_month is None else [_per(per_month, "month", lower_bound, "NOK", money, words)]
    parts.append(_per(per_year, "year", lower_bound, "NOK", money, words))
    return " · ".join(parts)


def _who(ref, words) -> str:
    """The right, whose it is and its status in the answer's words (SFO's own, the kommune's duty to offer)."""
    return f"{ref.name} ({ref.person or words['family_person']}, {ref.status_text})"


def _name(answer, benefit: str, person: str | None) -> str:
    return next((r.name for r in answer.benefits if r.benefit == benefit and r.person == person), benefit)


def render_total(answer, money) -> list[str]:
    """`money(value, unit, words)` formats kroner, days and hours as the table does."""
    words = WORDS[answer.language]
    total = answer.family_total
    lines = [f"{words['total']}:"]
    for payer in total.by_payer:
        lines.append(f"  {payer.name}: {_kroner(payer.per_month, payer.per_year, payer.is_lower_bound, money, words)}"
                     if payer.lines else f"  {payer.name}:")
        for line in payer.lines:
            instead = f", {words['instead']} {', '.join(_name(answer, b, line.person) for b in line.replaces)}" if line.replaces else ""
            lines.append(f"    {_who(line, words)}{instead}: "
                         f"{_kroner(line.per_month, line.per_year, line.is_lower_bound, money, words)}")
        for extent in payer.extents:
            amount = _per(extent, extent.period, extent.is_lower_bound, extent.unit, money, words)
            meaning = f" – {extent.meaning}" if extent.meaning else ""
            lines.append(f"    {_who(extent, words)}: {amount}{meaning}")
    lines.append(f"  {words['family']}: {_kroner(total.per_month, total.per_year, total.is_lower_bound, money, words)}")
    lines += [f"  {text}" for text in (total.meaning, *total.notes)]
    return lines


def render_contacts(answer) -> list[str]:
    """Whom to contact, each with the rights it decides; the note that no verified link to the kommune's website is
    known (ADR 0020) once, under the heading, as the page says it."""
    words = WORDS[answer.language]
    notes = dict.fromkeys(group.link_note for group in answer.by_contact if group.link_note)
    lines = [f"{words['contacts']}:", *(f"  ({note})" for note in notes)]
    for group in answer.by_contact:
        lines.append(f"  {group.name}:")
        lines += [f"    {_who(ref, words)}" for ref in group.rights]
    return lines
