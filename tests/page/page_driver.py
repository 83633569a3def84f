"""Driving the calculator page like a family would: fill in who is in the family,
answer each question the page asks from an example family's facts (anything the
example does not state is answered "don't know"), and read the answer shown."""

import json
import re
from dataclasses import dataclass, field

import pytest
from browser_setup import CHROMIUM
from playwright.sync_api import Page, expect

from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.vocabulary import scale_question

# Every module's `pytestmark`: the browser marker, skipped cleanly without Chromium.
BROWSER_TESTS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Debian's Chromium ({CHROMIUM}) is not installed"),
]
MAX_QUESTIONS = 80
# The ids the page gives persons, all the service sees of them; a page shows the names typed instead.
PAGE_ID = re.compile(r"(?<![\w-])([Bb]arn|[Oo]msorgsperson)\d+(?![\w-])")  # capital where it opens a sentence


@dataclass
class PageFamily:
    """An example family as the page sees it: persons get the page's ids, names are the example's ids."""

    children: list[dict]
    caregivers: list[dict]
    answers: dict[tuple[str, str | None], object] = field(default_factory=dict)
    page_id: dict[str, str] = field(default_factory=dict)


# What the family step asks of each person (ADR 0026: a child's illness-or-needs gate beside its birth date; ADR 0034:
# a child's date of death).
FAMILY_STEP = ("id", "birth_date", "sole_caregiver", "has_illness_or_extra_needs", "date_of_death")


def from_example(name: str) -> PageFamily:
    data = example_family(name).model_dump(mode="json", exclude_none=True)
    page_id = {person["id"]: f"omsorgsperson{number}" for number, person in enumerate(data["caregivers"], 1)}
    page_id |= {person["id"]: f"barn{number}" for number, person in enumerate(data["children"], 1)}
    answers: dict[tuple[str, str | None], object] = {}
    for person in [*data["caregivers"], *data["children"]]:
        for fact, value in person.items():
            if fact not in FAMILY_STEP:
                answers[(fact, page_id[person["id"]])] = value
    for fact, value in data.items():
        if fact not in ("caregivers", "children"):
            answers[(fact, None)] = value
    return PageFamily(children=data["children"], caregivers=data["caregivers"], answers=answers, page_id=page_id)


def open_calculator(page: Page, query: str = "") -> None:
    page.goto(f"/{query}")
    expect(page.locator("#family-form")).to_be_visible()
    expect(page.locator("#footer-version")).not_to_be_empty()  # the catalogue and version have loaded


def fill_family(page: Page, family: PageFamily) -> None:
    """The page starts with one child and one caregiver; it adds or removes blocks as needed."""
    for number, child in enumerate(family.children, 1):
        if number > 1:
            page.locator("#add-child").click()
        page.fill(f"#barn{number}-name", child["id"])
        page.fill(f"#barn{number}-birth-date", child["birth_date"])
    if not family.caregivers:
        page.locator("#omsorgsperson1 .remove").click()
    for number, caregiver in enumerate(family.caregivers, 1):
        if number > 1:
            page.locator("#add-caregiver").click()
        page.fill(f"#omsorgsperson{number}-name", caregiver["id"])
        page.fill(f"#omsorgsperson{number}-birth-date", caregiver["birth_date"])
    for number, child in enumerate(family.children, 1):
        if "sole_caregiver" in child:
            page.select_option(f"#barn{number}-sole-caregiver", family.page_id[child["sole_caregiver"]])
        if "has_illness_or_extra_needs" in child:
            page.select_option(f"#barn{number}-illness-or-needs", child["has_illness_or_extra_needs"])
        if "date_of_death" in child:
            page.locator(f"#barn{number} details.death summary").click()
            page.fill(f"#barn{number}-date-of-death", child["date_of_death"])


def type_nora_olav_and_mor(page: Page) -> None:
    """Nora (born 11 February 2017) is ill, her brother Olav (born 11 February 2012) is not; Mor (born 2 April 1985)
    has their care. On the family step of a page just opened."""
    page.fill("#barn1-name", "Nora")
    page.fill("#barn1-birth-date", "2017-02-11")
    page.select_option("#barn1-illness-or-needs", "yes")
    page.locator("#add-child").click()
    page.fill("#barn2-name", "Olav")
    page.fill("#barn2-birth-date", "2012-02-11")
    page.select_option("#barn2-illness-or-needs", "no")
    page.fill("#omsorgsperson1-name", "Mor")
    page.fill("#omsorgsperson1-birth-date", "1985-04-02")


