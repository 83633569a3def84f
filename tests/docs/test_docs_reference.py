"""The generated reference: a page per catalogue benefit, conditions with their Lovdata
references, parameters with their history and unverified values marked, the YAML cases
as worked examples, rate freshness, the fact vocabulary and the ADRs."""

import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from docs_paths import DOCS, REPOSITORY
from docgen.benefit_parameters import parameters_by_benefit
from docgen.charts import chartable, rate_chart
from docgen.nav import expand_section
from docgen.parameter_section import UNVERIFIED_MARK
from docgen.parameters import all_parameters
from docgen.site import benefit_nav, generate
from docgen.worked_examples import load_test_file
from openfisca_asb.catalogue import catalogue
from openfisca_asb.paths import catalogue_files, question_files
from openfisca_asb.system import baseline_system

# Each right's catalogue entry sits beside its formulas (ADR 0007).
CATALOGUE_FILES = catalogue_files(REPOSITORY / "variables")
CATALOGUE_IDS = sorted(yaml.safe_load(path.read_text(encoding="utf-8"))["id"] for path in CATALOGUE_FILES)


@pytest.fixture(scope="module")
def pages() -> dict:
    return {generated.path: generated.content for generated in generate(REPOSITORY, DOCS, with_charts=False)}


def _raw_unverified_values() -> list[tuple[str, str]]:
    """(file, date) of every value marked `unverified: true` in parameters/, read from the YAML text."""
    found = []

    def visit(node, file):
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, dict) and (value.get("metadata") or {}).get("unverified") is True:
                    found.append((file, str(key)))
                visit(value, file)

    for path in sorted((REPOSITORY / "parameters").rglob("*.yaml")):
        visit(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    return found


def test_every_catalogue_benefit_has_a_page_and_a_place_in_the_nav(pages):
    assert CATALOGUE_IDS, "no catalogue files found"
    for benefit_id in CATALOGUE_IDS:
        assert f"reference/benefits/{benefit_id}.md" in pages
    in_nav = sorted(Path(path).stem for entry in benefit_nav() for path in entry.values())
    assert in_nav == CATALOGUE_IDS


def test_a_benefit_page_shows_the_catalogue_entry_in_both_languages(pages):
    page = pages["reference/benefits/hjelpestonad.md"]
    benefit = yaml.safe_load((REPOSITORY / "variables" / "folketrygd" / "hjelpestonad" / "hjelpestonad.benefit.yaml").read_text(encoding="utf-8"))
    for text in (benefit["name"]["nb"], benefit["name"]["en"], benefit["summary"]["nb"], benefit["summary"]["en"],
                 benefit["how_to_apply"]["nb"], benefit["complaint"]["en"],
                 catalogue()["hjelpestonad"].document_texts()[0].nb):
        assert text in page
    for condition in benefit["conditions"]:
        assert condition["text"]["nb"] in page and condition["text"]["en"] in page and condition["variable"] in page


def test_conditions_carry_their_lovdata_reference(pages):
    # Folketrygdloven § 6-4 første ledd: "varig sykdom, skade eller lyte" – the first hjelpestønad condition.
    page = pages["reference/benefits/hjelpestonad.md"]
    row = next(line for line in page.splitlines() if "`hjelpestonad_condition_lasting_illness`" in line)
    assert "[Folketrygdloven § 6-4 første ledd](<https://lovdata.no/lov/1997-02-28-19/§6-4>)" in row


def test_parameters_are_found_from_the_trace_the_catalogue_and_the_folders():
    found = parameters_by_benefit(baseline_system(), list(catalogue().values()), date(2024, 5, 1))
    # Catalogue rate_parameters: hjelpestønad's ordinary rate (ftrl § 6-4 andre ledd), listed first.
    assert found["hjelpestonad"][0] == "folketrygd.hjelpestonad.ordinary_yearly_rate"
    # Traced: pleiepenger is capped at 6G (ftrl § 9-15 with § 8-10), so it reads grunnbeløpet.
    assert "folketrygd.grunnbelop" in found["pleiepenger"]
    # Folder: the employer's 10 days (ftrl § 9-8) are read only by the payer variables.
    assert "folketrygd.omsorgspenger.employer_period" in found["omsorgspenger"]
    # A right with no rate in the law (individuell plan, pbrl § 2-5) has no parameter.
    assert found["individuell_plan"] == []


def test_every_unverified_value_is_marked_on_the_freshness_page_and_the_benefit_pages(pages):
    raw = _raw_unverified_values()
    assert raw, "the parameters hold unverified values (e.g. hjelpestønad 2017); none were found"
    freshness = pages["reference/rate-freshness.md"]
    unverified_table = freshness.split("## Every unverified value")[1]
    assert len([line for line in unverified_table.splitlines() if line.startswith("| `")]) == len(raw)
    # Hjelpestønad 2017: not found, the 2016 rate 14 412 kr carried forward and marked unverified; 2023 is nav.no's
    # own 15 161 kr (verified, though carried past the adjustment of 1 July 2023).
    page = pages["reference/benefits/hjelpestonad.md"]
    row = next(line for line in page.splitlines() if line.startswith("| 2017-01-01 | 14\u202f412"))
    assert UNVERIFIED_MARK in row
    row = next(line for line in page.splitlines() if line.startswith("| 2023-01-01 | 15\u202f161"))
    assert UNVERIFIED_MARK not in row
    assert "!!! warning \"Unverified values\"" in page


def test_rate_freshness_lists_every_parameter_with_its_dates(pages):
    freshness = pages["reference/rate-freshness.md"]
    parameters = all_parameters(baseline_system())
    for path, info in parameters.items():
        row = next((line for line in freshness.splitlines() if f"`{path}`" in line), None)
        assert row is not None, path
        # The newest value's own check date where it has one (ADR 0009), else the parameter's.
        newest = info.values[-1].last_verified if info.values else None
        assert (newest or info.last_verified or "**never**") in row
    # G: every value re-checked against navikt/g on 2026-11-28 (the value's own date wins over the
    # file's). The forhøyet multipliers were re-checked against the text of ftrl § 6-5 ("2, 4 eller 6
    # ganger ordinær hjelpestønad", trygderett.no) by the rates audit on 2026-11-29; the 20 % floor
    # of pleiepenger was checked in the first pass (2026-11-22) only.
    g = next(line for line in freshness.splitlines() if "`folketrygd.grunnbelop`" in line)
    assert "| 2026-11-28 |" in g
    sats_4 = next(line for line in freshness.splitlines() if "`folketrygd.hjelpestonad.forhoyet_multiplier.sats_4`" in line)
    assert "| 2026-11-29 |" in sats_4
    floor = next(line for line in freshness.splitlines() if "`folketrygd.pleiepenger.minimum_grade_percent`" in line)
    assert "| 2026-11-22 |" in floor
    # ordinary_yearly_rate: last_value_still_valid_on 2023-06-30 lies before the legal data date.
    hjelpestonad = next(line for line in freshness.splitlines() if "`folketrygd.hjelpestonad.ordinary_yearly_rate`" in line)
    assert "2023-06-30 **⚠ passed**" in hjelpestonad


def test_a_parameter_shows_its_rate_history_newest_first(pages):
    # Grunnbeløpet (ftrl § 1-4): 124 028 kr from 1 May 2024, 118 620 kr from 1 May 2023 (Stortinget, NAV).
    page = pages["reference/benefits/pleiepenger.md"]
    section = page.split("{#parameter-folketrygd-grunnbelop}")[1]
    rows = [line for line in section.splitlines() if re.match(r"^\| 20\d\d-", line)]
    starts = [row.split("|")[1].strip() for row in rows]
    assert starts.index("2024-05-01") < starts.index("2023-05-01")
    assert "124\u202f028" in rows[starts.index("2024-05-01")] and "118\u202f620" in rows[starts.index("2023-05-01")]
    assert "../../reference/charts/folketrygd.grunnbelop.png" in section


def test_charts_are_png_and_only_for_a_history():
    parameters = all_parameters(baseline_system())
    assert rate_chart(parameters["folketrygd.grunnbelop"]).startswith(b"\x89PNG\r\n\x1a\n")
    # Forhøyet hjelpestønad's multiplier has one value since 2014 (2 × ordinary, ftrl § 6-5): no chart.
    assert not chartable(parameters["folketrygd.hjelpestonad.forhoyet_multiplier.sats_2"])


def test_worked_examples_keep_the_hand_arithmetic_with_their_case(tmp_path):
    path = tmp_path / "example.yaml"
    path.write_text(
        "# File header: the law and the rates.\n\n"
        "- name: first\n  period: 2024-01\n  input: {a: 1}\n  output:\n    # 1 + 1 = 2\n    b: 2\n\n"
        "# Above the second case: 2 × 3 = 6\n"
        "- name: second\n  period: 2024-02\n  input: {a: 2}\n  output: {b: 6}\n",
        encoding="utf-8",
    )
    loaded = load_test_file(path)
    assert loaded.header == ["File header: the law and the rates."]
    assert [case.comments for case in loaded.cases] == [["1 + 1 = 2"], ["Above the second case: 2 × 3 = 6"]]
    assert loaded.cases[1].input == {"a": 2} and loaded.cases[1].output == {"b": 6}


def test_benefit_pages_show_their_yaml_cases(pages):
    cases = yaml.safe_load((REPOSITORY / "tests" / "folketrygd" / "omsorgspenger.yaml").read_text(encoding="utf-8"))
    page = pages["reference/benefits/omsorgspenger.md"]
    for case in cases:
        assert case["name"].replace('"', "'") in page
    # ftrl § 9-5 third ledd, worked in the YAML file's comment: counted up to the year the child turns 12.
    assert "2024 − 2012 = 12 ≤ 12: counted." in page
    # Forhøyet hjelpestønad has no file of its own: its cases come from hjelpestonad.yaml.
    assert "tests/folketrygd/hjelpestonad.yaml" in pages["reference/benefits/forhoyet_hjelpestonad.md"]


def test_the_fact_vocabulary_page_lists_every_fact(pages):
    facts = [entry["id"] for path in question_files(REPOSITORY / "variables")
             for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]]
    page = pages["reference/facts.md"]
    assert facts and all(f"`{fact}`" in page for fact in facts)


