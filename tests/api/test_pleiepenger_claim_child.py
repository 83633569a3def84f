"""Each pleiepenger result names the child its claim is for (review s24 page L9).

Pleiepenger are given per child in need of care (ftrl § 9-10 første ledd; NAV's uttak grades one child's need at a
time): two claims for two children are two applications. The page names the child on the card from its own answers;
a portal had to do the same. Now the result has `child`: the child named in `pleiepenger_child`, or the family's only
child who may need continuous care; left out where several may and none is named. The packet's right carries it too.
"""

NEEDS_CARE = {"needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
              "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no"}


def _parent(person_id: str, child: str | None = None) -> dict:
    parent = {"id": person_id, "birth_date": "1985-02-01", "employment": "employee", "has_worked_four_weeks": "yes",
              "yearly_income": 500000, "pleiepenger_lost_working_time_percent": 100}
    return parent | ({"pleiepenger_child": child} if child else {})


def _children(*ids: str) -> list[dict]:
    return [{"id": child_id, "birth_date": "2015-04-10", **NEEDS_CARE} for child_id in ids]


def _claims(client, family: dict) -> dict:
    body = client.post("/v1/entitlements", json={"family": family, "date": "2024-09-01"}).json()
    return {r["person"]: r.get("child", "left out") for r in body["benefits"] if r["benefit"] == "pleiepenger"}


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
