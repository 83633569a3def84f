"""WCAG 2.1 AA on the page (required of Norwegian public web services by
forskrift om universell utforming av IKT-løsninger § 4): an axe-core scan of every
step in both languages, keyboard-only use with visible focus (2.1.1, 2.4.7), errors
tied to their fields (3.3.1, 1.3.1), headings in order (1.3.1), reflow at 200 %
zoom and on a phone (1.4.4, 1.4.10), and the privacy promise the page makes."""

import json

from axe_playwright_python.sync_playwright import Axe
from page_driver import BROWSER_TESTS, fill_family, from_example, open_calculator, submit_family
from playwright.sync_api import Page, expect

pytestmark = BROWSER_TESTS

AXE = Axe()
BLOCKING_IMPACTS = {"serious", "critical"}


def blocking_violations(page: Page) -> list[str]:
    # Only the violations are listed in full (axe-core's resultTypes): a long answer's passes took seconds to collect.
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
                                     "resultTypes": ["violations"]})
    return [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes']]}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def start_school_child(page: Page) -> None:
    open_calculator(page, "?dato=2024-09-01")
    fill_family(page, from_example("school-child-autism-single-parent"))
    submit_family(page)
    expect(page.locator("#question-form")).to_be_visible()


def answer_dont_know(page: Page) -> None:
    """«Vet ikke» to the question, or to each caregiver's answer where it is asked of each (ADR 0035)."""
    form = page.locator("#question-form")
    if form.locator("input[type=radio][value=unknown]").count():
        for choice in form.locator("input[type=radio][value=unknown]").all():
            choice.check()
    else:
        for box in form.locator("#question-dont-know, [id$=-dont-know]").all():
            box.check()
    submit_answer(page)


def answer_first_option(page: Page) -> None:
    """The first option of a yes/no or choice question ("yes", or the first work situation), or a checklist's
    first line (ADR 0028)."""
    form = page.locator("#question-form")
    if form.get_attribute("data-checklist"):
        form.locator(".checklist__lines input[type=checkbox]").first.check()
    elif form.get_attribute("data-scale"):  # a scale (ADR 0036): its first level
        form.locator("input[name=scale-level]").first.check()
    elif form.get_attribute("data-persons"):  # one question to each caregiver (ADR 0035): each the first option
        for fieldset in form.locator("fieldset").all():
            fieldset.locator("input[type=radio]:not([value=unknown])").first.check()
    else:
        form.locator("input[name=answer]:not([value=unknown])").first.check()
    submit_answer(page)


def submit_answer(page: Page) -> None:
    form = page.locator("#question-form")
    counter = form.locator(".question__counter").inner_text()
    form.locator("button[type=submit]").click()
    expect(page.locator("#question-form .question__counter")).not_to_have_text(counter)


def show_answer_now(page: Page) -> None:
    page.locator("#question-form").get_by_role("button", name="Vis svaret nå").click()
    expect(page.locator("section.result")).to_be_visible()


def test_axe_finds_no_serious_or_critical_violations_on_any_step(page):
    open_calculator(page, "?dato=2024-09-01")
    assert blocking_violations(page) == [], "family step"
    fill_family(page, from_example("school-child-autism-single-parent"))
    submit_family(page)
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "kommunenummer")
    assert blocking_violations(page) == [], "the first question, the kommune: a text question"
    answer_dont_know(page)
    expect(page.locator("#question-form .question__counter")).to_have_text("Spørsmål 2")
    assert page.locator("#question-form input[name=answer]").count(), "the second question is yes/no"
    assert blocking_violations(page) == [], "the second question, a yes/no question"
    show_answer_now(page)
    assert blocking_violations(page) == [], "the answer in bokmål"
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=2, name="What the family may be entitled to")).to_be_visible()
    assert blocking_violations(page) == [], "the answer in English"


