"""Money rounding as NAV pays: whole kroner, halves up; and kroner as every text shows them.

numpy.round rounds halves to even (2.5 → 2); payments round halves up.
float64 avoids float32 noise such as 2307.6921 becoming 2307.69.
"""

import numpy


def whole_kroner(amount) -> numpy.ndarray:
    return numpy.floor(numpy.asarray(amount, dtype=numpy.float64) + 0.5)


# Between thousands, as Norwegian writes them and every text of the answer, the CLI and the reports has: a space.
THOUSANDS_SEPARATOR = " "


def kroner_text(value: float) -> str:
    """An amount in kroner as the texts, the CLI and the page's words show it: «480 000 kr». Whole kroner,
    halves up, as NAV pays (k9-sak stores a year's feriepenger so: BeregnFeriepengerTjeneste.mapAndel, package
    no.nav.k9.sak.ytelse.beregning, setScale(0, HALF_UP); no commit known). Only the figure shown is rounded,
    never the amount computed: an answer's JSON keeps kroner and øre."""
    return f"{int(whole_kroner(value)):,} kr".replace(",", THOUSANDS_SEPARATOR)
