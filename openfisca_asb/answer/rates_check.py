"""Which rates are stale on a date, and whether the answers say so (`asb rates check`).

A rate is stale when a known adjustment (adjustments.py) lies between the start of its value
in force and the date. That is a known gap, not a defect, when every answer using the rate
flags it or when no formula reads it yet (`read_by_formulas: false`). An answer flags a rate among its
benefit's `rate_parameters` with the amount or range the rate feeds (an `unverified_rate` flag and an amount
note), or, for a benefit that shows no amount, with a caveat on a reason that quotes the rate
(answer/quoted_rates.py). It is a defect when a formula may read it and no answer flags it.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from openfisca_asb.rules.adjustments import adjustment_dates, stale_rate, value_in_force
from openfisca_asb.answer.quoted_rates import quotes
from openfisca_asb.catalogue import catalogue
from openfisca_asb.parameter_tree import leaves


@dataclass(frozen=True)
class RateCheck:
    parameter: str
    value: object
    value_since: str
    adjusted_on: str
    adjustment_kind: str  # known, yearly or valid_until (see adjustments.py)
    missing: list[str]  # the known adjustment dates with no value
    stale_value_is: str
    last_source: str | None
    last_verified: str | None
    flagged_by: list[str]  # catalogue benefits whose answers flag the rate with the amount they show
    read_by_formulas: bool
    quoted_by: list[str] = field(default_factory=list)  # benefits with no amount whose reasons quote it, with a caveat

    @property
    def is_defect(self) -> bool:
        return self.read_by_formulas and not self.flagged_by and not self.quoted_by


def _lists(benefit, path: str) -> bool:
    return any(path == listed or path.startswith(listed + ".") for listed in benefit.rate_parameters)


def _shows_amount(benefit) -> bool:
    names = benefit.variables
    return any(name is not None for name in (names.amount, names.amount_min, names.amount_max))


def _quotes_in_a_reason(benefit, path: str) -> bool:
    texts = [*benefit.reasons.values(), *(c.not_met or c.text for c in benefit.conditions)]
    return any(quotes(text.in_language(language), path) for text in texts for language in ("nb", "en"))


def _flagged_by(path: str) -> list[str]:
    return sorted(benefit.id for benefit in catalogue().values() if _lists(benefit, path) and _shows_amount(benefit))


def _quoted_by(path: str) -> list[str]:
    return sorted(benefit.id for benefit in catalogue().values()
                  if _lists(benefit, path) and not _shows_amount(benefit) and _quotes_in_a_reason(benefit, path))


def _first_source(reference) -> str | None:
    if reference is None:
        return None
    if isinstance(reference, (list, tuple)):
        return _first_source(reference[0]) if reference else None
    if isinstance(reference, dict):
        return reference.get("href") or reference.get("title")
    return str(reference)


def _last_source(leaf, value) -> str | None:
    """The source of the value in force (OpenFisca keeps a value's `reference` in its metadata)."""
    return _first_source((value.metadata or {}).get("reference")) or _first_source(leaf.metadata.get("reference"))


def check_rates(system, on: date) -> list[RateCheck]:
    checks = []
    for leaf in sorted(leaves(system.parameters), key=lambda leaf: leaf.name.split(".")):
        stale = stale_rate(leaf, on)
        if stale is None:
            continue
        value = value_in_force(leaf, on)
        last_verified = (value.metadata or {}).get("last_verified") or leaf.metadata.get("last_verified")
        checks.append(RateCheck(
            parameter=leaf.name,
            value=stale.value,
            value_since=stale.value_since,
            adjusted_on=stale.adjusted_on,
            adjustment_kind=stale.adjustment_kind,
            missing=adjustment_dates(leaf, stale.value_since, on.isoformat()),
            stale_value_is=stale.stale_value_is,
            last_source=_last_source(leaf, value),
            last_verified=str(last_verified) if last_verified else None,
            flagged_by=_flagged_by(leaf.name),
            read_by_formulas=leaf.metadata.get("read_by_formulas", True) is not False,
            quoted_by=_quoted_by(leaf.name),
        ))
    return checks


WORDS = {  # the report's words; the English is what the docs' rate-freshness page shows
    "en": {"error": "ERROR", "warn": "WARN ", "not_flagged": "not flagged in any answer",
           "lower_bound": "amount shown as a lower bound", "not_verified": "amount flagged as not verified",
           "flagged": "flagged in answers ({benefits}; {bound})",
           "quoted": "quoted with a caveat in reasons ({benefits}; no amount shown)", "no_formula": "no formula reads it yet",
           "holds_until": "known to hold until {date}", "adjusted": "adjusted on {date}",
           "line": "{level} {parameter}: newest value {value} from {since}; {when}; missing {missing}; "
                   "last source {source} (verified {verified}); {flagged}",
           "value_from": "the value from ", "none": "none", "never": "never",
           "total": "{count} stale rates: {defects} not flagged in answers (errors), {known} known and flagged (warnings)."},
    "nb": {"error": "FEIL   ", "warn": "VARSEL ", "not_flagged": "ikke merket i noe svar",
           "lower_bound": "beløpet vises som en nedre grense", "not_verified": "beløpet merkes som ikke bekreftet",
           "flagged": "merket i svarene ({benefits}; {bound})",
           "quoted": "nevnt med forbehold i begrunnelser ({benefits}; ikke noe beløp vist)", "no_formula": "ingen formel leser den ennå",
           "holds_until": "kjent å gjelde til og med {date}", "adjusted": "justert {date}",
           "line": "{level} {parameter}: nyeste verdi {value} fra {since}; {when}; mangler {missing}; "
                   "siste kilde {source} (bekreftet {verified}); {flagged}",
           "value_from": "verdien fra ", "none": "ingen", "never": "aldri",
           "total": "{count} utdaterte satser: {defects} ikke merket i svarene (feil), {known} kjente og merket (varsler)."},
}


def _missing_text(check: RateCheck, words: dict) -> str:
    shown = check.missing if len(check.missing) <= 3 else [*check.missing[:2], "…", check.missing[-1]]
    return words["value_from"] + ", ".join(shown)


def _flagged(check: RateCheck, words: dict) -> tuple[str, str]:
    """The line's level and what it says of the answers that use the rate."""
    if check.is_defect:
        return words["error"], words["not_flagged"]
    said = []
    if check.flagged_by:
        bound = words["lower_bound"] if check.stale_value_is == "lower_bound" else words["not_verified"]
        said.append(words["flagged"].format(benefits=", ".join(check.flagged_by), bound=bound))
    if check.quoted_by:
        said.append(words["quoted"].format(benefits=", ".join(check.quoted_by)))
    return words["warn"], "; ".join(said) or words["no_formula"]


def report(checks: list[RateCheck], on: date, language: str = "en") -> str:
    """The check as plain text, defects first (the text the CLI prints; the docs show the English)."""
    words = WORDS[language]
    lines = [f"asb rates check — {on.isoformat()}"]
    ordered = sorted(checks, key=lambda check: (not check.is_defect, check.parameter))
    for check in ordered:
        level, flagged = _flagged(check, words)
        until = (date.fromisoformat(check.adjusted_on) - timedelta(days=1)).isoformat()
        when = words["holds_until"].format(date=until) if check.adjustment_kind == "valid_until" else words["adjusted"].format(date=check.adjusted_on)
        lines.append(words["line"].format(
            level=level, parameter=check.parameter, value=check.value, since=check.value_since, when=when,
            missing=_missing_text(check, words), source=check.last_source or words["none"],
            verified=check.last_verified or words["never"], flagged=flagged))
    defects = sum(check.is_defect for check in checks)
    lines.append(words["total"].format(count=len(checks), defects=defects, known=len(checks) - defects))
    return "\n".join(lines)
