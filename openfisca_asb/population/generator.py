"""Synthetic families with children, seeded and reproducible, calibrated to published figures.

Families are made in blocks of BLOCK families, each from its own random stream
(seed, block number): the same seed and size give the same file, and a block
can be made without the others (bounded memory). Figures and their
sources are in targets.yaml; the rules of thumb below are the assumptions it
lists, named after their ids there.
"""

from dataclasses import dataclass
from datetime import date

import numpy
import pyarrow as pa
import pyarrow.parquet as pq

from openfisca_asb.population.calibration import load_targets
from openfisca_asb.population.defaults import DEFAULT_REFERENCE_DATE
from openfisca_asb.facts.kommuner import kommune_table
from openfisca_asb.population.schema import FAMILY, ROLE, SOLE_CAREGIVER, fact_columns
from openfisca_asb.population.source import population_metadata

BLOCK = 50_000

# children_per_family: families with 1…6 children (SSB 2023, two-parent families by siblings at home).
CHILDREN_PER_FAMILY = numpy.array([130_251, 428_256 / 2, 221_561 / 3, 48_817 / 4, 12_305 / 5, 7_119 / 6])
SINGLE_CAREGIVER_SHARE = 107_184 / 595_253  # single_caregiver
YOUNG_CHILD_SHARE = 334_299 / 1_096_857  # children_0_5_share; age_within_group
CAREGIVER_AGE_GAP = (22, 38)  # caregiver_age
EMPLOYMENT = {"employee": 0.78, "self_employed": 0.05, "frilanser": 0.02, "not_working": 0.15}  # employment
INCOME_MEDIAN = {"employee": 600_000, "self_employed": 450_000, "frilanser": 350_000}
INCOME_SIGMA = {"employee": 0.35, "self_employed": 0.6, "frilanser": 0.5}
HJELPESTONAD_OLDER_WEIGHT = 2.46  # hjelpestonad_by_age, ages 10–17 against 0–9
# pleiepenger_by_age: share of children with pleiepenger per year of age (NAV 2024 split / ages in band).
PLEIEPENGER_AGE_WEIGHT = numpy.array([14.6] + [30 / 5] * 5 + [26 / 6] * 6 + [29 / 6] * 6)
BOTH_CLAIM = 0.40


@dataclass
class Block:
    """One block's families as per-family, per-caregiver and per-child arrays."""

    rng: numpy.random.Generator
    first_family: int
    children: numpy.ndarray  # per family
    caregivers: numpy.ndarray  # per family
    kommune: numpy.ndarray  # per family


def generate(families: int, seed: int, reference_date: date = DEFAULT_REFERENCE_DATE) -> pa.Table:
    """The whole population in memory (for small populations and the API)."""
    _check_size(families)
    blocks = [_block_table(seed, number, min(BLOCK, families - start), start, reference_date)
              for number, start in enumerate(range(0, families, BLOCK))]
    return pa.concat_tables(blocks).replace_schema_metadata(population_metadata(families, seed, reference_date))


def write(path, families: int, seed: int, reference_date: date = DEFAULT_REFERENCE_DATE, progress=None) -> None:
    """Write the population to Parquet, one row group per block, never holding more than a block."""
    _check_size(families)
    writer = None
    try:
        for number, start in enumerate(range(0, families, BLOCK)):
            size = min(BLOCK, families - start)
            table = _block_table(seed, number, size, start, reference_date)
            if writer is None:
                schema = table.schema.with_metadata(population_metadata(families, seed, reference_date))
                writer = pq.ParquetWriter(str(path), schema, compression="zstd")
            writer.write_table(table.replace_schema_metadata(schema.metadata), row_group_size=size * 8)
            if progress:
                progress(size)
    finally:
        if writer is not None:
            writer.close()


def _check_size(families: int) -> None:
    if families < 1:
        raise ValueError(f"families must be at least 1 (got {families})")


def kommuner(reference_date: date = DEFAULT_REFERENCE_DATE) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Kommunenummer and each kommune's share of Norway's children 0–17 on 1 January of the
    reference date's year, or the newest year before it (assumption kommune_weights)."""
    table = kommune_table()
    return table.shares(table.year_for(reference_date))


