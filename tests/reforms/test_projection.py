"""A reform asked about after the last known rules (2027-12-31), up to the projection horizon (2031-12-31): a
projection, marked as one (ADR 0044, review s21 drafter M5); a date past the horizon refused with the range named."""

from datetime import date

import pytest

from openfisca_asb.cli import main
from openfisca_asb.drafting.comparison import compare
from openfisca_asb.drafting.errors import ReformError
from openfisca_asb.drafting.loading import load_reform, reform_from_data
from openfisca_asb.drafting.validation import dates_to_check, validate
from openfisca_asb.facts.examples import example_file
from openfisca_asb.paths import data_folder

RANGE_EN = "2017-10-01 to 2031-12-31"
RANGE_NB = "2017-10-01 til 2031-12-31"
DIABETES = str(data_folder("examples") / "child-diabetes.yaml")


def proposal(in_force: str, value_from: str | None = None) -> dict:
    """Hjelpestønad's ordinary rate at 20 000 kr a year (ftrl § 6-4) from `value_from`, in force `in_force`."""
    return {
        "id": "budsjett_2028", "title": {"nb": "Budsjett 2028", "en": "Budget 2028"}, "summary": {"nb": "S", "en": "S"},
        "author": "A drafter", "status": "proposal", "in_force": in_force,
        "legal_basis": [{"title": "Folketrygdloven § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
        "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {value_from or in_force: {"value": 20000, "unit": "currency-NOK"}}},
    }


def pilot(start: str, end: str, value_from: str | None = None) -> dict:
    """Twenty free SFO hours a week in Trondheim: a kommune service standard, which a pilot may raise (ADR 0011)."""
    return {
        "id": "sfo_pilot", "title": {"nb": "SFO-forsøk", "en": "SFO pilot"}, "summary": {"nb": "S", "en": "S"},
        "author": "A drafter", "status": "pilot",
        "legal_basis": [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}],
        "pilot": {"kommuner": {"5001": "Trondheim"}, "start": start, "end": end,
                  "legal_basis": [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}]},
        "parameters": {"opplaering.sfo.free_hours_per_week": {value_from or start: 20}},
    }


def test_a_2028_budget_proposal_is_validated_on_its_in_force_date_and_marked_a_projection():
    report = validate(reform_from_data(proposal("2028-07-01")), "en", population_size=2)
    # The one date to check is in_force (the value starts the same day); it lies after 2027-12-31.
    assert report.dates_checked == ["2028-07-01"]
    assert report.projection is not None
    assert (report.projection.starts, report.projection.until) == (date(2028, 1, 1), date(2031, 12, 31))
    assert report.projection.note.startswith("Projection:") and "carried forward unchanged" in report.projection.note
    assert "It is not a forecast." in report.projection.note
    said = report.model_dump(mode="json")["projection"]
    assert said["from"] == "2028-01-01" and said["until"] == "2031-12-31"  # `from` in the JSON, as ADR 0044 names it


def test_the_projection_is_said_in_bokmal():
    report = validate(reform_from_data(proposal("2029-01-01")), "nb", population_size=0)
    assert report.projection.note.startswith("Framskriving:") and "ført videre uendret" in report.projection.note
    assert "Det er ikke en prognose." in report.projection.note


def test_a_proposal_inside_the_known_rules_is_no_projection():
    report = validate(reform_from_data(proposal("2027-07-01")), "en", population_size=0)
    assert report.dates_checked == ["2027-07-01"] and report.projection is None


@pytest.mark.parametrize("field, value", [("in_force", "2032-01-01"), ("value", "2032-01-01")])
def test_a_date_past_the_horizon_is_refused_naming_the_range(field, value):
    data = proposal("2028-07-01", value_from=value) if field == "value" else proposal(value)
    with pytest.raises(ReformError) as raised:
        reform_from_data(data)
    assert RANGE_EN in raised.value.describe("en") and RANGE_NB in raised.value.describe("nb")


def test_a_pilot_to_2031_is_checked_on_every_new_year_of_its_period():
    # Forsøksloven § 3: four years' approval, 2027-08-01 to 2031-07-31. Checked on its first and last day and each
    # 1 January between: 2028, 2029, 2030 and 2031, the four after 2027 as a projection (before ADR 0044 only to
    # 2027-12-31).
    reform = reform_from_data(pilot("2027-08-01", "2031-07-31"))
    assert [day.isoformat() for day in dates_to_check(reform)] == [
        "2027-08-01", "2028-01-01", "2029-01-01", "2030-01-01", "2031-01-01", "2031-07-31"]