def expect_told_at(page: Page, field_id: str, message: str, disclosure: str | None = None) -> None:
    """An error of the family step told at its field and in the summary, which takes the focus and whose link leads
    to the field (WCAG 3.3.1, 1.3.1, 2.4.3). A field behind a `disclosure` (a selector) is shown: an error is never
    hidden in a closed one."""
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(page.locator("#step-heading")).to_have_text("Hvem er i familien?")
    if disclosure:
        expect(page.locator(disclosure)).to_have_attribute("open", "")
    field = page.locator(f"#{field_id}")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert f"{field_id}-error" in field.get_attribute("aria-describedby").split()
    expect(page.locator(f"#{field_id}-error")).to_have_text(message)
    summary.get_by_role("link", name=message).click()
    expect(field).to_be_focused()


def set_date_in_advanced_field(page: Page, iso_date: str) -> None:
    details = page.locator("details.advanced")
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    page.fill("#legal-date", iso_date)


def submit_family(page: Page) -> None:
    page.locator("#family-form button[type=submit]").click()


def open_example(page: Page, name: str) -> None:
    """Open an example family from the page's list, at the example's own date unless the address or the date field
    chose one; its open questions load."""
    if page.locator("details.open-family[open]").count() == 0:
        page.locator("details.open-family summary").click()
    page.select_option("#open-example", name)
    expect(page.locator("#open-example")).to_have_value(name)
    page.locator("#open-example-button").click()
    expect(page.locator("#family-form")).to_be_hidden()  # the family step is left at once (the example's questions load)


def open_family_file(page: Page, tmp_path, family: dict, name: str = "familie-2024-09-01.json") -> None:
    """Save `family` as the page saves a family, and open it from the page's «Åpne»."""
    saved = tmp_path / name
    saved.write_text(json.dumps(family), encoding="utf-8")
    open_calculator(page)
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))


def show_answer(page: Page) -> None:
    """Skip the questions still open ("Vis svaret nå"): what they would settle stays open."""
    page.wait_for_selector("#question-form, section.result")
    if page.locator("#question-form").count():
        page.locator("#question-form").get_by_role("button", name="Vis svaret nå").click()
    expect(page.locator("section.result")).to_be_visible()


ASK_MORE = re.compile("^(Svar på flere spørsmål|Answer more questions)$")


class Asked(list):
    """The (fact, person) questions asked, a checklist's lines each (ADR 0028) and a question's to each caregiver
    (ADR 0035); `steps` counts a checklist, and a question to each caregiver, once."""

    steps = 0


# What a step shows, read in one call: the answer, or the question form's counter and what it asks.
STEP_SHOWN = """() => {
  const form = document.querySelector('#question-form');
  if (!form) return document.querySelector('section.result') ? { result: true } : null;
  return { counter: form.querySelector('.question__counter')?.textContent ?? '', checklist: Boolean(form.dataset.checklist),
           scale: form.dataset.scale ?? null, facts: form.dataset.facts ?? null,
           fact: form.dataset.fact ?? null, person: form.dataset.person || null, persons: form.dataset.persons ?? null,
           choice: form.querySelector('input[type=radio]') !== null };
}"""


def answer_questions(page: Page, answers: dict, more: bool = True, steps: int = MAX_QUESTIONS) -> Asked:
    """Answer every question the page asks until it shows the answer; returns the questions asked.

    The page asks the decisive questions first and shows the answer; with `more`, "Answer more
    questions" is then pressed once where it is offered, and the rest are answered too (ADR 0014); after `steps`
    questions the walk stops with the next one shown. An answer is checked and sent without Playwright's wait for
    a still, visible control (`force`): the walk is about which questions come; keyboard use and focus are tested
    on their own (test_page_accessibility.py)."""
    asked = Asked()
    for _ in range(MAX_QUESTIONS):
        shown = page.wait_for_function(STEP_SHOWN).json_value()
        if shown.get("result"):
            # Offered only while the interview has questions left for it (review s21 page M3).
            if not more or page.get_by_role("button", name=ASK_MORE).count() == 0:
                return asked
            more = False
            page.get_by_role("button", name=ASK_MORE).click()
            continue
        if asked.steps == steps:
            return asked
        form = page.locator("#question-form")
        asked.steps += 1
        if shown["checklist"]:
            asked += tick_checklist(form, answers)
        elif shown["scale"]:
            asked += choose_level(form, shown["scale"], shown["facts"].split(), shown["person"], answers)
        elif shown["persons"]:
            asked += answer_each(form, shown["fact"], shown["persons"].split(), shown["choice"], answers)
        else:
            question = (shown["fact"], shown["person"])
            asked.append(question)
            choose_answer(form, shown["choice"], answers.get(question))
        form.locator("button[type=submit]").click(force=True)
        wait_for_next(page, shown["counter"])
    raise AssertionError(f"the page asked more than {MAX_QUESTIONS} questions: {asked}")


