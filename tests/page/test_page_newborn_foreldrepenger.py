"""A newborn's pleiepenger on the page: the card and the plan say what they mean for foreldrepenger (review s24 M2).

The infant with a heart defect (examples/infant-heart-defect-hospital.yaml), born 10 May 2024, in hospital, asked on
1 September 2024: under one year, born after 1 October 2021. NAV pays pleiepenger or foreldrepenger for a day, not both,
and foreldrepenger can be postponed (folketrygdloven § 14-11 as amended 1 October 2021; § 14-10 a for a birth before
week 33): the mother's card says so under «Viktig å vite», and so does her step of the application plan.
"""

from page_driver import BROWSER_TESTS, open_calculator, open_example, show_answer
from playwright.sync_api import expect

pytestmark = BROWSER_TESTS
SAID = "Barnet er under ett år. Pleiepenger og foreldrepenger betales ikke for de samme dagene"


def test_the_card_and_the_plan_say_pleiepenger_and_foreldrepenger_are_not_paid_for_the_same_days(page):
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "infant-heart-defect-hospital")
    show_answer(page)
    card = page.locator('article.benefit[data-benefit="pleiepenger"][data-person="omsorgsperson1"]')
    expect(card.locator("dt", has_text="Viktig å vite")).to_have_count(1)
    expect(card.locator(".benefit__note")).to_contain_text(SAID)
    expect(card.locator(".benefit__note")).to_contain_text("(folketrygdloven § 14-11)")
    page.locator("#show-plan").click()
    step = page.locator('.plan__step[data-benefit="pleiepenger"]').first
    expect(step.locator(".plan__note")).to_contain_text(f"Viktig å vite: {SAID}")
