"""A child's date of death on the family step (ADR 0034): behind a disclosure closed until a family opens it, checked
as the service checks it (openfisca_asb/facts/family.py), sent as the child's `date_of_death`, kept in a saved family
file, and answered as the model answers a death: the child's own rights end from the month after it, and questions
about the child are about the time before it."""

import json
import re
from datetime import date

from page_driver import (
    BROWSER_TESTS,
    expect_told_at,
    open_calculator,
    open_family_file,
    show_answer,
    submit_family,
    type_nora_olav_and_mor,
)
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations

from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.dates import LAST_DATE

pytestmark = BROWSER_TESTS
DATE = "2024-11-01"
DIED = "2024-10-15"
FIELD = "barn1-date-of-death"
DISCLOSURE = "#barn1 details.death"
# A death after the date asked has not happened on it: the service refuses it (rules/dates.py `died_after_date_asked`,
# ADR 0034 addendum), and the page says so at the field, as for a birth after it (review s21 page L7).
AFTER_THE_DATE_ASKED = ("Dødsdatoen kan ikke være etter 1. november 2024, datoen svaret gjelder for. Vil du se svaret "
                        "etter dødsfallet, velg en senere dato.")
# What the family step asks of a child, in order: the date of death last, after the daily care (review s19 M5).
CHILD_FIELDS = ["name", "birth-date", "illness-or-needs", "sole-caregiver", "death-summary", "date-of-death"]


def open_death_field(page: Page) -> None:
    """By keyboard: the disclosure's summary, Enter, and Tab to the date field."""
    page.locator(f"{DISCLOSURE} summary").focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#{FIELD}")).to_be_visible()  # Designsystemet reveals the content a moment after the toggle
    page.keyboard.press("Tab")
    expect(page.locator(f"#{FIELD}")).to_be_focused()


def interview_bodies(page: Page) -> list[dict]:
    sent: list[dict] = []
    page.on("request", lambda request: sent.append(json.loads(request.post_data))
            if request.url.endswith("/v1/interview") else None)
    return sent


def test_a_date_of_death_typed_on_the_family_step_ends_the_childs_own_rights_from_the_month_after(page: Page):
    # Nora died on 15 October 2024; the answer is for 1 November, the month after. ADR 0034 (ftrl § 22-12 sjette ledd):
    # her own rights end from then, refused on `child_alive` with the reason child_died, whose words say she has died
    # and the right was hers (catalogue/after_death.py); a right for the care of the family's children counts her no more and says so, naming her
    # by the name typed with the date she died («{child}, som døde {date}, regnes ikke med fra måneden etter
    # dødsfallet»). Questions about her are about the time before her death: the illness gate is framed so.
    sent = interview_bodies(page)
    open_calculator(page, f"?dato={DATE}")
    type_nora_olav_and_mor(page)
    expect(page.locator(f"#{FIELD}")).to_be_hidden()  # closed until opened: a family it does not concern passes it
    open_death_field(page)
    expect(page.get_by_label("Dødsdato").first).to_be_focused()  # the label is tied to the field
    field = page.locator(f"#{FIELD}")
    assert f"{FIELD}-help" in field.get_attribute("aria-describedby").split()
    # The fact's own help, the words the API and asb give (variables/common/questions.yaml).
    expect(page.locator(f"#{FIELD}-help")).to_have_text(vocabulary()["date_of_death"].help.nb)
    gate = vocabulary()["has_illness_or_extra_needs"].question.nb
    expect(page.get_by_label(gate, exact=True)).to_have_count(2)  # no date yet: Nora's gate as Olav's
    field.fill(DIED)
    expect(page.get_by_label(f"Om tiden før Nora døde: {gate}", exact=True)).to_have_id("barn1-illness-or-needs")
    expect(page.get_by_label(gate, exact=True)).to_have_id("barn2-illness-or-needs")  # Olav's is as it was
    assert blocking_violations(page) == [], "the family step with a date of death"

    submit_family(page)
    show_answer(page)
    children = sent[0]["family"]["children"]
    assert [child.get("date_of_death") for child in children] == [DIED, None]
    assert not any(name in json.dumps(body) for body in sent for name in ("Nora", "Olav", "Mor"))
    own = page.locator("article.benefit[data-benefit=hjelpestonad][data-person=barn1]")
    expect(own).to_have_attribute("data-status", "not_entitled")
    expect(own.locator(".benefit__why")).to_contain_text("Barnet er dødt. Retten var barnets egen og falt bort fra måneden etter dødsfallet.")
    care = page.locator("article.benefit[data-benefit=opplaeringspenger][data-person=omsorgsperson1] .benefit__why > p")
    expect(care).to_contain_text("Nora, som døde 15. oktober 2024, regnes ikke med fra måneden etter dødsfallet.")