def _block_table(seed, number, size, first_family, reference_date) -> pa.Table:
    rng = numpy.random.default_rng([seed, number])
    shares = CHILDREN_PER_FAMILY / CHILDREN_PER_FAMILY.sum()
    numbers, weights = kommuner(reference_date)
    block = Block(
        rng=rng,
        first_family=first_family,
        children=rng.choice(numpy.arange(1, len(shares) + 1), size=size, p=shares),
        caregivers=numpy.where(rng.random(size) < SINGLE_CAREGIVER_SHARE, 1, 2),
        kommune=rng.choice(numbers, size=size, p=weights),
    )
    return _PersonsBuilder(block, reference_date).table()


class _PersonsBuilder:
    """Lays out persons (caregivers first in each family) and fills every fact column."""

    def __init__(self, block: Block, reference_date: date):
        self.block, self.rng, self.reference = block, block.rng, numpy.datetime64(reference_date, "D")
        sizes = block.caregivers + block.children
        self.persons = int(sizes.sum())
        starts = numpy.concatenate([[0], numpy.cumsum(sizes)[:-1]])
        self.caregiver_family = numpy.repeat(numpy.arange(len(sizes)), block.caregivers)
        self.child_family = numpy.repeat(numpy.arange(len(sizes)), block.children)
        self.caregiver_rows = starts[self.caregiver_family] + _rank_within(self.caregiver_family)
        self.child_rows = starts[self.child_family] + block.caregivers[self.child_family] + _rank_within(self.child_family)
        self.columns: dict[str, pa.Array] = {}

    # --- column helpers -------------------------------------------------------------
    def _choice(self, name, child=None, caregiver=None, family=None):
        """Choice indices (-1 = not given) per child, caregiver or family → a dictionary column."""
        choices = fact_columns()[name].choices
        indices = numpy.full(self.persons, -1, dtype=numpy.int8)
        if child is not None:
            indices[self.child_rows] = [choices.index(c) for c in child] if child.dtype == object else child
        if caregiver is not None:
            indices[self.caregiver_rows] = [choices.index(c) for c in caregiver] if caregiver.dtype == object else caregiver
        if family is not None:
            indices[self.child_rows] = family[self.child_family]
            indices[self.caregiver_rows] = family[self.caregiver_family]
        self.columns[name] = pa.DictionaryArray.from_arrays(pa.array(indices, mask=indices < 0), pa.array(choices))

    def _yes_no(self, name, child=None, caregiver=None, family=None):
        choices = fact_columns()[name].choices
        yes, no = choices.index("yes"), choices.index("no")
        convert = lambda mask: None if mask is None else numpy.where(mask, yes, no).astype(numpy.int8)  # noqa: E731
        self._choice(name, convert(child), convert(caregiver), convert(family))

    def _number(self, name, child=None, caregiver=None, integer=False):
        values = numpy.zeros(self.persons)
        given = numpy.zeros(self.persons, dtype=bool)
        for rows, data in ((self.child_rows, child), (self.caregiver_rows, caregiver)):
            if data is not None:
                data = numpy.asarray(data, dtype=float)
                values[rows] = numpy.nan_to_num(data)
                given[rows] = ~numpy.isnan(data)
        kind = pa.int16() if integer else pa.float32()
        self.columns[name] = pa.array(values.astype(numpy.int16 if integer else numpy.float32), type=kind, mask=~given)

    # --- the population ---------------------------------------------------------------
    def table(self) -> pa.Table:
        child_age = self._ages()
        care = self._care_needs(child_age)
        working = self._work()
        self._health(child_age, care)
        self._pleiepenger(care, working)
        self._kommune_and_school(child_age, care, working)
        self._barnehage_aids_and_childcare(child_age, care)
        family_ids = numpy.empty(self.persons, dtype=numpy.int64)
        family_ids[self.child_rows] = self.block.first_family + self.child_family
        family_ids[self.caregiver_rows] = self.block.first_family + self.caregiver_family
        roles = numpy.zeros(self.persons, dtype=numpy.int8)
        roles[self.child_rows] = 1
        sole = numpy.full(self.persons, -1, dtype=numpy.int8)
        sole[self.child_rows] = numpy.where(self.block.caregivers[self.child_family] == 1, 0, -1)
        structure = {
            FAMILY: pa.array(family_ids),
            ROLE: pa.DictionaryArray.from_arrays(pa.array(roles), pa.array(["caregiver", "child"])),
            SOLE_CAREGIVER: pa.array(sole, mask=sole < 0),
        }
        names = sorted(self.columns)
        return pa.Table.from_arrays([*structure.values(), *(self.columns[n] for n in names)], names=[*structure, *names])

    def _ages(self) -> numpy.ndarray:
        rng, children = self.rng, len(self.child_rows)
        young = rng.random(children) < YOUNG_CHILD_SHARE
        age = numpy.where(young, rng.integers(0, 6, children), rng.integers(6, 18, children))
        oldest = numpy.zeros(len(self.block.children), dtype=int)
        numpy.maximum.at(oldest, self.child_family, age)
        caregiver_age = oldest[self.caregiver_family] + rng.integers(*CAREGIVER_AGE_GAP, len(self.caregiver_rows), endpoint=True)
        births = numpy.zeros(self.persons, dtype="datetime64[D]")
        births[self.child_rows] = self._born(age)
        births[self.caregiver_rows] = self._born(caregiver_age)
        self.columns["birth_date"] = pa.array(births, type=pa.date32())
        return age

    def _born(self, age) -> numpy.ndarray:
        """A birth date giving exactly `age` whole years on the reference date: a day drawn after the birthday `age + 1`
        years back, up to the birthday `age` years back (the reference day itself: the birthday is that day)."""
        ages = numpy.asarray(age, dtype=int)
        latest = numpy.array([_years_before(self.reference, years) for years in ages], dtype="datetime64[D]")
        earliest = numpy.array([_years_before(self.reference, years + 1) for years in ages], dtype="datetime64[D]") + 1
        days = self.rng.integers(0, (latest - earliest).astype(int) + 1)
        return earliest + days.astype("timedelta64[D]")

    def _care_needs(self, age) -> dict:
        """Which children receive hjelpestønad (and at which sats) and which need pleiepenger this month."""
        rng = self.rng
        targets = {t.id: t for t in load_targets().targets}
        weight = numpy.where(age >= 10, HJELPESTONAD_OLDER_WEIGHT, 1.0)
        rate = targets["hjelpestonad_children"].value / _children_scale() / _mean_over_ages(numpy.where(numpy.arange(18) >= 10, HJELPESTONAD_OLDER_WEIGHT, 1.0))
        recipient = rng.random(len(age)) < rate * weight
        sats_counts = numpy.array([targets[f"hjelpestonad_sats_{k}_children"].value for k in range(1, 5)], dtype=float)
        sats = numpy.where(recipient, rng.choice(numpy.arange(1, 5), size=len(age), p=sats_counts / sats_counts.sum()), 0)
        pp_rate = targets["pleiepenger_caregivers_month"].value / _claimers_per_child() / _children_scale()
        pp_weight = PLEIEPENGER_AGE_WEIGHT[numpy.clip(age, 0, 17)] / _mean_over_ages(PLEIEPENGER_AGE_WEIGHT)
        pleiepenger = rng.random(len(age)) < pp_rate * pp_weight
        chronic_other = ~recipient & (rng.random(len(age)) < 0.03)
        return {"sats": sats, "recipient": recipient, "pleiepenger": pleiepenger, "chronic": recipient | chronic_other}

    def _work(self) -> numpy.ndarray:
        rng, n = self.rng, len(self.caregiver_rows)
        kinds = numpy.array(list(EMPLOYMENT))
        employment = rng.choice(kinds, size=n, p=list(EMPLOYMENT.values()))
        income = numpy.zeros(n)
        for kind, median in INCOME_MEDIAN.items():
            chosen = employment == kind
            income[chosen] = numpy.round(median * numpy.exp(INCOME_SIGMA[kind] * rng.standard_normal(chosen.sum())), -3)
        working = employment != "not_working"
        self._choice("employment", caregiver=employment.astype(object))
        self._yes_no("has_worked_four_weeks", caregiver=working)
        self._number("yearly_income", caregiver=numpy.minimum(income, 100_000_000))
        return working

    def _health(self, age, care) -> None:
        rng, n, sats = self.rng, len(age), care["sats"]
        recipient, chronic = care["recipient"], care["chronic"]
        self._yes_no("has_lasting_illness", child=chronic)
        self._yes_no("has_private_care_arrangement", child=numpy.ones(n, bool))
        self._yes_no("needs_extra_supervision_and_care", child=recipient)
        self._yes_no("has_substantially_greater_care_need", child=sats >= 2)
        self._yes_no("stay_at_home_helped_by_allowance", child=sats >= 2)
        sats_names = numpy.array(["not_decided", "sats_1", "sats_2", "sats_3", "sats_4"], dtype=object)
        self._choice("hjelpestonad_decided_sats", child=sats_names[sats])
        has_costs = chronic & (rng.random(n) < numpy.where(recipient, 0.45, 0.5))
        self._number("grunnstonad_yearly_extra_costs", child=numpy.where(has_costs, numpy.round(rng.uniform(6_000, 40_000, n), -2), 0))
        self._number("grunnstonad_yearly_transport_costs", child=numpy.zeros(n))
        self._yes_no("omsorgspenger_chronic_illness_accepted", child=chronic)
        self._yes_no("has_long_term_illness_or_disability", child=chronic)
        families_with_recipient = numpy.zeros(len(self.block.children), bool)
        families_with_recipient[self.child_family[recipient]] = True
        self._yes_no("hjelpestonad_applied_for", family=families_with_recipient)

    def _pleiepenger(self, care, working) -> None:
        rng, n = self.rng, len(self.child_rows)
        needs = care["pleiepenger"]
        supervision = numpy.where(rng.random(n) < 0.6, 0.0, numpy.round(rng.uniform(5, 20, n)))
        two_needed = needs & (rng.random(n) < 0.25)
        self._yes_no("needs_continuous_care_and_supervision", child=needs)
        self._yes_no("has_specialist_medical_certificate", child=needs)
        self._number("established_supervision_hours_per_week", child=numpy.where(needs, supervision, numpy.nan))
        self._yes_no("care_need_requires_two_caregivers", child=two_needed)
        self._yes_no("needs_night_watch_or_standby", child=numpy.zeros(n, bool))
        self._yes_no("has_intellectual_disability_with_serious_illness", child=numpy.zeros(n, bool))
        families = len(self.block.children)
        family_needs = numpy.bincount(self.child_family, weights=needs, minlength=families) > 0
        family_two = numpy.bincount(self.child_family, weights=two_needed, minlength=families) > 0
        working_rank = _rank_within(self.caregiver_family, working)
        second_claims = rng.random(families) < BOTH_CLAIM
        claims = family_needs[self.caregiver_family] & working & (
            (working_rank == 0) | ((working_rank == 1) & second_claims[self.caregiver_family])
        )
        claimers = numpy.bincount(self.caregiver_family, weights=claims, minlength=families)[self.caregiver_family]
        share = numpy.where(claims, numpy.where((claimers > 1) & ~family_two[self.caregiver_family], 50.0, 100.0), 0.0)
        in_family = family_needs[self.caregiver_family]
        self._number("pleiepenger_lost_working_time_percent", caregiver=numpy.where(in_family, share, numpy.nan))
        self._number("pleiepenger_claimed_percent", caregiver=numpy.where(in_family, share, numpy.nan))

    def _kommune_and_school(self, age, care, working) -> None:
        rng, n, sats = self.rng, len(age), care["sats"]
        families = len(self.block.children)
        self.columns["kommunenummer"] = self._family_text(self.block.kommune)
        heaviest = numpy.zeros(families, dtype=int)
        numpy.maximum.at(heaviest, self.child_family, sats)
        heavy = (heaviest >= 3) | ((heaviest == 2) & (rng.random(families) < 0.3))
        caregiver_heavy = heavy[self.caregiver_family]
        self._yes_no("has_particularly_heavy_care_work", caregiver=caregiver_heavy)
        self._yes_no("care_is_necessary_and_wanted", caregiver=caregiver_heavy)
        self._number("care_hours_per_week", caregiver=numpy.where(caregiver_heavy, numpy.round(rng.uniform(10, 40, len(caregiver_heavy))), numpy.nan))
        self._yes_no("omsorgspenger_temporarily_alone", caregiver=numpy.zeros(len(caregiver_heavy), bool))
        bpa = (sats == 4) | ((sats == 3) & (rng.random(n) < 0.2))
        self._number("bpa_assistance_hours_per_week", child=numpy.where(bpa, numpy.round(rng.uniform(25, 45, n)), 0))
        self._number("bpa_need_expected_years", child=numpy.where(bpa, 10.0, numpy.nan))
        self._yes_no("bpa_kommune_documents_higher_cost", child=numpy.zeros(n, bool))
        serious = (sats >= 3) | care["pleiepenger"]
        coordinated = (sats >= 2) | care["pleiepenger"] | ((sats == 1) & (rng.random(n) < 0.5))
        self._yes_no("needs_long_term_coordinated_health_services", child=coordinated)
        self._yes_no("wants_individual_plan", child=coordinated & (rng.random(n) < 0.6))
        self._yes_no("has_serious_illness_injury_or_disability", child=serious)
        self._yes_no("needs_long_term_complex_health_services", child=serious)
        self._yes_no("needs_other_welfare_services", child=serious)
        self._yes_no("expects_child_with_serious_condition", family=numpy.zeros(families, bool))
        grade = numpy.clip(age - 5, 0, 13)
        adapted = (sats >= 2) | (rng.random(n) < 0.08)
        self._number("school_grade", child=grade, integer=True)
        self._yes_no("benefits_satisfactorily_from_ordinary_teaching", child=~adapted)
        self._yes_no("has_sakkyndig_vurdering", child=adapted)
        self._yes_no("needs_personal_assistance_at_school", child=sats >= 3)
        self._yes_no("needs_physical_adaptation_at_school", child=sats == 4)
        self._yes_no("needs_transport_due_to_illness", child=sats >= 3)
        self._yes_no("has_special_needs_for_sfo", child=sats >= 1)
        services = (sats == 4) | ((sats == 3) & (rng.random(n) < 0.1))
        wages = numpy.round(numpy.where(sats == 4, 2_000_000, 1_500_000) * numpy.exp(0.5 * rng.standard_normal(n)), -3)
        self._number("toppfinansiering_direct_wage_costs", child=numpy.where(services, numpy.minimum(wages, 100_000_000), 0))
        self._number("toppfinansiering_earmarked_grants", child=numpy.zeros(n))
        self._number("toppfinansiering_user_payments", child=numpy.zeros(n))
        self._yes_no("has_intellectual_disability", child=services & (rng.random(n) < 0.5))
        self._opplaeringspenger(heaviest, working)

    def _barnehage_aids_and_childcare(self, age, care) -> None:
        """Barnehage, NAV aids and car, and barnetilsyn facts (targets.yaml assumption new_rights).

        Drawn after every older column, so the random streams of those stay as they were.
        """
        rng, n, sats = self.rng, len(age), care["sats"]
        preschool = age <= 5
        choices = fact_columns()["barnehage_place"].choices
        place = numpy.where(age >= 1, choices.index("has_place"), choices.index("neither"))
        self._choice("barnehage_place", child=numpy.where(preschool, place, -1).astype(numpy.int8))  # -1: not asked
        self._yes_no("has_documented_disability", child=care["chronic"])
        self._yes_no("has_special_needs_preschool", child=sats >= 1)
        self._yes_no("needs_adaptation_in_barnehage", child=sats >= 2)
        self._yes_no("function_reduced_over_two_years", child=sats >= 2)
        self._yes_no("needs_assistive_devices", child=sats >= 3)
        self._yes_no("cannot_use_ordinary_activity_equipment", child=sats >= 3)
        self._yes_no("needs_car_with_lift_or_ramp", child=sats == 4)
        self._yes_no("has_severely_limited_walking", child=(sats >= 3) & (rng.random(n) < 0.5))
        self._yes_no("cannot_use_public_transport", child=sats >= 3)
        self._yes_no("needs_substantially_more_supervision_than_peers", child=care["recipient"])
        in_barnehage = (age >= 1) & preschool
        in_sfo = (age >= 6) & (age <= 9)
        cost = numpy.select([in_barnehage, in_sfo],
                            [numpy.round(rng.uniform(2_000, 4_000, n), -1), numpy.round(rng.uniform(1_500, 3_000, n), -1)], 0.0)
        self._number("monthly_childcare_cost", child=cost)
        self._yes_no("is_single", caregiver=self.block.caregivers[self.caregiver_family] == 1)

    def _opplaeringspenger(self, heaviest, working) -> None:
        families = len(heaviest)
        course = (heaviest >= 2) & (self.rng.random(families) < 0.03)
        first_working = working & (_rank_within(self.caregiver_family, working) == 0)
        attends = course[self.caregiver_family] & first_working
        self._yes_no("opplaeringspenger_training_at_approved_institution", caregiver=attends)
        self._yes_no("opplaeringspenger_medical_certificate", caregiver=attends)
        days = self.rng.integers(1, 6, len(attends))
        self._number("opplaeringspenger_training_days_in_month", caregiver=numpy.where(attends, days, numpy.nan))
        self._number("opplaeringspenger_training_share_percent", caregiver=numpy.where(attends, 100.0, numpy.nan))

    def _family_text(self, values) -> pa.Array:
        column = numpy.empty(self.persons, dtype=object)
        column[self.child_rows] = values[self.child_family]
        column[self.caregiver_rows] = values[self.caregiver_family]
        return pa.array(column, type=pa.string())


