"""The caregivers' rights for care beyond ordinary parenting and the family step's answer about the children's needs
(ADR 0026, "The caregivers' rights … read the gate"): the condition refuses only a family that said no for every
child, and a card shows it only there — for every other family it is met and says nothing new."""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family

ON = date(2024, 9, 1)
NEEDS_CONDITIONS = {("omsorgsstonad", "mor"): "omsorgsstonad_condition_child_needs",
                    ("avlastning", None): "avlastning_condition_child_needs",
                    ("tilpasning_bolig", None): "tilpasning_bolig_condition_child_needs",
                    ("omsorgsopptjening", "mor"): "omsorgsopptjening_condition_child_needs"}


def _cards(family: Family, language: str = "nb") -> dict:
    return {(r.benefit, r.person): r for r in assemble(family, ON, language).benefits}


def test_a_family_with_a_child_with_needs_is_not_shown_the_condition():
    # Nora (diabetes) has needs: each condition is met, so no card lists it (catalogue `only_when_not_met`).
    cards = _cards(example_family("child-diabetes"))
    for key, condition in NEEDS_CONDITIONS.items():
        assert condition not in [c.variable for c in cards[key].conditions], key


def test_a_family_that_said_no_for_its_only_child_is_refused_on_it_and_told_why():
    # hol § 3-6 første ledd nr. 2–3, the home-adaptation grant § 2, ftrl § 20-8 første ledd bokstav a–b: Ola is 8
    # (born 2016: no credit without a claim), and the family said no to his illness or extra needs.
    family = Family.model_validate({"kommunenummer": "3201", "caregivers": [{"id": "mor", "birth_date": "1990-01-01"}],
                                    "children": [{"id": "ola", "birth_date": "2016-01-01", "has_illness_or_extra_needs": "no"}]})
    cards = _cards(family)
    for key, condition in NEEDS_CONDITIONS.items():
        card = cards[key]
        shown = {c.variable: c for c in card.conditions}
        assert card.status == "not_entitled" and shown[condition].outcome == "not_met", key
        assert shown[condition].not_met_text.startswith("Dere har svart nei for hvert barn som regnes med") or \
            shown[condition].not_met_text.startswith("Ingen av barna gir opptjening uten søknad"), key
