"""Why a chapter-9 right is «to be assessed» where NAV must assess its basis: the parent is on AAP, on dagpenger with
work beside it, or self-employed with an income changed lastingly (or after starting the business) by more than 25 %
from the three-year average, or new in working life (variables/folketrygd/kapittel_9/conditions.py
chapter_9_basis_to_be_assessed). Pleiepenger and opplæringspenger give the same three reasons, worded once: their labels
here, their texts in variables/folketrygd/kapittel_9/reasons.yaml (review of the s22 diff M5). The label of the reason
they share for a foster parent bought out of work is here too (review of the s23 diff M4).
"""

import numpy

from openfisca_asb.rules.status import Status
from openfisca_asb.rules.work_situations import on

# A right's reason Enum declares these members with these labels.
AAP_ASSESSED = "Får AAP: retten og grunnlaget må vurderes av NAV (on AAP: NAV must assess the right and the basis)"
DAGPENGER_AND_WORK_ASSESSED = "Dagpenger og arbeid: grunnlaget må vurderes av NAV (dagpenger and work: NAV must assess the basis)"
# … and pleiepenger's and opplæringspenger's for a foster parent bought out of work (variables/common/fosterhjem.py).
FOSTERHJEM_FRIKJOP_ASSESSED = "Fosterforelder frikjøpt fra arbeid av barnevernet: NAV vurderer om det er tapt arbeidsinntekt å erstatte (a foster parent bought out of work by barnevernet: NAV weighs whether income lost from work is left to replace)"
SELF_EMPLOYED_INCOME_ASSESSED = "Næringsinntekt endret varig eller etter oppstart, eller ny i arbeidslivet: grunnlaget fastsettes ved skjønn av NAV (a self-employed income changed lastingly or after a start, or new in working life: NAV sets the basis by discretion)"


def chapter_9_assessed_reason(person, period, status, reasons) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Per person: whether the right (its `status`) is to be assessed because NAV must assess the basis, and the index
    in `reasons` (the right's reason Enum) saying why: AAP, dagpenger and work, or a self-employed income changed."""
    assessed = person("chapter_9_basis_to_be_assessed", period) * (status == Status.to_be_assessed)
    reason = numpy.select(
        [on(person, period, "arbeidsavklaringspenger"), on(person, period, "dagpenger")],
        [reasons.aap_assessed_by_nav.index, reasons.dagpenger_and_work_assessed_by_nav.index],
        reasons.self_employed_income_assessed_by_nav.index,
    )
    return assessed, reason
