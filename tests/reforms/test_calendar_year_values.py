"""A reform's value dated after 1 January and a right counted per calendar year (review s21 drafter H1).

Omsorgsdager are a quota per calendar year (ftrl § 9-6: «… dager i hvert kalenderår»); the leave days for a sick child
follow them (aml § 12-9); toppfinansiering is a grant per tilskudd year (Helsedirektoratet, rundskriv IS-4). The model
computes them per year, reading the parameters on 1 January, so a value from 1 July reaches them from the next
1 January: the tools must say so, and a cut must not pass as «no one worse off».
"""

from datetime import date

from openfisca_asb.cli import main
from openfisca_asb.cli.population import _calendar_year_warnings
from openfisca_asb.drafting.comparison import compare
from openfisca_asb.drafting.loading import reform_from_data
from openfisca_asb.drafting.validation import dates_to_check, validate
from openfisca_asb.facts.examples import example_family

SHARED, SOLE = "folketrygd.omsorgspenger.chronic_illness_extra_days.shared_care", "folketrygd.omsorgspenger.chronic_illness_extra_days.sole_care"
FORSOKSLOVEN = [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}]


def omsorgsdager(reform_id: str, day: str, shared: int, sole: int):
    return reform_from_data({
        "id": reform_id, "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A drafter",
        "status": "proposal", "legal_basis": [{"title": "Folketrygdloven § 9-6", "url": "https://lovdata.no/lov/1997-02-28-19/§9-6"}],
        "parameters": {SHARED: {day: shared}, SOLE: {day: sole}},
    })


def test_a_cut_from_1_july_2031_is_not_called_harmless_it_needs_judgement():
    # ftrl § 9-6: the 2031 quota is fixed for the calendar year, so the cut reaches the model on 1 January 2032, after the
    # last day a reform can be checked on (the projection horizon, 2031-12-31, ADR 0044): nobody's loss could be
    # checked. Before, the verdict was ALLOWED with no warning.
    report = validate(omsorgsdager("od_cut_jul", "2031-07-01", 5, 10), "en", population_size=0)
    assert report.verdict == "needs_judgement" and not report.valid
    judged = [problem.message for problem in report.to_judge if problem.rule == "counted_per_calendar_year"]
    assert len(judged) == 2  # one per parameter, each named
    assert SHARED in judged[0] and "counted per calendar year: a value from 2031-07-01 takes effect in the model from 2032-01-01" in judged[0]
    # Not checked, and said so as every item the tool could not check is (review s21 diff L10).
    assert all(message.startswith("NOT CHECKED: ") for message in judged)
    assert "Care allowance days" in judged[0] and "Leave when a child is ill" in judged[0]


def test_a_cut_from_1_july_2027_is_checked_on_1_january_2028_as_a_projection():
    # The same cut from 2027-07-01 reaches the quota of 2028 (ftrl § 9-6), after the known rules (2027-12-31) and inside
    # the projection horizon: checked there on the rules of 2027 carried forward, the spina bifida mother's 40 days
    # become 30 (worked below), and the report is marked a projection (ADR 0044, review s21 drafter M5).
    cut = omsorgsdager("od_cut_2027", "2027-07-01", 5, 10)
    assert dates_to_check(cut) == [date(2027, 7, 1), date(2028, 1, 1)]
    report = validate(cut, "en", population_size=0)
    loss = next(loss for loss in report.losses
                if loss.family == "single-parent-twelve-year-old-spina-bifida" and loss.benefit == "omsorgspenger")
    assert loss.dates == ["2028-01-01"] and loss.difference == -10
    assert report.projection is not None and report.projection.starts == date(2028, 1, 1)


def test_a_cut_from_1_july_2026_is_checked_on_1_january_2027_and_its_losses_found():
    # The single mother of the spina bifida example has sole care of one chronically ill child: 10 (grunnrett, one child)
    # + 20 (chronic, sole care) + 10 (aleneomsorg) = 40 days; with the cut 10 + 10 + 10 = 30, a loss of 10 days, from
    # the quota of 2027 (ftrl § 9-6) – not on 2026-07-01, where the 2026 quota still holds.
    cut = omsorgsdager("od_cut_2026", "2026-07-01", 5, 10)
    assert dates_to_check(cut) == [date(2026, 7, 1), date(2027, 1, 1)]
    report = validate(cut, "en", population_size=0)
    loss = next(loss for loss in report.losses
                if loss.family == "single-parent-twelve-year-old-spina-bifida" and loss.benefit == "omsorgspenger")
    assert loss.dates == ["2027-01-01"] and loss.difference == -10
    assert any("a value from 2026-07-01 takes effect in the model from 2027-01-01" in warning for warning in report.warnings)


def test_compare_warns_on_a_date_the_value_is_dated_but_not_applied():
    raise_jul = omsorgsdager("od_jul", "2027-07-01", 15, 30)
    family = example_family("single-parent-twelve-year-old-spina-bifida")
    on_1_september = compare(raise_jul, [family], date(2027, 9, 1), "nb")
    assert on_1_september.warnings and "en verdi fra 2027-07-01 får virkning i modellen fra 2028-01-01" in on_1_september.warnings[0]
    assert compare(raise_jul, [family], date(2027, 6, 1), "nb").warnings == []  # before the value's date: nothing to say


def test_show_and_population_simulate_warn_naming_the_parameter(capsys, tmp_path):
    path = tmp_path / "od_jul.yaml"
    path.write_text(f"""
id: od_jul
title: {{nb: T, en: T}}
summary: {{nb: S, en: S}}
author: A drafter
status: proposal
legal_basis: [{{title: "Folketrygdloven § 9-6", url: "https://lovdata.no/lov/1997-02-28-19/§9-6"}}]
parameters:
  {SHARED}: {{2027-07-01: 15}}
""", encoding="utf-8")
    assert main(["reform", "show", str(path), "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert f"takes effect in the model from 2028-01-01 ({SHARED})" in shown
    assert [SHARED in warning for warning in _calendar_year_warnings(str(path), date(2027, 9, 1), "en")] == [True]
    assert _calendar_year_warnings(str(path), date(2027, 3, 1), "en") == []


def test_a_payer_share_from_1_august_is_a_warning_not_a_judgement():
    # Toppfinansiering is the state's grant to the kommune per tilskudd year (IS-4): it changes who pays, takes nothing
    # from a family, so a compensation rate the model reaches only in 2028 is said, and the pilot is still allowed.
    pilot = reform_from_data({
        "id": "topp_aug", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A kommune",
        "status": "pilot", "legal_basis": FORSOKSLOVEN,
        "pilot": {"kommuner": {"1804": "Bodø"}, "start": "2027-08-01", "end": "2031-07-31", "legal_basis": FORSOKSLOVEN},
        "parameters": {"stat.toppfinansiering.compensation_rate": {"2027-08-01": 0.9}},
    })
    report = validate(pilot, "en", population_size=0)
    assert report.verdict == "allowed", report.to_judge
    assert any("a value from 2027-08-01 takes effect in the model from 2028-01-01 (stat.toppfinansiering.compensation_rate)" in w
               for w in report.warnings)