def test_a_number_question_and_its_error_pass_axe(page):
    start_school_child(page)
    # Answer until a number question comes up: "don't know" to the kommune (a text question), the first option
    # to the others — a "don't know" to every group gate ends the first pass before any number is asked.
    for _ in range(40):
        if page.locator("#question-form").get_attribute("data-fact") == "kommunenummer":
            answer_dont_know(page)
        elif page.locator("#question-input").count():
            break
        else:
            answer_first_option(page)
    field = page.locator("#question-input")
    field.fill("tjue")
    page.locator("#question-form button[type=submit]").click()
    expect(field).to_have_attribute("aria-invalid", "true")
    error_ids = field.get_attribute("aria-describedby").split()
    assert "question-input-error" in error_ids
    expect(page.locator("#question-input-error")).to_have_text("Skriv et tall, eller kryss av for «Vet ikke».")
    expect(field).to_be_focused()
    assert blocking_violations(page) == []


def test_family_errors_are_tied_to_their_fields_and_summarised(page):
    open_calculator(page, "?dato=2024-09-01")
    page.fill("#barn1-name", "Ida")
    submit_family(page)
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link", name="Skriv fødselsdatoen til Ida.")).to_be_visible()
    field = page.locator("#barn1-birth-date")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert "barn1-birth-date-error" in field.get_attribute("aria-describedby").split()
    expect(page.locator("#barn1-birth-date-error")).to_have_text("Skriv fødselsdatoen til Ida.")
    summary.get_by_role("link", name="Skriv fødselsdatoen til Ida.").click()
    expect(field).to_be_focused()
    # A birth date after the date asked is refused with the date in words.
    field.fill("2025-01-01")
    page.fill("#omsorgsperson1-birth-date", "1980-01-01")
    submit_family(page)
    expect(page.locator("#barn1-birth-date-error")).to_have_text(
        "Fødselsdatoen kan ikke være etter 1. september 2024, datoen svaret gjelder for. Et ventet barn oppgis som et "
        "faktum om familien: fjern barnet her, så spør vi om det etterpå.")
    assert blocking_violations(page) == []


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the focused element matches, checking each stop shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const e = document.activeElement; const s = getComputedStyle(e);
                       return { visible: s.outlineStyle !== 'none' && s.outlineWidth !== '0px' || s.boxShadow !== 'none',
                                what: e.outerHTML.slice(0, 80) }; }"""
        )
        assert focused["visible"], f"no visible focus on {focused['what']}"
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_whole_way_by_keyboard_with_visible_focus(page):
    open_calculator(page, "?dato=2024-09-01")
    tab_to(page, ".ds-skip-link")
    tab_to(page, "#language-toggle")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "nb")
    tab_to(page, "#barn1-name")
    page.keyboard.type("Ida")
    tab_to(page, "#barn1-birth-date")
    page.keyboard.type("03032015")  # day and month alike: the same in dd.mm and mm/dd order
    tab_to(page, "#omsorgsperson1-birth-date")
    page.keyboard.type("11111980")
    tab_to(page, "#family-form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#question-form")).to_be_visible()
    expect(page.locator("#step-heading")).to_be_focused()
    tab_to(page, "#question-input")  # the first question is the kommune, asked once
    page.keyboard.type("0301")
    page.keyboard.press("Enter")
    expect(page.locator("#question-form .question__counter")).to_have_text("Spørsmål 2")
    tab_to(page, "input[name=answer]")  # the second question is yes/no: a lasting illness
    page.keyboard.press("Space")
    tab_to(page, "#question-form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#question-form .question__counter")).to_have_text("Spørsmål 3")
    tab_to(page, "#show-answer-now")
    page.keyboard.press("Enter")
    expect(page.locator("section.result")).to_be_visible()
    expect(page.locator("#step-heading")).to_be_focused()
    assert page.locator("#answers li").count() == 2
    # Past the rights grouped by whom to contact, to the overview's first right (issue 17).
    tab_to(page, ".overview__table a[href^='#right-']", limit=150)
    page.keyboard.press("Enter")
    expect(page.locator("article.benefit").first).to_be_in_viewport()
    tab_to(page, "article.benefit summary")
    page.keyboard.press("Enter")
    expect(page.locator("article.benefit details").first).to_have_attribute("open", "")


def test_headings_are_in_order_and_the_answer_is_announced(page):
    start_school_child(page)
    show_answer_now(page)
    levels = page.evaluate("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter(h => h.offsetParent !== null).map(h => Number(h.tagName[1]))")
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), levels
    announcer = page.locator("#announcer")
    expect(announcer).to_have_attribute("aria-live", "polite")
    expect(announcer).to_contain_text("Svaret er klart. Du har rett:")


def no_horizontal_scroll(page: Page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def test_reflows_at_200_percent_zoom_and_on_a_phone(page):
    # 1280 × 900 CSS pixels at 200 % zoom is a 640 × 450 viewport; a small phone is 320 wide.
    for width, height in ((640, 450), (320, 640)):
        page.set_viewport_size({"width": width, "height": height})
        open_calculator(page, "?dato=2024-09-01")
        assert no_horizontal_scroll(page), f"family step at {width} px"
        fill_family(page, from_example("school-child-autism-single-parent"))
        submit_family(page)
        expect(page.locator("#question-form")).to_be_visible()
        assert no_horizontal_scroll(page), f"question at {width} px"
        show_answer_now(page)
        assert no_horizontal_scroll(page), f"answer at {width} px"


def test_nothing_is_stored_and_nothing_leaves_this_service(page, base_url):
    requests = []
    page.on("request", lambda request: requests.append(request))
    start_school_child(page)
    show_answer_now(page)
    expect(page.get_by_role("heading", name="Vi lagrer ingenting")).to_be_visible()
    assert page.context.cookies() == []
    assert page.evaluate("() => [localStorage.length, sessionStorage.length]") == [0, 0]
    assert requests, "the page did call its API"
    assert all(request.url.startswith(f"{base_url}/") for request in requests), [r.url for r in requests if not r.url.startswith(base_url)]
    # Names stay on the page: the API sees only ids like "barn1", never "emil" or "far".
    families = [json.loads(request.post_data)["family"] for request in requests if request.method == "POST"]
    assert families
    for family in families:
        ids = {person["id"] for person in [*family["caregivers"], *family["children"]]}
        assert ids == {"barn1", "omsorgsperson1"}
        assert family["children"][0]["sole_caregiver"] == "omsorgsperson1"


def test_start_again_asks_first_in_the_page_and_no_keeps_everything(page):
    # Issue 17 review: «Start på nytt» threw the family and every answer away at once. It now asks in the
    # page (no window.confirm: two buttons in the page's words), the question focused (2.4.3); "No" keeps
    # all and puts the focus back on «Start på nytt».
    page.on("dialog", lambda dialog: (_ for _ in ()).throw(AssertionError(f"a browser dialog: {dialog.message}")))
    start_school_child(page)
    answer_dont_know(page)
    show_answer_now(page)
    answers = page.locator("#answers").text_content()
    page.locator("#restart").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#restart-confirm-text")).to_be_focused()
    expect(page.locator("#restart-confirm")).to_have_accessible_name(
        "Vil du starte på nytt? Familien og svarene dine blir borte fra siden. Vil du ta vare på dem, velg «Lagre svarene som fil» først.")
    assert blocking_violations(page) == [], "the answer asking whether to start again"
    tab_to(page, "#restart-no")
    page.keyboard.press("Enter")
    expect(page.locator("#restart-confirm")).to_have_count(0)
    expect(page.locator("#restart")).to_be_focused()
    expect(page.locator("#answers")).to_have_text(answers)

    page.get_by_role("button", name="English").click()
    page.get_by_role("button", name="Start again").click()
    expect(page.locator("#restart-confirm")).to_have_accessible_name(
        "Start again? The family and your answers will be gone from the page. To keep them, choose “Save the answers as a file” first.")
    page.get_by_role("button", name="No, keep the answers").click()
    page.get_by_role("button", name="Start again").click()
    page.get_by_role("button", name="Yes, start again").click()
    expect(page.locator("#family-form")).to_be_visible()
    expect(page.locator("#barn1-name")).to_have_value("")
    expect(page.locator("#omsorgsperson1-birth-date")).to_have_value("")
