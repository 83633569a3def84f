"""The validator under forsøksloven (RULES.md §13): approval at most 4 years plus at most 2 years'
extension (§ 3), and no individual right or amount taken away – checked on the example families and
a seeded reference population.
"""

from datetime import date

import pytest

from openfisca_asb.facts.examples import example_names
from openfisca_asb.drafting.reference_population import reference_families
from openfisca_asb.drafting.loading import load_reform, reform_from_data
from openfisca_asb.drafting.validation import dates_to_check, period_problems, validate

FORSOKSLOVEN = [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}]
SMALL = 25  # reference families per test: enough to vary, quick enough to run often


def pilot(start: str, end: str, approval_end: str | None = None, parameters: dict | None = None, legal_basis=FORSOKSLOVEN):
    scope = {"kommuner": {"5001": "Trondheim"}, "start": start, "end": end, "legal_basis": legal_basis}
    if approval_end:
        scope["approval_end"] = approval_end
    return reform_from_data({
        "id": "test_pilot", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A drafter",
        "status": "pilot", "legal_basis": FORSOKSLOVEN, "pilot": scope, "parameters": parameters or {},
    })


def rules(reform) -> list[str]:
    return [problem.rule for problem in period_problems(reform.pilot, "en")]


def test_four_years_to_the_day_is_allowed_one_day_more_is_not():
    # § 3: approval for up to 4 years. 1 Jan 2025 + 4 years ends on 31 Dec 2028.
    assert rules(pilot("2025-01-01", "2028-12-31")) == []
    assert rules(pilot("2025-01-01", "2029-01-01")) == ["approval_longer_than_4_years"]


def test_an_extension_of_two_years_is_allowed_more_is_not():
    # § 3: extendable by up to 2 years: approval to 31 Dec 2023, extension to 31 Dec 2025 at the latest.
    assert rules(pilot("2020-01-01", "2025-12-31", approval_end="2023-12-31")) == []
    assert rules(pilot("2020-01-01", "2026-01-01", approval_end="2023-12-31")) == ["extension_longer_than_2_years"]


def test_a_pilot_over_four_plus_two_years_is_rejected_by_the_validator_with_both_rules():
    # 1 Jan 2020 + 4 years: approval until 31 Dec 2023 at the latest; here 30 Jun 2024, then 3 years more.
    report = validate(pilot("2020-01-01", "2027-06-30", approval_end="2024-06-30"), "en", population_size=0)
    assert not report.valid
    assert {p.rule for p in report.problems} == {"approval_longer_than_4_years", "extension_longer_than_2_years"}
    assert "2023-12-31" in report.problems[0].message  # the latest the approval may last
    assert report.losses == []  # it changes no parameter: nothing is lost


def test_the_pilot_that_raises_bpas_threshold_is_rejected_naming_family_benefit_and_difference():
    # pbrl § 2-1 d: 35 hours a week (≥ 32) is a right to BPA; at 40 it is only to be assessed.
    report = validate(load_reform("bpa_threshold_pilot"), "en", population_size=SMALL)
    assert not report.valid
    # Two reasons: the hour threshold is a condition of the statutory right (pbrl § 2-1 d), which
    # forsøksloven § 3 does not reach, and families with 32–40 hours lose BPA.
    assert [p.rule for p in report.problems] == ["changes_an_individual_right", "takes_rights_away"]
    assert "pasient- og brukerrettighetsloven § 2-1 d" in report.problems[0].message
    assert "cerebral-palsy-large-assistance-need" in report.problems[1].message
    loss = next(l for l in report.losses if l.family == "cerebral-palsy-large-assistance-need")
    assert (loss.benefit, loss.person, loss.status_before, loss.status_after) == ("bpa", "jonas", "entitled", "to_be_assessed")
    # The pilot runs to 2028-12-31, inside the projection horizon (2031-12-31, ADR 0044): losses are checked to its
    # last day, the days of 2028 on the rules of 2027 carried forward, and the report says it is a projection.
    assert loss.date == "2026-01-01" and loss.dates[-1] == "2028-12-31"
    assert report.projection is not None and report.projection.starts.isoformat() == "2028-01-01"
    assert any("32 → 40" in line for line in loss.why)


def test_a_pilot_that_lowers_an_amount_is_rejected_with_the_difference():
    # ftrl § 6-4: 15 161 → 12 000 kr a year; monthly 1 263 → 1 000, a loss of 263 kr a month.
    lower = pilot("2026-01-01", "2027-12-31", parameters={"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2026-01-01": 12000}})
    report = validate(lower, "en", population_size=0)
    assert not report.valid
    diabetes = next(l for l in report.losses if l.family == "child-diabetes" and l.benefit == "hjelpestonad")
    assert diabetes.person == "nora" and diabetes.difference == -263


