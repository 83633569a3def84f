"""A run's sums as tables: rows of plain values, for Parquet/CSV files, the report and the API.

Money is in kroner. `per_month` is the month asked (a yearly benefit counts a
twelfth of its year); `per_year` is the year's amount for a yearly benefit and
twelve times the month for a monthly one — what the month would cost if it
lasted a year, not a forecast.
"""

from functools import lru_cache

import numpy

from openfisca_asb.answer.amount_notes import combined_bound, difference_bound, stale_rates
from openfisca_asb.catalogue import catalogue
from openfisca_asb.parameter_tree import find, leaves
from openfisca_asb.population import change_bounds, rate_caveats, unit_changes
from openfisca_asb.population.calibration import check, load_targets
from openfisca_asb.population.results.budget_years import budget_years
from openfisca_asb.population.chunk import KOMMUNE_SERVICE_COST, PAYERS
from openfisca_asb.population.outputs import ENTITLED, TO_BE_ASSESSED, benefit_outputs
from openfisca_asb.rules.status import STATUS_NAMES
from openfisca_asb.rules.texts import number_in_text
from openfisca_asb.population.summary import CHANGE_EDGES, CHANGE_LABELS
from openfisca_asb.system import baseline_system

PAYER_TEXT = {
    "nav": {"nb": "NAV (folketrygden)", "en": "NAV (national insurance)"},
    "kommune": {"nb": "Kommunen, brutto", "en": "Kommune, gross"},
    "state_to_kommune": {"nb": "Staten til kommunene (toppfinansiering)", "en": "State to kommuner (toppfinansiering)"},
    "kommune_net": {"nb": "Kommunen, netto etter toppfinansiering", "en": "Kommune, net of toppfinansiering"},
    "other": {"nb": "Andre", "en": "Others"},
}
# The wages the kommune reports for toppfinansiering, net of grants and user payments: part of its gross cost.
RESOURCE_INTENSIVE_TEXT = {
    "nb": "Ressurskrevende tjenester, kommunens egen kostnad før toppfinansiering",
    "en": "Resource-intensive services, the kommune's own cost before toppfinansiering",
}


def sides(result) -> tuple[str, ...]:
    return ("base", "reform") if result.reform is not None else ("base",)


def _outputs(result):
    on = result.on
    return benefit_outputs(f"{on.year:04d}-{on.month:02d}", f"{on.year:04d}")


def side_caveat(result, side: str, benefit_id: str) -> str | None:
    """The caveat on a side's amounts of a benefit: its holders' caveats combined, each by the rates behind its
    amount as an answer finds them (a limit that does not set the amount is not behind it: `rate_binds`,
    ADR 0009), so the report marks a sum as `reform compare` marks each family in it (review s21 M2)."""
    return rate_caveats.sum_caveat(result.sums.total(f"{side}.{benefit_id}.caveats", [0] * len(rate_caveats.CAVEATS)))


@lru_cache(maxsize=64)
def rates_not_found_since(benefit_id: str, on) -> str | None:
    """The date from which every rate the benefit lists is older than a known adjustment (the latest of their
    adjustments), or None when a rate is current on `on`; ISO."""
    paths = catalogue()[benefit_id].rate_parameters
    stale = stale_rates(baseline_system(), paths, on)
    every_rate = {leaf.name for path in paths for leaf in leaves(find(baseline_system().parameters, path))}
    if not stale or every_rate - {rate.parameter for rate in stale}:
        return None
    return max(rate.adjusted_on for rate in stale)


def _caveat_flags(caveat: str | None, side: str = "") -> dict:
    prefix = "" if side in ("", "base") else f"{side}_"
    return {f"{prefix}amount_is_lower_bound": caveat == "lower_bound", f"{prefix}amount_not_verified": caveat == "not_verified"}


def _caveat(row: dict, side: str = "") -> str | None:
    prefix = "" if side in ("", "base") else f"{side}_"
    return "not_verified" if row[f"{prefix}amount_not_verified"] else "lower_bound" if row[f"{prefix}amount_is_lower_bound"] else None


