"""The page speaks of the family by the names the parent typed, never by the ids the service sees
(barn1, omsorgsperson1), and never sends a name to the service (review of issue 17, items 7 and 8);
a rate's name that cannot be fetched does not hide the answer (item 12)."""

import re
from datetime import date
from urllib.parse import unquote

import pytest
from page_driver import (
    BROWSER_TESTS,
    PAGE_ID,
    open_calculator,
    open_example,
    open_family_file,
    show_answer,
    submit_family,
    type_nora_olav_and_mor,
)
from playwright.sync_api import Page, expect

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family

pytestmark = BROWSER_TESTS
EXAMPLE = "cerebral-palsy-large-assistance-need"
# The words for a right "to be assessed", the same for every right whoever decides it: the agency's own
# text (a paragraph for omsorgspenger, "Arbeidsgiveren; ved uenighet Tvisteløsningsnemnda" for leave) is
# shown under "Hvem avgjør", not put into the sentence.
ASSESS = {
    "nb": "Vilkårene vi kan sjekke, ser ut til å være oppfylt, men den som avgjør saken, må gjøre en egen vurdering (se «Hvem avgjør»).",
    "en": "The conditions we can check seem to be met, but whoever decides must make their own assessment (see “Who decides”).",
}


def show_answer_now(page: Page) -> None:
    page.wait_for_selector("#question-form, section.result")
    if page.locator("#question-form").count():
        page.locator("#show-answer-now").click()
    # The rates' names load with the answer: on a busy machine that may take longer than expect's 5 s.
    expect(page.locator("section.result")).to_be_visible(timeout=30_000)


def sent_bodies(page: Page) -> list[str]:
    bodies: list[str] = []
    page.on("request", lambda request: bodies.append(request.post_data or "") if request.method == "POST" else None)
    return bodies


def ids_in_text(page: Page) -> list[str]:
    """Every id in the answer's text, screen and paper parts alike (textContent holds the print-only parts)."""
    return [match.group(0) for match in PAGE_ID.finditer(page.locator("section.result").text_content())]


def test_the_answer_names_each_child_once_by_the_name_typed_and_sends_no_name(page):
    bodies = sent_bodies(page)
    open_calculator(page, "?dato=2024-09-01")
    # No school grade is given: on 1 September 2024 Nora (born February 2017) is in 2nd grade and Olav (born February
    # 2012) in 7th by age (opplæringslova § 2-1: school starts in August of the year the child turns six, one grade up
    # each August; ADR 0026).
    type_nora_olav_and_mor(page)
    submit_family(page)
    show_answer_now(page)

    section = page.locator("section.assumptions")
    expect(section.locator("li")).to_have_count(1)
    assumed = section.locator("li").text_content()
    assert "Nora 2. trinn, Olav 7. trinn" in assumed
    assert assumed.count("Nora") == 1 and assumed.count("Olav") == 1
    # At a condition of Nora's own right, her grade alone.
    notes = page.locator("article.benefit[data-person=barn1] .condition__assumed").all_text_contents()
    assert notes and all("Nora 2. trinn" in note and "Olav" not in note for note in notes)
    # Rights whose amount is not known yet are named with the person's name in the total's note («… for Mor», 0.24.0).
    total_notes = page.locator(".total__notes").text_content()
    assert "Ikke regnet med" in total_notes and "for Mor" in total_notes
    assert ids_in_text(page) == []

    page.get_by_role("button", name="English").click()
    expect(page.locator("section.assumptions li")).to_contain_text("Nora grade 2, Olav grade 7")
    assert ids_in_text(page) == []

    assert bodies and not any(name in body for body in bodies for name in ("Nora", "Olav", "Mor"))


def test_a_child_who_died_is_named_by_the_name_typed_a_capital_where_it_opens_the_sentence(page, tmp_path):
    # Review s18 D5: the service's sentence opens with the page's id, «Barn1, som døde …» (a capital, as a sentence
    # opens); the page puts the name typed in its place, with a capital there too («nora» → «Nora»). Nora (ill) died
    # on 15 October 2026; from November opplæringspenger (ftrl § 9-14) are refused on Olav, the only child counted
    # (ADR 0034), and the reason says she is not counted. The grades follow the age (ADR 0026).
    family = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
    family["date"] = "2026-11-01"
    family["children"] = [{k: v for k, v in child.items() if k != "school_grade"} for child in family["children"]]
    family["children"][0]["date_of_death"] = "2026-10-15"
    open_family_file(page, tmp_path, family, "familie-2026-11-01.json")
    show_answer(page)
    why = page.locator("article.benefit[data-benefit=opplaeringspenger][data-person=omsorgsperson1] .benefit__why > p")
    expect(why).to_contain_text("Nora, som døde 15. oktober 2026, regnes ikke med fra måneden etter dødsfallet.")
    assert ids_in_text(page) == []


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_right_to_be_assessed_reads_as_one_sentence_whoever_decides(page, language):
    # The cerebral palsy family: avlastning and omsorgsstønad (the kommune decides) and reduced working
    # hours (the employer; in a dispute Tvisteløsningsnemnda) are to be assessed on 1 September 2024.
    open_calculator(page, f"?dato=2024-09-01&lang={language}")
    open_example(page, EXAMPLE)
    show_answer_now(page)
    cards = page.locator("article.benefit[data-status=to_be_assessed]")
    assert {card.get_attribute("data-benefit") for card in cards.all()} >= {"avlastning", "omsorgsstonad", "redusert_arbeidstid"}
    for card in cards.all():
        why = card.locator(".benefit__why > p").text_content()
        assert ASSESS[language] in why, why
        assert card.locator("dd.benefit__agency").text_content() not in why


@pytest.mark.failed_loads
def test_a_rate_name_that_cannot_be_fetched_does_not_hide_the_answer(page):
    failed: list[str] = []

    def fail_first(route):
        if not failed:
            failed.append(route.request.url)
            route.fulfill(status=500, content_type="application/json", body='{"error": "internal"}')
        else:
            route.continue_()

    page.route(re.compile(r"/v1/parameters/"), fail_first)
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, EXAMPLE)
    show_answer_now(page)
    assert failed, "the answer flags unverified rates, whose names the page fetches"
    expect(page.locator(".unverified").first).to_be_visible()


def test_only_the_rates_named_on_the_page_are_fetched_once(page):
    # The diabetes family on 1 September 2024: the rights showing an amount or a range name their unverified
    # rates (since 0.12.0 no other right carries a flag, ADR 0033; a line folded into another right shows none);
    # each name is fetched once, and not again for the other language.
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(unquote(request.url.split("/v1/parameters/")[1]))
            if "/v1/parameters/" in request.url else None)
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "child-diabetes")
    show_answer_now(page)
    answer = assemble_many([example_family("child-diabetes")], date(2024, 9, 1), language="nb")[0]
    named = {flag.parameter for right in answer.benefits
             if (right.amount or right.range or right.no_range_reason) and right.folded_into is None
             for flag in right.unverified_rate}
    assert len(fetched) == len(set(fetched)) and set(fetched) == named
    assert named, "the diabetes family's answer names some unverified rate"
    page.get_by_role("button", name="English").click()
    expect(page.locator("section.result h2")).to_have_text("What the family may be entitled to")
    assert len(fetched) == len(named)
