"""`asb population generate|simulate` print in the language asked, bokmål unless `--lang en`, as every `asb` command
does (review s15, finding 9: the summary lines were English whatever the language)."""

import pytest

from openfisca_asb.cli import main

ON = "2026-03-01"


def _printed(capsys, tmp_path, *lang) -> str:
    population, out = tmp_path / "population.parquet", tmp_path / "results"
    assert main(["population", "generate", "--families", "20", "--seed", "7", "--reference-date", ON,
                 "--out", str(population), *lang]) == 0
    assert main(["population", "simulate", str(population), "--reform", "raise_hjelpestonad", "--out", str(out), *lang]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("lang, said, not_said", [
    ((), ["20 familier skrevet til", "(frø 7, alder per 2026-03-01)", "20 familier per 2026-03-01: NAV ", " kr/år, kommunen netto ",
          "; reform raise_hjelpestonad: NAV ", "≤ 1 vinner, ", " tapere", "rapport: ", "(og report.md, tabeller som CSV og Parquet"],
     ["families", "kr/year", "winners", "report:"]),
    (("--lang", "en"), ["20 families written to", "(seed 7, ages on 2026-03-01)", "20 families on 2026-03-01: NAV ", " kr/year, kommune net ",
                        "; reform raise_hjelpestonad: NAV ", "≤ 1 winner, ", " losers", "report: ", "(and report.md, tables as CSV and Parquet"],
     ["familier", "kr/år", "vinnere", "rapport:"]),
])
def test_the_summary_is_in_the_language_asked(capsys, tmp_path, lang, said, not_said):
    # Seed 7, 20 families: one family gains from the reform, at most (≤: a right with no amount before, ADR 0009),
    # so the count is said in the singular.
    printed = _printed(capsys, tmp_path, *lang)
    assert all(words in printed for words in said), printed
    assert not any(words in printed for words in not_said), printed


def test_numbers_are_written_as_in_the_language_asked():
    # Bokmål writes a decimal comma and a space before the per cent sign («+12,2 %», «17 764,19»); English does not.
    from openfisca_asb.population.results.report import decimal_text, percent_text

    assert (percent_text(0.1222, "nb", "+.1"), percent_text(0.08, "nb", ".0")) == ("+12,2 %", "8 %")
    assert (percent_text(0.1222, "en", "+.1"), percent_text(0.08, "en", ".0")) == ("+12.2%", "8%")
    assert (decimal_text(17764.19, "nb", 2), decimal_text(17764.19, "en", 2)) == ("17 764,19", "17 764.19")



@pytest.mark.parametrize("lang, said, not_said", [
    # words.yaml: the chart «Kostnad per ytelse» and the kommune table's «Kommunen, netto»; «timer» for SFO's hours
    ((), ['alt="Kostnad per ytelse', ": Kommunen, netto", "| timer |"], ['alt="cost by benefit"', "Kommune netto"]),
    (("--lang", "en"), ['alt="Cost per benefit', ": Kommune, net", "| hours |"], ['alt="cost by benefit"', "netto"]),
])
def test_the_report_says_units_headers_and_chart_texts_in_the_language_asked(capsys, tmp_path, lang, said, not_said):
    # Review s16d drafter F5: «hours» and «days» in the bokmål report, «Kommune netto» in the English one, and the
    # charts' text alternatives were their English file names.
    _printed(capsys, tmp_path, *lang)
    report = (tmp_path / "results" / "report.html").read_text(encoding="utf-8") + (tmp_path / "results" / "report.md").read_text(encoding="utf-8")
    assert all(words in report for words in said) and not any(words in report for words in not_said)
