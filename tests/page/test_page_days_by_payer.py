"""The card and the total say who pays which omsorgspenger days (review s21 caseworker M5).

Emil, 9, autism accepted by NAV as a chronic illness; his father, an employee, has the care alone: 10 + 10 + 20 = 40
days a year (ftrl § 9-6). The employer pays the first 10 itself; NAV refunds the 30 after them (§ 9-8 third ledd).
"""

from page_driver import BROWSER_TESTS, open_calculator, open_example, show_answer
from playwright.sync_api import expect

pytestmark = BROWSER_TESTS


def test_the_card_and_the_total_split_the_days_by_who_pays(page):
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "school-child-autism-single-parent")
    show_answer(page)
    card = page.locator("article.benefit[data-benefit=omsorgspenger]")
    expect(card.locator(".days-by-payer li")).to_have_text([
        "Arbeidsgiveren betaler de første 10 dagene selv (folketrygdloven § 9-8 tredje ledd).",
        "NAV betaler 30 dager: dagene etter de første 10, som refusjon til arbeidsgiveren (folketrygdloven § 9-8 tredje ledd).",
    ])
    extents = page.locator("section.total .total__extents li", has_text="Omsorgspenger")
    expect(extents).to_have_count(2)
    expect(extents.nth(0)).to_contain_text("NAV: ")
    expect(extents.nth(0)).to_contain_text("30 dager")
    expect(extents.nth(1)).to_contain_text("Arbeidsgiveren: ")
    expect(extents.nth(1)).to_contain_text("10 dager")
