"""A question in the words the family's answers fit, on the page as the service words it (`wordings` in GET /v1/facts,
api/static/js/family.js `wordedQuestion`): the yearly income's «Er du selvstendig næringsdrivende: …» only where a
parent asked is self-employed (review s23 page L1; ftrl § 8-35 andre ledd for her, § 8-28 for an employee); foster
parents asked about «den andre fosterforelderen» (review s23 page L2)."""

from page_driver import BROWSER_TESTS, open_family_file, show_answer
from playwright.sync_api import Page, expect

pytestmark = BROWSER_TESTS
SHORT = "Hva er årsinntekten din før skatt?"
SELF_EMPLOYED = ("Hva er årsinntekten din før skatt? Er du selvstendig næringsdrivende: gjennomsnittet av den "
                 "pensjonsgivende inntekten de tre siste årene.")
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]
WORK = {"has_worked_four_weeks": "yes", "care_hours_per_week": 10, "has_particularly_heavy_care_work": "no",
        "pleiepenger_lost_working_time_percent": 100}
# Nora needs continuous care and has the specialist's certificate (ftrl § 9-10), and both parents have worked four
# weeks (§ 9-2) and stay home full time: each one's pleiepenger turns on their own income (§ 9-15), the next step,
# asked of both at once (ADR 0035). Kari is self-employed, Ola an employee.
PARENTS = {"date": "2024-09-01", "kommunenummer": "3201",
           "caregivers": [{"id": "Kari", "birth_date": "1990-05-05", "employment": "self_employed", **WORK},
                          {"id": "Ola", "birth_date": "1988-09-17", "employment": "employee", **WORK}],
           "children": [{"id": "Nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes",
                         "has_lasting_illness": "yes", "needs_long_term_coordinated_health_services": "no",
                         "has_private_care_arrangement": "no", "needs_continuous_care_and_supervision": "yes",
                         "has_specialist_medical_certificate": "yes", "omsorgspenger_chronic_illness_accepted": "no",
                         **{fact: "no" for fact in GROUPS}}]}


def test_the_income_question_speaks_to_the_self_employed_only_where_one_is_asked(page: Page, tmp_path):
    open_family_file(page, tmp_path, PARENTS)
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "yearly_income")
    expect(page.locator("#step-heading")).to_have_text(SELF_EMPLOYED)  # one question over both: Kari needs the words

    page.fill("#each-omsorgsperson1", "400000")
    page.fill("#each-omsorgsperson2", "500000")
    form.locator("button[type=submit]").click()
    expect(page.locator("#question-form, section.result").first).not_to_have_attribute("data-fact", "yearly_income")
    show_answer(page)
    answers = page.locator("#answers .answers__question")
    expect(answers.filter(has_text="(gjelder Kari)").filter(has_text="årsinntekten")).to_have_text(f"{SELF_EMPLOYED} (gjelder Kari)")
    expect(answers.filter(has_text="(gjelder Ola)").filter(has_text="årsinntekten")).to_have_text(f"{SHORT} (gjelder Ola)")
    page.get_by_role("button", name="English").click()
    expect(answers.filter(has_text="(about Ola)").filter(has_text="yearly income")).to_have_text(
        "What is your yearly income before tax? (about Ola)")


def test_foster_parents_are_asked_about_the_other_foster_parent(page: Page, tmp_path):
    # The same family, employees with their incomes given and Nora in their foster home («Fosterbarn» on the family
    # step), with no fixed supervision by others and a care need one of them can meet: next is whether either is
    # temporarily alone with the care (ftrl § 9-6), asked of both.
    employees = [{**person, "employment": "employee", "yearly_income": 500000} for person in PARENTS["caregivers"]]
    nora = {**PARENTS["children"][0], "lives_in_fosterhjem": "yes", "established_supervision_hours_per_week": 0,
            "care_need_requires_two_caregivers": "no"}
    open_family_file(page, tmp_path, {**PARENTS, "caregivers": employees, "children": [nora]})
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "omsorgspenger_temporarily_alone")
    expect(page.locator("#step-heading")).to_have_text(
        "Er du midlertidig alene om omsorgen fordi den andre fosterforelderen ikke kan ha tilsyn med barna i minst 6 måneder?")
    page.get_by_role("button", name="English").click()
    expect(page.locator("#step-heading")).to_have_text(
        "Are you temporarily alone with the care because the other foster parent cannot supervise the children for at "
        "least 6 months?")