@pytest.mark.parametrize("reform_id", ["one_entry_point_pilot", "bpa_state_funding_pilot"])
def test_pilots_that_change_organisation_or_the_payer_split_are_allowed(reform_id):
    report = validate(load_reform(reform_id), "en", population_size=SMALL)
    assert report.valid, report.problems
    assert report.losses == []
    assert report.families_checked == len(example_names()) + SMALL  # every example family, then the reference population


def test_a_proposal_may_take_away_but_the_drafter_is_told():
    proposal = reform_from_data({
        "id": "lower_hjelpestonad", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A drafter",
        "status": "proposal", "legal_basis": FORSOKSLOVEN,
        "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2026-01-01": 12000}},
    })
    report = validate(proposal, "en", population_size=0)
    assert report.valid and report.problems == []
    assert report.losses and "Stortinget may do so" in report.warnings[0]


def test_a_pilot_without_forsoksloven_in_its_legal_basis_gets_a_warning():
    # More SFO hours without payment (opplæringslova § 4-5, a service standard): allowed, and it changes something,
    # so the pilot is one the Act is needed for.
    other = [{"title": "Helse- og omsorgstjenesteloven", "url": "https://lovdata.no/lov/2011-06-24-30"}]
    more_hours = {"opplaering.sfo.free_hours_per_week": {"2026-01-01": 15}}
    report = validate(pilot("2026-01-01", "2026-12-31", legal_basis=other, parameters=more_hours), "en", population_size=0)
    assert report.valid and "forsøksloven" in report.warnings[0]


@pytest.mark.parametrize("url", ["https://lovdata.no/dokument/NL/lov/1992-06-26-87", "https://lovdata.no/lov/1992-06-26-87/§3",
                                 "https://www.rettsdata.no/rettsdata-apen/forsoksloven/l-gl19920626z2d87-r100001/"])
def test_the_acts_canonical_addresses_are_recognised(url):
    # Lovdata's canonical address of LOV-1992-06-26-87 is /dokument/NL/lov/…; it was taken as not citing the Act
    # (review s21 drafter L2).
    more_hours = {"opplaering.sfo.free_hours_per_week": {"2026-01-01": 15}}
    cited = [{"title": "Forsøksloven", "url": url}]
    report = validate(pilot("2026-01-01", "2026-12-31", legal_basis=cited, parameters=more_hours), "en", population_size=0)
    assert not any("does not cite forsøksloven" in warning for warning in report.warnings)


def test_dates_checked_cover_the_window_and_each_new_year():
    reform = pilot("2025-08-01", "2028-07-31", parameters={"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2026-06-01": 18000}})
    # The window's start, each new year and each change, and its last day: 2028 lies after the known rules (2027-12-31)
    # and inside the projection horizon (2031-12-31, ADR 0044), so 2028-01-01 and 2028-07-31 are checked as a projection.
    assert dates_to_check(reform) == [date(2025, 8, 1), date(2026, 1, 1), date(2026, 6, 1), date(2027, 1, 1),
                                      date(2028, 1, 1), date(2028, 7, 31)]


def test_the_reference_population_is_reproducible_and_varied():
    first, again, other = reference_families(30, 7), reference_families(30, 7), reference_families(30, 8)
    assert [f.model_dump() for f in first] == [f.model_dump() for f in again]
    assert [f.model_dump() for f in first] != [f.model_dump() for f in other]
    hours = {child.bpa_assistance_hours_per_week for f in reference_families() for child in f.children}
    assert any(h is not None and 32 <= h < 40 for h in hours) and any(h is not None and h < 25 for h in hours)


# --- What a pilot may change (issue 19, item 3): forsøksloven § 3 første ledd a–c (rettsdata.no) ----------

ACT_SCOPE_WORDS = "organisere sin virksomhet og løse sine oppgaver"  # § 3 første ledd bokstav a, verbatim
ACT_LETTER_D = "d) enhetsfylke uten hinder av § 4 første ledd bokstav a"  # § 3 første ledd bokstav d, verbatim (review s21 L10)
ACT_PERIOD_WORDS = "Godkjenning kan gis for en periode på inntil fire år"  # § 3 tredje ledd, verbatim


