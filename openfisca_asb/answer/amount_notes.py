"""What an answer says about an amount computed from a rate whose newest value predates a
known adjustment (ADR 0009): "at least …" where an older rate is a lower bound, or that the
amount may be higher or lower where it is not. The note names the day the rate used starts, so
a reader sees how old it is (review s24 law M1: a 2023 rate shown in 2027)."""

from datetime import date
from typing import Literal

from openfisca_asb.answer import models as out
from openfisca_asb.answer.date_words import format_date
from openfisca_asb.rules.adjustments import StaleRate, stale_rate
from openfisca_asb.parameter_tree import find, leaves
from openfisca_asb.rules.money import kroner_text
from openfisca_asb.rules.texts import Text

PER = {
    "nb": {"month": "i måneden", "year": "i året", "week": "i uken", "once": "én gang"},
    "en": {"month": "a month", "year": "a year", "week": "a week", "once": "once"},
}
LOWER_BOUND = Text(
    nb="minst {amount}: satsen fra {since}, som gjaldt før {date}{known}; satsen fra {date} er ikke bekreftet",
    en="at least {amount}: the rate from {since}, in force before {date}{known}; the rate from {date} on was not verified",
)
LOWER_BOUND_RANGE = Text(
    nb="minst beløpene som vises: satsene fra {since}, som gjaldt før {date}{known}; satsene fra {date} er ikke bekreftet",
    en="at least the amounts shown: the rates from {since}, in force before {date}{known}; the rates from {date} on were not verified",
)
NOT_VERIFIED = Text(
    nb="beløpet bygger på verdier fra {since}, som gjaldt før {date}{known}; verdiene fra {date} er ikke bekreftet, og beløpet kan være høyere eller lavere",
    en="the amount uses values from {since}, in force before {date}{known}; the values from {date} on were not verified, and the amount may be higher or lower",
)
LOWER_BOUND_UNTIL = Text(
    nb="minst {amount}: satsen som er kjent å gjelde til og med {until}; satsen etter det er ikke bekreftet",
    en="at least {amount}: the rate known to hold until {until}; the rate after that was not verified",
)
NOT_VERIFIED_UNTIL = Text(
    nb="beløpet bygger på verdier som er kjent å gjelde til og med {until}; senere verdier er ikke bekreftet, og beløpet kan være høyere eller lavere",
    en="the amount uses values known to hold until {until}; later values were not verified, and the amount may be higher or lower",
)
HIGHER_RATE_POSSIBLE = Text(
    nb="minst {amount}: en høyere sats kan gjelde, og den fra {date} er ikke bekreftet",
    en="at least {amount}: a higher rate may apply, and that rate from {date} on was not verified",
)
WHEN_ADJUSTED = Text(nb=", da satsene ble justert", en=", when the rates were adjusted")


def stale_rates(system, paths: list[str], on: date) -> list[StaleRate]:
    found = []
    for path in paths:
        for leaf in leaves(find(system.parameters, path)):
            stale = stale_rate(leaf, on)
            if stale is not None:
                found.append(stale)
    return found


def is_lower_bound(stale: list[StaleRate]) -> bool:
    """Every stale rate only rises with its adjustments, so the amount can only be higher."""
    return bool(stale) and all(rate.stale_value_is == "lower_bound" for rate in stale)


def format_amount(amount: out.Amount, language: str) -> str:
    if amount.unit != "NOK":
        return f"{amount.value:g} {amount.unit}"
    return f"{kroner_text(amount.value)} {PER[language][amount.period]}"


def amount_note(stale: list[StaleRate], amount: out.Amount | None, range_: out.AmountRange | None,
                language: str, paid: str | None = None) -> out.AmountNote | None:
    """The note for an answer showing `amount` or `range_`; none when it shows neither, shows a
    zero amount (no rate was paid out) or no rate is stale. `paid` names the one rate the amount pays where a
    right pays one of several: when it is current and only a higher rate that may apply is stale, the note
    says so."""
    if not stale or (amount is None and range_ is None) or (amount is not None and amount.value == 0):
        return None
    # The rate paid, where it is stale itself, dates the note; otherwise the first rate adjusted.
    first = next((rate for rate in stale if rate.parameter == paid), None) or min(stale, key=lambda rate: rate.adjusted_on)
    adjusted_on = first.adjusted_on
    words = {"date": format_date(adjusted_on, language), "until": format_date(first.valid_until, language),
             "since": format_date(first.value_since, language),
             "known": WHEN_ADJUSTED.in_language(language) if first.adjustment_is_known else ""}
    until = first.adjustment_kind == "valid_until"
    if not is_lower_bound(stale):
        text = (NOT_VERIFIED_UNTIL if until else NOT_VERIFIED).in_language(language).format(**words)
        code = "not_verified_after_adjustment"
    elif amount is not None and paid is not None and paid not in {rate.parameter for rate in stale}:
        text = HIGHER_RATE_POSSIBLE.in_language(language).format(amount=format_amount(amount, language), **words)
        code = "lower_bound_after_adjustment"
    elif amount is not None:
        text = (LOWER_BOUND_UNTIL if until else LOWER_BOUND).in_language(language).format(
            amount=format_amount(amount, language), **words)
        code = "lower_bound_after_adjustment"
    else:
        text, code = LOWER_BOUND_RANGE.in_language(language).format(**words), "lower_bound_after_adjustment"
    return out.AmountNote(code=code, text=text[0].upper() + text[1:] + ".", adjusted_on=adjusted_on,
                          parameters=sorted({rate.parameter for rate in stale}))


# What an amount shown says about the amount in force (ADR 0009): exact (None), at least it, or either way.
Caveat = Literal["lower_bound", "not_verified"] | None
# What a difference after − before shown says about the true one.
DifferenceBound = Literal["exact", "at_most", "at_least", "uncertain"]


def caveat_of_stale(stale: list[StaleRate]) -> Caveat:
    """The caveat on amounts computed from `stale` rates: none, a lower bound, or not verified."""
    if not stale:
        return None
    return "lower_bound" if is_lower_bound(stale) else "not_verified"


def caveat_of(result) -> Caveat:
    """The caveat on a BenefitResult's amount: a lower bound, not verified (a stale rate that may have moved
    either way, or a rate flagged unverified on the date), or none."""
    if result.amount_is_lower_bound:
        return "lower_bound"
    shows_money = (result.amount is not None and result.amount.value != 0) or result.range is not None
    if shows_money and (result.amount_note is not None or result.unverified_rate):
        return "not_verified"
    return None


def difference_bound(before: Caveat, after: Caveat, difference: float | None) -> DifferenceBound:
    """after − before, each shown amount possibly a lower bound of the true one: an upper bound of the true
    difference when only `before` is one, a lower bound when only `after` is, else uncertain. Equal amounts
    under the same caveat come from the same rates in force and are taken as equal."""
    if difference is None or (before is None and after is None) or (difference == 0 and before == after):
        return "exact"
    if before == "lower_bound" and after is None:
        return "at_most"
    if before is None and after == "lower_bound":
        return "at_least"
    return "uncertain"


def combined_bound(bounds) -> DifferenceBound:
    """A sum of differences is an upper (lower) bound when every part is exact or an upper (lower) bound;
    else uncertain."""
    inexact = set(bounds) - {"exact", None}
    return inexact.pop() if len(inexact) == 1 else "uncertain" if inexact else "exact"
