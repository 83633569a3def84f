"""The page gives every grade for one day (ADR 0030, addendum 2): a grade typed after the date asked was changed is the
grade on the date asked, and a newborn added to a family described before the birth never makes the page send a
`family_date` before someone's birth (the service refuses that with a 422). A grade the service moved is offered to
change («Endre») as the grade on the date asked, the day the answer is taken for.

Hand-worked for all: emil (the school-child example, born 2015-03-03) turns six in 2021, so starts 1st grade in
August 2021 (opplæringslova § 2-1): 4th grade in 2024–25, 5th in 2025–26. The example describes 2024-09-01 with him in
4th grade; asked on 2025-09-01, one 1 August lies between: 5th grade. Stønad til barnetilsyn is for a child up to the
end of 4th school year, an older one only if needing substantially more supervision than peers (folketrygdloven
§ 15-10 first ledd): the barnetilsyn card asks that of emil in 5th grade, not in 4th.
"""

import json
from datetime import date

from page_driver import BROWSER_TESTS, open_calculator, open_example, set_date_in_advanced_field, show_answer, submit_family
from playwright.sync_api import Locator, Page, expect
from test_page_family_file import open_file

from openfisca_asb.facts.examples import example_date, example_family
from openfisca_asb.facts.vocabulary import vocabulary

pytestmark = BROWSER_TESTS
EXAMPLE = "school-child-autism-single-parent"
DESCRIBED = "2024-09-01"
ASKED = "2025-09-01"
EMIL = "barn1"  # the page's id for the example's only child


def interview_calls(page: Page) -> list:
    """Every POST /v1/interview the page makes from now on."""
    calls = []
    page.on("request", lambda request: calls.append(request) if request.url.endswith("/v1/interview") else None)
    return calls


def supervision_question() -> str:
    return vocabulary()["needs_substantially_more_supervision_than_peers"].question.nb


def barnetilsyn_card(page: Page) -> Locator:
    return page.locator("article.benefit[data-benefit=barnetilsyn]")


def open_school_child_example(page: Page) -> None:
    """The example on its own day, its answer shown; the hand-worked grades above start from its 4th grade."""
    assert example_date(EXAMPLE) == date.fromisoformat(DESCRIBED)
    assert example_family(EXAMPLE).children[0].school_grade == 4
    open_calculator(page)
    open_example(page, EXAMPLE)
    show_answer(page)


def change_date_asked(page: Page, asked: str) -> None:
    page.locator("#change-family").click()
    set_date_in_advanced_field(page, asked)


def test_a_grade_typed_after_the_date_asked_changed_is_the_grade_on_that_date(page: Page, tmp_path):
    # emil without a grade: the answer takes his grade by age and offers «Oppgi trinnet til emil».
    family = example_family(EXAMPLE).model_dump(mode="json", exclude_none=True)
    del family["children"][0]["school_grade"]
    saved = tmp_path / f"familie-{DESCRIBED}.json"
    saved.write_text(json.dumps({"date": DESCRIBED, **family}), encoding="utf-8")
    barnetilsyn, supervision = expect(barnetilsyn_card(page)), supervision_question()
    open_calculator(page)
    open_file(page, saved)
    show_answer(page)
    change_date_asked(page, ASKED)
    submit_family(page)
    show_answer(page)
    barnetilsyn.to_contain_text(supervision)  # 5th grade by age on 2025-09-01

    # He is a year behind: the family types 4. Taken as his grade on 2025-09-01 it stays 4; taken as one on the
    # file's day (2024-09-01) it would be moved to 5 and the supervision asked again, with «Dette har vi antatt»
    # saying the move.
    calls = interview_calls(page)
    page.locator(f".give-grade[data-child={EMIL}]").click()
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "school_grade")
    page.fill("#question-input", "4")
    page.locator("#question-form button[type=submit]").click()
    show_answer(page)

    sent = calls[-1].post_data_json
    assert (sent["date"], sent["family_date"]) == (ASKED, ASKED)
    assert sent["family"]["children"][0]["school_grade"] == 4
    assert calls[-1].response().status == 200
    barnetilsyn.not_to_contain_text(supervision)
    expect(page.locator(".assumptions__moved")).to_have_count(0)
    expect(page.locator(f".give-grade[data-child={EMIL}]")).to_have_count(0)  # given, not by age


def test_a_newborn_added_to_a_family_described_before_the_birth_keeps_the_siblings_grade(page: Page):
    barnetilsyn, supervision = expect(barnetilsyn_card(page)), supervision_question()
    open_school_child_example(page)

    # A sister born 2025-03-01: after the day the example describes, before the date asked.
    calls = interview_calls(page)
    change_date_asked(page, ASKED)
    page.locator("#add-child").click()
    page.fill("#barn2-name", "Ida")
    page.fill("#barn2-birth-date", "2025-03-01")
    page.select_option("#barn2-illness-or-needs", "no")
    submit_family(page)
    show_answer(page)

    assert calls, "the family with the newborn was sent"
    for call in calls:
        sent = call.post_data_json
        persons = sent["family"]["children"] + sent["family"]["caregivers"]
        assert all(person["birth_date"] <= sent["family_date"] for person in persons), sent["family_date"]
        assert call.response().status == 200
    last = calls[-1].post_data_json
    assert [child["id"] for child in last["family"]["children"]] == [EMIL, "barn2"]
    assert (last["date"], last["family_date"]) == (ASKED, ASKED)
    assert last["family"]["children"][0]["school_grade"] == 5  # 4th grade in 2024–25, moved one 1 August
    barnetilsyn.to_contain_text(supervision)  # 5th grade: the supervision is asked
    expect(page.locator(f".give-grade[data-child={EMIL}]")).to_have_count(0)  # his grade kept as given, not by age


def test_a_moved_grade_offered_for_change_is_the_grade_on_the_date_asked(page: Page):
    # The example's 4th grade on 2024-09-01, asked on 2025-09-01: the service moves it to 5th. «Endre» asks the grade
    # in the present tense, on the date asked, so it offers 5: sent back unchanged, emil stays in 5th grade.
    grade_question = vocabulary()["school_grade"].question.nb
    barnetilsyn, supervision = expect(barnetilsyn_card(page)), supervision_question()
    open_school_child_example(page)
    change_date_asked(page, ASKED)
    submit_family(page)
    show_answer(page)
    barnetilsyn.to_contain_text(supervision)

    calls = interview_calls(page)
    page.get_by_role("button", name=f"Endre svaret på «{grade_question} (gjelder emil)»").click()
    expect(page.locator("#question-input")).to_have_value("5")
    page.locator("#question-form button[type=submit]").click()
    show_answer(page)

    sent = calls[-1].post_data_json
    assert (sent["date"], sent["family_date"]) == (ASKED, ASKED)
    assert sent["family"]["children"][0]["school_grade"] == 5
    barnetilsyn.to_contain_text(supervision)
