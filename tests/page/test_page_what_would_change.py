"""«Dette kan endre svaret» under a right still missing information lists the answers still to give, never another
answer to one the family gave (review s21 page L12): Emma's parents said «Nei» to «Venter dere et barn …?», and her
barnekoordinator card (pasient- og brukerrettighetsloven § 2-5 c) offered «Hvis svaret på «Venter dere et barn …» er
Ja: Du har rett». The answer marks such a change `answered` (tests/assembler/test_what_would_change_an_open_right.py)."""

import json

from page_driver import BROWSER_TESTS, open_calculator, show_answer
from playwright.sync_api import Page, expect

from openfisca_asb.facts.vocabulary import vocabulary

pytestmark = BROWSER_TESTS
EMMA = {"date": "2026-11-30", "kommunenummer": "5001", "expects_child_with_serious_condition": "no",
        "caregivers": [{"id": "Mor", "birth_date": "1988-03-02"}],
        "children": [{"id": "Emma", "birth_date": "2019-05-14", "has_illness_or_extra_needs": "yes",
                      "has_lasting_illness": "yes", "has_serious_illness_injury_or_disability": "yes",
                      "needs_long_term_coordinated_health_services": "unknown"}]}


def test_an_open_right_does_not_offer_another_answer_to_one_given(page: Page, tmp_path):
    saved = tmp_path / "familie-2026-11-30.json"
    saved.write_text(json.dumps(EMMA), encoding="utf-8")
    open_calculator(page, "?dato=2026-11-30")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))
    show_answer(page)
    card = page.locator("article.benefit[data-benefit=barnekoordinator]")
    expect(card).to_have_attribute("data-status", "missing_information")
    changes = card.locator("ul.changes")
    # Her need of other welfare services is not given: its «Nei» would refuse the right (§ 2-5 c), so it is listed.
    expect(changes).to_contain_text(vocabulary()["needs_other_welfare_services"].question.nb)
    expect(changes).not_to_contain_text(vocabulary()["expects_child_with_serious_condition"].question.nb)