def test_a_pilot_wholly_past_the_horizon_is_not_checked_and_says_so():
    # Its value is dated inside the range (a value dated 2032 is refused, as above); its period lies wholly after it.
    report = validate(reform_from_data(pilot("2032-01-01", "2034-12-31", value_from="2027-01-01")), "en", population_size=0)
    assert report.verdict == "needs_judgement"
    outside = next(problem for problem in report.to_judge if problem.rule == "period_outside_the_model")
    assert outside.message.startswith("NOT CHECKED:") and RANGE_EN in outside.message
    assert report.dates_checked == ["2031-12-31"]  # the stand-in day: the horizon, nearest the period


def test_a_comparison_after_the_known_rules_is_marked_and_one_inside_is_not():
    reform = load_reform("raise_hjelpestonad")
    example = example_file("child-diabetes")
    projected = compare(reform, [example.family], date(2029, 3, 1), "en")
    assert projected.projection is not None and projected.projection.starts == date(2028, 1, 1)
    assert compare(reform, [example.family], date(2027, 3, 1), "en").projection is None


def test_a_comparisons_status_words_are_the_rights_own():
    # SFO is the kommune's duty to offer, not the family's right (opplæringslova; catalogue entitled_text): its
    # entitled answer reads «Covered by the offer the kommune must have», in the comparison as in the answer.
    reform = reform_from_data(pilot("2027-01-01", "2027-12-31"))
    example = example_file("child-diabetes")
    compared = compare(reform, [example.family], date(2027, 3, 1), "en", respect_scope=False)
    sfo = next(row for row in compared.families[0].benefits if row.benefit == "sfo" and row.status_before == "entitled")
    assert sfo.status_before_text == sfo.status_after_text == "Covered by the offer the kommune must have"


def run(capsys, *arguments) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_cli_compares_in_2029_with_the_projection_said(capsys):
    code, out, _ = run(capsys, "reform", "compare", "raise_hjelpestonad", DIABETES, "--date", "2029-03-01", "--lang", "en")
    assert code == 0
    assert "! Projection: the model knows the rules up to 2027-12-31." in out


def test_the_cli_prints_the_rights_own_status_words(capsys):
    # With --all the unchanged SFO row is shown too, in SFO's own words (Benefit.status_words), not «Du har rett».
    code, out, _ = run(capsys, "reform", "compare", "raise_hjelpestonad", DIABETES, "--date", "2027-03-01", "--all",
                       "--lang", "nb")
    assert code == 0
    assert "Omfattet av tilbudet kommunen skal ha" in out


@pytest.mark.parametrize("command", [("reform", "compare", "raise_hjelpestonad", DIABETES),
                                     ("reform", "show", "raise_hjelpestonad")])
def test_the_cli_refuses_a_date_past_the_horizon_naming_the_range(capsys, command):
    code, _, err = run(capsys, *command, "--date", "2032-01-01", "--lang", "en")
    assert code == 2
    assert "2032-01-01 is outside the dates a reform can be asked about (2017-10-01 to 2031-12-31" in err


def test_a_familys_answer_still_ends_with_the_known_rules(capsys):
    # ADR 0044: a family needs today's rules; only a drafter's commands project.
    code, _, err = run(capsys, "entitlements", "child-diabetes", "--date", "2028-01-01", "--lang", "en")
    assert code == 2
    assert "2028-01-01 is outside the dates the model covers (2017-10-01 to 2027-12-31)" in err


def test_the_reference_population_of_a_projected_day_is_as_young_as_inside_the_known_rules():
    # ADR 0044 addendum (review s22 diff H2): on a projected day the validator's own families have the ages drawn for
    # that day, not those of 2027-12-31 grown older. A child's age is drawn evenly over 0–19 years, so about 1 in 20
    # of the default population's 152 children (about 7) is under 1 year old on 2031-06-01, as on 2027-06-01; before,
    # the youngest was 3.6 (born by 2027-12-31). The same seed draws the same ages for both days.
    from openfisca_asb.drafting.reference_population import reference_families

    def ages_in_days(on):
        return sorted((on - child.birth_date).days for family in reference_families(on=on) for child in family.children)

    projected, known = ages_in_days(date(2031, 6, 1)), ages_in_days(date(2027, 6, 1))
    assert projected == known
    assert len([age for age in projected if age < 365]) >= 1
    assert min(projected) >= 0  # nobody born after the day asked


def test_a_projected_days_families_keep_every_caregiver_older_than_the_children():
    # Every birth date moves by the same number of days (2027-12-31 → 2031-06-01: 1248 days), so what the family
    # model checks between persons still holds: no caregiver born after the family's eldest child (facts/family.py).
    from openfisca_asb.drafting.reference_population import reference_families

    inside, projected = reference_families(30, 3, on=date(2027, 12, 31)), reference_families(30, 3, on=date(2031, 6, 1))
    for before, after in zip(inside, projected):
        for person_before, person_after in zip(before.persons(), after.persons()):
            assert (person_after.birth_date - person_before.birth_date).days == 1248
        if after.children:
            eldest = min(child.birth_date for child in after.children)
            assert all(caregiver.birth_date <= eldest for caregiver in after.caregivers)
