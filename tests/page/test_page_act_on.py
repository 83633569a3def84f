"""An answer to act on, kept without the service storing anything, and printed for a
coordinator (issue 17): the family total by payer, rights by whom to contact, lines folded
into the right that replaces them; saving the answers as a family file and opening it (or an
example) again; and the print view rendered to PDF by Chromium, read back with poppler.

Figures (1 September 2024), worked by hand in tests/assembler/test_family_total.py:
forhøyet hjelpestønad sats 3 = 5 054 kr a month and grunnstønad at least sats 2 = 13 752 / 12 = 1 146 (the sats
its costs are known to reach; sats 3 of 2023 predates the 1 July 2023 adjustment), both lower bounds (ADR 0009
and its addendum): 6 200 a month, 74 400 a year.
"""

import json
import re
import shutil
import subprocess

import pytest
from page_driver import BROWSER_TESTS, fill_family, from_example, open_calculator, open_example, plain, show_answer, submit_family
from test_page_accessibility import blocking_violations, no_horizontal_scroll
from playwright.sync_api import Page, expect

from openfisca_asb.facts.examples import TITLES, example_family, example_names

pytestmark = BROWSER_TESTS
EXAMPLE = "cerebral-palsy-large-assistance-need"
POPPLER = ("pdftotext", "pdftoppm", "pdfinfo")
# A coordinator's paper: the total, the overview of every right, each open question once and a
# compact card per right to act on. The cerebral palsy family has 27 such rights: ten pages until 0.22.0 added what
# the law asks to say (omsorgsopptjening's months, the leave's days by transfer or distribution, barnetilsyn's reasons,
# what a move means for the kommune's services), which takes part of an eleventh.
MAX_PRINTED_PAGES = 11


def shown_statuses(page: Page) -> dict:
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('article.benefit')]"
        ".map(card => [`${card.dataset.benefit}|${card.dataset.person}`, card.dataset.status]))"
    )


def test_total_contacts_and_folded_lines(page):
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, EXAMPLE)
    show_answer(page)

    total = page.locator("section.total")
    sums = [plain(text) for text in total.locator("tr.total__sum td").all_inner_texts()]
    assert sums == ["≥ 6 200 kr", "≥ 74 400 kr"]
    expect(total.locator("tr.total__payer th")).to_have_text(["NAV"])
    expect(total).to_contain_text("Minst: noen satser er ikke bekreftet")
    # Omsorgspenger days and leave days are listed with their payer and meaning, not added to kroner.
    expect(total.locator(".total__extents")).to_contain_text("Dager med omsorgspenger i året for denne omsorgspersonen.")

    # The ordinary hjelpestønad (0 kr: forhøyet is paid instead, ftrl § 6-5) is no card or row of its
    # own; forhøyet hjelpestønad's reason tells it.
    expect(page.locator("article.benefit[data-benefit=hjelpestonad]")).to_have_count(0)
    expect(page.locator(".overview__table tr[data-benefit=hjelpestonad]")).to_have_count(0)
    expect(page.locator("article.benefit[data-benefit=forhoyet_hjelpestonad] .benefit__folded")).to_have_text(
        "Hjelpestønad: Betales som forhøyet hjelpestønad, som erstatter den ordinære satsen (folketrygdloven § 6-5).")
    # No free SFO hours on 6th grade: no "0 timer per uke" on the card or in the overview; where the amount
    # would stand, the card says what the right is (no_range_reason, review s15 finding 8).
    sfo = page.locator("article.benefit[data-benefit=sfo]")
    expect(sfo.locator(".benefit__amount .amount")).to_have_count(0)
    expect(sfo.locator(".benefit__no-range")).to_contain_text("omfattet av SFO-tilbudet kommunen skal ha")
    # SFO is the kommune's duty to have an offer, not a right to a place (Udir: «Alle kommuner skal ha et tilbud om
    # skolefritidsordning»): the card's status and its line under whom to contact say so (review s21 M16).
    expect(sfo.locator(".status")).to_have_text("Omfattet av tilbudet kommunen skal ha")
    expect(page.locator("section.contacts").get_by_role("link", name=re.compile("^Skolefritidsordning"))).to_contain_text(
        "(Omfattet av tilbudet kommunen skal ha)")
    expect(sfo.locator(".benefit__folded")).to_have_count(0)
    expect(page.locator(".overview__table tr[data-benefit=sfo] td.amount")).to_have_text("–")
    # What an amount is, spelled out.
    expect(page.locator("article.benefit[data-benefit=forhoyet_hjelpestonad] .benefit__meaning")).to_contain_text(
        "Kroner i måneden, utbetalt av NAV i stedet for ordinær hjelpestønad.")

    # School transport: the overview and the card name the same contact, from one definition.
    expect(page.locator(".overview__table tr[data-benefit=skoleskyss] td").last).to_have_text("Fylkeskommunen")
    expect(page.locator("article.benefit[data-benefit=skoleskyss] .benefit__facts")).to_contain_text("KontaktFylkeskommunen")
    contacts = page.locator("section.contacts")
    expect(contacts.get_by_role("heading", name="Fylkeskommunen")).to_be_visible()
    expect(contacts.get_by_role("link", name=re.compile("^Gratis skoleskyss"))).to_have_attribute("href", "#right-skoleskyss-barn1")  # the page's id

    # The family's kommune (1103 Stavanger) is named for the rights it decides, with the note that no
    # verified link to its website is known (ADR 0020); an open right with no range says why (issue 16).
    services = "Tildelingskontoret for helse- og omsorgstjenester i Stavanger kommune"
    avlastning = page.locator("article.benefit[data-benefit=avlastning]")
    expect(avlastning.locator(".benefit__facts")).to_contain_text(f"Kontakt{services}")
    # Said once, under «Hvem dere kontakter», not on every card and group of the kommune (review s16, page #6).
    expect(contacts.locator(".contacts__note")).to_have_count(1)
    expect(contacts.locator(".contacts__note")).to_contain_text("Vi kjenner ingen kontrollert lenke til nettstedet til Stavanger kommune")
    expect(page.locator(".contact__note")).to_have_count(0)
    expect(avlastning.locator(".benefit__no-range")).to_contain_text("Kommunen fastsetter form og omfang")
    expect(contacts.get_by_role("heading", name=services)).to_be_visible()

    page.get_by_role("button", name="English").click()
    expect(page.locator("section.total h3")).to_have_text("In total")
    assert [plain(text) for text in page.locator("tr.total__sum td").all_inner_texts()] == ["≥ NOK 6,200", "≥ NOK 74,400"]


