"""A scale (ADR 0036, issue 17 item 3 "related questions merged"): hjelpestønad's need for more supervision and care
(ftrl § 6-4) and forhøyet hjelpestønad's substantially greater need (§ 6-5) are levels of one need, asked as one
question; each level gives both facts their answer, «Vet ikke» leaves both unknown, and Back shows the level."""

import json
import re

from page_driver import BROWSER_TESTS, open_family_file
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations, submit_answer

pytestmark = BROWSER_TESTS
NEEDS = ["needs_extra_supervision_and_care", "has_substantially_greater_care_need"]
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]
# Ida's illness, groups of needs and continuous care (asked first of a single parent, ADR 0014 addendum 0.22.0) told;
# her care need is what the interview asks next.
FAMILY = {"date": "2024-09-01", "kommunenummer": "0301", "caregivers": [{"id": "Mor", "birth_date": "1990-05-05"}],
          "children": [{"id": "Ida", "birth_date": "2016-02-10", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
                        "needs_long_term_coordinated_health_services": "no", "has_private_care_arrangement": "yes",
                        "needs_continuous_care_and_supervision": "no",
                        **{fact: "no" for fact in GROUPS}}]}


def to_the_scale(page: Page, tmp_path, sent: list[dict]) -> None:
    page.on("request", lambda request: sent.append(json.loads(request.post_data))
            if request.url.endswith("/v1/interview") else None)
    open_family_file(page, tmp_path, FAMILY)
    expect(page.locator("#question-form")).to_have_attribute("data-scale", NEEDS[0])


def ida_sent(sent: list[dict]) -> tuple[dict, set]:
    ida = sent[-1]["family"]["children"][0]
    return {fact: ida.get(fact) for fact in NEEDS}, {item["fact"] for item in sent[-1]["unknown"]}


def test_the_care_need_is_one_question_with_a_level_for_each_answer(page, tmp_path):
    sent: list[dict] = []
    to_the_scale(page, tmp_path, sent)
    expect(page.locator("#step-heading")).to_have_text("Hvor mye mer tilsyn og pleie enn friske barn på samme alder trenger barnet?")
    expect(page.locator("#question-form input[name=scale-level]")).to_have_count(5)  # four levels and «Vet ikke»
    assert blocking_violations(page) == [], "a scale"

    page.locator("#question-form button[type=submit]").click()  # nothing chosen: asked again, never a "no"
    expect(page.locator("#question-error")).to_have_text("Velg et svar, eller «Vet ikke».")
    expect(page.locator("#answer-0")).to_be_focused()

    page.get_by_label("Vesentlig mer enn vanlig hjelpestønad er ment for – for eksempel mye hjelp om natten eller hele døgnet").check()
    submit_answer(page)
    assert ida_sent(sent)[0] == {NEEDS[0]: "yes", NEEDS[1]: "yes"}

    page.locator("#question-back").click()  # the scale, one step, with its level chosen
    expect(page.locator("#question-form")).to_have_attribute("data-scale", NEEDS[0])
    expect(page.get_by_label("Vesentlig mer enn vanlig hjelpestønad er ment for – for eksempel mye hjelp om natten eller hele døgnet")).to_be_checked()
    page.get_by_label("Minst så mye, men vet ikke om det er vesentlig mer enn vanlig hjelpestønad er ment for").check()
    submit_answer(page)
    answers, unknown = ida_sent(sent)
    assert answers == {NEEDS[0]: "yes", NEEDS[1]: None} and NEEDS[1] in unknown  # "don't know" is sent as unknown


def test_dont_know_leaves_both_unknown_and_a_change_of_language_keeps_the_level(page, tmp_path):
    sent: list[dict] = []
    to_the_scale(page, tmp_path, sent)
    page.get_by_label("Mer – så mye at det ville kostet minst det vanlig hjelpestønad gir i måneden å betale noen for den ekstra hjelpen", exact=True).check()
    page.get_by_role("button", name="English").click()
    expect(page.locator("#step-heading")).to_have_text(
        "How much more supervision and care than healthy children of the same age does the child need?")
    expect(page.get_by_label("More – so much that paying someone for the extra help would cost at least what the ordinary assistance allowance gives a month", exact=True)).to_be_checked()
    page.get_by_label("I don't know").check()
    submit_answer(page)
    answers, unknown = ida_sent(sent)
    assert answers == {NEEDS[0]: None, NEEDS[1]: None} and set(NEEDS) <= unknown


def test_a_scale_about_a_child_who_has_died_is_about_the_time_before_the_death(page, tmp_path):
    # Ida died on 5 September 2024; asked on 20 September, the month of the death, her rights are answered as before
    # (ftrl § 22-12 sjette ledd) and the scale is asked — about the time before her death (ADR 0034, review s18 D1).
    sent: list[dict] = []
    family = {**FAMILY, "date": "2024-09-20",
              "children": [{**FAMILY["children"][0], "date_of_death": "2024-09-05"}]}
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    open_family_file(page, tmp_path, family, "familie-2024-09-20.json")
    expect(page.locator("#question-form")).to_have_attribute("data-scale", NEEDS[0])
    expect(page.locator("#step-heading")).to_have_text(
        "Om tiden før Ida døde: Hvor mye mer tilsyn og pleie enn friske barn på samme alder trenger barnet?")


def test_answer_now_on_the_higher_level_asks_the_whole_scale(page, tmp_path):
    # From forhøyet hjelpestønad's card, «Svar nå» on its substantially greater need while hjelpestønad's need is not
    # answered asks the scale, so the higher level is never answered alone (ADR 0036, review s18 S4).
    sent: list[dict] = []
    to_the_scale(page, tmp_path, sent)
    page.locator("#question-form").get_by_role("button", name="Vis svaret nå").click()
    card = page.locator("article.benefit[data-benefit=forhoyet_hjelpestonad]")
    card.get_by_role("button", name=re.compile("^Svar nå: Er behovet for tilsyn og pleie vesentlig større")).click()
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-scale", NEEDS[0])
    assert sorted(form.get_attribute("data-facts").split()) == sorted(NEEDS)


def test_answers_no_level_gives_are_shown_unchosen_with_a_word_why(page, tmp_path):
    # A saved family whose answers say "substantially more" but not "more" (changed one by one from the answer): no
    # level gives them, so none is shown chosen, the page says why, and the parent chooses anew (ADR 0036, review S5).
    family = {key: value for key, value in FAMILY.items() if key != "kommunenummer"}  # asked first, so Back leads to the scale
    family["children"] = [{**FAMILY["children"][0], NEEDS[0]: "no", NEEDS[1]: "yes"}]
    open_family_file(page, tmp_path, family)
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "kommunenummer")
    page.locator("#question-back").click()
    expect(page.locator("#question-form")).to_have_attribute("data-scale", NEEDS[0])
    expect(page.locator("#question-form input[name=scale-level]:checked")).to_have_count(0)
    expect(page.locator("#scale-anew")).to_have_text(
        "Svarene du har gitt, passer ikke med ett av svarene her. Velg det som passer best.")