def _change_flags(row: dict, change: float | None, from_status: str) -> dict:
    """What `change_per_year` is of the true change: exact, at_most, at_least or uncertain (ADR 0009): from the
    rates on each side, and from holders whose right has no amount on one side (`change_bound_from_status`)."""
    if change is None:
        return {"change_per_year": None, "change_bound": None, "change_bound_from_status": None}
    from_rates = difference_bound(_caveat(row), _caveat(row, "reform"), change)
    return {"change_per_year": change, "change_bound": combined_bound([from_rates, from_status]),
            "change_bound_from_status": from_status}


def _status_change_bound(result, benefit_id: str) -> str:
    """The bound of a benefit's change from its holders moving to or from a status with no amount."""
    counts = result.sums.total(f"changes.{benefit_id}.bounds", [0] * len(change_bounds.BOUNDS))
    return change_bounds.name_of(change_bounds.present(counts))


def _combined(caveats) -> str | None:
    """A sum is a lower bound when every qualified part is; any part not verified makes it not verified."""
    caveats = {caveat for caveat in caveats if caveat}
    if "not_verified" in caveats:
        return "not_verified"
    return "lower_bound" if caveats else None


def cost_table(result, language: str = "nb") -> list[dict]:
    """Per benefit: who pays, how many are entitled, the amount per month and per year, and
    whether the amounts are lower bounds or not verified (rates older than a known adjustment)."""
    sums, rows = result.sums, []
    for o in _outputs(result):
        b = o.benefit
        payer = _payer_of(b)
        row = {"benefit": b.id, "name": b.name.in_language(language), "sector": b.sector,
               "payer": payer, "payer_name": PAYER_TEXT[payer][language], "period": b.period, "unit": o.unit or "",
               **_caveat_flags(side_caveat(result, "base", b.id))}
        for side in sides(result):
            holders = sums.total(f"{side}.{o.id}.holders", [0] * len(STATUS_NAMES))
            families = sums.total(f"{side}.{o.id}.families", [0] * len(STATUS_NAMES))
            amount = sums.scalar(f"{side}.{o.id}.amount")
            row[f"{side}_entitled_holders"] = int(holders[ENTITLED])
            row[f"{side}_entitled_families"] = int(families[ENTITLED])
            row[f"{side}_to_be_assessed_families"] = int(families[TO_BE_ASSESSED])
            row[f"{side}_to_be_assessed_holders"] = int(holders[TO_BE_ASSESSED])
            row[f"{side}_to_be_assessed_without_range_holders"] = int(sums.scalar(f"{side}.{o.id}.to_be_assessed_without_range"))
            row[f"{side}_amount"] = round(amount, 2)  # in the benefit's unit, for its period
            row[f"{side}_per_month"] = round(_per_month(o, amount), 2) if o.is_money else None
            row[f"{side}_per_year"] = round(_per_month(o, amount) * 12, 2) if o.is_money else None
            row[f"{side}_assessed_up_to_per_month"] = _assessed_up_to(o, sums, side, row) if o.is_money else None
        if result.reform is not None:
            row.update(_caveat_flags(side_caveat(result, "reform", b.id), "reform"))
            row.update(_change_flags(row, round(row["reform_per_year"] - row["base_per_year"], 2) if o.is_money else None,
                                     _status_change_bound(result, b.id)))
        rows.append(row)
    return rows


def _assessed_up_to(o, sums, side: str, row: dict) -> float | None:
    """The to-be-assessed holders' upper estimates per month; None (unknown) when none of them has one, so that
    0 means a known 0 (a right with no rate found has no range: ADR 0009 addendum, grunnstønad from 2025)."""
    if row[f"{side}_to_be_assessed_holders"] and row[f"{side}_to_be_assessed_without_range_holders"] == row[f"{side}_to_be_assessed_holders"]:
        return None
    return round(_per_month(o, sums.scalar(f"{side}.{o.id}.range_high")), 2)


def _per_month(outputs, amount: float) -> float:
    return amount / 12 if outputs.yearly else amount


def _payer_of(benefit) -> str:
    if benefit.payer_view:
        return "state_to_kommune"
    return benefit.sector if benefit.sector in PAYERS else "other"


