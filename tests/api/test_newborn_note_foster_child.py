"""A pleiepenger claim for a foster child under one year is not told the birth's foreldrepenger note (ADR 0045 addendum
0.24.0): «I de seks første ukene etter fødselen må mor søke NAV om å utsette foreldrepengene» speaks of the birth and
the mother (folketrygdloven § 14-11, review s24 M2), while foreldrepenger go to the child's mother and father at a
birth or an adoption (§ 14-5 første ledd, as jusinfo.no and Prop. 85 LS (2023–2024) 3.2 state it), and foster parents
are neither. No source read says what applies to foster parents: their note says so, and that pleiepenger and
foreldrepenger are not paid for the same days where foreldrepenger are received (navikt/fp-sak ManuellBehandlingÅrsak
5028).

Liv, born 10 May 2024 and in hospital (examples/infant-heart-defect-hospital.yaml), asked on 1 September 2024: under
one year (0 whole years), born after 1 October 2021, so the birth's note is the free-postponement one.
"""

ON = "2024-09-01"
BIRTH_NOTE = "I de seks første ukene etter fødselen må mor søke NAV om å utsette foreldrepengene"
FOSTER_NOTE = "Barnet er under ett år og bor i fosterhjem."
LIV = {"id": "liv", "birth_date": "2024-05-10", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
       "has_private_care_arrangement": "no", "lives_at_home_at_least_half_the_time": "no",
       "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
       "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no"}
MOR = {"id": "mor", "birth_date": "1991-08-19", "employment": "employee", "has_worked_four_weeks": "yes",
       "yearly_income": 520000, "pleiepenger_lost_working_time_percent": 100, "pleiepenger_claimed_percent": 100}


def _notes(client, child: dict) -> list[str]:
    family = {"kommunenummer": "4601", "caregivers": [MOR], "children": [child]}
    answer = client.post("/v1/entitlements", json={"family": family, "date": ON, "language": "nb"}).json()
    card = next(b for b in answer["benefits"] if b["benefit"] == "pleiepenger" and b["person"] == "mor")
    assert card["status"] != "not_entitled", card["status"]  # a note is said only on a right not refused
    return card.get("notes") or []


def test_a_newborn_of_the_family_is_told_the_mother_may_apply_to_postpone(client):
    notes = _notes(client, LIV)
    assert any(BIRTH_NOTE in note for note in notes) and not any(FOSTER_NOTE in note for note in notes)


def test_a_foster_child_under_one_is_not_told_the_mother_must_apply_after_the_birth(client):
    notes = _notes(client, {**LIV, "lives_in_fosterhjem": "yes"})
    assert not any("fødselen" in note or "mor søke" in note for note in notes), notes
    [note] = [note for note in notes if FOSTER_NOTE in note]
    assert "(folketrygdloven § 14-5 første ledd)" in note and "vi har ikke funnet regler om foreldrepenger til fosterforeldre" in note
