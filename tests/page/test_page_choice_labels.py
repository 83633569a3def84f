"""A choice reads in the page's language (review s21 page L4): the sats NAV has granted showed «Sats 3 (4 × ordinær)» on
the English page, in «Your answers» and as the question's choices. Ftrl § 6-5 andre ledd: sats 2, 3 and 4 are 2, 4 and
6 times the ordinary rate."""

import json

from page_driver import BROWSER_TESTS, open_calculator, show_answer
from playwright.sync_api import Page, expect
from test_page_lower_bound_range import INGRID

pytestmark = BROWSER_TESTS


def test_the_granted_sats_reads_in_english_in_the_answers_and_the_question(page: Page, tmp_path):
    family = json.loads(json.dumps(INGRID))
    family["children"][0]["hjelpestonad_decided_sats"] = "sats_3"
    saved = tmp_path / "familie-2026-11-30.json"
    saved.write_text(json.dumps(family), encoding="utf-8")
    open_calculator(page, "?dato=2026-11-30")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))
    show_answer(page)
    page.get_by_role("button", name="English").click()
    answer = page.locator("#answers li").filter(has_text="Has NAV already granted an assistance allowance rate?")
    expect(answer.locator(".answers__value")).to_have_text("Sats 3: four times the ordinary rate")
    answer.get_by_role("button").click()
    choices = page.locator("#question-form label").all_text_contents()
    assert "Sats 2: twice the ordinary rate" in choices and "Sats 4: six times the ordinary rate" in choices, choices
    assert not [choice for choice in choices if "ordinær" in choice], choices
