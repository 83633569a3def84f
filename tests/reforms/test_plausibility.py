"""A value far from the one in force is named, never refused (review s21 drafter L10): forhøyet hjelpestønad's sats 2
is a multiple of the ordinary rate (ftrl § 6-5 andre ledd; 2 in force), so 25 is likely 2.5 mistyped."""

from openfisca_asb.drafting.loading import reform_from_data
from openfisca_asb.drafting.plausibility import plausibility_warnings

SATS_2 = "folketrygd.hjelpestonad.forhoyet_multiplier.sats_2"


def proposal_data(value) -> dict:
    return {
        "id": "sats_2", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A drafter",
        "status": "proposal", "legal_basis": [{"title": "Folketrygdloven § 6-5", "url": "https://lovdata.no/lov/1997-02-28-19/§6-5"}],
        "parameters": {SATS_2: {"2027-07-01": value}},
    }


def proposal(value):
    return reform_from_data(proposal_data(value))


def test_a_multiplier_of_25_is_named_with_the_value_in_force():
    # 25 / 2 = 12.5 times the multiplier in force: more than 5 times (plausibility.FACTOR).
    assert plausibility_warnings(proposal(25), "en") == [
        f"{SATS_2}: 25 from 2027-07-01 is 12.5 times the value in force (2); is that what you meant?"]
    assert plausibility_warnings(proposal(25), "nb") == [
        f"{SATS_2}: 25 fra 2027-07-01 er 12,5 ganger verdien som gjelder (2); er det ment slik?"]


def test_a_multiplier_of_2_5_is_not():
    assert plausibility_warnings(proposal(2.5), "en") == []  # 1.25 times


def test_compare_gives_the_same_warning(tmp_path, capsys):
    # Review s21 diff L17: show and validate said it, compare did not; a drafter who only compares saw no hint of the
    # slip. 25 / 2 = 12.5 times, as above; on 1 September 2027 the value from 1 July is in force.
    from datetime import date

    import yaml

    from openfisca_asb.cli import main
    from openfisca_asb.drafting.comparison import compare
    from openfisca_asb.paths import data_folder

    slip = f"{SATS_2}: 25 from 2027-07-01 is 12.5 times the value in force (2); is that what you meant?"
    assert compare(proposal(25), [], date(2027, 9, 1), "en").warnings == [slip]
    assert compare(proposal(2.5), [], date(2027, 9, 1), "en").warnings == []
    path = tmp_path / "sats_2.yaml"
    path.write_text(yaml.safe_dump(proposal_data(25), allow_unicode=True), encoding="utf-8")
    family = str(data_folder("examples") / "child-diabetes.yaml")
    assert main(["reform", "compare", str(path), family, "--date", "2027-09-01", "--lang", "en"]) == 0
    assert f"! {slip}" in capsys.readouterr().out.splitlines()
