"""The working time lost, which an AAP parent with no work beside the benefit has none of: read by the interview (not
asked) and the answer (not named missing) through answer/ruled_out.py.

She has no working time of her own to be away from, and NAV assesses her pleiepenger, right and basis, whatever she
answers (variables/folketrygd/pleiepenger/conditions.py `pleiepenger_condition_lost_work_or_aap`; review s24 page L1).
"""

from openfisca_asb.rules.work_situations import NOT_WORKING, kind_of_work

Key = tuple[str, str | None]  # (fact, person)

AAP = "arbeidsavklaringspenger"
LOST_WORKING_TIME = "pleiepenger_lost_working_time_percent"
RIGHTS = {"pleiepenger"}


def ruled_out(family) -> dict[Key, set[str] | None]:
    """The working time lost of each caregiver on AAP who said she has no work beside it, for pleiepenger."""
    return {(LOST_WORKING_TIME, caregiver.id): RIGHTS for caregiver in family.caregivers if _on_aap_alone(caregiver)}


def _on_aap_alone(caregiver) -> bool:
    employment = getattr(caregiver, "employment", None)
    return employment == AAP and kind_of_work(employment, getattr(caregiver, "work_besides_benefit", None) or "unknown") == NOT_WORKING
