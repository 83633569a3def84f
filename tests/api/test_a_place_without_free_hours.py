"""A right granted without an amount of it: an SFO place with no free hours (review s15, finding 8).

`folded_into` means «paid as another right» (the ordinary hjelpestønad paid as forhøyet hjelpestønad, ftrl
§ 6-5). An SFO place with no free hours is a place, not «0 hours a week»: the answer gives no amount, and
`no_range_reason` says what the right is, so a portal rendering the amount never shows «Du har rett: 0 timer».
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family, example_names

FAMILY = "school-child-autism-single-parent"


def test_an_sfo_place_without_free_hours_has_no_amount_and_says_why(client):
    # Emil is in 4th grade in the school year 2024–25, with special needs: covered by the SFO offer the kommune must
    # have (opplæringslova § 4-5: 1st–4th grade, and 1st–7th with special needs; a duty, not a right to a place). The 12 free hours a week are for 1st–3rd grade
    # (3rd grade from 1 August 2024), so on 1 June 2025 he has none.
    family = example_family(FAMILY).model_dump(mode="json", exclude_none=True)
    answer = client.post("/v1/entitlements", json={"family": family, "date": "2025-06-01", "language": "en"}).json()
    sfo = next(r for r in answer["benefits"] if r["benefit"] == "sfo" and r["person"] == "emil")
    assert sfo["status"] == "entitled"
    assert sfo["amount"] is None and sfo["range"] is None
    assert sfo["folded_into"] is None
    assert sfo["no_range_reason"].startswith(
        "The child is covered by the SFO offer the kommune must have, but under the national rules no free hours")
    # The highest grade with free hours is verified only to 1 August 2024: «none on 4th grade» rests on it, so the
    # flag stays with the words that replace the amount.
    assert "opplaering.sfo.free_hours_highest_trinn" in {flag["parameter"] for flag in sfo["unverified_rate"]}
    # Still a right to act on: grouped under whom to contact, as every right granted.
    assert any(ref["benefit"] == "sfo" for group in answer["by_contact"] for ref in group["rights"])


def test_a_line_is_never_folded_into_its_own_right():
    # Only a right paid as another (hjelpestønad as forhøyet hjelpestønad) is folded; on 1 June 2025 the examples
    # hold both kinds of zero: Emil's SFO place above, and the cerebral palsy family's hjelpestønad.
    families = [example_family(name) for name in example_names()]
    answers = assemble_many(families, date(2025, 6, 1), language="en")
    folded = [(r.benefit, r.folded_into.benefit) for answer in answers for r in answer.benefits if r.folded_into]
    assert ("hjelpestonad", "forhoyet_hjelpestonad") in folded
    assert all(benefit != into for benefit, into in folded), folded
