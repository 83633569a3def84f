"""«What would change it» for grunnstønad tries the rates in force on the date asked (review s20 M2).

Ftrl § 6-3: grunnstønad is given at the sats the necessary yearly extra costs at least reach. From 1 January 2024 sats 1
is 752 kr a month and sats 2 1 146 kr (NCF, «Utbetalte satser som er gjeldende fra 1. januar 2024»; the model's
yearly figures are 12 × those: 9 024 and 13 752 kr, parameters/folketrygd/grunnstonad/yearly_rate.yaml). The
thresholds tried used to be the 2023 figures written in the question (8 462, 12 916, …): on 1 September 2024 a family
read «12 916 kr a year: 752 kr a month» although 9 024 kr already gives it, and nothing at 13 752 kr.
Sats 3–6 have no amount found after the adjustment of 1 July 2023 (ADR 0009): costs at the 2023 sats 3 (16 925 kr)
give at least 1 146 kr, so that change's amount is a lower bound, as the answer's own amount is.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family

ON = date(2024, 9, 1)
COSTS = "grunnstonad_yearly_extra_costs"


def _changes():
    family = example_family("child-diabetes")
    nora = {"has_extra_costs_from_illness": "yes", "grunnstonad_fixed_rate_diagnosis": "none_of_these",
            "grunnstonad_yearly_transport_costs": 0}
    family = family.model_copy(update={"children": [
        child.model_copy(update=nora) if child.id == "nora" else child for child in family.children]})
    result = next(r for r in assemble(family, ON, "en").benefits if (r.benefit, r.person) == ("grunnstonad", "nora"))
    assert result.status == "missing_information"
    return {change.value: change for change in result.changes if change.fact == COSTS}


def test_the_thresholds_tried_are_the_rates_in_force_on_the_date():
    changes = _changes()
    # 12 × 752 = 9 024 kr a year reaches sats 1; 12 × 1 146 = 13 752 kr sats 2.
    assert (changes[9024].new_status, changes[9024].new_amount.value) == ("entitled", 752)
    assert (changes[13752].new_status, changes[13752].new_amount.value) == ("entitled", 1146)
    assert 12916 not in changes and 8462 not in changes  # the 2023 figures


def test_a_change_whose_amount_may_be_higher_says_so():
    changes = _changes()
    assert not changes[13752].new_amount_is_lower_bound  # sats 2 is known; a higher sats is out of reach
    assert changes[16925].new_amount_is_lower_bound and changes[16925].new_amount.value == 1146