def _payer_change_bounds(result, language) -> dict[str, str]:
    """Per payer, what its change is of the true one: its benefits' change bounds combined."""
    by_payer: dict[str, list] = {}
    for row in cost_table(result, language):
        moved = row.get("change_bound_from_status") not in (None, "exact")
        by_payer.setdefault(row["payer"], []).append(row["change_bound"] if row.get("change_per_year") or moved else "exact")
    bounds = {payer: combined_bound(found) for payer, found in by_payer.items()}
    refund = bounds.get("state_to_kommune", "exact")  # gross less a refund: a bound on the refund bounds nothing
    bounds["kommune_net"] = bounds.get("kommune", "exact") if refund == "exact" else "uncertain"
    return bounds


def _payer_caveats(result, language, side: str = "") -> dict[str, str | None]:
    by_payer: dict[str, list] = {}
    for row in cost_table(result, language):
        by_payer.setdefault(row["payer"], []).append(_caveat(row, side))
    caveats = {payer: _combined(found) for payer, found in by_payer.items()}
    # gross less a refund: a bound on either side bounds nothing
    net = {caveats.get("kommune"), caveats.get("state_to_kommune")} - {None}
    caveats["kommune_net"] = "not_verified" if net else None
    return caveats


def payer_table(result, language: str = "nb") -> list[dict]:
    """Per payer, per month and per year; the kommune's net cost is its gross cost less toppfinansiering.
    A payer's total is a lower bound where every qualified benefit in it is (ADR 0009)."""
    sums, rows = result.sums, []
    caveats = {side: _payer_caveats(result, language, side) for side in sides(result)}
    change_bounds = _payer_change_bounds(result, language) if result.reform is not None else {}
    for payer in ("nav", "kommune", "state_to_kommune", "kommune_net"):
        row = {"payer": payer, "name": PAYER_TEXT[payer][language],
               **{key: value for side in sides(result) for key, value in _caveat_flags(caveats[side].get(payer), side).items()}}
        for side in sides(result):
            monthly = _payer_month(sums, side, payer)
            row[f"{side}_per_month"] = round(monthly, 2)
            row[f"{side}_per_year"] = round(monthly * 12, 2)
        if result.reform is not None:
            row["change_per_year"] = round(row["reform_per_year"] - row["base_per_year"], 2)
            row["change_bound"] = change_bounds.get(payer, "exact")
        rows.append(row)
    return rows


def _payer_month(sums, side, payer) -> float:
    if payer == "kommune_net":
        return sums.scalar(f"{side}.payer.kommune") - sums.scalar(f"{side}.payer.state_to_kommune")
    return sums.scalar(f"{side}.payer.{payer}")


def status_table(result, language: str = "nb") -> list[dict]:
    """Families by the best status any of their members has, per benefit."""
    rows = []
    for o in _outputs(result):
        for side in sides(result):
            counts = result.sums.total(f"{side}.{o.id}.families", [0] * len(STATUS_NAMES))
            rows.append({"benefit": o.id, "name": o.benefit.name.in_language(language), "run": side,
                         **{status: int(count) for status, count in zip(STATUS_NAMES, counts)}})
    return rows


def uncalibrated_rights(result, language: str = "nb") -> list[dict]:
    """The baseline's status counts of the rights that need a fact the generator leaves unknown
    because no calibration figure exists (targets.yaml unknown_facts), with the facts they need."""
    from openfisca_asb.facts.dependencies import dependency_graph

    unknown = set(load_targets().unknown_facts.facts)
    on = result.on
    graph = dependency_graph(baseline_system(), f"{on.year:04d}-{on.month:02d}", f"{on.year:04d}")
    rows = []
    for row in status_table(result, language):
        needs = sorted(unknown & graph.facts_below(catalogue()[row["benefit"]].variables.status))
        if row["run"] == "base" and needs:
            rows.append({**row, "facts": needs})
    return rows


def change_table(result, language: str = "nb") -> list[dict]:
    """Winners and losers: families by the change in their monthly amounts (kroner), reform − baseline."""
    if result.reform is None:
        return []
    counts, totals = result.sums.total("changes.count"), result.sums.total("changes.sum")
    bounds = change_bounds.bracket_bounds(_bounds_matrix(result))
    return [{"change": label, "families": int(count), "total_change_per_month": round(float(total), 2), "change_bound": bound}
            for label, count, total, bound in zip(CHANGE_LABELS[language], counts, totals, bounds)]


