"""Delt bosted and a foster child on the page's family step (ADR 0045 and its addendum): facts given only where they
apply, so the interview does not ask them of every family; the family says them here, and a saved file keeps them.

- «Hvem bor barnet fast hos?» offers delt bosted (barneloven § 36) beside Mor and Far: it sends the child's
  `has_delt_bosted` «yes» and no sole caregiver. For omsorgspenger each parent then counts the child and
  neither is alone with it (ftrl § 9-6; NAV: «vil ingen av dere bli regnet som alene om omsorgen»).
- A labelled «Fosterbarn» checkbox per child sends `lives_in_fosterhjem` «yes»: barnevernet's pay for the care is
  weighed for omsorgsstønad and omsorgsopptjening (Retningslinjer for fosterhjem kap. 9).
"""

import json

from page_driver import BROWSER_TESTS, open_calculator, show_answer, submit_family
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations

pytestmark = BROWSER_TESTS
DATE = "2025-09-01"
CARE = "#barn1-sole-caregiver"
FOSTER = "#barn1-foster-child"
DELT_NB = "Begge foreldrene, med avtale om delt bosted – vi bor ikke sammen"
DELT_EN = "Both parents, with an agreement on shared residence (delt bosted) – we do not live together"
TOGETHER_NB = "Begge foreldrene, som bor sammen med barnet"
FOSTER_PARENTS_NB = "Begge fosterforeldrene, som bor sammen med barnet"
NOT_YET = "Velg, eller svar senere"
FOSTER_NB = "Fosterbarn – barnet bor i fosterhjem hos oss"
FOSTER_EN = "Foster child – the child lives with us in a foster home (fosterhjem)"


def interview_bodies(page: Page) -> list[dict]:
    sent: list[dict] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    return sent


def type_ella_mor_and_far(page: Page) -> None:
    """Ella (born 3 March 2015, ill), Mor and Far, on the family step of a page just opened."""
    page.fill("#barn1-name", "Ella")
    page.fill("#barn1-birth-date", "2015-03-03")
    page.select_option("#barn1-illness-or-needs", "yes")
    page.fill("#omsorgsperson1-name", "Mor")
    page.fill("#omsorgsperson1-birth-date", "1985-01-01")
    page.locator("#add-caregiver").click()
    page.fill("#omsorgsperson2-name", "Far")
    page.fill("#omsorgsperson2-birth-date", "1984-01-01")


def test_delt_bosted_is_a_choice_of_who_has_the_daily_care_and_is_sent_as_the_childs_fact(page: Page):
    sent = interview_bodies(page)
    open_calculator(page, f"?dato={DATE}")
    type_ella_mor_and_far(page)
    care = page.get_by_label("Hvem bor barnet fast hos?")
    expect(care.locator("option")).to_have_text([NOT_YET, "Mor", "Far", DELT_NB, TOGETHER_NB])
    care.select_option(label=DELT_NB)
    assert blocking_violations(page) == [], "the family step with delt bosted chosen"
    page.get_by_role("button", name="English").click()
    expect(page.locator(f"{CARE} option:checked")).to_have_text(DELT_EN)
    page.get_by_role("button", name="Norsk (bokmål)").click()
    submit_family(page)

    expect(page.locator("#question-form")).to_be_visible()
    ella = sent[-1]["family"]["children"][0]
    assert (ella.get("has_delt_bosted"), ella.get("sole_caregiver")) == ("yes", None)

    # Chosen again as one parent alone, the delt bosted «yes» is taken back: the child lives with that one.
    show_answer(page)
    page.locator("#change-family").click()
    expect(page.locator(CARE)).to_have_value("other-0")
    page.select_option(CARE, label="Mor")
    submit_family(page)
    expect(page.locator("#question-form")).to_be_visible()
    ella = sent[-1]["family"]["children"][0]
    assert (ella.get("has_delt_bosted"), ella.get("sole_caregiver")) == (None, "omsorgsperson1")


