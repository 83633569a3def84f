"""A child's groups of needs asked as one checklist (ADR 0028, issue 17 item 3 "related questions
merged"): the parent ticks what applies, "None of these" or "I don't know"; nothing ticked is asked
again, never taken as a "no"; Back shows what was ticked; what is sent is one yes/no answer per group."""

import json

from page_driver import BROWSER_TESTS, fill_family, from_example, open_calculator, open_family_file, submit_family
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations, submit_answer

pytestmark = BROWSER_TESTS
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment", "home_needs_adaptation", "has_treatment_travel"]


def to_the_checklist(page: Page) -> None:
    """The diabetes family: the kommune, then Nora's lasting illness ("yes"), then her groups of needs."""
    open_calculator(page, "?dato=2024-09-01")
    fill_family(page, from_example("child-diabetes"))
    submit_family(page)
    page.locator("#question-input").fill("3201")
    submit_answer(page)
    page.locator("#question-form input[name=answer][value=yes]").check()
    submit_answer(page)


def test_a_checklist_is_one_question_that_must_be_answered(page):
    to_the_checklist(page)
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-checklist", "has_illness_or_extra_needs")
    assert sorted(form.get_attribute("data-facts").split()) == sorted(GROUPS)
    expect(page.locator("#step-heading")).to_have_text(
        "Hva av dette gjelder barnet, mer enn for andre barn på samme alder? Kryss av alt som gjelder.")
    assert blocking_violations(page) == [], "the checklist"

    form.locator("button[type=submit]").click()  # nothing ticked: not a "no", asked again
    expect(page.locator("#question-error")).to_have_text("Kryss av det som gjelder, «Ingen av disse» eller «Vet ikke».")
    assert "question-error" in page.locator("#question-form fieldset").get_attribute("aria-describedby").split()
    expect(page.locator(f"#checklist-{GROUPS[0]}")).to_be_focused()
    assert blocking_violations(page) == [], "the checklist with its error"

    page.locator("#checklist-has_difficulty_getting_about").check()
    page.locator("#checklist-none").check()  # "None of these" clears the lines ...
    expect(page.locator("#checklist-has_difficulty_getting_about")).not_to_be_checked()
    page.locator("#checklist-dont-know").check()  # ... and "I don't know" clears "None of these"
    expect(page.locator("#checklist-none")).not_to_be_checked()
    page.locator("#checklist-needs_aids_or_special_equipment").check()  # a line clears both
    expect(page.locator("#checklist-dont-know")).not_to_be_checked()


def test_ticked_lines_are_yes_the_others_no_and_back_shows_them(page):
    sent: list[dict] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data))
            if request.url.endswith("/v1/interview") else None)
    to_the_checklist(page)
    page.locator("#checklist-has_difficulty_getting_about").check()
    page.locator("#checklist-needs_aids_or_special_equipment").check()
    submit_answer(page)
    nora = sent[-1]["family"]["children"][0]
    assert {fact: nora.get(fact) for fact in GROUPS} == {
        "needs_something_extra_at_school": "no", "needs_help_from_others_in_daily_life": "no",
        "has_extra_costs_from_illness": "no", "has_difficulty_getting_about": "yes", "needs_aids_or_special_equipment": "yes",
        "home_needs_adaptation": "no", "has_treatment_travel": "no"}
    expect(page.locator("#question-form .question__counter")).to_have_text("Spørsmål 4")  # the checklist was one question

    page.locator("#question-back").click()
    expect(page.locator("#question-form")).to_have_attribute("data-checklist", "has_illness_or_extra_needs")
    expect(page.locator("#question-form .question__counter")).to_have_text("Spørsmål 3")
    expect(page.locator("#checklist-has_difficulty_getting_about")).to_be_checked()
    expect(page.locator("#checklist-needs_something_extra_at_school")).not_to_be_checked()

    page.locator("#checklist-dont-know").check()
    submit_answer(page)
    nora = sent[-1]["family"]["children"][0]
    assert not any(fact in nora for fact in GROUPS), "a \"don't know\" is sent as no answer"
    assert {(item["fact"], item["person"]) for item in sent[-1]["unknown"]} >= {(fact, "barn1") for fact in GROUPS}


def test_a_change_of_language_keeps_what_is_ticked(page):
    to_the_checklist(page)
    page.locator("#checklist-needs_aids_or_special_equipment").check()
    page.get_by_role("button", name="English").click()
    expect(page.locator("#step-heading")).to_have_text(
        "Which of these apply to the child, more than to other children of the same age? Tick everything that applies.")
    expect(page.get_by_label("Assistive devices or special equipment", exact=False)).to_be_checked()
    expect(page.locator("#checklist-none")).not_to_be_checked()


def test_an_opened_file_goes_back_to_a_checklist_as_one_step_and_never_turns_dont_know_into_no(page, tmp_path):
    # A saved family whose checklist has one line "yes" and three "don't know" (one line changed alone from the
    # answer, then saved): the form cannot show that mix, so it shows nothing ticked and asks for an answer —
    # pressing Next unchanged must not send the three as "no" (a gate's "no" answers its followers "no").
    family = {"caregivers": [{"id": "Mor", "birth_date": "1990-05-05"}],
              "children": [{"id": "Nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes",
                            "has_lasting_illness": "yes", "has_difficulty_getting_about": "yes",
                            **{fact: "unknown" for fact in GROUPS if fact != "has_difficulty_getting_about"}}]}
    open_family_file(page, tmp_path, family)
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "kommunenummer")  # not in the file: asked first

    page.locator("#question-back").click()  # the last step of the file: Nora's checklist, one step
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-checklist", "has_illness_or_extra_needs")
    for fact in GROUPS:
        expect(page.locator(f"#checklist-{fact}")).not_to_be_checked()
    expect(page.locator("#checklist-none")).not_to_be_checked()
    expect(page.locator("#checklist-dont-know")).not_to_be_checked()
    form.locator("button[type=submit]").click()
    expect(page.locator("#question-error")).to_be_visible()
    expect(page.locator(f"#checklist-{GROUPS[0]}")).to_have_attribute("aria-invalid", "true")
