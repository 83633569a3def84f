"""Which of a caregiver's work situations are work: an employer, an assignment or a business.

Omsorgspenger are for these three (ftrl § 9-5 første ledd), stønad til barnetilsyn for a parent in work (§ 15-10). A
parent not working has none of them. A parent on dagpenger or arbeidsavklaringspenger may have one beside the benefit
(dagpenger need only half the working time lost, ftrl § 4-3): her `work_besides_benefit` answer says which, and until
it is given whether she is in work is unknown, never «no» (review s22 law H1).
"""

import numpy

from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN

IN_WORK = ("employee", "frilanser", "self_employed")
BENEFITS = ("dagpenger", "arbeidsavklaringspenger")


def in_work(employment) -> numpy.ndarray:
    """Whether each caregiver's work situation is one of IN_WORK."""
    return _is_one_of(employment, IN_WORK)


def on_benefit(employment) -> numpy.ndarray:
    """Whether each caregiver's work situation is dagpenger or arbeidsavklaringspenger."""
    return _is_one_of(employment, BENEFITS)


def work_kind(person, period) -> numpy.ndarray:
    """The name of each caregiver's kind of work: `employee`, `frilanser` or `self_employed`; `not_working` for none
    (also on a benefit with no work beside it); `unknown` while the work situation, or the work beside a benefit, is
    not given."""
    employment = person("employment", period)
    besides = person("work_besides_benefit", period)
    own = numpy.asarray(employment.decode_to_str(), dtype=object)
    beside = numpy.asarray(besides.decode_to_str(), dtype=object)
    beside = numpy.where(beside == "none", "not_working", beside)
    return numpy.where(on_benefit(employment), beside, own)


def in_work_outcome(person, period) -> numpy.ndarray:
    """Met for an employee, frilanser or self-employed caregiver, also one who works so beside dagpenger or AAP; unknown
    while the work situation or the work beside the benefit is not given; not met otherwise."""
    kind = work_kind(person, period)
    return numpy.select([numpy.isin(kind, IN_WORK), kind == "unknown"], [MET, UNKNOWN], NOT_MET).astype(numpy.int16)


def _is_one_of(employment, names) -> numpy.ndarray:
    kinds = employment.possible_values
    return numpy.isin(numpy.asarray(employment), [kinds[name].index for name in names])
