"""Money rounding as NAV pays: whole kroner, halves up.

numpy.round rounds halves to even (2.5 → 2); payments round halves up.
float64 avoids float32 noise such as 2307.6921 becoming 2307.69.
"""

import numpy


def whole_kroner(amount) -> numpy.ndarray:
    return numpy.floor(numpy.asarray(amount, dtype=numpy.float64) + 0.5)
