"""The question step makes one call per step (POST /v1/interview gives the answer and the next
questions together), and a parent finishes the diabetes family in as many questions as the interview asks
(issue 17's 15, with the family step saying which child is ill: ADR 0026; a checklist is one: ADR 0028)."""

import re

from page_driver import BROWSER_TESTS, answer_questions, fill_family, from_example, open_calculator, shown_rights, submit_family
from playwright.sync_api import expect

pytestmark = BROWSER_TESTS


def test_the_diabetes_family_in_under_15_questions_one_call_each(page):
    family = from_example("child-diabetes")
    calls: list[str] = []
    page.on("request", lambda request: calls.append(f"{request.method} {request.url.split('?')[0].split('/', 3)[3]}")
            if request.method == "POST" else None)
    open_calculator(page, "?dato=2024-09-01")
    fill_family(page, family)
    submit_family(page)

    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "kommunenummer")  # asked once, first
    first_left = int(re.search(r"Omtrent (\d+) spørsmål igjen", form.locator(".question__remaining").inner_text())[1])
    asked = answer_questions(page, family.answers, more=False)

    # Issue 17's 15 questions: the family step says Olav has no illness or extra needs (ADR 0026), so he is
    # asked nothing, and the grades follow the ages; Nora's groups of needs are one checklist (ADR 0028).
    assert asked.steps < 15, asked  # "under 15", the done-criterion
    assert len(asked) == len(set(asked)), "no question is asked twice"
    # "Omtrent N spørsmål igjen" counts those after this one: within three of the real number (issue 17).
    assert abs(first_left - (asked.steps - 1)) <= 3, (first_left, asked.steps)
    # One call per step: the last call's answer is the one shown, with no call to /v1/entitlements.
    assert calls == ["POST v1/interview"] * (asked.steps + 1), calls
    rights = shown_rights(page)
    # Hjelpestønad (ftrl § 6-4): lasting illness, private care and extra supervision all answered yes.
    assert rights[("hjelpestonad", "barn1")]["status"] == "entitled"
    # Olav's school transport (opplæringslova): refused on his illness-or-needs gate's "no" (ADR 0026), and
    # the condition says the family answered the gate, not the transport question.
    assert rights[("skoleskyss", "barn2")]["status"] == "not_entitled"
    note = page.locator("article.benefit[data-benefit=skoleskyss][data-person=barn2] .condition__gate")
    expect(note).to_have_count(1)
    assert "ut fra at dere svarte nei på «Har barnet en sykdom, skade eller funksjonsnedsettelse" in note.text_content()
    # Olav, the healthy sibling, was asked nothing about care needs or help at school.
    assert not {fact for fact, person in asked if person == "barn2"} & {
        "needs_continuous_care_and_supervision", "bpa_assistance_hours_per_week", "needs_personal_assistance_at_school"}
