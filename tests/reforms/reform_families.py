"""Families and helpers shared by the reform and pilot tests (imported by name: tests/ is no package)."""

from openfisca_asb.facts.family import Family


def family_in(kommunenummer: str | None, **child_facts) -> Family:
    """A single mother and one child (born 2016) with hjelpestønad's three conditions met (ftrl § 6-4)."""
    child = {
        "id": "ida", "birth_date": "2016-04-10", "has_lasting_illness": "yes",
        "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes", **child_facts,
    }
    data = {"caregivers": [{"id": "mor", "birth_date": "1985-02-01"}], "children": [child]}
    if kommunenummer is not None:
        data["kommunenummer"] = kommunenummer
    return Family.model_validate(data)


def benefit(answer, benefit_id: str, person: str | None = "ida"):
    rows = [*answer.benefits, *answer.payer_view]
    return next(row for row in rows if row.benefit == benefit_id and row.person == person)
