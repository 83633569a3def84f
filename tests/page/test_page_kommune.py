"""A parent finds the kommune by name or by number (review of issue 17, item 10): the kommune question
lists "3201 Bærum" and the like (GET /v1/kommuner), takes a name, a line of the list or the four digits,
sends the service the number only, and says in words what is wrong, tied to the field (WCAG 2.1 AA
3.3.1 and 3.3.3). A number of 2020–2023 from an older vedtak is taken as the service takes it (review s23 diff M8)."""

import json

from page_driver import BROWSER_TESTS, open_calculator, submit_family
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations

pytestmark = BROWSER_TESTS


def kommune_question(page: Page) -> None:
    open_calculator(page, "?dato=2024-09-01")
    page.fill("#barn1-name", "Nora")
    page.fill("#barn1-birth-date", "2017-02-11")
    page.select_option("#barn1-illness-or-needs", "yes")
    page.fill("#omsorgsperson1-name", "Mor")
    page.fill("#omsorgsperson1-birth-date", "1985-04-02")
    submit_family(page)
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "kommunenummer")


def answer_kommune(page: Page, text: str) -> None:
    page.fill("#question-input", text)
    page.locator("#question-form button[type=submit]").click()


def expect_error(page: Page, words: str) -> None:
    error = page.locator("#question-input-error")
    expect(error).to_contain_text(words)
    field = page.locator("#question-input")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert "question-input-error" in field.get_attribute("aria-describedby").split()


def test_the_kommune_is_found_by_name_and_only_its_number_is_sent(page):
    sent: list[dict] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    kommune_question(page)
    field = page.locator("#question-input")
    expect(field).to_have_attribute("list", "kommune-list")
    expect(page.locator("#kommune-list option[value='3201 Bærum']")).to_have_count(1)
    assert blocking_violations(page) == [], "the kommune question with its list"

    answer_kommune(page, "  ")  # review s16 (page), finding 4: never «ingen kommune som heter «»»
    expect_error(page, "Skriv kommunens navn eller firesifrede kommunenummer, eller kryss av for «Vet ikke».")
    answer_kommune(page, "Bærumm")
    expect_error(page, "Vi finner ingen kommune som heter «Bærumm»")
    assert blocking_violations(page) == [], "the kommune question with an error"
    # Two kommuner are called Våler (3114 in Østfold, 3419 in Innlandet): the parent is told both.
    answer_kommune(page, "Våler")
    expect_error(page, "Flere kommuner heter «Våler»: 3114 Våler, 3419 Våler")
    answer_kommune(page, "9999")
    expect_error(page, "9999 er ikke nummeret til en kommune")

    answer_kommune(page, "  bærum ")
    expect(page.locator("#question-form")).not_to_have_attribute("data-fact", "kommunenummer")
    assert sent[-1]["family"]["kommunenummer"] == "3201"

    # Back to the question: the answer is shown as the list names it; a line of the list is taken as is.
    page.locator("#question-back").click()
    expect(page.locator("#question-input")).to_have_value("3201 Bærum")
    answer_kommune(page, "0301 Oslo-Oslove")
    expect(page.locator("#question-form")).not_to_have_attribute("data-fact", "kommunenummer")
    assert sent[-1]["family"]["kommunenummer"] == "0301"
    # The answers list names the kommune too.
    page.locator("#show-answer-now").click()
    expect(page.locator("#answers .answers__list")).to_contain_text("0301 Oslo-Oslove")


def test_a_number_of_2020_2023_is_read_as_the_kommune_it_became(page):
    # Tromsø was 5401 until 31 December 2023 and is 5501 from 1 January 2024 (facts/data/kommunenummer_2020_2023.csv):
    # the service reads 5401 as 5501, so the page does too and sends 5501. Ålesund's 1507 was split into 1508 Ålesund
    # and 1580 Haram: the parent is told both, as the service would.
    sent: list[dict] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    kommune_question(page)
    answer_kommune(page, "1507")
    expect_error(page, "1507 er et kommunenummer fra 2020–2023, og kommunen ble delt 1. januar 2024: 1508 Ålesund, 1580 Haram.")
    answer_kommune(page, "5401")
    expect(page.locator("#question-form")).not_to_have_attribute("data-fact", "kommunenummer")
    assert sent[-1]["family"]["kommunenummer"] == "5501"
    page.locator("#question-back").click()
    expect(page.locator("#question-input")).to_have_value("5501 Tromsø")
