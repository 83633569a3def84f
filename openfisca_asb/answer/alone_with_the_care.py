"""Being alone with the care of the children, which delt bosted rules out: the facts no answer to can change a right
for a family whose every child has delt bosted, read by the interview (not asked) and the answer (not named missing)
through answer/ruled_out.py.

Barneloven § 36 delt bosted: NAV, «vil ingen av dere bli regnet som alene om omsorgen» (navikt/omsorgsdager-
aleneomsorg-dialog, IntroPage.tsx), and the quota counts a delt bosted child in no one's alone count
(variables/folketrygd/omsorgspenger/quota.py `_count`; review s22 page M1).
"""

Key = tuple[str, str | None]  # (fact, person)

# Each fact, with the rights its answer cannot change there (None: any right). Being single is read by the care days
# only to tell whether a parent can be midlertidig alene (quota.py `_temporarily_alone`); other rights (barnetilsyn,
# ftrl § 15-4) read it for themselves and still name it.
ALONE_WITH_THE_CARE = {"has_sole_care": None, "omsorgspenger_temporarily_alone": None,
                       "is_single": {"omsorgspenger", "permisjon_barns_sykdom"}}
DELT_BOSTED = "has_delt_bosted"


def ruled_out(family) -> dict[Key, set[str] | None]:
    """The caregivers' facts the family's own answers leave nothing to change, with the rights they cannot change
    (None: any): being alone with the care, where every child has delt bosted."""
    children = family.children
    if not children or any(getattr(child, DELT_BOSTED, None) != "yes" for child in children):
        return {}
    return {(fact, caregiver.id): rights for fact, rights in ALONE_WITH_THE_CARE.items() for caregiver in family.caregivers}
