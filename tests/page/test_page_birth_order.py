"""A caregiver born after a child of the family is told at the caregiver's birth date on the family step, in the
service's words (openfisca_asb/facts/family.py `_refuse_caregivers_born_after_a_child`: a caregiver has the care of
the family's children, so one born after the eldest child is a mistyped or swapped date), never as a failure of the
questions (review s15b), in words that read as a parent's (review s20, finding 15). The error is tied to its field and summarised, and the summary takes the focus (WCAG 3.3.1,
1.3.1, 2.4.3)."""

import json

import pytest
from page_driver import BROWSER_TESTS, expect_told_at, open_calculator, submit_family
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations

from openfisca_asb.facts.examples import example_family

pytestmark = BROWSER_TESTS
DATE = "2024-09-01"
BORN_AFTER_NB = "Mor er født etter Nora, men en omsorgsperson kan ikke være yngre enn familiens eldste barn. Sjekk fødselsdatoene."
BORN_AFTER_EN = ("Mor was born after Nora, but a caregiver cannot be younger than the family's eldest child. Check the dates "
                 "of birth.")


def fill_nora_and_mor(page: Page, nora: str, mor: str) -> None:
    open_calculator(page, f"?dato={DATE}")
    page.fill("#barn1-name", "Nora")
    page.fill("#barn1-birth-date", nora)
    page.fill("#omsorgsperson1-name", "Mor")
    page.fill("#omsorgsperson1-birth-date", mor)


def test_a_caregiver_born_after_the_child_is_told_at_the_birth_date_in_both_languages(page: Page):
    # Mor born 2015-03-01, after Nora (2012-05-01): refused, whatever the date asked.
    fill_nora_and_mor(page, "2012-05-01", "2015-03-01")
    submit_family(page)
    expect_told_at(page, "omsorgsperson1-birth-date", BORN_AFTER_NB)
    expect(page.locator("#barn1-birth-date-error")).to_have_count(0)  # the child's date is not the one told
    assert blocking_violations(page) == []

    page.locator("#language-toggle").click()
    expect(page.locator("#omsorgsperson1-birth-date-error")).to_have_text(BORN_AFTER_EN)

    page.fill("#omsorgsperson1-birth-date", "1985-03-01")  # corrected: the family is sent on
    submit_family(page)
    expect(page.locator("#question-form, section.result").first).to_be_visible()


def test_the_eldest_child_is_the_one_named_and_a_caregiver_born_the_same_day_is_taken(page: Page):
    # Nora 2012-05-01 is the eldest, Olav 2018-01-01. Mor 2015-03-01: after Nora, though before Olav. Far born
    # the same day as Nora: not after her (the service refuses a caregiver born strictly after the eldest child).
    fill_nora_and_mor(page, "2012-05-01", "2015-03-01")
    page.locator("#add-child").click()
    page.fill("#barn2-name", "Olav")
    page.fill("#barn2-birth-date", "2018-01-01")
    page.locator("#add-caregiver").click()
    page.fill("#omsorgsperson2-name", "Far")
    page.fill("#omsorgsperson2-birth-date", "2012-05-01")
    submit_family(page)
    expect_told_at(page, "omsorgsperson1-birth-date", BORN_AFTER_NB)
    expect(page.locator("#omsorgsperson2-birth-date-error")).to_have_count(0)
    expect(page.locator("#error-summary li")).to_have_count(1)


def test_an_opened_file_with_a_caregiver_born_after_a_child_is_corrected_on_the_family_step(page: Page, tmp_path):
    # child-diabetes: olav born 2012-10-01 is the eldest child; mor's 1990-05-05 made 2015-01-01, after him.
    data = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
    data["caregivers"][0]["birth_date"] = "2015-01-01"
    path = tmp_path / f"familie-{DATE}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    open_calculator(page, f"?dato={DATE}")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(path))
    expect_told_at(page, "omsorgsperson1-birth-date",
                   "mor er født etter olav, men en omsorgsperson kan ikke være yngre enn familiens eldste barn. Sjekk "
                   "fødselsdatoene.")
    expect(page.locator("#omsorgsperson1-birth-date")).to_have_value("2015-01-01")  # the file's family, to correct


@pytest.mark.failed_loads  # the 422 the service answers the request with
def test_the_services_refusal_is_told_at_the_birth_date_of_step_1_not_as_a_failure(page: Page):
    # A check of the service's the page's own misses, stood in for by sending Mor's birth date as 2015-03-01 while
    # the page holds 1985-03-01: the service's 422 at family.caregivers.0.birth_date, in its own words.
    def born_after_nora(route):
        body = json.loads(route.request.post_data)
        body["family"]["caregivers"][0]["birth_date"] = "2015-03-01"
        route.continue_(post_data=json.dumps(body))

    fill_nora_and_mor(page, "2012-05-01", "1985-03-01")
    page.route("**/v1/interview", born_after_nora)
    submit_family(page)
    expect_told_at(page, "omsorgsperson1-birth-date", "Mor, «Fødselsdato» (birth_date): født etter barnet 'Nora', men en "
                   "omsorgsperson kan ikke være yngre enn familiens eldste barn; sjekk fødselsdatoene")
    expect(page.locator("[role=alert]")).to_have_count(0)  # no failure screen
    assert blocking_violations(page) == []

    page.locator("#language-toggle").click()
    expect(page.locator("#omsorgsperson1-birth-date-error")).to_have_text(
        "Mor, “Date of birth” (birth_date): born after the child 'Nora', but a caregiver cannot be younger than the "
        "family's eldest child; check the dates of birth")

    page.unroute("**/v1/interview")  # sent again as the page holds it: taken
    submit_family(page)
    expect(page.locator("#question-form, section.result").first).to_be_visible()
