"""Which of a caregiver's work situations (the `employment` fact) are work: an employer, an assignment or a business.

Omsorgspenger are for these three (ftrl § 9-5 første ledd), stønad til barnetilsyn for a parent in work (§ 15-10). A
parent on dagpenger or arbeidsavklaringspenger, or not working, has none of them.
"""

import numpy

IN_WORK = ("employee", "frilanser", "self_employed")


def in_work(employment) -> numpy.ndarray:
    """Whether each caregiver's work situation is one of IN_WORK."""
    kinds = employment.possible_values
    return numpy.isin(numpy.asarray(employment), [kinds[name].index for name in IN_WORK])
