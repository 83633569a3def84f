"""A packet's open questions mark what the family answered "don't know" (review s20 M3, ADR 0038).

The portal guide (docs/guides/portal-applications.md, `missing_facts[]`): «`answered_unknown: true` marks one the
family answered "don't know" (`"unknown"` in the family, or in the request's `unknown`): asked already … A "don't
know" is never in `known_facts`: there is nothing to pre-fill.»
"""

from datetime import date

from openfisca_asb.answer.packets import application_packets
from openfisca_asb.facts.family import Family

ON = date(2024, 9, 1)
# Ida's lasting illness and care at home are told; whether she needs more supervision and care than other children
# is "don't know" in the family (a yes/no fact holds it), and her yearly extra costs (a number) are listed apart.
IDA = {"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes", "has_private_care_arrangement": "yes",
       "needs_extra_supervision_and_care": "unknown"}
FAMILY = Family.model_validate({"caregivers": [{"id": "mor", "birth_date": "1985-02-01"}], "children": [IDA]})
COSTS_UNKNOWN = {("grunnstonad_yearly_extra_costs", "ida")}


def _rights(unknown=frozenset()) -> dict:
    packets = application_packets(FAMILY, ON, "en", ["hjelpestonad", "grunnstonad"], unknown=unknown)
    return {right.benefit: right for packet in packets.packets for right in packet.rights}


def _open(right) -> dict:
    return {(m.fact, m.person): m.answered_unknown for m in right.missing_facts}


def test_a_number_answered_dont_know_is_open_and_marked_as_asked():
    # Grunnstønad (ftrl § 6-3) turns on the yearly extra costs: still open, now marked; the coeliac diagnosis, which
    # nobody asked, is not.
    grunnstonad = _rights(COSTS_UNKNOWN)["grunnstonad"]
    assert _open(grunnstonad)[("grunnstonad_yearly_extra_costs", "ida")] is True
    assert _open(grunnstonad)[("grunnstonad_fixed_rate_diagnosis", "ida")] is False
    # Not listed, the same question is one not asked yet.
    assert _open(_rights()["grunnstonad"])[("grunnstonad_yearly_extra_costs", "ida")] is False


def test_a_yes_no_answered_unknown_in_the_family_is_open_and_marked_never_prefilled():
    # Hjelpestønad (ftrl § 6-4) needs the extra supervision and care: answered "unknown", it is what keeps the right
    # open, so it is an open question marked as asked, not a known fact with the value "unknown".
    hjelpestonad = _rights()["hjelpestonad"]
    assert hjelpestonad.status == "missing_information"
    assert _open(hjelpestonad) == {("needs_extra_supervision_and_care", "ida"): True}
    assert "needs_extra_supervision_and_care" not in [fact.fact for fact in hjelpestonad.known_facts]
