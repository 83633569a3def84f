"""A cap behind an amount qualifies it only where it is reached (ADR 0009 addendum, review s16 API #2).

A rate older than a known adjustment makes an amount "at least" it (ADR 0009). A cap is behind the amount only
when it sets it: below the cap a higher cap changes nothing paid, so the amount is exact and says so.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family


def _right(family, on, benefit, person):
    return next(r for r in assemble(family, on, "nb").benefits if (r.benefit, r.person) == (benefit, person))


def _with_person(family, role, **facts):
    people = getattr(family, role)
    return family.model_copy(update={role: [people[0].model_copy(update=facts), *people[1:]]})


# Pleiepenger (ftrl §§ 9-10, 9-15): dagsats = basis up to 6 G / 260, whole kroner. G 136 549 from 1 May 2026
# (navikt/g), adjusted every 1 May: on 2027-06-01 it is older than the 2027 adjustment (not yet known), so 6 G is at
# least 6 × 136 549 = 819 294. June 2027 has 22 weekdays.
AFTER_G_ADJUSTMENT = date(2027, 6, 1)


def test_pleiepenger_under_6g_is_exact_though_g_is_stale():
    # mor: 520 000 < 819 294, so G does not set the amount: 520 000 / 260 = 2 000 kr a day × 22 = 44 000.
    pleiepenger = _right(example_family("infant-heart-defect-hospital"), AFTER_G_ADJUSTMENT, "pleiepenger", "mor")
    assert pleiepenger.amount.value == 44_000
    assert not pleiepenger.amount_is_lower_bound and pleiepenger.amount_note is None and pleiepenger.unverified_rate == []


def test_pleiepenger_above_6g_is_at_least_the_capped_amount():
    # 1 000 000 > 819 294: the cap sets it, 819 294 / 260 = 3 151.13 → 3 151 kr a day × 22 = 69 322, at least.
    family = _with_person(example_family("infant-heart-defect-hospital"), "caregivers", yearly_income=1_000_000)
    pleiepenger = _right(family, AFTER_G_ADJUSTMENT, "pleiepenger", "mor")
    assert pleiepenger.amount.value == 69_322
    assert pleiepenger.amount_is_lower_bound and pleiepenger.amount_note is not None


# Barnetilsyn (ftrl § 15-10, NAV's BeregningBarnetilsynUtil.kt): min(64 % × costs, maximum), rounded up. The 2026
# maximum for one child, 4 895 kr, is set for the calendar year and known to hold until 31 December 2026
# (maximum_per_month_by_children.yaml, review s24 law M4): the 2027 maximum was not found.
AFTER_MAXIMUM_VERIFIED = date(2027, 1, 4)
IN_THE_MAXIMUMS_YEAR = date(2026, 11, 30)


def test_barnetilsyn_under_the_maximum_is_exact():
    # The toddler's mother: 64 % × 3 000 = 1 920 < 4 895.
    barnetilsyn = _right(example_family("toddler-cerebral-palsy-barnehage"), AFTER_MAXIMUM_VERIFIED, "barnetilsyn", "mor")
    assert barnetilsyn.amount.value == 1_920 and not barnetilsyn.amount_is_lower_bound and barnetilsyn.amount_note is None


def test_barnetilsyn_above_the_maximum_is_at_least_the_maximum():
    # 64 % × 10 000 = 6 400 > 4 895: the maximum sets it, at least 4 895; the note names the rate's year, not the day
    # NAV's code was read (review s24 law M4).
    family = _with_person(example_family("toddler-cerebral-palsy-barnehage"), "children", monthly_childcare_cost=10_000)
    barnetilsyn = _right(family, AFTER_MAXIMUM_VERIFIED, "barnetilsyn", "mor")
    assert barnetilsyn.amount.value == 4_895 and barnetilsyn.amount_is_lower_bound
    assert barnetilsyn.amount_note.text == (
        "Minst 4 895 kr i måneden: satsen fra 1. januar 2026, som gjaldt før 1. januar 2027; satsen fra 1. januar 2027 "
        "er ikke bekreftet.")


def test_barnetilsyn_at_the_maximum_in_its_own_year_is_exact():
    # 30 November 2026: the 2026 maximum, 4 895 kr for one child, is the rate in force (set for the calendar year):
    # 64 % × 10 000 = 6 400 > 4 895, so exactly 4 895, with no note.
    family = _with_person(example_family("toddler-cerebral-palsy-barnehage"), "children", monthly_childcare_cost=10_000)
    barnetilsyn = _right(family, IN_THE_MAXIMUMS_YEAR, "barnetilsyn", "mor")
    assert barnetilsyn.amount.value == 4_895 and not barnetilsyn.amount_is_lower_bound and barnetilsyn.amount_note is None


# A second child, 12, whom NAV may accept for needing substantially more supervision than peers (§ 15-10 first ledd):
# while the mother is entitled through the toddler, the amount shown counts the toddler alone (review s16c API #1, #2).
def _with_older_child(toddler_costs: int, older_costs: int) -> Family:
    data = example_family("toddler-cerebral-palsy-barnehage").model_dump(mode="json", exclude_none=True)
    data["children"][0]["monthly_childcare_cost"] = toddler_costs
    data["children"].append({"id": "per", "birth_date": "2014-06-01", "has_illness_or_extra_needs": "yes", "sole_caregiver": "mor",
                             "school_grade": 7, "monthly_childcare_cost": older_costs,
                             "needs_substantially_more_supervision_than_peers": "yes"})
    return Family.model_validate(data)


def test_barnetilsyn_capped_by_the_child_counted_is_at_least_the_maximum():
    # 64 % × 8 000 = 5 120 > 4 895 for the toddler alone: at least 4 895, whatever the older child adds.
    barnetilsyn = _right(_with_older_child(8_000, 1_000), AFTER_MAXIMUM_VERIFIED, "barnetilsyn", "mor")
    assert barnetilsyn.amount.value == 4_895 and barnetilsyn.amount_is_lower_bound


def test_barnetilsyn_under_the_maximum_is_exact_though_another_child_would_reach_it():
    # 64 % × 1 000 = 640 for the toddler: exact; the older child's 12 000 is not in the amount shown.
    barnetilsyn = _right(_with_older_child(1_000, 12_000), AFTER_MAXIMUM_VERIFIED, "barnetilsyn", "mor")
    assert barnetilsyn.amount.value == 640 and not barnetilsyn.amount_is_lower_bound
