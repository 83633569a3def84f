"""The condition every right a child holds has: the child is alive; and every right for the care of the family's
children (`for_the_care_of_a_child`): a child of the family is alive, or lived in the year for a yearly right
(variables/common/child_alive.py).

It is shown only once the child has died (`after_death`), so a living child's card does not list it. A right
the law continues after a death declares its own `after_death` condition in its benefit.yaml instead
(forhøyet hjelpestønad, ftrl § 6-5); the right's status names the same condition (`ChildRightStatus`'s
`while_alive`).

Each card says the one basis its end rests on. A folketrygd benefit given per month (`given_per_month`, ftrl
§ 22-10 tredje ledd) stops at the end of the month the right falls away (§ 22-12 sjette ledd): its condition is
`<id>_condition_child_alive`, which cites that provision. For every other right the end is the model's reading, no
provision says otherwise (research note s17): the shared condition cites the source that reading rests on.
"""

BY_LAW = {
    "nb": "Det følger av folketrygdloven § 22-12 sjette ledd: en ytelse som gis per måned, stanses ved utgangen av den "
          "måneden retten faller bort.",
    "en": "This follows from the National Insurance Act § 22-12 sixth paragraph: a benefit given per month stops at the "
          "end of the month in which the right falls away.",
}
BY_READING = {
    "nb": "Det er modellens lesning; vi har ikke funnet noen regel som sier noe annet.",
    "en": "That is the model's reading; we have found no rule that says otherwise.",
}


def _condition(variable: str, alive: dict, ended: dict, basis: dict) -> dict:
    not_met = {language: f"{ended[language]} {basis[language]}" for language in ("nb", "en")}
    return {"variable": variable, "after_death": True, "text": alive, "not_met": not_met}


CHILDS_OWN = (
    {"nb": "Barnet lever. En rett barnet har, er barnets egen og faller bort fra måneden etter dødsfallet.",
     "en": "The child is alive. A right the child holds is the child's own and ends at the end of the month of the death."},
    {"nb": "Barnet er dødt. Retten var barnets egen og falt bort fra måneden etter dødsfallet.",
     "en": "The child has died. The right was the child's own and ended at the end of the month of the death."},
)
CARE_ENDS_WITH_THE_MONTH = (
    {"nb": "Barnet lever. Retten gjelder omsorgen for barnet og faller bort fra måneden etter dødsfallet.",
     "en": "The child is alive. The right is for the care of the child and ends at the end of the month of the death."},
    {"nb": "Barnet er dødt. Retten gjaldt omsorgen for barnet og falt bort fra måneden etter dødsfallet.",
     "en": "The child has died. The right was for the care of the child and ended at the end of the month of the death."},
)
# A year's days or credit: counted for the years the child lived in.
CARE_ENDS_WITH_THE_YEAR = (
    {"nb": "Barnet levde i kalenderåret. Retten gjelder omsorgen for barnet og regnes for årene barnet levde i.",
     "en": "The child lived in the calendar year. The right is for the care of the child and counts the years the child "
           "lived in."},
    {"nb": "Barnet er dødt. Retten gjaldt omsorgen for barnet og falt bort fra året etter dødsfallet.",
     "en": "The child has died. The right was for the care of the child and ended at the end of the year of the death."},
)

CHILD_ALIVE = _condition("child_alive", *CHILDS_OWN, BY_READING)
# A right for the care of the family's children, by who holds it: a monthly right ends from the month after the last
# child died.
CHILD_CARED_FOR_ALIVE = {
    "caregiver": _condition("caregiver_child_alive", *CARE_ENDS_WITH_THE_MONTH, BY_READING),
    "family": _condition("family_child_alive", *CARE_ENDS_WITH_THE_MONTH, BY_READING),
}
# A folketrygd benefit given per month restates the shared condition with § 22-12 sjette ledd.
CHILD_ALIVE_BY_LAW = "{id}_condition_child_alive"
# A yearly one (days, pension credit) restates `caregiver_child_alive_in_year` with its own provision, and ends from
# the year after.
CHILD_LIVED_IN_YEAR = "{id}_condition_child_lived_in_year"


def _own_condition(data: dict) -> dict:
    if data.get("given_per_month"):
        return _condition(CHILD_ALIVE_BY_LAW.format(id=data.get("id")), *CHILDS_OWN, BY_LAW)
    return CHILD_ALIVE


def _care_condition(data: dict) -> dict:
    holder, period = data.get("holder"), data.get("period")
    if (holder, period) == ("caregiver", "year"):
        return _condition(CHILD_LIVED_IN_YEAR.format(id=data.get("id")), *CARE_ENDS_WITH_THE_YEAR, BY_READING)
    if period != "month" or holder not in CHILD_CARED_FOR_ALIVE:
        raise ValueError(f"for_the_care_of_a_child: no after-death condition for a {holder}'s right counted by {period}")
    if data.get("given_per_month"):
        return _condition(CHILD_ALIVE_BY_LAW.format(id=data.get("id")), *CARE_ENDS_WITH_THE_MONTH, BY_LAW)
    return CHILD_CARED_FOR_ALIVE[holder]


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
        return {**data, "conditions": [_own_condition(data), *conditions]}
    if data.get("for_the_care_of_a_child"):
        return {**data, "conditions": [_care_condition(data), *conditions]}
    return data
