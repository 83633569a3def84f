"""Issue 17's done-criterion in the browser: «a parent can finish the diabetes family in under 15 questions with every
right settled or honestly "to be assessed"». The parent knows every answer the example file leaves out: «no» to each
yes/no question, 550 000 kr a year and 10 hours of care a week (tests/assembler/test_interview.py `_knowing_parent`).
The first pass asks 12 questions (the home's rebuilding a line of the child's checklist); «Svar på flere spørsmål» then
asks first what settles a right still «missing information» — being temporarily alone (aml § 12-9 with ftrl § 9-6)
and the expected child (pbrl § 2-5 c) — and only then what narrows a settled right (ADR 0014 addendum 0.24.0). After
the 14th answer «Vis svaret nå» shows no right «Mangler opplysninger»."""

from page_driver import BROWSER_TESTS, answer_questions, fill_family, from_example, open_calculator, show_answer, \
    shown_rights, submit_family
from playwright.sync_api import Page

from openfisca_asb.facts.vocabulary import vocabulary

pytestmark = BROWSER_TESTS
FIGURES = {"yearly_income": 550_000, "care_hours_per_week": 10}


class KnowingParent(dict):
    """The example's answers, and the knowing parent's where the example states none."""

    def get(self, key, default=None):
        if key in self:
            return self[key]
        fact = vocabulary()[key[0]]
        return "no" if fact.type == "yes_no" else FIGURES.get(key[0], default)


def test_a_parent_who_knows_every_answer_has_every_right_settled_after_14_questions(page: Page):
    family = from_example("child-diabetes")
    open_calculator(page, "?dato=2024-09-01")
    fill_family(page, family)
    submit_family(page)
    asked = answer_questions(page, KnowingParent(family.answers), steps=14)
    assert asked.steps == 14, asked
    show_answer(page)
    rights = shown_rights(page)
    still_open = [key for key, card in rights.items() if card["status"] == "missing_information"]
    assert rights and still_open == [], still_open