def test_a_pilot_raising_a_folketrygd_rate_is_rejected_as_outside_section_3():
    # Issue 19: hjelpestønad to 20 000 in two kommuner. The rate is set under ftrl § 6-4 for everyone
    # insured; a pilot may change how bodies organise and share tasks, not a statutory individual right.
    raise_rate = pilot("2027-01-01", "2029-12-31",
                       parameters={"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2027-01-01": 20000}})
    report = validate(raise_rate, "nb", population_size=0)
    assert not report.valid
    assert [p.rule for p in report.problems] == ["changes_an_individual_right"]
    message = report.problems[0].message
    assert "folketrygd.hjelpestonad.ordinary_yearly_rate" in message and "folketrygdloven" in message
    assert "forsøksloven § 3" in message.lower() and ACT_SCOPE_WORDS in message and ACT_LETTER_D in message
    assert report.losses == []  # nobody loses: it is rejected for what it changes, not for a loss


def test_a_kommune_service_standard_is_allowed_when_no_one_loses_and_rejected_when_someone_does():
    # SFO hours without parental payment (opplæringslova § 4-5): a kommune service level. More hours is
    # allowed; fewer takes an amount away from families in the pilot kommuner and is rejected for that.
    # The free hours are for 1st–3rd grade from August 2024 (opplæringsforskrifta, free_hours_highest_trinn). In the
    # school years 2024–25 and 2025–26 child-diabetes's nora (born 2017-02-11, 1st grade from August 2023) is in
    # grades 2 and 3: she loses hours. (The window was 2026–28, when the examples' grades were not moved: she
    # is in grades 4 and 5 then, without free hours – ADR 0030.)
    more = pilot("2024-08-01", "2026-07-31", parameters={"opplaering.sfo.free_hours_per_week": {"2024-08-01": 15}})
    fewer = pilot("2024-08-01", "2026-07-31", parameters={"opplaering.sfo.free_hours_per_week": {"2024-08-01": 6}})
    allowed = validate(more, "en", population_size=0)
    assert allowed.valid, allowed.problems
    rejected = validate(fewer, "en", population_size=0)
    assert [p.rule for p in rejected.problems] == ["takes_rights_away"]
    assert any(loss.benefit == "sfo" and (loss.family, loss.person) == ("child-diabetes", "nora") for loss in rejected.losses)


def test_what_a_pilot_changes_is_classified_by_the_law_it_belongs_to():
    from openfisca_asb.drafting.pilot_scope import DIVISION, ORGANISATION, RIGHT, SERVICE, classify_parameter, pilot_changes

    assert {c.kind for c in pilot_changes(load_reform("one_entry_point_pilot"))} == {ORGANISATION}
    # The BPA funding pilot replaces toppfinansiering formulas: the state's share of the kommune's cost.
    assert {c.kind for c in pilot_changes(load_reform("bpa_state_funding_pilot"))} == {DIVISION}
    assert classify_parameter("folketrygd.pleiepenger.rate").kind == RIGHT
    assert classify_parameter("kommune.bpa.minimum_hours_per_week.right").kind == RIGHT
    assert classify_parameter("opplaering.sfo.free_hours_per_week").kind == SERVICE
    assert classify_parameter("something.unknown").kind == "unclassified"


def test_a_seven_year_pilot_beyond_the_models_dates_gets_the_acts_message():
    # Issue 19: 2027–2033 used to fail with "must lie within … 2030-12-31". § 3: 4 years from
    # 1 Jan 2027 ends on 31 Dec 2030; the 7 years are more than 4 + 2 either way.
    seven = pilot("2027-01-01", "2033-12-31")
    report = validate(seven, "nb", population_size=0)
    assert not report.valid
    assert [p.rule for p in report.problems] == ["approval_longer_than_4_years"]
    assert "2030-12-31" in report.problems[0].message and ACT_PERIOD_WORDS in report.problems[0].message
    # Losses are checked to the projection horizon (2031-12-31, ADR 0044), the rest of the period is said in a warning.
    assert report.dates_checked[-1] == "2031-12-31"
    assert any("2031-12-31" in warning and "2033-12-31" in warning for warning in report.warnings)
    extended = validate(pilot("2027-01-01", "2033-12-31", approval_end="2030-12-31"), "en", population_size=0)
    assert [p.rule for p in extended.problems] == ["extension_longer_than_2_years"]
    assert "2032-12-31" in extended.problems[0].message and "up to two years" in extended.problems[0].message


def test_the_examples_are_checked_with_their_grades_moved_to_each_date():
    # ADR 0030: child-diabetes describes 2024-09-01 (school year 2024–25): nora (born 2017-02-11) in grade 2, olav (born
    # 2012-10-01) in grade 6. Opplæringslova § 2-1, one grade up each 1 August: on 2027-03-01 (2026–27) they are in 4 and 8.
    # The validator had used 2 and 6 on every date it checked.
    from openfisca_asb.drafting.validation import _families_on

    families = dict(zip(example_names(), _families_on(date(2027, 3, 1), None, 0, 0)))
    assert {child.id: child.school_grade for child in families["child-diabetes"].children} == {"nora": 4, "olav": 8}