def test_the_fact_vocabulary_page_shows_a_questions_other_words_and_where_they_fit(pages):
    # Review s23 page L1: the yearly income's words for a self-employed parent are asked of her only.
    assert ("Where `employment` `self_employed`: Hva er årsinntekten din før skatt? Er du selvstendig næringsdrivende: "
            "gjennomsnittet av den pensjonsgivende inntekten de tre siste årene.") in pages["reference/facts.md"]
    # ADR 0045 addendum 0.24.0: a foster home is not offered shared barnetrygd (barnetrygdloven § 2 tredje ledd).
    assert ("*Do you receive the child benefit (barnetrygd) for the child, or does the other foster parent receive it?* "
            "Not offered: `shared`.") in pages["reference/facts.md"]


def test_the_decisions_page_lists_every_adr(pages):
    for path in (DOCS / "adr").glob("*.md"):
        assert f"(adr/{path.name})" in pages["decisions.md"]


def test_nav_sections_are_filled_in_once_however_often_the_script_runs():
    nav = [{"Home": "index.md"}, {"Reference": ["reference/index.md", {"Benefits": "reference/benefits/index.md"}]}]
    entries = [{"Hjelpestønad": "reference/benefits/hjelpestonad.md"}]
    assert expand_section(nav, "reference/benefits/index.md", entries)
    assert expand_section(nav, "reference/benefits/index.md", entries)
    assert nav[1] == {"Reference": ["reference/index.md", {"Benefits": ["reference/benefits/index.md", *entries]}]}
    assert not expand_section(nav, "missing.md", entries)


def test_rate_freshness_shows_the_rates_check_and_each_values_check_date(pages):
    freshness = pages["reference/rate-freshness.md"]
    check = freshness.split("## Rates older than a known adjustment")[1].split("## Every value")[0]
    # Hjelpestønad: newest rate 1 January 2023, price-adjusted 1 July 2023 (regjeringen.no id2976744).
    assert "WARN  folketrygd.hjelpestonad.ordinary_yearly_rate: newest value 15161 from 2023-01-01; adjusted on 2023-07-01" in check
    assert "0 not flagged in answers (errors)" in check
    assert "## Values with no source at all" in freshness
    values = freshness.split("## Every value, with the date it was last checked")[1]
    # G 2010: navikt/g, checked on 2026-11-28; hjelpestønad 2019: nav.no, checked in the first pass.
    assert any("`folketrygd.grunnbelop` | 2010-05-01 |" in line and "2026-11-28" in line for line in values.splitlines())
    assert any("`folketrygd.hjelpestonad.ordinary_yearly_rate` | 2019-01-01 |" in line and "2026-11-22" in line
               for line in values.splitlines())