def test_save_the_answers_as_a_file_and_open_it_again(page, tmp_path):
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, EXAMPLE)
    show_answer(page)
    before = shown_statuses(page)

    with page.expect_download() as download:
        page.locator("#save-family").click()
    saved = tmp_path / "familie.json"
    download.value.save_as(saved)
    # The same format as examples/ and `asb entitlements`: the example family and the day it describes (ADR 0030),
    # nothing added or lost.
    expected = {**example_family(EXAMPLE).model_dump(mode="json", exclude_none=True), "date": "2024-09-01"}
    assert json.loads(saved.read_text()) == expected

    page.reload()
    expect(page.locator("#family-form")).to_be_visible()
    expect(page.locator("#footer-version")).not_to_be_empty()
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))
    show_answer(page)
    assert shown_statuses(page) == before
    # The names shown are the file's ids.
    expect(page.locator("article.benefit[data-benefit=forhoyet_hjelpestonad] h4")).to_have_text("Forhøyet hjelpestønad – jonas")


def test_what_the_answer_assumed_is_said_once_at_the_top(page, tmp_path):
    # A family file without a school grade (ADR 0026): Nora, born February 2017, turned six in 2023, so
    # she is in 2nd grade in the school year from August 2024 (opplæringslova § 2-1). Each condition that
    # read the grade says so; the answer also says it once, in one place, for the family to correct.
    family = tmp_path / "familie.json"
    family.write_text(json.dumps({"kommunenummer": "0301", "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
                                  "children": [{"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "no"}]}))
    open_calculator(page, "?dato=2024-09-01")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(family))
    show_answer(page)
    section = page.locator("section.assumptions")
    expect(section.locator("h3")).to_have_text("Dette har vi antatt")
    expect(section.locator("li")).to_have_count(1)
    expect(section.locator("li")).to_contain_text("nora 2. trinn")
    assert page.locator(".condition__assumed").count() >= 1


def test_a_file_that_is_not_a_family_is_refused_where_it_was_chosen(page, tmp_path):
    open_calculator(page)
    bad = tmp_path / "not-a-family.json"
    bad.write_text('{"children": "nobody"}', encoding="utf-8")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(bad))
    expect(page.locator("#open-file-error p").first).to_have_text(
        "Filen ble ikke åpnet: filen beskriver ikke en familie: den må ha «caregivers» og «children».")
    expect(page.locator("#open-file-error p").last).to_contain_text("Velg .json-filen du lagret med «Lagre svarene som fil»")
    expect(page.locator("#open-file")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#family-form")).to_be_visible()
    expect(page.locator("#open-example option")).to_have_count(1 + len(example_names()))  # "Velg et eksempel" and each example
    assert blocking_violations(page) == [], "the family step with a file refused and the examples listed"


def test_opening_an_example_without_choosing_one_says_so_beside_the_list(page):
    open_calculator(page)
    page.locator("details.open-family summary").click()
    page.locator("#open-example-button").click()
    expect(page.locator("#open-example-error")).to_have_text("Velg et eksempel i listen først.")
    expect(page.locator("#open-example")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#open-example")).to_be_focused()
    assert "open-example-error" in page.locator("#open-example").get_attribute("aria-describedby").split()
    expect(page.locator("#family-form")).to_be_visible()
    assert blocking_violations(page) == [], "the family step with no example chosen"
    page.get_by_role("button", name="English").click()  # said in the language shown
    expect(page.locator("#open-example-error")).to_have_text("Choose an example in the list first.")
    fill_family(page, from_example("child-diabetes"))  # the family typed in instead: the error goes with the step
    submit_family(page)
    expect(page.locator("#question-form")).to_be_visible()
    page.locator("#question-back").click()
    expect(page.locator("#family-form")).to_be_visible()
    expect(page.locator("#open-example-error")).to_have_count(0)


def test_the_examples_are_listed_by_their_titles_in_the_pages_language(page):
    # Issue 17 review: the list showed file names ("child-diabetes"); each is shown by its title, the one
    # GET /v1/examples and `asb example` give, in the language shown, and still opens by its name.
    open_calculator(page)
    page.locator("details.open-family summary").click()
    options = page.locator("#open-example option:not([value=''])")
    expect(options).to_have_text(sorted((TITLES[name].nb for name in example_names()), key=str.casefold))
    expect(page.locator("#open-example")).not_to_contain_text("child-diabetes")
    page.get_by_role("button", name="English").click()
    page.locator("details.open-family summary").click()
    expect(page.locator("#open-example option[value=child-diabetes]")).to_have_text("Child with type 1 diabetes, both parents working")
    page.select_option("#open-example", label="Child with type 1 diabetes, both parents working")
    page.locator("#open-example-button").click()
    expect(page.locator("#family-form")).to_be_hidden()
    expect(page.locator("#question-form, section.result")).to_be_visible()


def poppler_or_skip() -> None:
    absent = [tool for tool in POPPLER if shutil.which(tool) is None]
    if absent:
        pytest.skip(f"poppler-utils ({', '.join(absent)}) is not installed; .ci/run installs it with apt-get")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE).group(1))


def test_the_print_view_holds_what_a_coordinator_needs(page, output_dir, tmp_path):
    poppler_or_skip()
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, EXAMPLE)
    show_answer(page)
    pdf = output_dir / f"{EXAMPLE}-print.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    joined = "".join(text.split())  # long addresses may wrap across lines

    pages = pdf_pages(pdf)
    assert pages <= MAX_PRINTED_PAGES
    # Each page rasterises as an A4 page (210 × 297 mm → 1.414 height/width at any resolution).
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    width, height = _png_size(images[0])
    assert abs(height / width - 297 / 210) < 0.01

    # The total and its caveats.
    assert "Familien til sammen" in flat and "≥ 6 200 kr" in flat.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Minst 5 054 kr i måneden: satsen fra 1. januar 2023, som gjaldt før 1. juli 2023" in flat  # the amount's lower-bound note
    assert "Satsen er ikke sikker" in flat  # the unverified-rate warning
    # What is missing, each question once, with the rights it concerns.
    assert "Dette mangler vi svar på" in flat
    assert flat.count("Har du (den som har omsorgen) arbeidet") <= 2  # at most once per caregiver
    # Documents, full apply links (never cut to "udir.no/…"), complaint routes and their deadlines.
    assert "Dokumenter dere" in flat and "Legeerklæring" in flat
    assert "https://www.nav.no/grunnstonad" in joined
    # Forhøyet hjelpestønad is granted (sats 3): its card says so, with no link to apply (ADR 0042, review s21 diff L15).
    assert "Dere har svart at dette allerede er innvilget" in flat and "https://www.nav.no/forhoyet-hjelpestonad" not in joined
    assert "https://www.udir.no/regelverkstolkninger/opplaring/Leksehjelp/Regelverk-for-skolefritidsordningen-SFO/Tilbud-om-skolefritidsordning/" in joined
    assert "udir.no/…" not in flat
    assert "innen 6 uker" in flat and "innen 3 uker" in flat
    # The kommune's no-verified-link note (ADR 0020), once on paper too (review s16c: off paper with «Hvem dere kontakter»).
    assert flat.count("Vi kjenner ingen kontrollert lenke til nettstedet til Stavanger kommune") == 1
    # The screen-only parts stay off paper («Svar nå»); what would change a right refused or missing information is
    # printed with it (review s24 page L7).
    assert "Svar nå" not in flat


def _png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[16:24]
    return int.from_bytes(header[:4], "big"), int.from_bytes(header[4:], "big")


def test_a_total_of_ranges_reflows_on_a_small_phone(page):
    # WCAG 1.4.10: the infant's parents' rights in days are ranges ("Fra 10 dager til 40 dager"); at 320 px
    # the total's table widened the page past the screen (421 px) until its amounts could wrap.
    page.set_viewport_size({"width": 320, "height": 640})
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "infant-heart-defect-hospital")
    show_answer(page)
    expect(page.locator("section.total")).to_be_visible()
    assert no_horizontal_scroll(page)


def test_holiday_pay_in_the_calculation_basis_is_shown_in_whole_kroner(page, tmp_path):
    # Issue 17 review: «16 750,44 kr». 480 000 / 260 → a daily rate of 1 846 kr; holiday pay is 10.2 % of the first
    # 60 weekdays (ferieloven § 10 nr. 2 and 4): 60 × 1 846 × 0.102 = 11 297.52, shown as 11 298 kr, as the CLI shows it.
    family = tmp_path / "familie.json"
    family.write_text(json.dumps({
        "caregivers": [{"id": "mor", "birth_date": "1985-03-10", "has_worked_four_weeks": "yes", "yearly_income": 480000,
                        "pleiepenger_lost_working_time_percent": 100, "employment": "employee"}],
        "children": [{"id": "ida", "birth_date": "2019-06-01", "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                      "needs_night_watch_or_standby": "no"}]}))
    open_calculator(page, "?dato=2024-09-01")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(family))
    show_answer(page)
    basis = page.locator('[data-benefit="pleiepenger"][data-person="omsorgsperson1"] .calculation-basis').first
    holiday_pay = basis.locator("li", has_text="Feriepenger")
    expect(holiday_pay).to_have_count(1)
    assert plain(holiday_pay.inner_text()).endswith(": 11 298 kr")


def test_a_refusal_on_a_condition_reads_as_what_is_true_of_the_family(page):
    # Emil, 9, in 4th grade: priority in barnehage is for a child who has not started school (barnehageloven
    # § 18). The card says he has started school, never "not met: the child has not started school", in the
    # words of the answer's reason (review of 0.10.0).
    open_calculator(page, "?dato=2024-09-01")
    open_example(page, "school-child-autism-single-parent")
    show_answer(page)
    why = page.locator("article.benefit[data-benefit=barnehage_prioritet] .benefit__why")
    expect(why).to_contain_text("Retten gjelder ikke:")
    expect(why.locator("ul.conditions li")).to_have_count(1)
    expect(why.locator("ul.conditions li")).to_contain_text("Barnet har begynt på skolen.")
    expect(why).not_to_contain_text("ikke begynt på skolen")
    # The list of all the conditions says it in the same words.
    unmet = page.locator("article.benefit[data-benefit=barnehage_prioritet] ul.conditions--all li[data-outcome=not_met]")
    expect(unmet).to_have_text(re.compile(r"^Barnet har begynt på skolen\. \(Barnehageloven § 18"))
