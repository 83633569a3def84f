"""One question to each caregiver in one step (ADR 0035, issue 17 item 3 "related questions merged"): the
same question about the parents' work or care, each parent's answer its own — a choice, or a number with its
own «Vet ikke»; a caregiver left unanswered is an error at that caregiver's answer, never a "no"; Back, a change
of language and an opened file keep the answers as one step."""

import json

from page_driver import BROWSER_TESTS, open_family_file
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations, submit_answer

pytestmark = BROWSER_TESTS
# Two parents and a seven-year-old with a lasting illness, her needs told in a saved file: the parents' work
# situation turns their omsorgspenger (ftrl § 9-2), so it is the first question after the file, asked of both at
# once; her needs make the questions about care beyond ordinary parenting worth asking (ADR 0026).
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]
PARENTS = {"date": "2024-09-01", "kommunenummer": "3201",
           "caregivers": [{"id": "Kari", "birth_date": "1990-05-05"}, {"id": "Ola", "birth_date": "1988-09-17"}],
           "children": [{"id": "Nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes",
                         "has_lasting_illness": "yes", "needs_long_term_coordinated_health_services": "no",
                         "has_private_care_arrangement": "no", "needs_continuous_care_and_supervision": "no",
                         "omsorgspenger_chronic_illness_accepted": "no", **{fact: "no" for fact in GROUPS}}]}
BOTH = "omsorgsperson1 omsorgsperson2"


def to_the_work_situations(page: Page, tmp_path, sent: list[dict]) -> None:
    page.on("request", lambda request: sent.append(json.loads(request.post_data))
            if request.url.endswith("/v1/interview") else None)
    open_family_file(page, tmp_path, PARENTS)


def caregivers_sent(sent: list[dict], fact: str) -> dict:
    return {person["id"]: person.get(fact) for person in sent[-1]["family"]["caregivers"]}


def test_the_work_situation_is_one_step_with_an_answer_for_each_parent(page, tmp_path):
    sent: list[dict] = []
    to_the_work_situations(page, tmp_path, sent)
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "employment")
    expect(form).to_have_attribute("data-persons", BOTH)
    expect(page.locator("#step-heading")).to_have_text("Hva er din arbeidssituasjon?")
    expect(form.locator("fieldset.each__person > legend")).to_have_text(["Kari", "Ola"])  # each answer named by its caregiver
    expect(page.locator("#question-about")).to_have_text("Svar for hver av dere. «Du» betyr personen som står over hvert svar.")
    assert blocking_violations(page) == [], "one question to each caregiver"

    form.locator('input[name="each-omsorgsperson1"][value="employee"]').check()
    form.locator("button[type=submit]").click()  # Ola not answered: an error at his answer, nothing sent as "no"
    expect(page.locator("#each-omsorgsperson2-error")).to_have_text("Velg et svar, eller «Vet ikke».")
    assert page.locator("#each-omsorgsperson2-group").get_attribute("aria-describedby") == "each-omsorgsperson2-error"
    expect(page.locator("#each-omsorgsperson2-0")).to_be_focused()
    expect(form.locator('input[name="each-omsorgsperson1"][value="employee"]')).to_be_checked()  # Kari's kept
    assert blocking_violations(page) == [], "with an error at one caregiver"

    form.locator('input[name="each-omsorgsperson2"][value="frilanser"]').check()
    number = int(page.locator("#question-form .question__counter").inner_text().split()[-1])
    submit_answer(page)
    assert caregivers_sent(sent, "employment") == {"omsorgsperson1": "employee", "omsorgsperson2": "frilanser"}
    expect(page.locator("#question-form .question__counter")).to_have_text(f"Spørsmål {number + 1}")  # the two were one question


def test_back_and_a_change_of_language_keep_each_parents_answer(page, tmp_path):
    sent: list[dict] = []
    to_the_work_situations(page, tmp_path, sent)
    page.locator('input[name="each-omsorgsperson1"][value="employee"]').check()
    page.locator('input[name="each-omsorgsperson2"][value="unknown"]').check()
    submit_answer(page)
    assert caregivers_sent(sent, "employment") == {"omsorgsperson1": "employee", "omsorgsperson2": None}
    assert {"fact": "employment", "person": "omsorgsperson2"} in sent[-1]["unknown"]

    page.locator("#question-back").click()
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-persons", BOTH)
    expect(form.locator('input[name="each-omsorgsperson1"][value="employee"]')).to_be_checked()
    expect(form.locator('input[name="each-omsorgsperson2"][value="unknown"]')).to_be_checked()
    page.get_by_role("button", name="English").click()
    expect(page.locator("#question-about")).to_have_text("Answer for each of you. “You” means the person named above each answer.")
    expect(form.locator('input[name="each-omsorgsperson1"][value="employee"]')).to_be_checked()


