"""Three verdicts, and what of forsøksloven is not checked (review s21 drafter H2, M4).

Forsøksloven § 3 (rettsdata.no): first paragraph a–d what a trial may deviate from; second paragraph «Godkjenning kan
bare gis i samband med forsøk som tar sikte på å oppfylle de mål som er satt i § 1, og som for øvrig finnes forsvarlig
og faglig vel underbygget»; third paragraph up to 4 years, an extension of up to 2, «Dersom det er planlagt eller
besluttet å gjennomføre reformer i samsvar med det forsøket gjelder, kan forsøksperioden forlenges fram til reformen
trer ikraft». Rundskriv H-26/05: a trial under the Act is needed only when the model tried needs exceptions from rules.
"""

from openfisca_asb.cli import main
from openfisca_asb.drafting.loading import reform_from_data
from openfisca_asb.drafting.validation import validate

FORSOKSLOVEN = [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}]
ORGANISATION = [{"benefits": "all", "agency": {"nb": "Familiekontoret", "en": "The family office"}}]


def pilot(start: str, end: str, parameters=None, organisation=ORGANISATION, **scope):
    return {
        "id": "test_pilot", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A kommune",
        "status": "pilot", "legal_basis": FORSOKSLOVEN, "parameters": parameters or {},
        "pilot": {"kommuner": {"5001": "Trondheim"}, "start": start, "end": end, "legal_basis": FORSOKSLOVEN,
                  "organisation": organisation, **scope},
    }


def test_a_pilot_wholly_after_the_models_dates_is_not_checked_and_not_allowed(capsys, tmp_path):
    # 2032–2035 lies after 2031-12-31, the last day a reform can be checked on (the projection horizon, ADR 0044): no
    # day of the pilot can be checked for losses, so no verdict of allowed (it was ALLOWED, exit 0, «on .»). Its rules –
    # 6 free SFO hours instead of 12 (opplæringslova § 4-5) – tried on the horizon take hours away, said as a pointer.
    cut = pilot("2032-01-01", "2035-12-31", parameters={"opplaering.sfo.free_hours_per_week": {"2027-01-01": 6}})
    report = validate(reform_from_data(cut), "en", population_size=10)
    assert report.verdict == "needs_judgement" and not report.valid
    assert [problem.rule for problem in report.to_judge] == ["period_outside_the_model"]
    message = report.to_judge[0].message
    assert message.startswith("NOT CHECKED: the pilot period 2032-01-01 – 2035-12-31 lies outside") and "2031-12-31" in message
    assert report.dates_checked == ["2031-12-31"] and report.losses and all(loss.benefit == "sfo" for loss in report.losses)

    import yaml
    path = tmp_path / "test_pilot.yaml"
    path.write_text(yaml.safe_dump(cut, allow_unicode=True), encoding="utf-8")
    assert main(["reform", "validate", str(path), "--population", "10", "--lang", "en"]) == 3
    out = capsys.readouterr().out
    # Review s21 diff L10: the headline is the verdict's one name; NOT CHECKED is the line of what was not checked.
    assert out.startswith("test_pilot: NEEDS JUDGEMENT\n? NOT CHECKED: the pilot period 2032-01-01 – 2035-12-31")
    assert "give in_force" not in out and " on ." not in out
    assert "Checked 18 families (8 examples and 10 generated, seed 20260101) on 2031-12-31." in out
    assert "\n! Projection: " in out  # the stand-in day lies after the known rules


def test_a_pilot_that_changes_nothing_says_no_trial_is_needed():
    report = validate(reform_from_data(pilot("2027-01-01", "2029-12-31", organisation=[])), "en", population_size=0)
    assert report.verdict == "needs_judgement"
    assert [problem.rule for problem in report.to_judge] == ["changes_nothing"]
    assert "as far as the model can tell, one is not needed here" in report.to_judge[0].message


def test_an_extension_until_a_declared_reform_needs_judgement_not_a_rejection():
    # Approval 2027-01-01 – 2030-12-31 (4 years), then extended to 2033-01-01: 2 years and 1 day. Without a reform
    # named it is refused by § 3 third paragraph, second sentence; with one, the third sentence may allow it.
    plain = pilot("2027-01-01", "2033-01-01", approval_end="2030-12-31")
    refused = validate(reform_from_data(plain), "en", population_size=0)
    assert refused.verdict == "rejected" and [p.rule for p in refused.problems] == ["extension_longer_than_2_years"]
    assert "extended_until_reform" in refused.problems[0].message
    declared = pilot("2027-01-01", "2033-01-01", approval_end="2030-12-31", extended_until_reform="Prop. 12 L (2031–2032)")
    judged = validate(reform_from_data(declared), "en", population_size=0)
    assert judged.verdict == "needs_judgement" and judged.problems == []
    assert [p.rule for p in judged.to_judge] == ["extension_until_a_reform"]
    assert "«Prop. 12 L (2031–2032)»" in judged.to_judge[0].message and "fram til reformen trer ikraft" not in judged.to_judge[0].message
    assert "until the reform takes effect" in judged.to_judge[0].message


def test_every_pilot_verdict_lists_what_of_the_act_was_not_checked():
    report = validate(reform_from_data(pilot("2027-01-01", "2029-12-31")), "nb", population_size=0)
    assert report.verdict == "allowed"  # § 3 a: who receives the applications
    listed = " ".join(report.not_checked)
    assert "§ 3 andre ledd" in listed and "forsvarlig og faglig" in listed
    assert "§ 3 første ledd bokstav c og d" in listed and "§ 4" in listed


def test_a_proposal_without_a_date_to_check_is_not_checked(capsys, tmp_path):
    # A structural proposal with no in_force and no parameter: no date says when to check it.
    path = tmp_path / "no_date.py"
    path.write_text('''
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable


class hjelpestonad_amount(Variable):
    def formula_2027_01(person, period, parameters):
        return person.filled_array(0)


class NoDate(Reform):
    metadata = {"id": "no_date", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A",
                "status": "proposal", "legal_basis": [{"title": "x", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}]}

    def apply(self):
        self.update_variable(hjelpestonad_amount)
''', encoding="utf-8")
    assert main(["reform", "validate", str(path), "--population", "5", "--lang", "en"]) == 3
    out = capsys.readouterr().out
    assert "NOT CHECKED: no date to check. Give in_force" in out and "No family was checked" in out


def test_a_verdict_with_only_a_point_to_judge_says_needs_judgement_and_never_not_checked(tmp_path):
    # Review s21 diff L10: an unclassified change (variables/common/, no law of its own) is for a person to judge, but
    # every date was checked for losses: the headline said «NOT CHECKED» all the same.
    from openfisca_asb.cli.reform import render_validation
    from python_pilots import python_pilot

    unknown = python_pilot(tmp_path, "common_change", '''
        class child_alive_in_year(Variable):
            def formula_2027(person, period):
                return person.filled_array(True)
    ''', "self.update_variable(child_alive_in_year)")
    english = render_validation(validate(unknown, "en", population_size=0))
    bokmal = render_validation(validate(unknown, "nb", population_size=0))
    assert english.startswith("common_change: NEEDS JUDGEMENT\n? Cannot tell what kind of change child_alive_in_year is")
    assert bokmal.startswith("common_change: MÅ VURDERES AV EN PERSON\n? Kan ikke avgjøre hva slags endring child_alive_in_year er")
    assert "NOT CHECKED" not in english and "IKKE SJEKKET" not in bokmal
