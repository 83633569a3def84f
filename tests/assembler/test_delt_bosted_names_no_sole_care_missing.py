"""The answer names no fact of being alone with the care missing where every child has delt bosted (review s22 page
M1): the card's «Svar nå» asks what the answer names, and the interview no longer asks these.

Barneloven § 36 delt bosted: «vil ingen av dere bli regnet som alene om omsorgen» (NAV, navikt/omsorgsdager-
aleneomsorg-dialog), and ftrl § 9-6's extra days for aleneomsorg or being midlertidig alene count no delt bosted child;
the care days read being single only for midlertidig alene, barnetilsyn (ftrl § 15-4) reads it for itself.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ON = date(2025, 9, 1)
WORKING = {"employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 400000}
ALONE = {"has_sole_care", "omsorgspenger_temporarily_alone", "is_single"}


def _missing(delt_bosted: bool) -> dict[str, set[str]]:
    # NAV's acceptance of the chronic illness «Vet ikke»: the case the review walked, where the answer fell back on
    # naming every open fact of the care days.
    sara = {"id": "sara", "birth_date": "2014-05-01", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
            "omsorgspenger_chronic_illness_accepted": "unknown", **({"has_delt_bosted": "yes"} if delt_bosted else {})}
    family = Family.model_validate({"kommunenummer": "0301", "children": [sara],
                                    "caregivers": [{"id": "mor", "birth_date": "1984-01-01", **WORKING}]})
    return {right.benefit: {entry.fact for entry in right.missing_facts} for right in assemble(family, ON).benefits}


def test_the_care_days_name_only_the_illness_accepted_where_the_child_has_delt_bosted():
    missing = _missing(delt_bosted=True)
    assert missing["omsorgspenger"] == {"omsorgspenger_chronic_illness_accepted"}
    assert missing["permisjon_barns_sykdom"] == {"omsorgspenger_chronic_illness_accepted"}


def test_barnetilsyn_still_names_being_single():
    # § 15-4 reads being single for barnetilsyn itself: delt bosted does not settle it.
    assert "is_single" in _missing(delt_bosted=True)["barnetilsyn"]


def test_without_delt_bosted_the_care_days_name_sole_care():
    # The control: sole care gives the only parent 10 extra days (§ 9-6 andre ledd), so its answer moves the right.
    assert "has_sole_care" in _missing(delt_bosted=False)["omsorgspenger"]