def to_the_care_hours(page, tmp_path, sent: list[dict]):
    """Both parents employees, every question before the care hours answered "no" for both: the care hours' form."""
    to_the_work_situations(page, tmp_path, sent)
    for person in ("omsorgsperson1", "omsorgsperson2"):
        page.locator(f'input[name="each-{person}"][value="employee"]').check()
    submit_answer(page)
    form = page.locator("#question-form")
    for _ in range(4):  # the questions before the care hours, each answered "no" for both
        if form.get_attribute("data-fact") == "care_hours_per_week":
            break
        for person in ("omsorgsperson1", "omsorgsperson2"):
            page.locator(f'input[name="each-{person}"][value="no"]').check()
        submit_answer(page)
    expect(form).to_have_attribute("data-fact", "care_hours_per_week")
    return form


def to_the_answer(page):
    """Any first-pass question left after the care hours (their order follows what each can settle, ADR 0014), each
    answered "no" for both, then the answer."""
    form = page.locator("#question-form")
    result = page.locator("section.result")
    for _ in range(3):
        expect(result.or_(form)).to_be_visible()
        if result.is_visible():
            return
        counter = form.locator(".question__counter").inner_text()
        for person in ("omsorgsperson1", "omsorgsperson2"):
            page.locator(f'input[name="each-{person}"][value="no"]').check()
        form.locator("button[type=submit]").click()
        expect(result.or_(form.locator(".question__counter").filter(has_not_text=counter))).to_be_visible()
    expect(result).to_be_visible()


def test_a_figure_for_each_parent_each_with_its_own_dont_know(page, tmp_path):
    # The care hours (omsorgsopptjening, ftrl § 20-8 first ledd letter b: at least 22 hours a week), asked of both.
    sent: list[dict] = []
    form = to_the_care_hours(page, tmp_path, sent)
    expect(form).to_have_attribute("data-persons", BOTH)
    # A screen reader names each figure by its caregiver and the question, and tells its unit (WCAG 1.3.1, 3.3.2).
    question = page.locator("#step-heading").inner_text()
    expect(page.get_by_role("textbox", name=f"Kari {question}")).to_have_attribute("aria-describedby", "each-omsorgsperson1-unit")
    expect(page.locator("#each-omsorgsperson1-unit")).to_have_text("timer per uke")
    page.locator("#each-omsorgsperson1").fill("tjue")
    page.locator("#each-omsorgsperson2-dont-know").check()
    expect(page.locator("#each-omsorgsperson2")).to_be_disabled()
    form.locator("button[type=submit]").click()
    expect(page.locator("#each-omsorgsperson1-error")).to_have_text("Skriv et tall, eller kryss av for «Vet ikke».")
    expect(page.locator("#each-omsorgsperson1")).to_be_focused()
    expect(page.locator("#each-omsorgsperson2-dont-know")).to_be_checked()
    assert blocking_violations(page) == [], "a figure for each caregiver, with an error"

    page.locator("#each-omsorgsperson1").fill("25")
    form.locator("button[type=submit]").click()
    to_the_answer(page)
    assert caregivers_sent(sent, "care_hours_per_week") == {"omsorgsperson1": 25, "omsorgsperson2": None}


def test_an_opened_file_goes_back_to_both_parents_answers_as_one_step(page, tmp_path):
    family = {"date": "2024-09-01",
              "caregivers": [{"id": "Kari", "birth_date": "1990-05-05", "employment": "employee"},
                             {"id": "Ola", "birth_date": "1988-09-17", "employment": "frilanser"}],
              "children": [{"id": "Nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "no"}]}
    open_family_file(page, tmp_path, family)
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "kommunenummer")  # not in the file: asked first

    page.locator("#question-back").click()  # the last step of the file: both work situations, one step
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "employment")
    expect(form).to_have_attribute("data-persons", BOTH)
    expect(form.locator('input[name="each-omsorgsperson1"][value="employee"]')).to_be_checked()
    expect(form.locator('input[name="each-omsorgsperson2"][value="frilanser"]')).to_be_checked()