def _bounds_matrix(result) -> numpy.ndarray:
    """Families with a change or a bound, per (change bracket, bound code): each family's bound from rights with
    no amount on one side, combined with the rate bound of the whole run's change to the families (as the kommune
    table marks it; a family whose amounts are all equal is not counted, so it is not marked: ADR 0009 § 5)."""
    n = len(change_bounds.BOUNDS)
    matrix = result.sums.total("changes.bounds", [0] * (len(CHANGE_EDGES) + 1) * n).reshape(-1, n)
    rates = change_bounds.code(families_change_bound(result))
    combined = numpy.zeros_like(matrix)
    for bound in range(n):
        combined[:, bound | rates] += matrix[:, bound]
    return combined


def families_change_bound(result) -> str:
    """The bound of the change in what families get, from NAV's and the kommune's changes (ADR 0009 § 5)."""
    payers = {row["payer"]: row["change_bound"] for row in payer_table(result, "en")}
    return combined_bound(payers[payer] for payer in ("nav", "kommune"))


def change_summary(result) -> dict:
    """Winners, losers and the gains and losses per month; `bounds` says what each figure is of the true one
    (change_bounds.summary_bounds)."""
    if result.reform is None:
        return {}
    sums = result.sums
    bounds = change_bounds.summary_bounds(_bounds_matrix(result), middle=len(CHANGE_EDGES) // 2)
    return {
        "bounds": {"winners": bounds["winners"], "losers": bounds["losers"], "unchanged": bounds["unchanged"],
                   "gain_per_month": bounds["gain"], "loss_per_month": bounds["loss"],
                   "largest_gain_per_month": bounds["largest"], "largest_loss_per_month": bounds["largest"]},
        "winners": int(sums.scalar("changes.winners")),
        "losers": int(sums.scalar("changes.losers")),
        "unchanged": int(sums.scalar("families") - sums.scalar("changes.winners") - sums.scalar("changes.losers")),
        "gain_per_month": round(sums.scalar("changes.gain"), 2),
        "loss_per_month": round(sums.scalar("changes.loss"), 2),
        "largest_gain_per_month": round(sums.largest.get("changes.largest_gain", 0.0), 2),
        "largest_loss_per_month": round(sums.smallest.get("changes.largest_loss", 0.0), 2),
    }


def _unit_outputs(result):
    return [o for o in _outputs(result) if o.counts_units]


def _unit_bounds(result, benefit: str) -> numpy.ndarray:
    n = len(change_bounds.BOUNDS)
    return result.sums.total(f"units.{benefit}.bounds", [0] * unit_changes.BRACKETS * n).reshape(-1, n)


def unit_change_summary(result, language: str = "nb") -> list[dict]:
    """Per right counted in days or hours: the holders who get more and fewer, the days or hours gained and
    lost and the total change, in the right's unit (not kroner); `bounds` says what each is of the true one
    (change_bounds.summary_bounds, as for the families' kroner). Empty without a reform (review s21 M1)."""
    if result.reform is None:
        return []
    rows, middle = [], unit_changes.MIDDLE
    for o in _unit_outputs(result):
        counts = result.sums.total(f"units.{o.id}.count", [0] * unit_changes.BRACKETS)
        totals = result.sums.total(f"units.{o.id}.sum", [0] * unit_changes.BRACKETS)
        matrix = _unit_bounds(result, o.id)
        bounds = change_bounds.summary_bounds(matrix, middle=middle)
        rows.append({"benefit": o.id, "name": o.benefit.name.in_language(language), "unit": o.unit,
                     "per": o.benefit.amount_period or o.benefit.period, "holder": o.benefit.holder,
                     "gaining": int(counts[middle + 1:].sum()), "losing": int(counts[:middle].sum()),
                     "gain": round(float(totals[middle + 1:].sum()), 2), "loss": round(float(totals[:middle].sum()), 2),
                     "change": round(float(totals.sum()), 2),
                     "bounds": {"gaining": bounds["winners"], "losing": bounds["losers"], "gain": bounds["gain"],
                                "loss": bounds["loss"], "change": change_bounds.name_of(change_bounds.present(matrix.sum(axis=0)))}})
    return rows


def unit_change_table(result, language: str = "nb") -> list[dict]:
    """Per right counted in days or hours and per bracket of change: its holders and their total change."""
    if result.reform is None:
        return []
    rows = []
    for o in _unit_outputs(result):
        counts = result.sums.total(f"units.{o.id}.count", [0] * unit_changes.BRACKETS)
        totals = result.sums.total(f"units.{o.id}.sum", [0] * unit_changes.BRACKETS)
        bounds = change_bounds.bracket_bounds(_unit_bounds(result, o.id))
        rows += [{"benefit": o.id, "name": o.benefit.name.in_language(language), "unit": o.unit, "change": label,
                  "holders": int(count), "total_change": round(float(total), 2), "change_bound": bound}
                 for label, count, total, bound in zip(unit_changes.LABELS[language], counts, totals, bounds)]
    return rows


def transition_table(result, language: str = "nb") -> list[dict]:
    """Families whose status for a benefit changes under the reform."""
    if result.reform is None:
        return []
    rows, n = [], len(STATUS_NAMES)
    for o in _outputs(result):
        matrix = result.sums.total(f"transitions.{o.id}", [0] * n * n).reshape(n, n)
        for before, after in zip(*numpy.nonzero(matrix)):
            if before != after:
                rows.append({"benefit": o.id, "name": o.benefit.name.in_language(language), "from": STATUS_NAMES[before],
                             "to": STATUS_NAMES[after], "families": int(matrix[before, after])})
    return rows


KOMMUNE_SORT_KEYS = {
    "families": "change_families",  # the change to the families' amounts (reform − baseline), per month
    "kommune": "change_kommune_net",  # the change to the kommune's net cost, per month
    "state": "change_state",  # the change to the state's cost (NAV and toppfinansiering), per month
}


def kommune_table(result, sort_by: str | None = None) -> list[dict]:
    """One row per kommune: families, children, each payer per month, entitled families per benefit; with a
    reform, winners and losers and the change to the families, the kommune (net) and the state. `sort_by`
    (families, kommune or state) orders the rows by the size of that change, largest first; otherwise by number."""
    rows = _kommune_rows(result)
    if sort_by is not None:
        if sort_by not in KOMMUNE_SORT_KEYS:
            raise ValueError(f"sort_by must be one of {sorted(KOMMUNE_SORT_KEYS)} (got {sort_by!r})")
        key = KOMMUNE_SORT_KEYS[sort_by] if result.reform is not None else "base_nav"
        # families' days or hours break a tie in kroner: a reform in days alone still finds its kommuner (review s21 M1)
        units = sort_by == "families" and result.reform is not None
        # a pilot changes only its own kommuner: they come first, whichever payer they move (review s21 M6)
        pilot = set(result.reform.kommuner) if result.reform is not None and result.reform.is_pilot else set()
        rows.sort(key=lambda row: (row["kommunenummer"] not in pilot, -abs(row[key]), -row["change_units_holders"] if units else 0,
                                   row["kommunenummer"]))
    return rows


def _kommune_rows(result) -> list[dict]:
    names = _kommune_names()
    columns = result.sums.kommune_columns
    rows = []
    for kommune in sorted(result.sums.kommuner):
        values = dict(zip(columns, result.sums.kommuner[kommune]))
        row = {"kommunenummer": kommune, "navn": names.get(kommune, "")}
        for column, value in values.items():
            row[column.replace(".", "_")] = round(float(value), 2)
        for side in sides(result):
            row[f"{side}_kommune_net"] = round(values[f"{side}.kommune"] - values[f"{side}.state_to_kommune"], 2)
            row[f"{side}_state"] = round(values[f"{side}.nav"] + values[f"{side}.state_to_kommune"], 2)
        if result.reform is not None:
            row["change_families"] = row["net_change"]
            row["change_kommune_net"] = round(row["reform_kommune_net"] - row["base_kommune_net"], 2)
            row["change_state"] = round(row["reform_state"] - row["base_state"], 2)
            row["change_units_holders"] = sum(row[f"{o.id}_{figure}"] for o in _unit_outputs(result) for figure in ("gaining", "losing"))
        rows.append(row)
    return rows


def national_scale(result) -> dict:
    """How a run's totals scale to Norway: children 0–17 in Norway on 1 January (SSB table 07459, the year
    matching the legal date or the newest before it) over the children in the population."""
    from openfisca_asb.facts.kommuner import ATTRIBUTION, ATTRIBUTION_EN, kommune_table as kommuner

    table = kommuner()
    year = table.year_for(result.on)
    national = table.national_children(year)
    children = result.sums.scalar("children")
    return {"factor": national / children if children else 0.0, "national_children": national, "year": year,
            "population_children": int(children), "source": {"nb": ATTRIBUTION, "en": ATTRIBUTION_EN}}


def service_cost_table(result, language: str = "nb") -> list[dict]:
    """The kommune's own cost of avlastning, omsorgsstønad and BPA (hours × cost per hour), per year, and of the
    resource-intensive services it reports for toppfinansiering (before the state's refund): with the kommune's
    benefits, these rows add up to its gross cost (review s16d F7)."""
    from openfisca_asb.population.service_costs import SERVICES

    names = benefit_names(language)
    rows = []
    for service in SERVICES:
        rows.append(_service_cost_row(result, service.benefit, names.get(service.benefit, service.benefit),
                                      f"kommune_care.{service.benefit}"))
    rows.append(_service_cost_row(result, KOMMUNE_SERVICE_COST, RESOURCE_INTENSIVE_TEXT[language], "kommune_services"))
    return rows


def _service_cost_row(result, service: str, name: str, sum_name: str) -> dict:
    row = {"service": service, "name": name}
    for side in sides(result):
        row[f"{side}_families"] = int(result.sums.scalar(f"{side}.{sum_name}.families"))
        row[f"{side}_per_year"] = round(result.sums.scalar(f"{side}.{sum_name}"), 2)
    return row


def calibration_misses(result, language: str = "nb") -> list[dict]:
    """Each target outside its tolerance, with the deviation and why (targets.yaml `miss_explanation`, or a
    plain statement that no explanation is recorded)."""
    misses = []
    for r in check(result.sums):
        if r.within:
            continue
        why = _why_missed(result, r, language)
        misses.append({"target": r.target.id, "name": r.target.label.in_language(language), "deviation": round(r.deviation, 4),
                       "tolerance": r.target.tolerance, "why": why})
    return misses


def _kommune_names() -> dict[str, str]:
    from openfisca_asb.facts.kommuner import kommune_names

    return kommune_names()


def kommune_name(number: str) -> str:
    return _kommune_names().get(number, "")


AGE_DRIFT_DAYS = 31


def _why_missed(result, r, language: str) -> str:
    """Why a target is missed: the run's date far from the date the ages were drawn for, sampling error
    of a small count, the target's own recorded explanation, or plainly that none is known."""
    reasons = []
    reference = result.population.reference_date
    if reference is not None and abs((result.on - reference).days) > AGE_DRIFT_DAYS:
        years = (result.on - reference).days / 365.25
        reasons.append(
            f"Alderen i befolkningen er trukket for {reference}, kjøringen gjelder {result.on} ({years:+.1f} år): barna er eldre "
            f"eller yngre og ingen er født i mellomtiden, så aldersavhengige mål glir. Lag befolkningen med --reference-date {result.on}."
            if language == "nb" else
            f"The population's ages are drawn for {reference} and the run is on {result.on} ({years:+.1f} years): the children are "
            f"older or younger and none are born in between, so age-dependent targets drift. Generate the population with "
            f"--reference-date {result.on}.")
    if r.target.scaled and r.expected > 0 and abs(r.measured - r.expected) <= 2 * r.expected**0.5:
        reasons.append(_sampling_error(r.expected, language))
    if r.target.miss_explanation is not None:
        reasons.append(r.target.miss_explanation.in_language(language))
    if not reasons:
        reasons.append("Ingen forklaring er kjent." if language == "nb" else "No explanation is known.")
    return " ".join(reasons)


def _sampling_error(expected: float, language: str) -> str:
    """A count of `expected` cases varies by about its square root: two standard deviations either way."""
    margin = number_in_text(_whole(2 * expected**0.5))
    if language == "nb":
        return (f"Innenfor tilfeldig variasjon: {_expected_cases(expected, 'nb')} i en befolkning av denne størrelsen, "
                f"±{margin} (2 standardavvik); bruk flere familier.")
    return (f"Within sampling error: {_expected_cases(expected, 'en')} in a population this size, ±{margin} "
            "(2 standard deviations); use more families.")


def _expected_cases(expected: float, language: str) -> str:
    """«under 1 tilfelle ventes» below one case (0.3 is not «0 tilfeller»), else the count rounded half up."""
    if expected < 1:
        return "under 1 tilfelle ventes" if language == "nb" else "under 1 case is expected"
    cases = _whole(expected)
    if language == "nb":
        return "1 tilfelle ventes" if cases == 1 else f"{number_in_text(cases)} tilfeller ventes"
    return "1 case is expected" if cases == 1 else f"{number_in_text(cases)} cases are expected"


def _whole(value: float) -> int:
    """Rounded half up, as a reader rounds (Python's round() takes 2.5 to 2)."""
    return int(value + 0.5)


def calibration_table(result, language: str = "nb") -> list[dict]:
    return [
        {"target": r.target.id, "name": r.target.label.in_language(language), "expected": round(r.expected, 4),
         "measured": round(r.measured, 4), "deviation": round(r.deviation, 4), "tolerance": r.target.tolerance,
         "within": r.within, "source": r.target.source.title}
        for r in check(result.sums)
    ]


def summary(result, language: str = "nb") -> dict:
    """Everything a reader needs, as one JSON-ready dict (the API's job result)."""
    info = result.population
    return {
        "model_version": result.model_version,
        "parameter_set_hash": result.parameter_set_hash,
        "legal_date": result.on.isoformat(),
        "families": info.families,
        "persons": info.persons,
        "reform": None if result.reform is None else {
            "id": result.reform.id, "title": result.reform.title, "pilot": result.reform.is_pilot,
            "changed_variables": result.changed_variables, **pilot_facts(result),
        },
        "payers": payer_table(result, language),
        "benefits": cost_table(result, language),
        "statuses": status_table(result, language),
        "winners_and_losers": {"summary": change_summary(result), "brackets": change_table(result, language)},
        "status_changes": transition_table(result, language),
        "unit_changes": {"summary": unit_change_summary(result, language), "brackets": unit_change_table(result, language)},
        "kommuner": kommune_table(result),
        "kommune_service_costs": service_cost_table(result, language),
        "national_scale": national_scale(result),
        "calibration": calibration_table(result, language),
        "calibration_misses": calibration_misses(result, language),
        "budget_years": budget_year_table(result, language),
        "projection": summary_projection(result, language),
    }


def budget_year_table(result, language: str = "nb") -> dict | None:
    """The reform's change per payer in each budget year it is in force (results/budget_years.py), scaled as the
    payer table scales its change."""
    if result.reform is None:
        return None
    return budget_years(result, payer_table(result, language), national_scale(result)["factor"])


def summary_projection(result, language: str) -> dict | None:
    """A run after the last known rules: the marker every drafter's result carries (ADR 0044)."""
    from openfisca_asb.drafting.projection import projection

    marker = projection([result.on], language)
    return None if marker is None else marker.model_dump(mode="json")


def pilot_facts(result) -> dict:
    """For a pilot: its kommuner and period, whether the run's date is in it, and how many of the population's
    families live in its kommuner, the sample its scaled change rests on (review s21 M6, L9); {} otherwise."""
    reform = result.reform
    if reform is None or not reform.is_pilot:
        return {}
    column = result.sums.kommune_columns.index("families")
    families = sum(int(result.sums.kommuner[k][column]) for k in reform.kommuner if k in result.sums.kommuner)
    return {"kommuner": list(reform.kommuner), "start": reform.start.isoformat(), "end": reform.end.isoformat(),
            "in_period": reform.start <= result.on <= reform.end, "families_in_pilot_kommuner": families}


def benefit_names(language: str) -> dict[str, str]:
    """Each benefit's name in `language`, by id."""
    return {benefit.id: benefit.name.in_language(language) for benefit in catalogue().values()}
