"""A family asked about a date before the day it describes has its grades moved down, and the page says «ned»
(review s15, finding 10; ADR 0030).

Hand-worked: the school-child example describes 2024-09-01 with emil in 4th grade (school year 2024–25). Asked on
2023-09-01 (2023–24), one 1 August (2024) lies between, going back: 3rd grade (opplæringslova § 2-1).
"""

from page_driver import BROWSER_TESTS, open_calculator, open_example, set_date_in_advanced_field, show_answer, submit_family
from playwright.sync_api import Page, expect

pytestmark = BROWSER_TESTS
MOVED_DOWN_NB = ("Trinnet som er oppgitt for emil, flyttes ett trinn ned for hver 1. august tilbake i tid. "
                 "Familien er beskrevet 1. september 2024; 1. september 2023: emil 3. trinn.")
MOVED_DOWN_EN = ("The grade given for emil moves one grade down for each 1 August back in time. "
                 "The family is described on 1 September 2024; on 1 September 2023: emil grade 3.")


def test_an_earlier_date_asked_says_the_grade_moved_down(page: Page):
    open_calculator(page)
    open_example(page, "school-child-autism-single-parent")
    show_answer(page)
    page.locator("#change-family").click()
    set_date_in_advanced_field(page, "2023-09-01")
    submit_family(page)
    show_answer(page)
    expect(page.locator("#assumptions")).to_contain_text(MOVED_DOWN_NB)
    # The grade given stays in "your answers" with the day it holds, so it is not read as the grade on 2023-09-01.
    expect(page.locator("#answers")).to_contain_text("4. trinn (per 1. september 2024)")
    page.locator("#language-toggle").click()
    expect(page.locator("#assumptions")).to_contain_text(MOVED_DOWN_EN)
    expect(page.locator("#answers")).to_contain_text("on 1 September 2024)")
