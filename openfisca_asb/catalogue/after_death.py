"""The condition every right a child holds has: the child is alive; and every right for the care of the family's
children (`for_the_care_of_a_child`): a child of the family is alive, or lived in the year for a yearly right
(variables/common/child_alive.py).

It is shown only once the child has died (`after_death`), so a living child's card does not list it. A right
the law continues after a death declares its own `after_death` condition in its benefit.yaml instead
(forhøyet hjelpestønad, ftrl § 6-5); the right's status names the same condition (`ChildRightStatus`'s
`while_alive`).
"""

# What the month after the death rests on: the law for the folketrygd's monthly benefits, the model's reading for the
# rest (no provision says otherwise; research note s17).
BASIS = {
    "nb": "For folketrygdens månedlige stønader følger det av folketrygdloven § 22-12 sjette ledd; for andre ytelser er "
          "det modellens lesning, og ingen regel sier noe annet.",
    "en": "For the National Insurance's monthly benefits this follows from the National Insurance Act § 22-12 sixth "
          "paragraph; for other rights it is the model's reading, and no rule says otherwise.",
}
CHILD_ALIVE = {
    "variable": "child_alive",
    "after_death": True,
    "text": {
        "nb": "Barnet lever. En rett barnet har, er barnets egen og faller bort fra måneden etter dødsfallet.",
        "en": "The child is alive. A right the child holds is the child's own and ends at the end of the month of the death.",
    },
    "not_met": {
        "nb": "Barnet er dødt. Retten var barnets egen og falt bort fra måneden etter dødsfallet. " + BASIS["nb"],
        "en": "The child has died. The right was the child's own and ended at the end of the month of the death. " + BASIS["en"],
    },
}


def _cared_for(variable: str, alive: dict, not_met: dict) -> dict:
    return {"variable": variable, "after_death": True, "text": alive, "not_met": not_met}


CARE_ENDS_WITH_THE_MONTH = (
    {"nb": "Barnet lever. Retten gjelder omsorgen for barnet og faller bort fra måneden etter dødsfallet.",
     "en": "The child is alive. The right is for the care of the child and ends at the end of the month of the death."},
    {"nb": "Barnet er dødt. Retten gjaldt omsorgen for barnet og falt bort fra måneden etter dødsfallet. " + BASIS["nb"],
     "en": "The child has died. The right was for the care of the child and ended at the end of the month of the death. " + BASIS["en"]},
)
# A year's days or credit: counted for the years the child lived in — the model's reading, no rule says otherwise.
CARE_ENDS_WITH_THE_YEAR = (
    {"nb": "Barnet levde i kalenderåret. Retten gjelder omsorgen for barnet og regnes for årene barnet levde i.",
     "en": "The child lived in the calendar year. The right is for the care of the child and counts the years the child "
           "lived in."},
    {"nb": "Barnet er dødt. Retten gjaldt omsorgen for barnet og falt bort fra året etter dødsfallet; det er modellens "
           "lesning, og ingen regel sier noe annet.",
     "en": "The child has died. The right was for the care of the child and ended at the end of the year of the death; "
           "that is the model's reading, and no rule says otherwise."},
)
# A right for the care of the family's children, by who holds it and the period it is counted in: a monthly right
# ends from the month after the last child died, a yearly one (days, pension credit) from the year after.
CHILD_CARED_FOR_ALIVE = {
    ("caregiver", "month"): _cared_for("caregiver_child_alive", *CARE_ENDS_WITH_THE_MONTH),
    ("family", "month"): _cared_for("family_child_alive", *CARE_ENDS_WITH_THE_MONTH),
}
# A yearly one restates `caregiver_child_alive_in_year` with its own provision: `<id>_condition_child_lived_in_year`.
CHILD_LIVED_IN_YEAR = "{id}_condition_child_lived_in_year"


def _care_condition(data: dict) -> dict:
    where = (data.get("holder"), data.get("period"))
    if where == ("caregiver", "year"):
        return _cared_for(CHILD_LIVED_IN_YEAR.format(id=data.get("id")), *CARE_ENDS_WITH_THE_YEAR)
    if where not in CHILD_CARED_FOR_ALIVE:
        raise ValueError(f"for_the_care_of_a_child: no after-death condition for a {where[0]}'s right counted by {where[1]}")
    return CHILD_CARED_FOR_ALIVE[where]


def with_after_death_condition(data: dict) -> dict:
    """A catalogue entry's data with the child-alive condition first, where the child holds the right (not the
    payer's view of a grant) or the right is for the care of a child, and the entry declares no `after_death`
    condition of its own."""
    if not isinstance(data, dict) or data.get("payer_view"):
        return data
    conditions = data.get("conditions") or []
    if any(isinstance(c, dict) and c.get("after_death") for c in conditions):
        return data
    if data.get("holder") == "child":
        return {**data, "conditions": [CHILD_ALIVE, *conditions]}
    if data.get("for_the_care_of_a_child"):
        return {**data, "conditions": [_care_condition(data), *conditions]}
    return data
