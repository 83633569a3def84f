"""A date in the page's address (`?dato=`) is checked like the date field (review s15, finding 4).

A shared link goes stale: a `dato` the model cannot answer for (outside FIRST_DATE–LAST_DATE of
openfisca_asb/rules/dates.py, served by GET /v1/version) or no date at all must not leave the family
at a raw «query.date: …» error. The page tells it in the date field's own words, takes today's date as
if the address had none, and the family step works: the illness-or-needs question is there (ADR 0026).
"""

import re
from datetime import date

import pytest
from page_driver import BROWSER_TESTS, open_calculator, submit_family
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations

from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE

pytestmark = BROWSER_TESTS

# The range as the date field names it, written out by hand: 1 October 2017 to 31 December 2027.
assert (FIRST_DATE, LAST_DATE) == (date(2017, 10, 1), date(2027, 12, 31)), "the range below is written for these dates"
RANGE_NB = "Velg en dato fra 1. oktober 2017 til 31. desember 2027."
RANGE_EN = "Choose a date from 1 October 2017 to 31 December 2027."
INVALID_NB = "Skriv en gyldig dato, for eksempel 03.03.2015."


def expect_family_step_usable_on_today(page: Page) -> None:
    expect(page.locator("#legal-date")).to_have_value(date.today().isoformat())  # the page's own default
    expect(page.locator("#barn1-illness-or-needs")).to_be_visible()  # GET /v1/facts answered for today
    expect(page.locator("#step")).not_to_contain_text("query.date")
    assert blocking_violations(page) == [], "the family step with the address's date refused"


def test_a_date_after_the_range_is_told_in_the_fields_words_and_today_is_taken(page: Page):
    open_calculator(page, "?dato=2030-01-01")  # after LAST_DATE
    notice = page.locator("#address-date-notice")
    expect(notice).to_contain_text(f"Datoen i nettadressen kan ikke brukes. {RANGE_NB}")
    expect_family_step_usable_on_today(page)

    # The family goes on as from a page opened without a date: the first question comes, the notice is gone.
    page.fill("#barn1-birth-date", "2017-02-11")
    page.select_option("#barn1-illness-or-needs", "yes")
    page.fill("#omsorgsperson1-birth-date", "1985-04-02")
    submit_family(page)
    expect(page.locator("#question-form")).to_be_visible()
    expect(page.locator("#address-date-notice")).to_have_count(0)


def test_an_address_value_that_is_no_date_is_told_and_today_is_taken(page: Page):
    open_calculator(page, "?dato=garbage")
    expect(page.locator("#address-date-notice")).to_contain_text(f"Datoen i nettadressen kan ikke brukes. {INVALID_NB}")
    expect_family_step_usable_on_today(page)


def test_a_date_before_the_range_is_told_in_english_too(page: Page):
    open_calculator(page, "?lang=en&dato=2017-09-30")  # the day before FIRST_DATE
    expect(page.locator("#address-date-notice")).to_contain_text(f"The date in the web address cannot be used. {RANGE_EN}")
    expect_family_step_usable_on_today(page)


def test_a_date_in_the_range_is_kept_without_a_notice(page: Page):
    open_calculator(page, "?dato=2024-09-01")
    expect(page.locator("#legal-date")).to_have_value("2024-09-01")
    expect(page.locator("#address-date-notice")).to_have_count(0)


@pytest.mark.failed_loads  # the service's own 422 for GET /v1/facts?date=2030-01-01
def test_the_services_refusal_of_the_date_names_the_field_in_words(page: Page):
    # A page whose range is wider than the service's (faked here) sends the date on; the service refuses it as
    # `query.date`, which the page names as the date field, with the key a family file writes it under.
    def wider_range(route):
        version = route.fetch().json()
        route.fulfill(json={**version, "last_date": "2099-12-31"})

    page.route(re.compile(r"/v1/version$"), wider_range)
    page.goto("/?dato=2030-01-01")
    alert = page.locator("#step [role=alert]")
    expect(alert.locator("li")).to_have_text("«Datoen svaret skal gjelde for» (date): Verdien må være mindre enn eller lik 2027-12-31.")
    expect(alert).not_to_contain_text("query")
