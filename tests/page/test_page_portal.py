"""The application plan and the decision check on the page (issue 18 [portal]).

The school child with autism and a single father, on 1 September 2024: the plan
lists hjelpestønad before omsorgsstønad (ftrl § 6-4 last ledd), with the documents
once each; a refused hjelpestønad, where the model finds every condition met, gives
a draft complaint marked as a draft.
"""

from page_driver import BROWSER_TESTS, PAGE_ID, answer_questions, fill_family, from_example, open_calculator, submit_family
from playwright.sync_api import expect

pytestmark = BROWSER_TESTS


def _to_the_answer(page):
    family = from_example("school-child-autism-single-parent")
    open_calculator(page, "?dato=2024-09-01")
    fill_family(page, family)
    submit_family(page)
    answer_questions(page, family.answers, more=False)  # the decisive questions: what follows needs an answer, not every one


def test_the_plan_orders_the_rights_and_lists_each_document_once(page):
    _to_the_answer(page)
    page.locator("#show-plan").click()
    expect(page.locator("#application-plan h2")).to_have_text("Hva dere kan søke om, i hvilken rekkefølge og med hvilke dokumenter")
    steps = page.locator(".plan__step").evaluate_all("items => items.map(item => item.dataset.benefit)")
    assert steps.index("hjelpestonad") < steps.index("omsorgsstonad")
    documents = page.locator(".plan__documents li").evaluate_all("items => items.map(item => item.dataset.document)")
    assert len(documents) == len(set(documents)) and "medical_summary" in documents
    # A document the family may leave out is named as on the card (review s20 page #18: «[Valgfri]» in the plan).
    named = page.locator(".plan__step[data-benefit=hjelpestonad] li").all_text_contents()
    assert any(text.endswith("(hvis kommunen allerede gir hjelp) (valgfri)") for text in named), named
    # The order is said above the steps (review s24 page M1: the button promised «i hvilken rekkefølge», unexplained).
    expect(page.locator(".plan__order")).to_have_text(
        "Rekkefølgen: først det dere har rett til, så det som må vurderes, og til slutt det som mangler opplysninger. "
        "Innenfor hver gruppe kommer ytelser som erstatter inntekt først, så ytelser som bare kan etterbetales noen "
        "måneder tilbake. En søknad som må sendes før en annen, kommer før den.")


def test_a_right_already_granted_is_no_step_but_is_listed_with_its_complaint_route(page):
    # Review s21 M10. Emil's extra omsorgspenger days are accepted by NAV (ftrl § 9-6 fourth ledd) and his father is an
    # employee, whose ordinary days need no application (§ 9-8): nothing to apply for; a complaint goes to NAV (§ 21-12).
    _to_the_answer(page)
    page.locator("#show-plan").click()
    granted = page.locator(".plan__granted li[data-benefit=omsorgspenger]")
    expect(granted).to_have_count(1)
    steps = page.locator(".plan__step").evaluate_all("items => items.map(item => item.dataset.benefit)")
    assert "omsorgspenger" not in steps and "hjelpestonad" in steps
    granted = page.locator(".plan__granted li[data-benefit=omsorgspenger]")
    expect(granted).to_contain_text("Omsorgspenger (sykt barn-dager) (")
    expect(granted).to_contain_text(") – Innvilget – ingen ny søknad")
    expect(granted).to_contain_text("Klage: Klag til NAV-enheten som fattet vedtaket innen 6 uker")
    assert not PAGE_ID.search(granted.text_content())  # the name typed, never the page's id


def test_a_right_with_nothing_to_send_is_listed_apart_with_its_own_words(page):
    # Review s21 page M5: the plan said of Emil's fritak for egenandel (ftrl § 5-3, Helsedirektoratet's rundskriv:
    # children under 16 pay no egenandel) «Hvordan dere søker om denne retten, er ikke beskrevet ennå», while its card
    # said «Du trenger ikke søke». No channel and no documents: nothing to send, so no numbered step; the entry's words.
    _to_the_answer(page)
    page.locator("#show-plan").click()
    apart = page.locator(".plan__nothing-to-send li[data-benefit=fritak_egenandel_barn]")
    expect(apart).to_contain_text("Du trenger ikke søke. Behandlingsstedet skal ikke kreve egenandel for barn under 16 år")
    expect(page.locator(".plan__nothing-to-send").locator("xpath=preceding-sibling::h3[1]")).to_have_text("Ingen søknad å sende")
    steps = page.locator(".plan__step").evaluate_all("items => items.map(item => item.dataset.benefit)")
    assert "fritak_egenandel_barn" not in steps
    expect(page.locator("#application-plan")).not_to_contain_text("er ikke beskrevet ennå")


def test_an_unverified_channel_without_a_note_says_what_is_not_verified(page):
    # Review s21 page L5: «Ikke bekreftet – sjekk før bruk» stood alone under redusert arbeidstid (its channel is not
    # verified and has no note). The caveat says what it is about.
    _to_the_answer(page)
    page.locator("#show-plan").click()
    caveat = page.locator(".plan__step[data-benefit=redusert_arbeidstid] .plan__unverified")
    expect(caveat).to_have_text("Slik søker dere er ikke bekreftet i en offisiell kilde – sjekk før bruk.")
    texts = page.locator(".plan__unverified").all_text_contents()
    assert "Ikke bekreftet – sjekk før bruk" not in texts, texts


def test_a_refused_hjelpestonad_gives_a_draft_complaint(page):
    _to_the_answer(page)
    page.locator("#check-decision").click()
    options = page.locator("#decision-benefit option").evaluate_all("items => items.map(item => item.value)")
    page.locator("#decision-benefit").select_option(next(value for value in options if value.startswith("hjelpestonad/")))
    page.locator("#decision-outcome").select_option("refused")
    page.locator("#decision-form button[type=submit]").click()
    expect(page.locator("#decision-check")).to_have_attribute("data-agreement", "differs")
    expect(page.locator("#draft-nb")).to_contain_text("UTKAST – IKKE JURIDISK RÅDGIVNING")
    expect(page.locator("#draft-nb")).to_contain_text("Folketrygdloven § 6-4")
    assert not PAGE_ID.search(page.locator("#decision-check").text_content())  # names typed, never the page's ids


def test_the_amount_is_asked_only_for_a_lower_grant(page):
    # Review s15, finding 6: the service refuses decision.amount with a refusal or a full grant, so the page takes it
    # only with «lower». Hjelpestønad on 2024-09-01 is at least 15 161 / 12 = 1 263.4 → 1 263 kr a month (the 2023 rate carried
    # forward after 1 July 2023, ordinary_yearly_rate.yaml); 1 300 is what "at least" allows (finding 2).
    _to_the_answer(page)
    page.locator("#check-decision").click()
    options = page.locator("#decision-benefit option").evaluate_all("items => items.map(item => item.value)")
    page.locator("#decision-benefit").select_option(next(value for value in options if value.startswith("hjelpestonad/")))
    expect(page.locator("#decision-amount")).to_be_disabled()
    page.locator("#decision-outcome").select_option("lower")
    page.locator("#decision-amount").fill("1300")
    page.locator("#decision-form button[type=submit]").click()
    expect(page.locator("#decision-check")).to_have_attribute("data-agreement", "open")
    expect(page.locator(".decision-check__summary")).to_contain_text("minst 1 263 kr i måneden")
