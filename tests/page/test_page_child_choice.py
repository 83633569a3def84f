"""The child a pleiepenger claim is for, chosen on the page among the family's children by the names shown (ADR 0014
addendum 2026-11-30). The page renames the persons (the service sees barn1, barn2 …, familyFile.js), so a name
typed would not be an id the service knows (a 422): the page offers the children and sends the id it gave the
child chosen.

Rule: pleiepenger are for the care of *a* child (ftrl § 9-10 første ledd); where two children need continuous care
the claim names its child. The family: review s22's F4 (tests/assembler/test_interview_child_choice.py), every
question before which child answered in the file, so it is the first question after the file.
"""

import json
import re
import sys
from pathlib import Path

from page_driver import BROWSER_TESTS, open_family_file, show_answer
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations, submit_answer

sys.path.insert(0, str(Path(__file__).parents[1] / "assembler"))
from test_interview_child_choice import f4  # noqa: E402

pytestmark = BROWSER_TESTS
BOTH = "omsorgsperson1 omsorgsperson2"


def family_file() -> dict:
    """F4 as the page saves a family: the names typed as the ids (Kari, Ola; Oskar, Maja, Ida), its own date."""
    family = json.loads(json.dumps(f4()).replace('"mor"', '"Kari"').replace('"far"', '"Ola"')
                        .replace('"oskar"', '"Oskar"').replace('"maja"', '"Maja"').replace('"ida"', '"Ida"'))
    return {"date": "2025-02-10", **family}


def test_each_parent_chooses_the_child_by_name_and_the_page_sends_its_id(page: Page, tmp_path):
    sent: list[dict] = []
    answered: list[int] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    page.on("response", lambda response: answered.append(response.status) if response.url.endswith("/v1/interview") else None)
    open_family_file(page, tmp_path, family_file(), name="familie-2025-02-10.json")
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "pleiepenger_child")
    expect(form).to_have_attribute("data-persons", BOTH)
    expect(page.locator("#step-heading")).to_have_text("Hvilket barn søker du pleiepenger for?")
    # The children a claim can be for by the names the family gave them (not Ida, answered as healthy: review s22 page
    # M2), then «Vet ikke»: no field to type a name in.
    for person in ("omsorgsperson1", "omsorgsperson2"):
        expect(page.locator(f"#each-{person}-group label")).to_have_text(["Oskar", "Maja", "Vet ikke"])
    expect(form.locator("input[type=text]")).to_have_count(0)
    assert blocking_violations(page) == [], "a choice among the children"

    page.get_by_role("group", name="Kari").get_by_label("Maja").check()
    page.get_by_role("group", name="Ola").get_by_label("Oskar").check()
    submit_answer(page)
    # The ids the page gave Maja and Oskar (the file's second and first child), which the service knows: no 422.
    chosen = {person["id"]: person.get("pleiepenger_child") for person in sent[-1]["family"]["caregivers"]}
    assert chosen == {"omsorgsperson1": "barn2", "omsorgsperson2": "barn1"}
    assert answered[-1] == 200


def test_back_and_english_keep_the_children_chosen_by_name(page: Page, tmp_path):
    open_family_file(page, tmp_path, family_file(), name="familie-2025-02-10.json")
    page.get_by_role("group", name="Kari").get_by_label("Maja").check()
    page.get_by_role("group", name="Ola").get_by_label("Vet ikke").check()
    submit_answer(page)
    page.locator("#question-back").click()
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "pleiepenger_child")
    page.get_by_role("button", name="English").click()
    expect(page.locator("#step-heading")).to_have_text("Which child do you claim pleiepenger for?")
    expect(page.locator("#each-omsorgsperson1-group label")).to_have_text(["Oskar", "Maja", "I don't know"])
    expect(page.get_by_role("group", name="Kari").get_by_label("Maja")).to_be_checked()
    expect(page.get_by_role("group", name="Ola").get_by_label("I don't know")).to_be_checked()


def test_a_saved_file_names_the_child_chosen_as_the_file_names_it_and_opens_again(page: Page, tmp_path):
    # The file holds the names as ids (familyFile.js): the child chosen is saved as «Maja», not the page's «barn2»,
    # so `asb` and the page read it again; opened, it is the page's id for Maja once more.
    open_family_file(page, tmp_path, family_file(), name="familie-2025-02-10.json")
    page.get_by_role("group", name="Kari").get_by_label("Maja").check()
    page.get_by_role("group", name="Ola").get_by_label("Oskar").check()
    submit_answer(page)
    page.locator("#question-form").get_by_role("button", name="Vis svaret nå").click()
    with page.expect_download() as download:
        page.locator("#save-family").click()
    saved = tmp_path / "lagret" / download.value.suggested_filename
    download.value.save_as(saved)
    data = json.loads(saved.read_text())
    assert {person["id"]: person["pleiepenger_child"] for person in data["caregivers"]} == {"Kari": "Maja", "Ola": "Oskar"}

    sent: list[dict] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    open_family_file(page, tmp_path, data, name="familie-2025-02-10.json")
    page.wait_for_selector("#question-form, section.result")
    chosen = {person["id"]: person.get("pleiepenger_child") for person in sent[-1]["family"]["caregivers"]}
    assert chosen == {"omsorgsperson1": "barn2", "omsorgsperson2": "barn1"}


