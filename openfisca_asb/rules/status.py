"""The four outcomes a benefit can have for a family (DESIGN §3), defined once.

`Status` orders them from worst to best for the family (population runs count
by its index, comparisons rank by it); `STATUS_TEXT` is what the API, page,
CLI and docs call them; `StatusName` is their name in an answer's JSON.
"""

from typing import Literal

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.texts import Text
from openfisca_asb.rules.tristate import MET, NOT_MET, index


class Status(Enum):
    not_entitled = "Ikke rett (not entitled)"
    missing_information = "Mangler opplysninger (missing information)"
    to_be_assessed = "Må vurderes (to be assessed)"
    entitled = "Rett (entitled)"


STATUS_NAMES = tuple(Status.__members__)  # worst to best

# Best first: the order answers and the page list them.
STATUS_TEXT = {
    Status.entitled.name: Text(nb="Du har rett", en="Entitled"),
    Status.to_be_assessed.name: Text(nb="Må vurderes", en="To be assessed"),
    Status.missing_information.name: Text(nb="Mangler opplysninger", en="Missing information"),
    Status.not_entitled.name: Text(nb="Ikke rett", en="Not entitled"),
}

StatusName = Literal[tuple(STATUS_TEXT)]


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
