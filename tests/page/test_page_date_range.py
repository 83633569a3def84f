"""The page's date range is the model's (issue 12 §10): read from GET /v1/version, never written in the page.

openfisca_asb/rules/dates.py defines it once; the date field's bounds and the error for a
date outside them say the same dates.
"""

from page_driver import BROWSER_TESTS, from_example, fill_family, open_calculator, set_date_in_advanced_field, submit_family
from playwright.sync_api import Page, expect

from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE

pytestmark = BROWSER_TESTS


def test_the_date_field_has_the_models_bounds(page: Page):
    open_calculator(page)
    field = page.locator("#legal-date")
    assert field.get_attribute("min") == FIRST_DATE.isoformat()
    assert field.get_attribute("max") == LAST_DATE.isoformat()


def test_a_date_before_the_range_is_refused_naming_the_range(page: Page):
    open_calculator(page, "?lang=en")
    fill_family(page, from_example("school-child-autism-single-parent"))
    set_date_in_advanced_field(page, "2016-05-01")  # after 2015 (the page's old bound), before FIRST_DATE
    submit_family(page)
    error = page.locator("#legal-date-error")
    expect(error).to_contain_text(str(FIRST_DATE.year))
    expect(error).to_contain_text(str(LAST_DATE.year))