def test_the_date_of_death_is_asked_last_as_the_api_asks_it_naming_each_child(page: Page):
    # The API asks it conditionally («Hvis barnet er dødt: hvilken dato døde barnet?», variables/common/questions.yaml):
    # the summary asks so too, never states a death under a living child's name, and names the child as typed, so that
    # each child's reads as its own by summaries alone; with no name typed, «barnet». It comes after the daily care.
    open_calculator(page, f"?dato={DATE}")
    summary = page.locator(f"{DISCLOSURE} summary")
    expect(summary).to_have_text("Hvis barnet er dødt")
    type_nora_olav_and_mor(page)
    expect(summary).to_have_text("Hvis Nora er død")  # the name as it is typed
    expect(page.locator("#barn2 details.death summary")).to_have_text("Hvis Olav er død")
    expect(page.locator("#omsorgsperson1 details.death")).to_have_count(0)  # the model answers a child's death only
    page.locator("#language-toggle").click()
    expect(summary).to_have_text("If Nora has died")
    wanted = [f"barn1-{field}" for field in CHILD_FIELDS]
    shown = page.eval_on_selector("#barn1", "child => [...child.querySelectorAll('[id]')].map(element => element.id)")
    assert [element for element in shown if element in wanted] == wanted


def test_a_date_of_death_the_service_would_refuse_is_told_at_its_field(page: Page):
    # The service refuses a date of death before the child's birth date («før barnets fødselsdato …: sjekk datoene»,
    # `_refuse_deaths_before_birth`) and one past the model's last date (the fact's range, to LAST_DATE): the page says
    # so at the field first, in the error summary too. A date half typed is no date, never «the child lives».
    assert LAST_DATE == date(2027, 12, 31)  # the range's end, in the message below
    open_calculator(page, f"?dato={DATE}")
    type_nora_olav_and_mor(page)
    open_death_field(page)
    sent = interview_bodies(page)

    page.fill(f"#{FIELD}", "2016-12-24")  # Nora was born on 11 February 2017
    submit_family(page)
    expect_told_at(page, FIELD, "Dødsdatoen er før barnets fødselsdato (11. februar 2017): sjekk datoene.", DISCLOSURE)
    assert blocking_violations(page) == [], "the family step with a date of death's error"
    page.locator("#language-toggle").click()
    expect(page.locator(f"#{FIELD}-error")).to_have_text(
        "The date of death is before the child's date of birth (11 February 2017): check the dates.")
    page.locator("#language-toggle").click()

    # Past the model's last date is past the date asked too (1 November 2024), which bounds it first (review s21 page
    # L7), with or without a birth date (its own field says that one is missing).
    page.fill(f"#{FIELD}", "2028-01-05")
    submit_family(page)
    expect_told_at(page, FIELD, AFTER_THE_DATE_ASKED, DISCLOSURE)
    page.fill("#barn1-birth-date", "")
    submit_family(page)
    expect_told_at(page, FIELD, AFTER_THE_DATE_ASKED, DISCLOSURE)
    expect(page.locator("#barn1-birth-date-error")).to_have_text("Skriv fødselsdatoen til Nora.")
    page.fill("#barn1-birth-date", "2017-02-11")

    page.fill(f"#{FIELD}", "")
    page.locator(f"#{FIELD}").press_sequentially("1010")  # day and month, no year: the browser reads no date from it
    submit_family(page)
    expect_told_at(page, FIELD, "Datoen finnes ikke, eller er ikke skrevet helt. Skriv en gyldig dato, for eksempel "
                   "03.03.2015.", DISCLOSURE)
    assert sent == []  # nothing was sent while the date was wrong

    page.fill(f"#{FIELD}", DIED)  # corrected: the family is sent on
    submit_family(page)
    expect(page.locator("#question-form, section.result").first).to_be_visible()
    assert sent and sent[0]["family"]["children"][0]["date_of_death"] == DIED


def test_a_saved_file_whose_date_is_no_date_is_quoted_at_its_field(page: Page, tmp_path):
    # A date field cannot show what is not a date: a file's «15.10.2024» (not YYYY-MM-DD) would open as an empty field
    # beside «Skriv en gyldig dato». The message quotes the file's value, for the date of death as for a birth date.
    sent = interview_bodies(page)
    family = {"caregivers": [{"id": "Mor", "birth_date": "2.4.1985"}],
              "children": [{"id": "Nora", "birth_date": "2017-02-11", "date_of_death": "15.10.2024"}]}
    open_family_file(page, tmp_path, family, f"familie-{DATE}.json")
    expect_told_at(page, FIELD, "«15.10.2024» i filen er ikke en gyldig dato. Skriv en gyldig dato, for eksempel 03.03.2015.",
                   DISCLOSURE)
    expect(page.locator("#omsorgsperson1-birth-date-error")).to_have_text(
        "«2.4.1985» i filen er ikke en gyldig dato. Skriv en gyldig dato, for eksempel 03.03.2015.")
    page.locator("#language-toggle").click()
    expect(page.locator(f"#{FIELD}-error")).to_have_text(
        "“15.10.2024” in the file is not a valid date. Enter a valid date, for example 03/03/2015.")
    assert sent == []


