"""«Who does the child live with permanently?» on the page, chosen among the caregivers by the names shown, with delt
bosted and both parents together beside them (ADR 0045 addendum s23; review s23 caseworker H3). The page sends the
caregiver chosen as the child's `sole_caregiver` (the id it gave the caregiver), and an answer beside them as the
child's `has_delt_bosted`; the family step then shows the same choice.

Rule: the caregiver the child lives with permanently without its other parent is alone with its care: 10 days for
one or two children and 10 more alone (ftrl § 9-6 første ledd) = 20, and the other parent counts no child of his own.
With delt bosted neither is alone (barneloven § 36; NAV: «vil ingen av dere bli regnet som alene om omsorgen»).

The family: Kari, who lives alone (`is_single` «yes»), Ola, and Ida, 7 in 2024 and healthy; every other question of the
first pass answered in the file, so who Ida lives with is the first question after it is opened.
"""

import json

from page_driver import BROWSER_TESTS, open_calculator, open_family_file, show_answer, submit_family, wait_for_next
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations

from openfisca_asb.facts.vocabulary import vocabulary

pytestmark = BROWSER_TESTS
WORKING = {"employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 500000}
FAMILY = {"date": "2024-09-01", "kommunenummer": "0301",
          "caregivers": [{"id": "Kari", "birth_date": "1990-05-05", **WORKING, "is_single": "yes"},
                         {"id": "Ola", "birth_date": "1988-09-17", **WORKING, "is_single": "no"}],
          "children": [{"id": "Ida", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "no"}]}
DELT_NB = "Begge foreldrene, med avtale om delt bosted – vi bor ikke sammen"
TOGETHER_NB = "Begge foreldrene, som bor sammen med barnet"
DELT_EN = "Both parents, with an agreement on shared residence (delt bosted) – we do not live together"
TOGETHER_EN = "Both parents, who live together with the child"


def interview_bodies(page: Page) -> list[dict]:
    sent: list[dict] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    return sent


def submit_answer(page: Page) -> None:
    """Send the answer chosen and wait for what comes next: another question, or the answer."""
    form = page.locator("#question-form")
    counter = form.locator(".question__counter").inner_text()
    form.locator("button[type=submit]").click()
    wait_for_next(page, counter)


def open_ida(page: Page, tmp_path) -> None:
    open_family_file(page, tmp_path, FAMILY, name="familie-2024-09-01.json")
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "sole_caregiver")
    expect(form).to_have_attribute("data-person", "barn1")


def test_the_caregivers_by_name_and_the_answers_beside_them_are_offered(page: Page, tmp_path):
    open_ida(page, tmp_path)
    expect(page.locator("#step-heading")).to_have_text("Hvem bor barnet fast hos?")
    expect(page.locator("#question-form .radios label")).to_have_text(["Kari", "Ola", DELT_NB, TOGETHER_NB, "Vet ikke"])
    expect(page.locator("#question-form input[type=text]")).to_have_count(0)  # no field to type a name in
    assert blocking_violations(page) == [], "a choice among the caregivers"


def test_a_caregiver_chosen_is_sent_as_the_childs_sole_caregiver_and_shown_on_the_family_step(page: Page, tmp_path):
    sent = interview_bodies(page)
    open_ida(page, tmp_path)
    page.get_by_label("Kari").check()
    submit_answer(page)
    show_answer(page)
    ida = sent[-1]["family"]["children"][0]
    assert (ida.get("sole_caregiver"), ida.get("has_delt_bosted")) == ("omsorgsperson1", None)
    # Kari alone with Ida: 10 + 10 = 20 days (ftrl § 9-6 første ledd).
    expect(page.locator("tr[data-benefit=omsorgspenger][data-person=omsorgsperson1]")).to_contain_text("20 dager")
    expect(page.locator("#answers li", has_text="Hvem bor barnet fast hos?").locator(".answers__value")).to_have_text("Kari")
    page.locator("#change-family").click()
    expect(page.locator("#barn1-sole-caregiver option:checked")).to_have_text("Kari")


def test_delt_bosted_beside_the_caregivers_is_sent_as_the_childs_delt_bosted(page: Page, tmp_path):
    sent = interview_bodies(page)
    open_ida(page, tmp_path)
    page.get_by_label(DELT_NB).check()
    submit_answer(page)
    show_answer(page)
    ida = sent[-1]["family"]["children"][0]
    assert (ida.get("sole_caregiver"), ida.get("has_delt_bosted")) == (None, "yes")
    expect(page.locator("#answers li", has_text="Hvem bor barnet fast hos?").locator(".answers__value")).to_have_text(DELT_NB)
    # Listed once, as chosen: the delt bosted «yes» it gives is changed by changing this answer.
    expect(page.locator("#answers li", has_text="Har foreldrene en avtale om delt bosted")).to_have_count(0)
    page.locator("#change-family").click()
    expect(page.locator("#barn1-sole-caregiver")).to_have_value("other-0")


