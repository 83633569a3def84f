"""A range whose ends are only lower bounds (ADR 0009), in words: «≥ Fra 1 263 kr til 7 580 kr» read as «at least
from …» (review s21 page L2), and «Fra minst 1 263 kr til minst 7 580 kr» gave no upper end (review s24 page L5). The
lower end is still a floor and only the upper one may be more: «Fra 1 263 kr til 7 580 kr eller mer», as `asb
entitlements` says «1 263 kr – 7 580 kr/mnd eller mer».

Ingrid, 15, in Drammen on 30 November 2026, lives at home less than half the time; NAV's sats not told. Forhøyet
hjelpestønad is to be assessed (ftrl § 6-5; nav.no: NAV may reduce the sats), paid instead of the ordinary rate: the
family's total a month runs from the ordinary 1 263 kr (ftrl § 6-4) to sats 4's 7 580 kr, NAV's 2023 amounts carried
forward past the adjustment of 1 July 2023, so each is a lower bound.
"""

import json

from page_driver import BROWSER_TESTS, open_calculator, show_answer
from playwright.sync_api import Page, expect

pytestmark = BROWSER_TESTS
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]
INGRID = {"date": "2026-11-30", "kommunenummer": "3301", "caregivers": [{"id": "Mor", "birth_date": "1980-09-09"}],
          "children": [{"id": "Ingrid", "birth_date": "2011-04-02", "has_illness_or_extra_needs": "yes",
                        "has_lasting_illness": "yes", "has_private_care_arrangement": "yes",
                        "lives_at_home_at_least_half_the_time": "no", "needs_extra_supervision_and_care": "yes",
                        "has_substantially_greater_care_need": "yes", "stay_at_home_helped_by_allowance": "yes",
                        **{gate: "no" for gate in GROUPS}}]}


def test_a_lower_bound_range_says_at_least_at_each_end(page: Page, tmp_path):
    saved = tmp_path / "familie-2026-11-30.json"
    saved.write_text(json.dumps(INGRID), encoding="utf-8")
    open_calculator(page, "?dato=2026-11-30")
    page.locator("details.open-family summary").click()
    page.set_input_files("#open-file", str(saved))
    show_answer(page)
    family_total = page.locator(".total__sum td").first
    expect(family_total).to_have_text("Fra 1 263 kr til 7 580 kr eller mer", use_inner_text=True)
    page.get_by_role("button", name="English").click()
    expect(family_total).to_have_text("From NOK 1,263 to NOK 7,580 or more", use_inner_text=True)
