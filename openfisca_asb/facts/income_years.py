"""A self-employed parent's three years of pensjonsgivende inntekt are given together, or not at all (ftrl § 8-35).

The model averages the three years itself (variables/folketrygd/kapittel_9/self_employed_basis.py) and needs the
latest year to know each year's average G. Given in part, it would hold no average and could name no question for
the rest (they are given only where they apply, `absent_means`), so a caregiver giving some of them is refused with
the ones left out named.
"""

from openfisca_asb.facts.messages import bilingual
from openfisca_asb.rules.self_employed_years import LATEST_YEAR, YEARS

INCOME_YEAR_FACTS = (LATEST_YEAR, *(fact for fact, _ in YEARS))


def refuse_some_income_years(caregiver) -> None:
    """Refuse a caregiver who gives some, but not all, of the three years' facts."""
    left_out = [fact for fact in INCOME_YEAR_FACTS if getattr(caregiver, fact, None) is None]
    if 0 < len(left_out) < len(INCOME_YEAR_FACTS):
        named = ", ".join(left_out)
        raise bilingual(
            "income_years_incomplete",
            f"give the pensionable income of all three years and the latest year together, or none of them; "
            f"left out: {named}",
            f"oppgi pensjonsgivende inntekt for alle tre årene og det siste året sammen, eller ingen av dem; "
            f"mangler: {named}")
