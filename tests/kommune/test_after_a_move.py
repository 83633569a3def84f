"""After a move the new kommune decides the health and care services anew (review s23 L4).

The kommune's duty is to «personer som oppholder seg i kommunen» (helse- og omsorgstjenesteloven § 3-1 første ledd,
Helsedirektoratet's rundskriv); the kommune moved to cannot turn an application away because the family does not live
there yet (rundskriv I-43/99). Each of the kommune's health and care rights ends its way to apply in the plan with the
same sentence, and no other right does; the answer says it once, in the note on the family's kommune.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.catalogue.after_a_move import AFTER_A_MOVE
from openfisca_asb.facts.examples import example_family

HEALTH_AND_CARE = {"omsorgsstonad", "avlastning", "bpa", "stottekontakt", "individuell_plan", "koordinator", "barnekoordinator"}
ON = date(2025, 9, 1)


def test_the_kommunes_health_and_care_rights_and_no_other_say_the_new_kommune_decides():
    assert {b.id for b in catalogue().values() if b.decided_anew_after_a_move} == HEALTH_AND_CARE


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("benefit", sorted(HEALTH_AND_CARE))
def test_the_channel_ends_with_the_sentence_and_the_card_leaves_it_to_the_kommune_note(benefit, language):
    entry = catalogue()[benefit]
    assert entry.application.channel.text.in_language(language).endswith(" " + AFTER_A_MOVE[language])
    assert AFTER_A_MOVE[language] not in entry.how_to_apply.in_language(language)


def test_the_sentence_names_the_law_and_the_circular():
    assert "helse- og omsorgstjenesteloven § 3-1" in AFTER_A_MOVE["nb"] and "rundskriv I-43/99" in AFTER_A_MOVE["nb"]
    assert "helse- og omsorgstjenesteloven § 3-1" in AFTER_A_MOVE["en"] and "circular I-43/99" in AFTER_A_MOVE["en"]


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_plan_says_it_for_avlastning_not_for_a_nav_right_and_the_answer_once_for_the_kommune(language):
    family = example_family("cerebral-palsy-large-assistance-need")  # lives in 1103 Stavanger
    rights = {right.benefit: right for packet in application_packets(family, ON, language).packets for right in packet.rights}
    assert rights["avlastning"].channel.text.endswith(AFTER_A_MOVE[language])
    assert AFTER_A_MOVE[language] not in rights["hjelpestonad"].channel.text
    answer = assemble(family, ON, language)
    assert answer.kommune.link_note.endswith(AFTER_A_MOVE[language])
    assert {group.link_note for group in answer.by_contact if group.link_note} == {answer.kommune.link_note}


def test_a_right_nav_decides_cannot_set_the_flag():
    data = catalogue()["hjelpestonad"].model_dump(mode="json", exclude_none=True)
    with pytest.raises(ValueError, match="decided_anew_after_a_move"):
        Benefit.model_validate({**data, "decided_anew_after_a_move": True})
