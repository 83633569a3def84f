"""POST /v1/explain reads each condition for the person it is about (issue 17, review of the HTTP API).

A caregiver's pleiepenger rest on conditions about the child (ftrl § 9-10 første ledd: the child needs
continuous supervision and care; § 9-16: the specialist's certificate; § 9-10: under 18). Those are the
child's facts; read on the caregiver they were "unknown" although the family gave them.
"""

MOR = {"id": "mor", "birth_date": "1985-03-10"}
IDA = {"id": "ida", "birth_date": "2016-06-01", "needs_continuous_care_and_supervision": "yes",
       "has_specialist_medical_certificate": "yes"}
# A healthy sibling: the illness-or-needs gate's "no" answers continuous care "no" (ADR 0014).
OLA = {"id": "ola", "birth_date": "2012-10-01", "has_illness_or_extra_needs": "no"}


def _nodes(client, children, variable, benefit="pleiepenger"):
    body = {"family": {"caregivers": [MOR], "children": children}, "date": "2025-06-10", "language": "en"}
    response = client.post(f"/v1/explain/{benefit}", json=body)
    assert response.status_code == 200, response.text
    found = []

    def visit(node):
        if node["variable"] == variable:
            found.append(node)
        for below in node["conditions"]:
            visit(below)

    for tree in response.json()["explanations"][0]["condition_tree"]:
        visit(tree)
    return found


def test_the_childs_continuous_care_is_read_on_the_child(client):
    # § 9-10 første ledd: the family said yes for Ida, so the condition is met for Ida, under mor's pleiepenger.
    nodes = _nodes(client, [IDA], "pleiepenger_child_condition_continuous_care")
    assert nodes and {(n["person"], n["outcome"]) for n in nodes} == {("ida", "met")}


def test_each_child_is_shown_with_its_own_outcome(client):
    # § 9-16 (certificate): yes for Ida; Ola's gate "no" answers it no. § 9-10 (under 18): Ida is 9, Ola 12.
    certificate = {(n["person"], n["outcome"]) for n in _nodes(client, [IDA, OLA], "pleiepenger_child_condition_medical_certificate")}
    assert certificate == {("ida", "met"), ("ola", "not_met")}
    age = {(n["person"], n["outcome"]) for n in _nodes(client, [IDA, OLA], "pleiepenger_child_condition_age")}
    assert age == {("ida", "met"), ("ola", "met")}


def test_the_caregivers_own_conditions_stay_the_caregivers(client):
    # § 9-10 første ledd: mor has the care of the child; the line combining the children is mor's (met through Ida).
    assert [(n["person"], n["outcome"]) for n in _nodes(client, [IDA, OLA], "pleiepenger_condition_caregiver_role")] == [("mor", "met")]
    assert [(n["person"], n["outcome"]) for n in _nodes(client, [IDA, OLA], "pleiepenger_condition_continuous_care")] == [("mor", "met")]


def test_a_family_right_reads_its_condition_about_the_child_on_the_child(client):
    # Barnekoordinator (pasient- og brukerrettighetsloven § 2-8) is the family's right, resting on a child under 18
    # with a serious illness who needs long-term health services: Ida (9) has both, so it is met for Ida — read on
    # the first person of the family (mor), it showed "not met: under 18" and "unknown" (review of 0.10.0).
    ida = {**IDA, "has_serious_illness_injury_or_disability": "yes", "needs_long_term_coordinated_health_services": "yes"}
    nodes = _nodes(client, [ida, OLA], "barnekoordinator_child_condition_age", benefit="barnekoordinator")
    assert {(n["person"], n["outcome"]) for n in nodes} == {("ida", "met"), ("ola", "met")}
