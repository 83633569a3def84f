"""Where an answer's unverified-rate flags go: with the amount or range the rate feeds, or as a caveat on a
reason that quotes the rate (review of 0.12.0, item 15).

A flag in `unverified_rate` says the amount or range shown may be off. An answer showing neither (a right
with no amount, such as priority in barnehage, or any right refused or still open without a range) has
nothing for the flag to qualify; if its reason quotes a flagged rate (`{p:path}`), the reason says so itself.
"""

from datetime import date

from openfisca_asb.answer.amount_notes import format_date
from openfisca_asb.answer.rate_flags import RateFlag
from openfisca_asb.rules.texts import Text, fill_parameters, placeholders

# "Figure", not "rate": a reason may quote a fee or a limit (ledsagerbevis: a duration in years).
QUOTED_RATE_NOT_VERIFIED = Text(nb="Tallet som er nevnt, er ikke bekreftet for {date}; det kan ha endret seg.",
                                en="The figure quoted is not verified for {date}; it may have changed.")
QUOTED_RATES_NOT_VERIFIED = Text(nb="Tallene som er nevnt, er ikke bekreftet for {date}; de kan ha endret seg.",
                                 en="The figures quoted are not verified for {date}; they may have changed.")


def quotes(template: str, parameter: str) -> bool:
    """Whether a text quotes the parameter (a leaf), or the node it belongs to."""
    return any(parameter == path or parameter.startswith(path + ".") for path in placeholders(template))


def quoted_rate_caveat(template: str, flags: list[RateFlag] | tuple[RateFlag, ...], on: date, language: str) -> str | None:
    """The sentence to add to a reason whose text quotes a flagged rate; none when it quotes none."""
    quoted = [flag for flag in flags if quotes(template, flag.parameter)]
    if not quoted:
        return None
    caveat = QUOTED_RATE_NOT_VERIFIED if len(quoted) == 1 else QUOTED_RATES_NOT_VERIFIED
    return caveat.in_language(language).format(date=format_date(on.isoformat(), language))


def text_on_date(template: str, parameters_at_date, flags, on: date, language: str) -> str:
    """A catalogue text (in `language`) with its figures for `on`, and the caveat where it quotes a flagged one."""
    text = fill_parameters(template, parameters_at_date) if "{p:" in template else template
    caveat = quoted_rate_caveat(template, flags, on, language) if flags else None
    return text if caveat is None else f"{text} {caveat}"