def test_a_foster_child_is_a_labelled_checkbox_sent_as_the_childs_fact(page: Page):
    sent = interview_bodies(page)
    open_calculator(page, f"?dato={DATE}")
    type_ella_mor_and_far(page)
    foster = page.get_by_role("checkbox", name=FOSTER_NB)
    expect(foster).not_to_be_checked()
    help_id = foster.get_attribute("aria-describedby")
    expect(page.locator(f"#{help_id}")).to_contain_text("fosterforeldre for barnet etter avtale med barnevernet")
    foster.check()
    assert blocking_violations(page) == [], "the family step with a foster child ticked"
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("checkbox", name=FOSTER_EN)).to_be_checked()
    page.get_by_role("button", name="Norsk (bokmål)").click()
    submit_family(page)
    expect(page.locator("#question-form")).to_be_visible()
    assert sent[-1]["family"]["children"][0].get("lives_in_fosterhjem") == "yes"


def test_a_saved_family_file_keeps_delt_bosted_and_the_foster_child(page: Page, tmp_path):
    sent = interview_bodies(page)
    open_calculator(page, f"?dato={DATE}")
    type_ella_mor_and_far(page)
    page.select_option(CARE, label=DELT_NB)
    # Ella has delt bosted; Tor, a foster child, cannot (review s22 page L5): one child each.
    page.locator("#add-child").click()
    page.fill("#barn2-name", "Tor")
    page.fill("#barn2-birth-date", "2016-06-06")
    page.select_option("#barn2-illness-or-needs", "no")
    page.locator("#barn2-foster-child").check()
    submit_family(page)
    show_answer(page)
    with page.expect_download() as download:
        page.locator("#save-family").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    ella, tor = json.loads(saved.read_text())["children"]
    assert (ella["id"], ella.get("has_delt_bosted"), ella.get("lives_in_fosterhjem"), ella.get("sole_caregiver")) == (
        "Ella", "yes", None, None)
    assert (tor["id"], tor.get("has_delt_bosted"), tor.get("lives_in_fosterhjem")) == ("Tor", None, "yes")

    page.goto("/")
    expect(page.locator("#footer-version")).not_to_be_empty()
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))
    show_answer(page)
    reopened = [(child.get("has_delt_bosted"), child.get("lives_in_fosterhjem")) for child in sent[-1]["family"]["children"]]
    assert reopened == [("yes", None), (None, "yes")]
    page.locator("#change-family").click()
    expect(page.locator(CARE)).to_have_value("other-0")
    expect(page.locator("#barn2-foster-child")).to_be_checked()


def test_a_foster_child_is_not_offered_delt_bosted(page: Page):
    # Delt bosted is an agreement between the child's parents (barneloven § 36), not a foster home's (review s22
    # page L5): ticked as a foster child, the choice goes, and one chosen before is taken back; unticked, it is back.
    # The question and «both together» take the foster child's words, as the interview asks it (`wordings` in GET
    # /v1/facts; ADR 0045 addendum 0.24.0): «foreldrene» would read as the birth parents.
    sent = interview_bodies(page)
    open_calculator(page, f"?dato={DATE}")
    type_ella_mor_and_far(page)
    page.select_option(CARE, label=DELT_NB)
    page.locator(FOSTER).check()
    expect(page.locator(f"{CARE} option")).to_have_text([NOT_YET, "Mor", "Far", FOSTER_PARENTS_NB])
    expect(page.locator(CARE)).to_have_value("")
    expect(page.locator(f'label[for="{CARE[1:]}"]')).to_have_text("Hvem bor fosterbarnet fast hos?")
    expect(page.locator(f"{CARE}-help")).not_to_contain_text("barnets andre forelder")
    page.get_by_role("button", name="English").click()
    expect(page.locator(f"{CARE} option")).to_have_count(4)
    page.get_by_role("button", name="Norsk (bokmål)").click()
    submit_family(page)
    expect(page.locator("#question-form")).to_be_visible()
    ella = sent[-1]["family"]["children"][0]
    assert (ella.get("has_delt_bosted"), ella.get("lives_in_fosterhjem")) == (None, "yes")
    show_answer(page)
    page.locator("#change-family").click()
    page.locator(FOSTER).uncheck()
    expect(page.locator(f"{CARE} option")).to_have_text([NOT_YET, "Mor", "Far", DELT_NB, TOGETHER_NB])
    expect(page.locator(f'label[for="{CARE[1:]}"]')).to_have_text("Hvem bor barnet fast hos?")