def test_a_saved_family_keeps_the_date_of_death_and_opens_with_it(page: Page, tmp_path):
    # The file is the family format of examples/ and `asb entitlements`: the date is the child's `date_of_death`
    # under the name typed; opened again, the field holds it, the disclosure is open, and it is sent again.
    open_calculator(page, f"?dato={DATE}")
    type_nora_olav_and_mor(page)
    open_death_field(page)
    page.fill(f"#{FIELD}", DIED)
    submit_family(page)
    show_answer(page)
    with page.expect_download() as download:
        page.locator("#save-family").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    data = json.loads(saved.read_text())
    assert [(child["id"], child.get("date_of_death")) for child in data["children"]] == [("Nora", DIED), ("Olav", None)]

    sent = interview_bodies(page)
    page.goto("/")
    expect(page.locator("#footer-version")).not_to_be_empty()
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))
    show_answer(page)
    assert sent[0]["family"]["children"][0]["date_of_death"] == DIED
    page.locator("#change-family").click()
    expect(page.locator(DISCLOSURE)).to_have_attribute("open", "")
    expect(page.locator(f"#{FIELD}")).to_have_value(DIED)
    expect(page.locator("#barn2 details.death")).not_to_have_attribute("open", "")


def test_a_question_about_the_death_itself_is_not_framed_again(page: Page, tmp_path):
    # Jonas (the cerebral palsy family) died on 15 October 2024; on 1 November forhøyet hjelpestønad asks whether it had
    # been received for three years when he died (ftrl § 6-5 fjerde ledd). That question is about the death
    # (`about_the_death`): asked as it is, as the service asks it, not «Om tiden før jonas døde: …» (ADR 0034).
    family = example_family("cerebral-palsy-large-assistance-need").model_dump(mode="json", exclude_none=True)
    family["children"][0]["date_of_death"] = DIED
    open_family_file(page, tmp_path, family, f"familie-{DATE}.json")
    show_answer(page)
    question = vocabulary()["forhoyet_hjelpestonad_received_three_years"].question.nb
    card = page.locator("article.benefit[data-benefit=forhoyet_hjelpestonad]")
    card.get_by_role("button", name=re.compile(f"^Svar nå: {re.escape(question)}")).click()
    expect(page.locator("#question-form")).to_have_attribute("data-fact", "forhoyet_hjelpestonad_received_three_years")
    expect(page.locator("#step-heading")).to_have_text(question)


def test_a_death_after_the_date_asked_is_told_at_its_field_before_anything_is_sent(page: Page):
    # Review s21 page L7: typed on the family step, a death after the date asked was taken at the field, and the
    # service's refusal came after «Neste» as «Tjenesten kunne ikke bruke alle svarene». The field says it first.
    open_calculator(page, f"?dato={DATE}")
    type_nora_olav_and_mor(page)
    open_death_field(page)
    sent = interview_bodies(page)
    page.fill(f"#{FIELD}", "2024-12-15")
    submit_family(page)
    expect_told_at(page, FIELD, AFTER_THE_DATE_ASKED, DISCLOSURE)
    page.locator("#language-toggle").click()
    expect(page.locator(f"#{FIELD}-error")).to_have_text(
        "The date of death cannot be after 1 November 2024, the date the answer is for. To see the answer after the "
        "death, choose a later date.")
    assert sent == []
    page.locator("#language-toggle").click()
    page.fill(f"#{FIELD}", DATE)  # the day asked itself: a death by then
    submit_family(page)
    expect(page.locator("#question-form, section.result").first).to_be_visible()
    assert sent and sent[0]["family"]["children"][0]["date_of_death"] == DATE


def test_an_opened_file_with_a_death_after_the_date_asked_is_corrected_on_the_family_step(page: Page, tmp_path):
    # Review s20 L1 (ADR 0034 addendum): the service refuses a date of death after the date asked, as a birth after it.
    # Nora's death on 15 December 2024 has not happened on 1 November 2024, the date the file's name asks about. Since
    # review s21 page L7 the family step checks it as it checks a birth date: the file's family is shown there with the
    # date at its field, to correct, as a caregiver born after a child is (test_page_birth_order.py); nothing is sent.
    sent = interview_bodies(page)
    family = {"caregivers": [{"id": "Mor", "birth_date": "1985-04-02"}],
              "children": [{"id": "Nora", "birth_date": "2017-02-11", "date_of_death": "2024-12-15"}]}
    open_family_file(page, tmp_path, family, f"familie-{DATE}.json")
    expect_told_at(page, FIELD, AFTER_THE_DATE_ASKED, DISCLOSURE)
    expect(page.locator(f"#{FIELD}")).to_have_value("2024-12-15")  # the file's date, to correct
    assert sent == []
