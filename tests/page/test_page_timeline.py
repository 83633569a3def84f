""""Hva skjer framover?" under the answer (issue 21 [transitions]): the list by date, printable, axe-clean.

The school child with autism (Emil, born 2015-03-03, 4th grade on 2024-09-01): from the
answer on 2024-09-01, one year ahead, the list shows dated events with why and the law, the
notes say what the list assumes, and the section prints with the answer. A toddler seen from
2026-12-01 reaches school start past the model's last date, and the event says whose law it assumes.
"""

from page_driver import BROWSER_TESTS, PAGE_ID, answer_questions, fill_family, from_example, open_calculator, submit_family
from playwright.sync_api import expect
from test_page_accessibility import blocking_violations

pytestmark = BROWSER_TESTS
TIMELINE_WAIT_MS = 120_000


def _to_the_answer(page, address="?dato=2024-09-01", name="school-child-autism-single-parent", more=False):
    family = from_example(name)
    open_calculator(page, address)
    fill_family(page, family)
    submit_family(page)
    answer_questions(page, family.answers, more=more)  # the decisive questions, unless a test needs every amount settled


def test_the_timeline_lists_dated_events_and_notes_and_is_axe_clean(page):
    _to_the_answer(page)
    expect(page.locator("#timeline-heading")).to_have_text("Hva skjer framover?")
    page.locator("#timeline-years").select_option("1")
    page.locator("#show-timeline").click()
    # The timeline answers every date where something changes: seconds on a loaded machine.
    expect(page.locator("#timeline-list .timeline__period")).to_have_text("Fra 1. september 2024 til 1. september 2025.", timeout=TIMELINE_WAIT_MS)
    # Emil starts 5th grade on 2025-08-01 (2025 − 2015 − 5): the SFO right changes after 4th grade (opplæringslova § 4-5).
    sfo = page.locator('.timeline__date[data-date="2025-08-01"] .timeline__event[data-benefit="sfo"]')
    expect(sfo).to_contain_text("Opplæringslova § 4-5")
    expect(page.locator("#timeline-list .timeline__notes")).to_contain_text("Ikke modellert")
    # The service's texts name the page's ids (barn1); the page shows the name typed (review of issue 17, item 7).
    expect(page.locator("#timeline-list")).to_contain_text("Emil begynner på 5. trinn")
    assert not PAGE_ID.search(page.locator("#timeline-list").text_content())
    assert blocking_violations(page) == []


def test_the_timeline_prints_with_the_answer_and_its_buttons_do_not(page):
    _to_the_answer(page, "?dato=2024-09-01&lang=en")
    page.locator("#timeline-years").select_option("1")
    page.locator("#show-timeline").click()
    expect(page.locator("#timeline-list .timeline__event").first).to_be_visible(timeout=TIMELINE_WAIT_MS)
    page.emulate_media(media="print")
    expect(page.locator("#timeline-list")).to_be_visible()
    expect(page.locator("#show-timeline")).to_be_hidden()


def test_events_past_the_models_last_date_say_whose_law_they_assume(page):
    # Ella (toddler, born 2023-03-15) starts school on 2029-08-01, the August of the year she turns 6
    # (opplæringslova § 2-2): past the model's last date 2027-12-31, so the event says it assumes that date's law.
    _to_the_answer(page, "?dato=2026-12-01&lang=en", "toddler-cerebral-palsy-barnehage")
    page.locator("#timeline-years").select_option("5")
    page.locator("#show-timeline").click()
    sfo = page.locator('.timeline__date[data-date="2029-08-01"] .timeline__event[data-benefit="sfo"]')
    expect(sfo).to_contain_text("Assumes that the law and rates of 31 December 2027 continue unchanged.", timeout=TIMELINE_WAIT_MS)


def test_a_change_per_day_shows_the_amounts_per_day_and_each_months(page):
    # Mor in teenager-cancer: 3 004 kr a day in March 2026 (6G = 780 960 / 260), 3 077 kr from 1 May 2026 (800 000 / 260);
    # March has 22 weekdays (66 088 kr), May 21 (64 617 kr): worked out in tests/timeline/test_timeline_weekdays.py.
    _to_the_answer(page, "?dato=2026-01-01", "teenager-cancer", more=True)  # the amount per day needs every answer
    page.locator("#timeline-years").select_option("1")
    page.locator("#show-timeline").click()
    event = page.locator('.timeline__date[data-date="2026-05-01"] .timeline__event[data-benefit="pleiepenger"]')
    expect(event.locator(".timeline__what")).to_contain_text("beløpet per dag endres fra 3 004 kr til 3 077 kr", timeout=TIMELINE_WAIT_MS)
    expect(event.locator(".timeline__what")).not_to_contain_text("→")
    expect(event.locator(".timeline__per-day")).to_contain_text("mai 2026: 3 077 kr × 21 dager = 64 617 kr")
