"""«Dette kan endre svaret» on a right still missing information names the answers still to give, not another answer
to one the family gave (review s21 page L12).

Emma, 7, type 1 diabetes, Trondheim, 30 November 2026 (the reviewer's family a): her parents said «Nei» to «Venter
dere et barn …?» and «vet ikke» to whether her services must be coordinated. Barnekoordinator (pasient- og
brukerrettighetsloven § 2-5 c) needs a child with a serious illness who needs long-term services that are complex or
coordinated, and other welfare services too: it is still open. The card offered «Hvis svaret på «Venter dere et barn …»
er Ja: Du har rett» to the family that had said «Nei». The page shows, under an open right, only the answers still to
give (tests/page/test_page_what_would_change.py).
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import vocabulary

EMMA = {"id": "emma", "birth_date": "2019-05-14", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
        "has_serious_illness_injury_or_disability": "yes", "needs_long_term_coordinated_health_services": "unknown"}
FAMILY = Family.model_validate({"kommunenummer": "5001", "expects_child_with_serious_condition": "no",
                                "caregivers": [{"id": "mor", "birth_date": "1988-03-02"}], "children": [EMMA]})


def _barnekoordinator(language: str = "nb"):
    return next(r for r in assemble(FAMILY, date(2026, 11, 30), language).benefits if r.benefit == "barnekoordinator")


def test_a_change_to_an_answer_the_family_gave_is_marked_answered():
    # The answer keeps every single change (a decision check reads what a fact told differently would do), and marks
    # those to a fact the family gave, so the page can leave them off a right still open.
    right = _barnekoordinator()
    assert right.status == "missing_information"
    answered = {(change.fact, change.person): change.answered for change in right.changes}
    assert answered[("expects_child_with_serious_condition", None)] is True  # their «Nei»
    assert answered[("needs_other_welfare_services", "emma")] is False  # not given: its «no» refuses (§ 2-5 c)


def test_the_two_service_questions_say_they_are_two_halves_of_an_or():
    # § 2-5 c: «langvarige og sammensatte eller koordinerte» – the complex need is asked beside individuell plan's
    # coordinated one, and says it is the other need, not the same again.
    complex_ = vocabulary()["needs_long_term_complex_health_services"]
    assert "også om de ikke må samordnes" in complex_.question.nb and "even if they need not be coordinated" in complex_.question.en
    assert "enten er sammensatte (mange ulike) eller må samordnes" in complex_.help.nb
