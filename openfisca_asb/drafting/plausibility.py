"""A value far from the one in force: likely a slip (25 for 2.5), said, never refused.

Limits in a parameter's metadata refuse what it cannot mean (overrides.py). A value it can mean may still
be a typo: forhøyet hjelpestønad's sats 2 as 25 times the ordinary rate instead of 2.5 (review s21 drafter
L10). A value more than FACTOR times the one in force, or less than one FACTOR-th of it, is named with the
value in force, so the drafter can see whether it was meant. FACTOR is a choice, not law: every change
the example reforms and the reviews made stays within it (the largest: omsorgsdager 10 → 15 days, 1.5 ×;
BPA's threshold halved in a pilot, 0.5 ×).
"""

from openfisca_asb.drafting.overrides import value_with_unit
from openfisca_asb.parameter_tree import find
from openfisca_asb.rules.texts import Text
from openfisca_asb.system import baseline_system

FACTOR = 5

FAR_FROM_NOW = Text(
    nb="{path}: {after} fra {start} er {times} verdien som gjelder ({before}); er det ment slik?",
    en="{path}: {after} from {start} is {times} the value in force ({before}); is that what you meant?",
)
TIMES = {"nb": ("{n} ganger", "1/{n} av"), "en": ("{n} times", "1/{n} of")}


def plausibility_warnings(reform, language: str) -> list[str]:
    return [_warning(change, language) for change in reform.parameter_changes if _far(change.before, change.after)]


def _far(before, after) -> bool:
    numbers = all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in (before, after))
    if not numbers or before <= 0 or after <= 0:
        return False
    return after / before > FACTOR or before / after > FACTOR


def _warning(change, language: str) -> str:
    leaf = find(baseline_system().parameters, change.path)
    unit = leaf.metadata.get("unit") if leaf is not None else None
    ratio = change.after / change.before
    larger, smaller = TIMES[language]
    number = lambda value: f"{round(value, 1):g}".replace(".", "," if language == "nb" else ".")  # noqa: E731
    times = larger.format(n=number(ratio)) if ratio > 1 else smaller.format(n=number(1 / ratio))
    return FAR_FROM_NOW.in_language(language).format(
        path=change.path, after=value_with_unit(change.after, unit, language), start=change.start,
        times=times, before=value_with_unit(change.before, unit, language))