def _rank_within(group: numpy.ndarray, selected: numpy.ndarray | None = None) -> numpy.ndarray:
    """0, 1, 2… within each run of equal `group` values (counting only `selected` rows when given)."""
    selected = numpy.ones(len(group), bool) if selected is None else selected
    counts = numpy.cumsum(selected) - selected
    starts = numpy.concatenate([[True], group[1:] != group[:-1]]) if len(group) else numpy.array([], bool)
    first_of_group = numpy.maximum.accumulate(numpy.where(starts, numpy.arange(len(group)), 0)) if len(group) else numpy.array([], int)
    return counts - counts[first_of_group]


def _mean_over_ages(weight_by_age: numpy.ndarray) -> float:
    """The mean of an age weight over the generated age distribution (0–5 and 6–17 uniform within)."""
    share = numpy.where(numpy.arange(18) < 6, YOUNG_CHILD_SHARE / 6, (1 - YOUNG_CHILD_SHARE) / 12)
    return float((share * weight_by_age).sum())


def _children_scale() -> float:
    """Children in a national population generated by these rules: targets are per family, so a
    child's chance is set against the children this generator puts in each family."""
    shares = CHILDREN_PER_FAMILY / CHILDREN_PER_FAMILY.sum()
    mean_children = float((shares * numpy.arange(1, len(shares) + 1)).sum())
    return load_targets().scale.families_with_children * mean_children


def _claimers_per_child() -> float:
    """Expected pleiepenger caregivers per child who needs care, from the work and claiming rules above."""
    working = 1 - EMPLOYMENT["not_working"]
    single = SINGLE_CAREGIVER_SHARE
    one_claims = single * working + (1 - single) * (1 - (1 - working) ** 2)
    two_claim = (1 - single) * working**2 * BOTH_CLAIM
    return one_claims + two_claim


def _years_before(day: numpy.datetime64, years: int) -> numpy.datetime64:
    """The same day and month `years` years before `day`; 28 February where 29 February does not exist."""
    on = day.astype(date)
    try:
        return numpy.datetime64(on.replace(year=on.year - years), "D")
    except ValueError:
        return numpy.datetime64(on.replace(year=on.year - years, day=28), "D")
