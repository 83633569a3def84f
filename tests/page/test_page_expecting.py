"""Parents expecting a child, with no child born yet (review s20, finding 1): the family step takes a family with no
child, as the service does (a family needs at least one caregiver or child, openfisca_asb/facts/family.py
`no_persons`), and says that a child not yet born is not entered as a child; the interview then asks whether the
family expects a child with a serious diagnosis, or takes it from the file opened. Barnekoordinator is the right of
parents expecting such a child too (pasient- og brukerrettighetsloven § 2-5 c, ADR 0034)."""

from page_driver import BROWSER_TESTS, open_calculator, open_example, show_answer, shown_rights, submit_family
from playwright.sync_api import Page, expect
from test_page_accessibility import blocking_violations

from openfisca_asb.facts.vocabulary import vocabulary

pytestmark = BROWSER_TESTS
DATE = "2024-09-01"
EXPECTING = "expects_child_with_serious_condition"
HINT_NB = ("Et barn som ikke er født ennå, fører dere ikke opp her: et ventet barn oppgis som et faktum om familien, "
           "og det spør vi om etterpå.")
REMOVE_NB = "Har dere ingen barn ennå, fjern barnet under."
HINT_EN = ("A child not yet born is not entered here: an expected child is given as a fact of the family, and we ask "
           "about it afterwards. If you have no children yet, remove the child below.")


def children_intro(page: Page):
    return page.locator("#children-heading + p")


def test_the_example_of_parents_expecting_a_seriously_ill_child_reaches_the_answer(page: Page):
    # examples/expecting-serious-diagnosis.yaml: Mor and Far, no child, expecting one with a serious heart condition,
    # kommune 1508. § 2-5 c: a family expecting a child with serious illness that will need long-term, coordinated
    # services has the right to a barnekoordinator: «Du har rett», for the family (no person on the card).
    open_calculator(page, f"?dato={DATE}")
    open_example(page, "expecting-serious-diagnosis")
    show_answer(page)
    expect(page.locator("#error-summary")).to_have_count(0)
    coordinator = shown_rights(page)[("barnekoordinator", None)]
    assert (coordinator["status"], coordinator["status_text"]) == ("entitled", "Du har rett")


def test_parents_who_remove_the_only_child_are_asked_whether_they_expect_one(page: Page):
    open_calculator(page, f"?dato={DATE}")
    expect(children_intro(page)).to_have_text(f"{HINT_NB} {REMOVE_NB}")
    page.get_by_role("button", name="English").click()
    expect(children_intro(page)).to_have_text(HINT_EN)
    page.get_by_role("button", name="Norsk (bokmål)").click()

    page.locator("#barn1 .remove").click()
    expect(page.locator("#barn1")).to_have_count(0)
    expect(children_intro(page)).to_have_text(HINT_NB)  # no child's form left to remove
    page.fill("#omsorgsperson1-name", "Mor")
    page.fill("#omsorgsperson1-birth-date", "1993-07-07")
    page.locator("#add-caregiver").click()
    page.fill("#omsorgsperson2-name", "Far")
    page.fill("#omsorgsperson2-birth-date", "1992-02-29")
    assert blocking_violations(page) == [], "the family step with no child"
    submit_family(page)

    form = page.locator("#question-form")
    expect(form).to_have_attribute("data-fact", "kommunenummer")  # the family's kommune, asked first
    page.fill("#question-input", "1508")
    form.locator("button[type=submit]").click()
    # With no child, barnekoordinator is the one right open, and this question alone settles it: asked, not left to
    # «Svar på flere spørsmål» (the first pass asks only what settles two rights or more, ADR 0014).
    expect(form).to_have_attribute("data-fact", EXPECTING)
    expect(page.locator("#step-heading")).to_have_text(vocabulary()[EXPECTING].question.nb)
    expect(page.locator("#question-about")).to_have_text("Gjelder hele familien.")
    form.locator('input[name=answer][value="yes"]').check()
    form.locator("button[type=submit]").click()

    expect(page.locator("section.result")).to_be_visible()
    assert shown_rights(page)[("barnekoordinator", None)]["status"] == "entitled"  # § 2-5 c, as in the example above


def test_a_family_with_nobody_in_it_is_refused_in_the_services_words(page: Page):
    open_calculator(page, f"?dato={DATE}")
    page.locator("#barn1 .remove").click()
    page.locator("#omsorgsperson1 .remove").click()
    submit_family(page)
    message = "En familie må ha minst én omsorgsperson eller ett barn. Legg til en voksen eller et barn."
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(page.locator("#add-child-error")).to_have_text(message)
    assert "add-child-error" in page.locator("#add-child").get_attribute("aria-describedby").split()
    summary.get_by_role("link", name=message).click()
    expect(page.locator("#add-child")).to_be_focused()
    page.get_by_role("button", name="English").click()
    expect(page.locator("#add-child-error")).to_have_text("A family needs at least one caregiver or child. Add an adult or a child.")


def test_a_child_given_a_birth_date_after_the_date_asked_is_told_how_an_expected_child_is_given(page: Page):
    open_calculator(page, f"?dato={DATE}")
    page.fill("#barn1-birth-date", "2024-12-24")  # the due date, after the date asked
    page.fill("#omsorgsperson1-birth-date", "1993-07-07")
    submit_family(page)
    expect(page.locator("#barn1-birth-date-error")).to_have_text(
        "Fødselsdatoen kan ikke være etter 1. september 2024, datoen svaret gjelder for. Et ventet barn oppgis som et "
        "faktum om familien: fjern barnet her, så spør vi om det etterpå.")
    expect(page.locator("#omsorgsperson1-birth-date-error")).to_have_count(0)
