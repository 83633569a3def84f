"""A timeline's amount change in words, with the amount before and after (review s22 caseworker L5).

«Pleiepenger for sykt barn: beløpet endres» said no figure, while a change per day said
«fra 3 004 kr til 3 151 kr»; so a month of 214 000 kr went unseen in the text (H2). Each
amount change now says both amounts, as the answer shows them: kroner whole (kroner_text),
days and hours as numbers, a range as its two ends.
"""

from openfisca_asb.answer.amount_notes import PER
from openfisca_asb.rules.money import kroner_text
from openfisca_asb.rules.texts import Text

AMOUNT_CHANGE = Text(nb="{name}: beløpet endres fra {before} til {after}",
                     en="{name}: the amount changes from {before} to {after}")
NO_FIGURES = Text(nb="{name}: beløpet endres", en="{name}: the amount changes")
UNITS = {"nb": {"NOK": "kr", "days": "dager", "hours": "timer"}, "en": {"NOK": "kr", "days": "days", "hours": "hours"}}
UP_TO = {"nb": "inntil", "en": "up to"}  # a range from nothing, as the answer says it («inntil 40 dager», review s16)


def amount_change_text(name: str, old, new, language: str) -> str:
    """«{name}: beløpet endres fra 44 000 kr til 42 000 kr i måneden»: `old` and `new` are the right's answers on the
    two dates (their `amount` or `range`). The period is said once where both amounts have it; without an amount on
    either date, the change without figures."""
    before, after = _shown(old), _shown(new)
    if before is None or after is None:
        return NO_FIGURES.in_language(language).format(name=name)
    (before_text, before_per), (after_text, after_per) = (_words(shown, language) for shown in (before, after))
    if before_per == after_per:
        return AMOUNT_CHANGE.in_language(language).format(name=name, before=before_text, after=f"{after_text} {after_per}")
    return AMOUNT_CHANGE.in_language(language).format(name=name, before=f"{before_text} {before_per}",
                                                      after=f"{after_text} {after_per}")


def _shown(row):
    """The right's amount, or else its range; None for neither."""
    return row.amount if row.amount is not None else row.range


def _words(shown, language: str) -> tuple[str, str]:
    """(«1 263 kr», «20 – 40 dager» or «inntil 40 dager»; «i måneden»)."""
    unit = UNITS[language].get(shown.unit, shown.unit)
    if hasattr(shown, "value"):
        figures = f"{_number(shown.value, shown.unit)} {unit}"
    elif shown.min == 0:
        figures = f"{UP_TO[language]} {_number(shown.max, shown.unit)} {unit}"
    else:
        figures = f"{_number(shown.min, shown.unit)} – {_number(shown.max, shown.unit)} {unit}"
    return figures, PER[language][shown.period]


def _number(value: float, unit: str) -> str:
    """Kroner whole with the thousands spaced, as kroner_text shows them; days and hours as computed."""
    return kroner_text(value).removesuffix(" kr") if unit == "NOK" else f"{value:g}"
