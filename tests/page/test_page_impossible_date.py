"""A date typed that is no day (31.02.2017) leaves the browser's date field empty, with `validity.badInput` set: the
family step says the date does not exist, never «Skriv fødselsdatoen til Nora.» as if nothing was typed (review s20,
finding 15). Told at its field and in the summary, which takes the focus (WCAG 3.3.1, 2.4.3)."""

from page_driver import BROWSER_TESTS, expect_told_at, open_calculator, submit_family
from playwright.sync_api import Locator, Page, expect

pytestmark = BROWSER_TESTS
NOT_A_DAY_NB = "Datoen finnes ikke, eller er ikke skrevet helt. Skriv en gyldig dato, for eksempel 03.03.2015."
NOT_A_DAY_EN = "The date does not exist, or is not written in full. Enter a valid date, for example 03/03/2015."


def type_into_date_field(field: Locator, day: str, month: str, year: str) -> None:
    """Typed key by key, in the order of the browser's date field: day first (dd.mm.åååå) or month first (mm/dd/yyyy),
    as the browser's own language has it, found by typing 1 February 2003."""
    field.press_sequentially("01022003")
    day_first = field.input_value() == "2003-02-01"
    field.fill("")
    field.press_sequentially(f"{day}{month}{year}" if day_first else f"{month}{day}{year}")


def test_a_birth_date_that_does_not_exist_is_told_as_one(page: Page):
    open_calculator(page, "?dato=2024-09-01")
    page.fill("#barn1-name", "Nora")
    type_into_date_field(page.locator("#barn1-birth-date"), "31", "02", "2017")  # 31 February 2017 is no day
    assert page.locator("#barn1-birth-date").evaluate("field => [field.value, field.validity.badInput]") == ["", True]
    page.fill("#omsorgsperson1-birth-date", "1985-04-02")
    submit_family(page)
    expect_told_at(page, "barn1-birth-date", NOT_A_DAY_NB)
    expect(page.locator("#error-summary li")).to_have_count(1)
    page.get_by_role("button", name="English").click()
    expect(page.locator("#barn1-birth-date-error")).to_have_text(NOT_A_DAY_EN)
    page.get_by_role("button", name="Norsk (bokmål)").click()

    page.fill("#barn1-birth-date", "2017-02-11")  # corrected: the family is sent on
    submit_family(page)
    expect(page.locator("#question-form, section.result").first).to_be_visible()