def choose_answer(form, choice: bool, value) -> None:
    """The example's answer, or «Vet ikke» where it states none."""
    if choice:
        form.locator(f'input[name=answer][value="{"unknown" if value is None else value}"]').check(force=True)
    elif value is None:
        form.locator("#question-dont-know").check(force=True)
    else:
        form.locator("#question-input").fill(str(value))


def choose_level(form, scale: str, facts: list[str], person: str | None, answers: dict) -> list[tuple[str, str | None]]:
    """A scale (ADR 0036): the level giving the example's answers (a fact it does not state is "don't know"), or,
    where no level gives exactly those, the first that gives every answer it states or leaves it «unknown» (a child
    whose services must be coordinated is on the services' level that leaves their being many unknown, whatever the
    file says of it; ADR 0036 addendum 0.24.0); «Vet ikke» where it states none of them."""
    wanted = {fact: answers.get((fact, person)) or "unknown" for fact in facts}
    levels = scale_question(scale, "nb")["levels"]
    exact = [index for index, level in enumerate(levels) if all(level["answers"][fact] == wanted[fact] for fact in facts)]
    stated = [index for index, level in enumerate(levels)
              if all(level["answers"][fact] in (wanted[fact], "unknown") for fact in facts if wanted[fact] != "unknown")]
    value = "unknown" if set(wanted.values()) == {"unknown"} else str((exact or stated)[0])
    form.locator(f'input[name=scale-level][value="{value}"]').check(force=True)
    return [(fact, person) for fact in facts]


def answer_each(form, fact: str, persons: list[str], choice: bool, answers: dict) -> list[tuple[str, str]]:
    """One question to each caregiver (ADR 0035): each caregiver's answer from the example, or «Vet ikke»."""
    for person in persons:
        value = answers.get((fact, person))
        if choice:
            form.locator(f'input[name="each-{person}"][value="{"unknown" if value is None else value}"]').check(force=True)
        elif value is None:
            form.locator(f"#each-{person}-dont-know").check(force=True)
        else:
            form.locator(f"#each-{person}").fill(str(value))
    return [(fact, person) for person in persons]


def wait_for_next(page: Page, counter: str) -> None:
    page.wait_for_function(
        "previous => document.querySelector('section.result') !== null"
        " || (document.querySelector('#question-form .question__counter')?.textContent ?? previous) !== previous",
        arg=counter,
    )


def tick_checklist(form, answers: dict) -> list[tuple[str, str | None]]:
    """A checklist (ADR 0028) answered as a parent would: "I don't know" when the example states none of its
    lines, "None of these" when it says no to each, else each "yes" ticked — and each line it does not
    state, as a parent unsure of it ticks it to be asked about it in more detail."""
    person = form.get_attribute("data-person") or None
    questions = [(fact, person) for fact in form.get_attribute("data-facts").split()]
    values = [answers.get(question) for question in questions]
    if all(value is None for value in values):
        form.locator("#checklist-dont-know").check()
    elif all(value == "no" for value in values):
        form.locator("#checklist-none").check()
    else:
        for (fact, _), value in zip(questions, values):
            if value in ("yes", None):
                form.locator(f"#checklist-{fact}").check()
    return questions


def shown_rights(page: Page) -> dict[tuple[str, str | None], dict]:
    """Each right's card as shown: status, status text, amount text (spaces normalised), unverified flag."""
    cards = page.evaluate(
        """() => [...document.querySelectorAll('article.benefit')].map(card => ({
            benefit: card.dataset.benefit,
            person: card.dataset.person || null,
            status: card.dataset.status,
            status_text: card.querySelector('.status').textContent,
            amount: card.querySelector('.benefit__amount .amount')?.textContent ?? null,
            unverified: card.querySelector('.unverified') !== null,
        }))"""
    )
    return {(card["benefit"], card["person"]): {**card, "amount": plain(card["amount"])} for card in cards}


def plain(text: str | None) -> str | None:
    """Intl.NumberFormat groups digits with (narrow) no-break spaces; compare with plain spaces."""
    if text is None:
        return None
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def pdf_page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
