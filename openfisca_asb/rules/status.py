"""The four outcomes a benefit can have for a family (DESIGN §3)."""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.tristate import MET, NOT_MET, index


class Status(Enum):
    not_entitled = "Ikke rett (not entitled)"
    missing_information = "Mangler opplysninger (missing information)"
    to_be_assessed = "Må vurderes (to be assessed)"
    entitled = "Rett (entitled)"


def status_from(conditions, needs_assessment=False) -> numpy.ndarray:
    """The status given the combined mandatory conditions.

    `needs_assessment` marks where the right hinges on an agency's discretion
    that has not been exercised yet: conditions met, but the outcome is theirs.
    """
    conditions = index(conditions)
    met_status = numpy.where(needs_assessment, Status.to_be_assessed.index, Status.entitled.index)
    return numpy.select(
        [conditions == NOT_MET, conditions == MET],
        [Status.not_entitled.index, met_status],
        Status.missing_information.index,
    ).astype(numpy.int16)
