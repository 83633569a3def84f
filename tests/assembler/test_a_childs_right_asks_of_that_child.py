"""A child's right names only that child's own facts as missing (besides the family's and the caregivers'): it
never asks about a sibling. The fact dependencies are read by variable name (ADR 0003), so they reach every
holder of a fact; review s15 found Nora's toppfinansiering (the state's refund of a kommune's very costly services
to one recipient, hol § 11-1 and Helsedirektoratet's rules) asking for her brother's wage costs and grants."""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ON = date(2025, 6, 1)


def _family() -> Family:
    # Nora's wage costs are given (3 000 000 kr, above the threshold), her grants and payments are not; Olav's
    # nothing. Both have an illness or extra needs, so neither's facts are answered by the family step.
    return Family.model_validate({"kommunenummer": "0301", "caregivers": [{"id": "mor", "birth_date": "1985-01-01"}],
                                  "children": [{"id": "nora", "birth_date": "2015-01-01", "has_illness_or_extra_needs": "yes",
                                                "toppfinansiering_direct_wage_costs": 3_000_000},
                                               {"id": "olav", "birth_date": "2013-01-01", "has_illness_or_extra_needs": "yes"}]})


def test_each_childs_right_names_only_its_own_child():
    answer = assemble(_family(), ON, "en")
    for result in answer.benefits + answer.payer_view:
        if result.holder == "child":
            assert {m.person for m in result.missing_facts} <= {result.person, None}, (result.benefit, result.person)
    nora = next(r for r in answer.payer_view if r.benefit == "toppfinansiering" and r.person == "nora")
    assert {m.fact for m in nora.missing_facts} == {"toppfinansiering_earmarked_grants", "toppfinansiering_user_payments",
                                                    "has_intellectual_disability"}
