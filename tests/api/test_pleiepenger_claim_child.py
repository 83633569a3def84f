"""Each pleiepenger result names the child its claim is for (review s24 page L9).

Pleiepenger are given per child in need of care (ftrl § 9-10 første ledd; NAV's uttak grades one child's need at a
time): two claims for two children are two applications. The page names the child on the card from its own answers;
a portal had to do the same. Now the result has `child`: the child named in `pleiepenger_child`, or the family's only
child who may need continuous care; left out where several may and none is named. The packet's right carries it too.
Only where the caregiver's right is for that child (review s25): a caregiver who claims 0 % claims for no child (NAV's
uttak grades a claim; the model refuses it with the reason no_claim), so her result names none; a share below 20 % is
a claim for the child, refused (ftrl § 9-11 andre ledd: «kan graderes ned til 20 prosent»), and names it.
"""

NEEDS_CARE = {"needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
              "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no"}


def _parent(person_id: str, child: str | None = None, claims: int | None = None) -> dict:
    parent = {"id": person_id, "birth_date": "1985-02-01", "employment": "employee", "has_worked_four_weeks": "yes",
              "yearly_income": 500000, "pleiepenger_lost_working_time_percent": 100}
    return parent | ({"pleiepenger_child": child} if child else {}) | (
        {"pleiepenger_claimed_percent": claims} if claims is not None else {})


def _children(*ids: str) -> list[dict]:
    return [{"id": child_id, "birth_date": "2015-04-10", **NEEDS_CARE} for child_id in ids]


def _claims(client, family: dict) -> dict:
    return {person: child for person, (child, _) in _claims_and_reasons(client, family).items()}


def _claims_and_reasons(client, family: dict) -> dict:
    body = client.post("/v1/entitlements", json={"family": family, "date": "2024-09-01"}).json()
    return {r["person"]: (r.get("child", "left out"), (r["reason"] or {}).get("code"))
            for r in body["benefits"] if r["benefit"] == "pleiepenger"}


def test_two_parents_claiming_for_two_children_each_name_their_child(client):
    family = {"caregivers": [_parent("mor", "ida"), _parent("far", "per")], "children": _children("ida", "per")}
    assert _claims(client, family) == {"mor": "ida", "far": "per"}


def test_one_child_in_need_of_care_is_the_claims_child_without_being_named(client):
    family = {"caregivers": [_parent("mor")], "children": _children("ida")}
    assert _claims(client, family) == {"mor": "ida"}


def test_two_children_in_need_of_care_and_none_named_leave_the_child_out(client):
    family = {"caregivers": [_parent("mor")], "children": _children("ida", "per")}
    assert _claims(client, family) == {"mor": "left out"}


def test_the_packet_names_the_child_too(client):
    family = {"caregivers": [_parent("mor", "per")], "children": _children("ida", "per")}
    body = client.post("/v1/applications", json={"family": family, "date": "2024-09-01"}).json()
    right = next(r for p in body["packets"] for r in p["rights"] if r["benefit"] == "pleiepenger")
    assert right["child"] == "per"


def test_a_caregiver_who_claims_nothing_names_no_child(client):
    # Far claims 0 %: refused, no_claim, and no child, whether Ida is the only child or he names Per.
    one_child = {"caregivers": [_parent("mor", claims=100), _parent("far", claims=0)], "children": _children("ida")}
    assert _claims_and_reasons(client, one_child) == {"mor": ("ida", "none"), "far": ("left out", "no_claim")}
    named = {"caregivers": [_parent("mor", "ida", 100), _parent("far", "per", 0)], "children": _children("ida", "per")}
    assert _claims_and_reasons(client, named) == {"mor": ("ida", "none"), "far": ("left out", "no_claim")}


def test_a_share_below_20_percent_is_a_claim_for_the_child_and_names_it(client):
    # Far claims 10 %: a claim for Ida, refused below the 20 % floor (§ 9-11 andre ledd).
    family = {"caregivers": [_parent("mor", claims=100), _parent("far", claims=10)], "children": _children("ida")}
    assert _claims_and_reasons(client, family) == {"mor": ("ida", "none"), "far": ("ida", "claim_below_20_percent")}


def test_the_openapi_description_gives_the_rule(client):
    child = client.get("/openapi.json").json()["components"]["schemas"]["BenefitResult"]["properties"]["child"]
    assert "claims 0 %" in child["description"] and "below 20 %" in child["description"]
