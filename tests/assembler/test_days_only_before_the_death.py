"""A year's days for a sick child after the only child's death: usable only for absence before it (review s24 L1).

Omsorgspenger (ftrl § 9-5 første ledd) and leave (aml § 12-9 første ledd) are days of absence for the care of a sick
child, counted per calendar year. ADR 0034 counts a child who has died for the year of the death — days taken before it
count, and may still be claimed after it — so the right is not refused from the month after. But with no child left
alive no later day can be used for it, and the card says so in a note (`caregiver_every_child_died`), in both
languages.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

SAID = {"nb": "Barnet er dødt. Dagene i år regnes med barnet, men de kan bare brukes for fravær før dødsfallet:",
        "en": "The child has died. This year's days count the child, but they can only be used for absence before the death:"}
DAYS = ("omsorgspenger", "permisjon_barns_sykdom")
PARENT = {"employment": "employee", "has_worked_four_weeks": "yes", "is_single": "no", "has_sole_care": "no",
          "omsorgspenger_temporarily_alone": "no"}


def _family(*children: dict) -> Family:
    """Two employed parents; Alma, born 10 January 2026, chronically ill (NAV has accepted it), dies on 12 June 2026."""
    alma = {"id": "alma", "birth_date": "2026-01-10", "date_of_death": "2026-06-12", "has_illness_or_extra_needs": "yes",
            "has_lasting_illness": "yes", "omsorgspenger_chronic_illness_accepted": "yes"}
    return Family.model_validate({
        "kommunenummer": "5501",
        "caregivers": [{"id": "mor", "birth_date": "1995-07-07", "yearly_income": 540000, **PARENT},
                       {"id": "far", "birth_date": "1993-03-03", "yearly_income": 820000, **PARENT}],
        "children": [alma, *children]})


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_only_childs_days_are_kept_for_the_year_and_said_usable_only_before_the_death(language):
    # Asked 1 July 2026: the year's days stand (§ 9-6: 10 + 10 for a chronically ill child = 20 each), and each
    # parent's omsorgspenger and leave say they can be used only before 12 June.
    answer = assemble(_family(), date(2026, 7, 1), language)
    days = [r for r in answer.benefits if r.benefit in DAYS]
    assert sorted((r.benefit, r.person, r.status, r.amount.value) for r in days) == [
        ("omsorgspenger", "far", "entitled", 20), ("omsorgspenger", "mor", "entitled", 20),
        ("permisjon_barns_sykdom", "far", "entitled", 20), ("permisjon_barns_sykdom", "mor", "entitled", 20)]
    assert all(len(r.notes) == 1 and r.notes[0].startswith(SAID[language]) for r in days)


def test_in_the_month_of_the_death_nothing_is_said_yet():
    # ADR 0034: the month of the death is answered as before (child_alive is met in it).
    answer = assemble(_family(), date(2026, 6, 20), "nb")
    assert all(r.notes == [] for r in answer.benefits if r.benefit in DAYS)


def test_with_a_child_alive_the_days_are_not_said_to_end():
    # Alma's sister Ida, born 3 March 2020, lives and is 6 in 2026, counted through the year she turns 12 (§ 9-5
    # tredje ledd): the days can be used for her, and nothing is said of the death beside them.
    ida = {"id": "ida", "birth_date": "2020-03-03", "has_illness_or_extra_needs": "no"}
    answer = assemble(_family(ida), date(2026, 7, 1), "nb")
    days = [r for r in answer.benefits if r.benefit in DAYS and r.status == "entitled"]
    assert len(days) == 4 and all(r.notes == [] for r in days)
