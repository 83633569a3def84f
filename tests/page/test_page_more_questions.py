"""«Svar på flere spørsmål» once nothing is left to ask (review s21 page M3): the button drew the same answer again,
in silence. When the interview says it has no more questions that settle a right alone (`more_questions` 0, always
the case after depth "all", ADR 0014), the page says so and points to «Svar nå» under each right instead."""

import re

from page_driver import ASK_MORE, BROWSER_TESTS, answer_questions, fill_family, from_example, open_calculator, open_example, \
    show_answer, submit_family
from playwright.sync_api import Page, expect

pytestmark = BROWSER_TESTS
NONE_LEFT = {"nb": "Vi har ingen flere spørsmål som kan avklare en rettighet alene. Det som fortsatt mangler, kan du "
                   "svare på under hver rettighet («Svar nå»).",
             "en": "We have no more questions that can settle a right on their own. What is still missing you can "
                   "answer under each right (“Answer now”)."}


def test_the_button_is_offered_while_the_second_pass_has_questions_and_gone_after_it(page: Page):
    # The diabetes family: the first pass leaves rights open that questions of their own settle (ADR 0014, «Not yet
    # met»), so the button is there; after it every question that settles a right alone has been asked.
    family = from_example("child-diabetes")
    open_calculator(page, "?dato=2024-09-01")
    fill_family(page, family)
    submit_family(page)
    answer_questions(page, family.answers, more=False)
    expect(page.get_by_role("button", name=ASK_MORE)).to_be_visible()
    expect(page.locator(".answers__none-left")).to_have_count(0)

    answer_questions(page, family.answers)  # presses «Svar på flere spørsmål» and answers to the end
    expect(page.get_by_role("button", name=ASK_MORE)).to_have_count(0)
    expect(page.locator(".answers__none-left")).to_have_text(NONE_LEFT["nb"])
    page.get_by_role("button", name="English").click()
    expect(page.locator(".answers__none-left")).to_have_text(NONE_LEFT["en"])


def test_a_family_asked_everything_at_once_is_not_offered_more(page: Page):
    # Parents expecting a child, with no child yet, are asked at depth "all" from the start (ADR 0014 addendum 0.18.0):
    # the answer is the last there is.
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "expecting-serious-diagnosis")
    show_answer(page)
    expect(page.get_by_role("button", name=re.compile("flere spørsmål"))).to_have_count(0)
    expect(page.locator(".answers__none-left")).to_have_text(NONE_LEFT["nb"])
