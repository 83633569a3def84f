"""The page cites as the answer does (review s21 M1, M2, ADR 0040): every source of a condition in force on the date,
a provision's window after its link, and once, under the date of the answer, which text the citations are to; the
words are the service's, in bokmål and in English.

Emil (school-child-autism-single-parent) on 1 September 2024: the home adaptation grant's means test cites forskrift
23. februar 2011 nr. 191 § 2 første ledd andre punktum, then Veiviseren's page
(variables/kommune/tilpasning_bolig/conditions.py); skoleskyss cites opplæringslova 2023 by chapter, in force from
1 August 2024, its section not verified (rules/provisions.py), which the page says in its own language (ADR 0043).
"""

from page_driver import BROWSER_TESTS, open_calculator, open_example, show_answer
from playwright.sync_api import Page, expect

pytestmark = BROWSER_TESTS
VEIVISEREN = ("https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/"
              "forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer")
NOTE = {"nb": "Lovhenvisningene gjelder teksten i kraft 1. september 2024. Lenkene åpner dagens versjon, som kan avvike.",
        "en": "The legal references are to the text in force on 1 September 2024. The links open today's version, which may differ."}


def _conditions(page: Page, benefit: str):
    card = page.locator(f"article.benefit[data-benefit={benefit}]")
    card.locator("details.ds-details summary").first.click()
    return card.locator("ul.conditions--all li")


def test_every_source_and_a_provisions_window_are_shown_with_the_note_once(page: Page):
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "school-child-autism-single-parent")
    show_answer(page)
    expect(page.locator(".result__citations")).to_have_text(NOTE["nb"])

    means = _conditions(page, "tilpasning_bolig").filter(has_text="økonomisk behovsprøving")
    links = means.get_by_role("link")
    expect(links).to_have_count(2)
    expect(links.first).to_have_attribute("href", "https://lovdata.no/forskrift/2011-02-23-191/§2")
    expect(links.last).to_have_attribute("href", VEIVISEREN)

    skyss = _conditions(page, "skoleskyss").first
    expect(skyss.get_by_role("link")).to_have_attribute("href", "https://lovdata.no/lov/2023-06-09-30")
    # Then what of it was not verified, in the page's language (ADR 0043, review s21 diff M8).
    expect(skyss).to_contain_text(", i kraft fra 1. august 2024 – paragrafen er ikke verifisert)")

    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".result__citations")).to_have_text(NOTE["en"])
    skyss = page.locator("article.benefit[data-benefit=skoleskyss] ul.conditions--all li").first
    expect(skyss).to_contain_text(", in force from 1 August 2024 – the section is not verified)")


def test_a_source_outside_lovdata_is_a_titled_link(page: Page):
    # Review s21 page M4: six links on a card had a bare address as their text. Emil's home adaptation grant cites
    # Veiviseren's page by its title (rules/source_titles.py); no link in the answer shows an address as its text.
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "school-child-autism-single-parent")
    show_answer(page)
    means = _conditions(page, "tilpasning_bolig").filter(has_text="økonomisk behovsprøving")
    expect(means.get_by_role("link", name="Veiviseren: Forskrift om tilskudd til etablering og tilpasning av bolig")).to_have_count(1)
    bare = page.locator("section.result a").evaluate_all("links => links.map(a => a.textContent).filter(t => /^https?:/.test(t))")
    assert bare == [], bare


def test_a_kommunes_page_is_cited_as_an_example_in_the_pages_language(page: Page):
    # Review s21 page M4: a kommune's page stands for how kommuner assess omsorgsstønad (hol. § 3-6 første ledd nr. 3,
    # rundskriv I-42/98's points), and was shown as the source to a family in another kommune. Ola needs nothing more
    # than other children of his age, so omsorgsstønad's condition on the child's needs is not met, citing Bodø
    # kommune's page as its example.
    open_calculator(page, "?dato=2024-09-01")
    page.fill("#barn1-name", "Ola")
    page.fill("#barn1-birth-date", "2016-01-01")
    page.select_option("#barn1-illness-or-needs", "no")
    page.fill("#omsorgsperson1-name", "Mor")
    page.fill("#omsorgsperson1-birth-date", "1985-04-02")
    page.locator("#family-form button[type=submit]").click()
    show_answer(page)
    bodo = "https://bodo.kommune.no/omsorgsstonad/vis-skjul-artikler-omsorgsstonad/hva-legger-vi-vekt-pa-nar-vi-vurderer-soknaden-din"
    link = _conditions(page, "omsorgsstonad").get_by_role("link", name="Omsorgsstønad, slik for eksempel Bodø kommune beskriver det")
    expect(link).to_have_attribute("href", bodo)
    page.get_by_role("button", name="English").click()
    expect(_conditions(page, "omsorgsstonad").get_by_role(
        "link", name="Omsorgsstønad, as Bodø kommune, for example, describes it")).to_have_attribute("href", bodo)
