"""A family opened on the day it describes, then asked about a later date, has its grades moved (ADR 0030): the page
sends the example's date as `family_date` and shows the service's sentence.

Hand-worked: the school-child example describes 2024-09-01 with emil in 4th grade (school year 2024–25). Asked on
2025-09-01, one 1 August lies between: 5th grade (opplæringslova § 2-1). Stønad til barnetilsyn is for a child up
to the end of 4th school year, an older one only if needing substantially more supervision than peers
(folketrygdloven § 15-10 first ledd): in 5th grade the barnetilsyn card asks that of emil, in 4th it does not.
(His SFO offer stays: a child with special needs has it on 1st–7th trinn, opplæringslova § 4-5.)
"""

from page_driver import BROWSER_TESTS, open_calculator, open_example, set_date_in_advanced_field, show_answer, submit_family
from playwright.sync_api import Page, expect

from openfisca_asb.facts.vocabulary import vocabulary

pytestmark = BROWSER_TESTS
MOVED = "Familien er beskrevet 1. september 2024; 1. september 2025: emil 5. trinn."
# Changing the family or the date again, the grades are first taken as the service moved them to the date asked
# (ADR 0030 addendum 2): grade 5 on 2025-09-01, one 1 August before 2026-09-01: grade 6, moved from 2025, not 2024.
MOVED_AGAIN = "Familien er beskrevet 1. september 2025; 1. september 2026: emil 6. trinn."


def test_a_later_date_asked_moves_the_example_childs_grade(page: Page):
    supervision = vocabulary()["needs_substantially_more_supervision_than_peers"].question.nb
    open_calculator(page)
    open_example(page, "school-child-autism-single-parent")
    show_answer(page)
    barnetilsyn = page.locator("article.benefit[data-benefit=barnetilsyn]")
    expect(barnetilsyn).not_to_contain_text(supervision)
    expect(page.locator(".assumptions__moved")).to_have_count(0)  # asked on the day described: nothing moved

    page.locator("#change-family").click()
    set_date_in_advanced_field(page, "2025-09-01")
    submit_family(page)
    show_answer(page)
    expect(page.locator(".result__meta")).to_contain_text("1. september 2025")
    expect(page.locator("#assumptions")).to_contain_text(MOVED)  # the name shown, not the page's id barn1
    expect(barnetilsyn).to_contain_text(supervision)

    page.locator("#change-family").click()
    set_date_in_advanced_field(page, "2026-09-01")
    submit_family(page)
    show_answer(page)
    expect(page.locator("#assumptions")).to_contain_text(MOVED_AGAIN)


def test_an_example_opened_keeps_the_date_the_address_asks_for(page: Page):
    # Review s16 (page), finding 2: `?dato=2025-09-01` chosen, then the example opened — the answer is for the date
    # asked, with emil's grade moved from the day the example describes (5th grade, as above), not silently the
    # example's own 1 September 2024.
    open_calculator(page, "?dato=2025-09-01")
    open_example(page, "school-child-autism-single-parent")
    show_answer(page)
    expect(page.locator(".result__meta")).to_contain_text("1. september 2025")
    expect(page.locator("#assumptions")).to_contain_text(MOVED)
