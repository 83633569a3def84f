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
NOT_WORKING = "not_working"


def on(person, period, kind: str) -> numpy.ndarray:
    """Whether each caregiver's own work situation is `kind`, by its choice's name (`employee`, `dagpenger`, …)."""
    employment = person("employment", period)
    return employment == employment.possible_values[kind]


def kind_of_work(employment: str, besides: str) -> str:
    """The kind of work a caregiver's answers give, by their choices' names: her work situation, or on dagpenger or AAP
    the work beside it (`not_working` for none); `unknown` while the answer it rests on is not given."""
    if employment not in BENEFITS:
        return employment
    return NOT_WORKING if besides == "none" else besides


def work_kind(person, period) -> numpy.ndarray:
    """Each caregiver's `kind_of_work`: `employee`, `frilanser`, `self_employed`, `not_working` or `unknown`."""
    employment = person("employment", period).decode_to_str()
    besides = person("work_besides_benefit", period).decode_to_str()
    return numpy.array([kind_of_work(own, beside) for own, beside in zip(employment, besides)], dtype=object)


def in_work_outcome(person, period) -> numpy.ndarray:
    """Met for an employee, frilanser or self-employed caregiver, also one who works so beside dagpenger or AAP; unknown
    while the work situation or the work beside the benefit is not given; not met otherwise."""
    kind = work_kind(person, period)
    return numpy.select([numpy.isin(kind, IN_WORK), kind == "unknown"], [MET, UNKNOWN], NOT_MET).astype(numpy.int16)