def test_both_parents_together_is_sent_as_no_delt_bosted_and_no_sole_caregiver(page: Page, tmp_path):
    sent = interview_bodies(page)
    open_ida(page, tmp_path)
    page.get_by_label(TOGETHER_NB).check()
    submit_answer(page)
    show_answer(page)
    ida = sent[-1]["family"]["children"][0]
    assert (ida.get("sole_caregiver"), ida.get("has_delt_bosted")) == (None, "no")


def test_back_and_english_keep_the_caregiver_chosen(page: Page, tmp_path):
    open_ida(page, tmp_path)
    page.get_by_label("Kari").check()
    submit_answer(page)
    expect(page.locator("#question-form")).not_to_have_attribute("data-fact", "sole_caregiver")
    page.locator("#question-back").click()
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "sole_caregiver")
    page.get_by_role("button", name="English").click()
    expect(page.locator("#step-heading")).to_have_text("Who does the child live with permanently?")
    expect(page.locator("#question-form .radios label")).to_have_text(["Kari", "Ola", DELT_EN, TOGETHER_EN, "I don't know"])
    expect(page.get_by_label("Kari")).to_be_checked()


def test_the_family_step_asks_it_in_the_interviews_words(page: Page):
    # Review s23 diff H4: one fact, asked once with «Hvem har den daglige omsorgen» on the family step and «Hvem bor
    # barnet fast hos?» in the interview. A mother remarried shares the daily care with the stepfather, yet lives
    # without Ida's father: alone with the care (ftrl § 9-6), which the vocabulary's help says.
    sent = interview_bodies(page)
    lives_with = vocabulary()["sole_caregiver"]
    open_calculator(page, "?dato=2024-09-01")
    page.fill("#barn1-name", "Ida")
    page.fill("#barn1-birth-date", "2017-02-11")
    page.fill("#omsorgsperson1-name", "Kari")
    page.fill("#omsorgsperson1-birth-date", "1990-05-05")
    page.locator("#add-caregiver").click()
    page.fill("#omsorgsperson2-name", "Ola")
    page.fill("#omsorgsperson2-birth-date", "1988-09-17")
    care = page.get_by_label(lives_with.question.nb)
    expect(page.locator("#barn1-sole-caregiver-help")).to_have_text(lives_with.help.nb)
    expect(care.locator("option")).to_have_text(["Velg, eller svar senere", "Kari", "Ola", DELT_NB, TOGETHER_NB])
    page.get_by_role("button", name="English").click()
    expect(page.get_by_label(lives_with.question.en).locator("option")).to_have_text(
        ["Choose, or answer later", "Kari", "Ola", DELT_EN, TOGETHER_EN])
    page.get_by_role("button", name="Norsk (bokmål)").click()
    care.select_option(label=TOGETHER_NB)
    submit_family(page)
    expect(page.locator("#question-form")).to_be_visible()
    ida = sent[-1]["family"]["children"][0]
    assert (ida.get("sole_caregiver"), ida.get("has_delt_bosted")) == (None, "no")


def test_a_sole_care_answered_alone_is_kept_as_each_childs_when_a_caregiver_is_added(page: Page, tmp_path):
    # Review s23 diff M7. Kari, the family's only caregiver, said she has sole care of Ida: Ida lives with her without
    # her other parent (ftrl § 9-6). With a second caregiver listed the service reads sole care per child
    # (`sole_caregiver`) and refuses a caregiver's «yes» that no child names her for (facts/contradictions.py), so
    # every request was refused once Ola was added. Her «yes» is Ida's «Kari» now, shown on the family step.
    sent = interview_bodies(page)
    alone = {**FAMILY, "caregivers": [{**FAMILY["caregivers"][0], "has_sole_care": "yes"}]}
    open_family_file(page, tmp_path, alone, name="familie-2024-09-01.json")
    show_answer(page)
    page.locator("#change-family").click()
    page.locator("#add-caregiver").click()
    page.fill("#omsorgsperson2-name", "Ola")
    page.fill("#omsorgsperson2-birth-date", "1988-09-17")
    submit_family(page)
    show_answer(page)
    kari, ola = sent[-1]["family"]["caregivers"]
    assert (kari.get("has_sole_care"), ola.get("has_sole_care")) == (None, None)
    assert sent[-1]["family"]["children"][0].get("sole_caregiver") == "omsorgsperson1"
    # Kari alone with Ida: 10 + 10 = 20 days (ftrl § 9-6 første ledd), as before Ola was added.
    expect(page.locator("tr[data-benefit=omsorgspenger][data-person=omsorgsperson1]")).to_contain_text("20 dager")
    page.locator("#change-family").click()
    expect(page.locator("#barn1-sole-caregiver option:checked")).to_have_text("Kari")
