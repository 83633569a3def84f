"""The printed answer for two working parents, Sofie (8, epilepsy) and Jonas (12), whom the family step answers «Nei» to
illness or extra needs (review s24 page L7, its epilepsy family, 1 September 2025).

On paper, a child answered «Nei» is asked nothing about health or needs (ADR 0026) and refused nearly everything: his
refusals are one line of the overview, not a row each (21 «Ikke rett» rows before), and none of his cards. A refused
right prints the answer that would change it («Dette kan endre svaret» on the screen): the parents' pleiepenger, refused
because Sofie does not need continuous care (ftrl § 9-10), would be open («Mangler opplysninger») if she did. The amount column holds
«≥ 1 263 kr per måned» on at most two lines (it took three).
"""

import json

from page_driver import BROWSER_TESTS, open_calculator, show_answer
from test_page_act_on import pdf_pages, pdf_text, poppler_or_skip
from playwright.sync_api import expect

pytestmark = BROWSER_TESTS
ON = "2025-09-01"
# The review's family as the page saved it (its «Vet ikke» answers left out: they change nothing printed here).
FAMILY = json.loads('{"date": "2025-09-01", "caregivers": [{"id": "mor", "birth_date": "1987-03-12", "employment": "employee", "care_hours_per_week": 10, "omsorgspenger_temporarily_alone": "no", "has_worked_four_weeks": "yes", "has_particularly_heavy_care_work": "no", "yearly_income": 610000, "opplaeringspenger_training_at_approved_institution": "unknown", "opplaeringspenger_medical_certificate": "unknown"}, {"id": "far", "birth_date": "1985-07-01", "employment": "employee", "care_hours_per_week": 6, "omsorgspenger_temporarily_alone": "no", "has_worked_four_weeks": "yes", "has_particularly_heavy_care_work": "no", "yearly_income": 540000, "opplaeringspenger_training_at_approved_institution": "unknown", "opplaeringspenger_medical_certificate": "unknown"}], "children": [{"id": "sofie", "birth_date": "2017-04-10", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes", "needs_something_extra_at_school": "yes", "has_difficulty_getting_about": "no", "needs_help_from_others_in_daily_life": "yes", "needs_aids_or_special_equipment": "yes", "has_extra_costs_from_illness": "yes", "needs_continuous_care_and_supervision": "no", "needs_long_term_coordinated_health_services": "yes", "has_private_care_arrangement": "yes", "lives_at_home_at_least_half_the_time": "yes", "needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": "no", "function_reduced_over_two_years": "yes", "needs_helper_for_leisure": "yes", "needs_companion_to_participate": "yes", "benefits_satisfactorily_from_ordinary_teaching": "yes", "needs_personal_assistance_at_school": "yes", "needs_physical_adaptation_at_school": "no", "needs_transport_due_to_illness": "no", "omsorgspenger_chronic_illness_accepted": "yes", "hjelpestonad_decided_sats": "not_decided", "wants_individual_plan": "yes", "has_treatment_travel": "yes", "home_needs_adaptation": "no", "has_serious_illness_injury_or_disability": "yes", "needs_other_welfare_services": "no", "needs_assistive_devices": "unknown", "cannot_use_ordinary_activity_equipment": "unknown", "grunnstonad_fixed_rate_diagnosis": "unknown"}, {"id": "jonas", "birth_date": "2013-01-20", "has_illness_or_extra_needs": "no"}], "kommunenummer": "0301", "expects_child_with_serious_condition": "no"}')
# The review's PDF of this family took 8 pages. Jonas' refusals as one line and the columns set shorten the overview by
# about a page; the refused rights an answer would change, printed now with that answer, take about as much.
MAX_PRINTED_PAGES = 8


def _printed(page, tmp_path, output_dir):
    saved = tmp_path / f"familie-{ON}.json"
    saved.write_text(json.dumps(FAMILY), encoding="utf-8")
    open_calculator(page, f"?dato={ON}")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))
    show_answer(page)
    pdf = output_dir / "epilepsy-two-children-print.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    return pdf


def test_a_child_without_needs_is_one_printed_line_and_change_lines_are_printed(page, tmp_path, output_dir):
    poppler_or_skip()
    pdf = _printed(page, tmp_path, output_dir)
    # Jonas' refusals as the screen counts them: every row of his marked «Ikke rett».
    refused = page.locator(".overview__table tr[data-person=barn2] [data-status=not_entitled]").count()
    assert refused > 10  # the review counted 21
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert (f"jonas: ikke rett til {refused} rettigheter her – barnet er oppgitt uten sykdom eller behov for noe "
            "ekstra.") in flat
    assert not [line for line in text.splitlines() if "jonas" in line and "Ikke rett" in line]
    # § 9-10: pleiepenger refused on the continuous care; «Ja» would leave it open. The refused rights print under one
    # note, each with the answer that would change it.
    assert "Her står bare rettighetene der et annet svar kan endre resultatet, med det svaret." in flat
    assert ("Hvis svaret på «Trenger barnet kontinuerlig tilsyn og pleie hele døgnet på grunn av sykdom, skade eller "
            "funksjonsnedsettelse?» (gjelder sofie) er Ja: Mangler opplysninger.") in flat
    assert pdf_pages(pdf) <= MAX_PRINTED_PAGES


def test_the_amount_column_holds_an_amount_on_two_lines_at_most(page, tmp_path, output_dir):
    _printed(page, tmp_path, output_dir)
    page.emulate_media(media="print")
    cell = page.locator(".overview__table tr[data-benefit=hjelpestonad][data-person=barn1] td.amount")
    expect(cell).to_have_text("≥ 1 263 kr per måned", use_inner_text=True)
    lines = cell.evaluate("td => Math.round(td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight))")
    assert lines <= 2, lines
    page.emulate_media(media="screen")
