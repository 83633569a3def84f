"""Why a chapter-9 right is «to be assessed» where NAV must assess its basis: the parent is on AAP, or on dagpenger with
work beside it (variables/folketrygd/kapittel_9/conditions.py chapter_9_basis_to_be_assessed). Pleiepenger and
opplæringspenger give the same two reasons, worded once: their labels here, their texts in
variables/folketrygd/kapittel_9/reasons.yaml (review of the s22 diff M5).
"""

import numpy

from openfisca_asb.rules.status import Status
from openfisca_asb.rules.work_situations import on

# A right's reason Enum declares these two members with these labels.
AAP_ASSESSED = "Får AAP: retten og grunnlaget må vurderes av NAV (on AAP: NAV must assess the right and the basis)"
DAGPENGER_AND_WORK_ASSESSED = "Dagpenger og arbeid: grunnlaget må vurderes av NAV (dagpenger and work: NAV must assess the basis)"


def chapter_9_assessed_reason(person, period, status, reasons) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Per person: whether the right (its `status`) is to be assessed because NAV must assess the basis, and the index
    in `reasons` (the right's reason Enum) saying why: AAP, or dagpenger and work."""
    assessed = person("chapter_9_basis_to_be_assessed", period) * (status == Status.to_be_assessed)
    reason = numpy.where(on(person, period, "arbeidsavklaringspenger"), reasons.aap_assessed_by_nav.index,
                         reasons.dagpenger_and_work_assessed_by_nav.index)
    return assessed, reason
