"""A pilot is classified by what it changes, however it is written (review s21 drafter H3, M3).

Forsøksloven § 3 første ledd lets a trial deviate from how bodies organise and share their tasks (a, b), not from what a
statutory individual right gives (RULES.md §13, ADR 0011). A Python pilot raising a folketrygd rate with
`modify_parameters` changes ftrl § 6-4's rate just as a YAML override does; støttekontakt is a right under pbrl § 2-1 a
andre ledd, the barnehage maximum price a cap in forskrift om foreldrebetaling; SFO's free hours (opplæringslova § 4-5)
are a service standard whether the parameter or the formula reading it is replaced.
"""

import re

import pytest

from openfisca_asb.drafting.loading import reform_from_data
from openfisca_asb.drafting.pilot_scope import (
    KINDS, RIGHT, SERVICE, UNCLASSIFIED, _folder, classify_parameter, classify_variable,
)
from openfisca_asb.drafting.validation import validate
from python_pilots import FORSOKSLOVEN, python_pilot


def yaml_pilot(parameters: dict):
    return reform_from_data({
        "id": "yaml_pilot", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A kommune",
        "status": "pilot", "legal_basis": FORSOKSLOVEN, "parameters": parameters,
        "pilot": {"kommuner": {"5001": "Trondheim"}, "start": "2027-01-01", "end": "2029-12-31", "legal_basis": FORSOKSLOVEN},
    })


def test_a_python_pilot_raising_a_folketrygd_rate_is_rejected_as_the_yaml_one_is(tmp_path):
    raised = python_pilot(tmp_path, "hjelp_py_pilot", '''
        def _raise(parameters):
            parameters.folketrygd.hjelpestonad.ordinary_yearly_rate.update(period=period("year:2027:3"), value=20000)
            return parameters
    ''', "self.modify_parameters(modifier_function=_raise)")
    assert [(c.path, c.before, c.after) for c in raised.parameter_changes] == [
        ("folketrygd.hjelpestonad.ordinary_yearly_rate", 15161, 20000)]  # the 2023 rate (nav.no) → the pilot's
    in_python = validate(raised, "en", population_size=0)
    in_yaml = validate(yaml_pilot({"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2027-01-01": 20000}}), "en", population_size=0)
    for report in (in_python, in_yaml):
        assert report.verdict == "rejected" and [p.rule for p in report.problems] == ["changes_an_individual_right"]
        assert "folketrygd.hjelpestonad.ordinary_yearly_rate" in report.problems[0].message


def test_the_same_sfo_pilot_in_yaml_and_python_gets_the_same_verdict(tmp_path):
    # 20 free hours a week instead of 12 for grades 1–4: a service standard both ways; no one loses, so allowed.
    as_code = python_pilot(tmp_path, "sfo_struct", '''
        class sfo_free_hours_per_week(Variable):
            def formula_2027_01(person, period, parameters):
                sfo = parameters(period).opplaering.sfo
                entitled = person("sfo_status", period) == Status.entitled
                grade = person("school_grade", period)
                return numpy.where(entitled * (grade >= 1) * (grade <= sfo.free_hours_highest_trinn), 20.0, 0)
    ''', "self.update_variable(sfo_free_hours_per_week)")
    as_data = yaml_pilot({"opplaering.sfo.free_hours_per_week": {"2027-01-01": 20}})
    verdicts = [validate(reform, "en", population_size=0).verdict for reform in (as_code, as_data)]
    assert verdicts == ["allowed", "allowed"]


def test_widening_stottekontakt_is_a_change_to_a_statutory_right(tmp_path):
    widened = python_pilot(tmp_path, "stk_expand", '''
        class stottekontakt_status(Variable):
            def formula_2027_01_01(person, period):
                return person.filled_array(Status.entitled)
    ''', "self.update_variable(stottekontakt_status)")
    report = validate(widened, "en", population_size=0)
    assert report.verdict == "rejected"
    assert "stottekontakt_status" in report.problems[0].message and "pasient- og brukerrettighetsloven § 2-1 a" in report.problems[0].message


def test_a_change_the_table_does_not_know_needs_a_persons_judgement_not_allowed(tmp_path):
    # variables/common/ holds what every right reads (here: whether a child is alive in a year): no law of its own.
    unknown = python_pilot(tmp_path, "common_change", '''
        class child_alive_in_year(Variable):
            def formula_2027(person, period):
                return person.filled_array(True)
    ''', "self.update_variable(child_alive_in_year)")
    report = validate(unknown, "en", population_size=0)
    assert report.verdict == "needs_judgement" and report.problems == []
    assert [p.rule for p in report.to_judge] == ["unclassified_change"] and "child_alive_in_year" in report.to_judge[0].message


