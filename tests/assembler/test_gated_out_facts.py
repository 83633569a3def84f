"""A fact the rules read only under some answers of its gate (`asked_if_gate`) is never named missing where the gate is
answered otherwise (answer/ruled_out.py). Review s23: an employee whose income is «don't know» was told that
pleiepenger (ftrl § 9-15) waited on the dagpenger's daily rate (§ 8-49) and on work beside a benefit — neither read
for an employee, whose basis is the income from work (§ 8-28)."""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ON = date(2024, 9, 1)
GATED = {"dagpenger_daily_rate", "work_besides_benefit"}


def _family(employment: str) -> Family:
    return Family.model_validate({
        "kommunenummer": "0301",
        "caregivers": [{"id": "far", "birth_date": "1984-11-02", "employment": employment, "has_worked_four_weeks": "yes"}],
        "children": [{"id": "emil", "birth_date": "2015-03-03", "has_illness_or_extra_needs": "yes",
                      "has_lasting_illness": "yes", "sole_caregiver": "far", "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "needs_night_watch_or_standby": "yes"}]})


def _missing(employment: str) -> set[str]:
    # The income answered «don't know» (and the working time lost): the facts left to settle pleiepenger together are
    # then named (assembler `_missing_facts`), which had brought in the gated facts.
    unknown = frozenset({("yearly_income", "far"), ("pleiepenger_lost_working_time_percent", "far")})
    pleiepenger = next(r for r in assemble(_family(employment), ON, "en", unknown=unknown).benefits if r.benefit == "pleiepenger")
    assert pleiepenger.status == "missing_information"
    return {fact.fact for fact in pleiepenger.missing_facts}


def test_an_employees_pleiepenger_do_not_wait_on_the_dagpenger_or_work_beside_a_benefit():
    missing = _missing("employee")
    assert not missing & GATED, missing


def test_a_parent_on_dagpenger_is_still_asked_the_daily_rate():
    assert "dagpenger_daily_rate" in _missing("dagpenger")