def test_each_pleiepenger_card_names_the_child_its_claim_is_for_on_screen_and_paper(page: Page, tmp_path):
    # Two claims for two children are two applications (ftrl § 9-10; review s22 page M3): the card's heading, which is
    # printed, and the overview name the child, where the answers section (no-print) was the only place before.
    open_family_file(page, tmp_path, family_file(), name="familie-2025-02-10.json")
    page.get_by_role("group", name="Kari").get_by_label("Maja").check()
    page.get_by_role("group", name="Ola").get_by_label("Oskar").check()
    submit_answer(page)
    page.locator("#question-form").get_by_role("button", name="Vis svaret nå").click()
    expect(page.locator("#right-pleiepenger-omsorgsperson1-heading")).to_have_text("Pleiepenger for sykt barn – Kari, for Maja")
    expect(page.locator("#right-pleiepenger-omsorgsperson2-heading")).to_have_text("Pleiepenger for sykt barn – Ola, for Oskar")
    expect(page.locator("tr[data-benefit=pleiepenger][data-person=omsorgsperson1] td").first).to_have_text("Kari, for Maja")
    # Another right of the same parent names no child: omsorgspenger are for all the children.
    expect(page.locator("#right-omsorgspenger-omsorgsperson1-heading")).to_have_text("Omsorgspenger (sykt barn-dager) – Kari")
    page.emulate_media(media="print")
    expect(page.locator("#right-pleiepenger-omsorgsperson1-heading")).to_be_visible()


def test_a_card_names_the_child_the_service_says_the_claim_is_for_where_none_was_chosen(page: Page, tmp_path):
    # The card reads the answer's `child` (review s24 page L9), so the page and the API cannot disagree: Maja answered as
    # not needing continuous care, Oskar is the only child a claim can be for (ftrl § 9-10 første ledd), no parent is
    # asked which, and each card still names him. The page worked it out from the answer chosen and named no one here.
    family = family_file()
    family["children"][1]["needs_continuous_care_and_supervision"] = "no"  # Maja
    open_family_file(page, tmp_path, family, name="familie-2025-02-10.json")
    show_answer(page)
    expect(page.locator("#right-pleiepenger-omsorgsperson1-heading")).to_have_text("Pleiepenger for sykt barn – Kari, for Oskar")
    expect(page.locator("#right-pleiepenger-omsorgsperson2-heading")).to_have_text("Pleiepenger for sykt barn – Ola, for Oskar")


def test_removing_the_child_chosen_forgets_the_choice_and_the_next_call_is_not_refused(page: Page, tmp_path):
    # Review s22 diff M2: Kari's claim named Maja; Maja removed on the family step, the page sent
    # `pleiepenger_child: "barn2"` for a child no longer there, and the service refused it (422) on a field the family
    # step does not show. Now the answer naming her goes with her; Ola's, naming Oskar, stays.
    sent: list[dict] = []
    answered: list[int] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data)) if request.url.endswith("/v1/interview") else None)
    page.on("response", lambda response: answered.append(response.status) if response.url.endswith("/v1/interview") else None)
    open_family_file(page, tmp_path, family_file(), name="familie-2025-02-10.json")
    page.get_by_role("group", name="Kari").get_by_label("Maja").check()
    page.get_by_role("group", name="Ola").get_by_label("Oskar").check()
    submit_answer(page)
    page.locator("#question-form").get_by_role("button", name="Vis svaret nå").click()
    page.locator("#change-family").click()
    page.locator("#barn2 .remove").click()
    before = len(sent)
    page.locator("#family-form button[type=submit]").click()
    page.wait_for_selector("#question-form, section.result")
    assert len(sent) > before and answered[-1] == 200
    chosen = {person["id"]: person.get("pleiepenger_child") for person in sent[-1]["family"]["caregivers"]}
    assert chosen == {"omsorgsperson1": None, "omsorgsperson2": "barn1"}


def test_svar_naa_on_the_card_offers_the_children_the_interview_offers(page: Page, tmp_path):
    # Review s22 page M2: «Svar nå» under Kari's pleiepenger offered every child, Ida (answered as healthy) too; the
    # answer's missing fact now carries the children a claim can be for (ftrl § 9-10 første ledd), as the interview's.
    open_family_file(page, tmp_path, family_file(), name="familie-2025-02-10.json")
    show_answer(page)
    card = page.locator("article.benefit[data-benefit=pleiepenger][data-person=omsorgsperson1]")
    card.get_by_role("button", name=re.compile("^Svar nå: Hvilket barn søker du pleiepenger for\\? \\(gjelder Kari\\)")).click()
    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "pleiepenger_child")
    expect(form.locator("label")).to_have_text(["Oskar", "Maja", "Vet ikke"])
