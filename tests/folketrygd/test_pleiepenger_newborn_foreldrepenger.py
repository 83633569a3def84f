"""A pleiepenger claim for a child under one year says what it means for foreldrepenger (review s24 page M2).

The review's baby walk: Mia born 20 July 2025, in hospital; the card said «Du har rett, 40 612 kr per måned» and nothing
of foreldrepenger, which a mother six weeks after the birth is likely to receive. NAV pays one of the two for a day
(navikt/fp-sak stops an overlapping period: «Innvilget pleiepenger med innleggelse, vurder riktig ytelse»). For a child
born from 1 October 2021 foreldrepenger can be postponed freely, within the first six weeks by the mother where the
child is admitted (folketrygdloven § 14-11 as amended 1 October 2021); for one born earlier, while the child was
admitted (§ 14-11 første ledd bokstav d as it then read). Before week 33 the pleiepenger days are deducted from the
longer period (§ 14-10 a). The card and the plan say so; the note changes no status or amount.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.cli.apply import render_plan
from openfisca_asb.facts.family import Family

NOTE_START = "Barnet er under ett år. Pleiepenger og foreldrepenger betales ikke for de samme dagene"
FREE = "etter de seks ukene kan foreldrepengene utsettes uten at dere oppgir grunn"
BEFORE = "folketrygdloven § 14-11 første ledd bokstav d, slik den lød før 1. oktober 2021"


def _family(born: str, *, second_child: dict | None = None, claimed: int = 100, named: str | None = None) -> Family:
    mor = {"id": "mor", "birth_date": "1993-02-02", "employment": "employee", "has_worked_four_weeks": "yes",
           "yearly_income": 480000, "pleiepenger_lost_working_time_percent": 100, "pleiepenger_claimed_percent": claimed}
    if named:
        mor["pleiepenger_child"] = named
    mia = {"id": "mia", "birth_date": born, "has_illness_or_extra_needs": "yes", "needs_continuous_care_and_supervision": "yes",
           "has_specialist_medical_certificate": "yes", "child_admitted_to_hospital": "yes",
           "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no"}
    return Family.model_validate({"caregivers": [mor], "children": [mia, *([second_child] if second_child else [])]})


def _pleiepenger(family: Family, on: date, language: str = "nb"):
    return next(r for r in assemble(family, on, language).benefits if r.benefit == "pleiepenger" and r.person == "mor")


def test_a_claim_for_a_six_week_old_says_the_two_are_not_paid_for_the_same_days_and_how_to_postpone():
    # Mia born 20 July 2025; on 1 September 2025 she is 0 years old, born after 1 October 2021: the free postponement.
    result = _pleiepenger(_family("2025-07-20"), date(2025, 9, 1))
    assert result.status == "entitled"
    assert len(result.notes) == 1
    note = result.notes[0]
    assert note.startswith(NOTE_START) and FREE in note
    assert "I de seks første ukene etter fødselen må mor søke NAV om å utsette foreldrepengene" in note
    assert "(folketrygdloven § 14-11)" in note and "(folketrygdloven § 14-10 a)" in note
    assert "endrer dere søknaden om foreldrepenger på nav.no" in note  # the NAV application named


def test_the_note_in_english():
    note = _pleiepenger(_family("2025-07-20"), date(2025, 9, 1), "en").notes[0]
    assert note.startswith("The child is under one year old. Pleiepenger and foreldrepenger (parental benefit) are not "
                           "paid for the same days")
    assert "(National Insurance Act § 14-10 a)" in note


@pytest.mark.parametrize(("on", "said"), [(date(2025, 7, 19), False), (date(2025, 7, 20), True), (date(2026, 7, 19), True),
                                          (date(2026, 7, 20), False)])
def test_the_note_starts_on_the_birth_and_ends_on_the_first_birthday(on, said):
    # Born 20 July 2025: not yet born on 19 July 2025 (a file read for an earlier day: the API refuses such a family,
    # the snapshots read the examples so), 0 years old from 20 July 2025 to 19 July 2026, 1 year old on 20 July 2026
    # (age on the day asked, ADR 0037).
    assert bool(_pleiepenger(_family("2025-07-20"), on).notes) is said


def test_a_child_born_before_1_october_2021_gets_the_earlier_rule():
    # Born 1 June 2021, asked 1 September 2021: under one, born before the free postponement (in force for births from
    # 1 October 2021), so postponement rested on the child's admission, § 14-11 første ledd bokstav d.
    note = _pleiepenger(_family("2021-06-01"), date(2021, 9, 1)).notes[0]
    assert note.startswith(NOTE_START) and BEFORE in note and FREE not in note


def test_a_refused_claim_says_nothing_of_foreldrepenger():
    # Claimed 0 %: no claim, so no pleiepenger (reason no_claim) and nothing to weigh against foreldrepenger.
    result = _pleiepenger(_family("2025-07-20", claimed=0), date(2025, 9, 1))
    assert result.status == "not_entitled" and result.notes == []


OLDER_ILL_SISTER = {"id": "ada", "birth_date": "2019-03-01", "has_illness_or_extra_needs": "yes",
                    "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
                    "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no"}


def test_the_note_follows_the_child_the_claim_is_for():
    on = date(2025, 9, 1)
    # Two children need care and none is named: the claim's child is not known, so no note is guessed.
    assert _pleiepenger(_family("2025-07-20", second_child=OLDER_ILL_SISTER), on).notes == []
    # The claim names the six-year-old: no note; it names the baby: the note.
    assert _pleiepenger(_family("2025-07-20", second_child=OLDER_ILL_SISTER, named="ada"), on).notes == []
    assert _pleiepenger(_family("2025-07-20", second_child=OLDER_ILL_SISTER, named="mia"), on).notes[0].startswith(NOTE_START)


def test_the_plan_says_it_with_the_pleiepenger_step():
    packets = application_packets(_family("2025-07-20"), date(2025, 9, 1), "nb")
    right = next(r for p in packets.packets for r in p.rights if r.benefit == "pleiepenger")
    assert right.notes == _pleiepenger(_family("2025-07-20"), date(2025, 9, 1)).notes
    assert f"   Viktig å vite: {NOTE_START}" in render_plan(packets)


def test_no_note_after_the_childs_death():
    # Review s24 caseworker (B6): pleiepenger go on for a while after a death (ftrl § 9-10 fjerde ledd), but there is
    # no admission left to postpone foreldrepenger for. Mia born 20 July 2025 dies 10 August 2025: on 1 September the
    # mother's pleiepenger card has no note; on 1 August, before the death, it has.
    family = _family("2025-07-20")
    family.children[0].date_of_death = date(2025, 8, 10)
    assert _pleiepenger(family, date(2025, 8, 1)).notes[0].startswith(NOTE_START)
    assert _pleiepenger(family, date(2025, 9, 1)).notes == []