@pytest.mark.parametrize(("path", "kind", "law"), [
    ("barnehage.foreldrebetaling.maximum_price", RIGHT, "foreldrebetaling"),
    # The exemption for children under 16 stands in the rundskriv to ftrl § 5-3, the section the right cites (M1).
    ("helse.egenandel.child_exemption_age_limit", RIGHT, "folketrygdloven § 5-3"),
    ("helse.pasientreiser.companion_without_documentation_age_limit", RIGHT, "§ 2-6"),
    ("kommune.ledsagerbevis.minimum_duration_years", SERVICE, "Bufdir"),
    ("opplaering.sfo.free_hours_per_week", SERVICE, "opplæringslova § 4-5"),
])
def test_parameters_are_classified_by_their_right(path, kind, law):
    change = classify_parameter(path)
    assert change.kind == kind and law in change.law


@pytest.mark.parametrize(("folder", "kind", "law"), [
    ("kommune/stottekontakt", RIGHT, "§ 2-1 a"),
    # Not parkeringsforskriften kapittel 6 (the reserved spaces): the permit forskrift's § 3 (ADR 0043, review s21 diff M1).
    ("kommune/parkeringstillatelse", RIGHT, "forskrift om parkeringstillatelse for forflytningshemmede § 3"),
    ("kommune/koordinator", RIGHT, "pasient- og brukerrettighetsloven § 2-5 b"),
    ("kommune/tilpasning_bolig", SERVICE, "tilpasning"),
    ("barnehage/spesialpedagogisk_hjelp", RIGHT, "barnehageloven § 31"),
    ("arbeidsliv/permisjon_barns_sykdom", RIGHT, "arbeidsmiljøloven § 12-9"),
    ("opplaering/sfo", SERVICE, "opplæringslova § 4-5"),
    ("opplaering/skoleskyss", RIGHT, "opplæringslova"),
    ("common", UNCLASSIFIED, ""),
])
def test_variables_are_classified_by_the_folder_of_their_right(folder, kind, law):
    change = classify_variable("some_variable", folder)
    assert change.kind == kind and law in change.law


# "helse- og omsorgstjenesteloven § 3-6 første ledd nr. 3" → ("helse- og omsorgstjenesteloven", "3-6"); a law's name runs
# back to the last comma or parenthesis, a section is "2-1 a" or "18".
LAW_AND_SECTION = re.compile(r"([^,();]+?) § (\d+(?:-\d+)?(?: [a-z]\b)?)")


def _cited_by_folder() -> dict[str, set[str]]:
    """"law § section" (the law's name lower-cased) of every provision a variable cites, by the variable's folder."""
    from openfisca_asb.rules.provisions import Provision
    from openfisca_asb.system import baseline_system

    cited: dict[str, set[str]] = {}
    for variable in baseline_system().variables.values():
        references = variable.reference if isinstance(variable.reference, (list, tuple)) else [variable.reference]
        for reference in references:
            if isinstance(reference, Provision) and reference.section:
                cited.setdefault(_folder(variable) + "/", set()).add(f"{reference.law.name.lower()} § {reference.section}")
    return cited


def test_every_section_the_table_names_is_one_its_rights_cite():
    # Review s21 diff M1: the table said «parkeringsforskriften kapittel 6» and «folketrygdloven kapittel 5» after the
    # rules moved to the permit forskrift's § 3 and ftrl § 5-3; it said pbrl § 2-5 for the koordinator, whose right is
    # pbrl § 2-5 b. A right or service below an area of law (kommune/bpa/, not folketrygd/) names its section; folders
    # without variables (parameters only, the pilot's own) have nothing to compare.
    cited = _cited_by_folder()
    stale = []
    for folder, kind, law in KINDS:
        by_rights = set().union(*(sections for key, sections in cited.items() if key.startswith(folder)))
        named = {f"{name.strip().lower()} § {section}" for name, section in LAW_AND_SECTION.findall(law)}
        if not by_rights:
            continue
        stale += [(folder, section) for section in named - by_rights]
        if not named and kind in (RIGHT, SERVICE) and folder.count("/") > 1:
            stale.append((folder, law))
    assert stale == []


def test_the_age_limit_parameters_are_classified_with_the_right_that_reads_them():
    # parameters/helse/egenandel/ holds child_exemption_age_limit and the proposed limit, read by fritak_egenandel_barn.
    assert classify_parameter("helse.egenandel.child_exemption_age_limit").law == classify_variable(
        "fritak_egenandel_barn_status", "helse/fritak_egenandel_barn").law
