"""Write a run's results to a folder: tables (Parquet and CSV), PNG charts, report.md and report.html.

    write_report(result, Path("out"), language="nb")
"""

import html
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from openfisca_asb.answer.amount_notes import combined_bound
from openfisca_asb.population.results import charts, tables
from openfisca_asb.population.results.words import WORDS
from openfisca_asb.population.calibration import load_targets
from openfisca_asb.rules.status import STATUS_NAMES, STATUS_TEXT

KOMMUNER_IN_REPORT = 15
KOMMUNE_PAGES = 5  # kommuner with a page of their own, besides those asked for
# A paragraph opening like a Markdown list item or heading («* etter en endring: …», the legend of the mark)
# would be rendered as one, and the mark it explains lost.
MARKDOWN_BLOCK_START = re.compile(r"^(?=[*+#-]\s)")


def write_report(result, folder, language: str = "nb", sort_kommuner: str = "families", kommune_pages=()) -> list[Path]:
    """`sort_kommuner` orders the kommune table by the change to families, the kommune or the state;
    the first KOMMUNE_PAGES kommuner in that order, and those in `kommune_pages`, get a page each."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = _write_tables(result, folder, language)
    drawn = charts.draw_all(result, folder, language, WORDS[language], sort_kommuner, kommune_caption(result, sort_kommuner, language))
    blocks = _blocks(result, language, drawn, sort_kommuner, tuple(kommune_pages))
    (folder / "report.md").write_text(_markdown(blocks), encoding="utf-8")
    (folder / "report.html").write_text(_html(blocks, WORDS[language]["title"], language), encoding="utf-8")
    return [*written, *(chart.path for chart in drawn), folder / "report.md", folder / "report.html"]


def _write_tables(result, folder: Path, language: str) -> list[Path]:
    named = {
        "cost_per_benefit": tables.cost_table(result, language),
        "cost_per_payer": tables.payer_table(result, language),
        "statuses": tables.status_table(result, language),
        "kommuner": tables.kommune_table(result),
        "kommune_service_costs": tables.service_cost_table(result, language),
        "calibration": tables.calibration_table(result, language),
    }
    if result.reform is not None:
        named["winners_and_losers"] = tables.change_table(result, language)
        named["unit_changes"] = tables.unit_change_table(result, language)
        named["status_changes"] = tables.transition_table(result, language)
        named["budget_years"] = budget_year_rows(result, language)
    paths = []
    for name, rows in named.items():
        if not rows:
            continue
        table = pa.Table.from_pylist(rows)
        pq.write_table(table, folder / f"{name}.parquet")
        pacsv.write_csv(table, folder / f"{name}.csv")
        paths += [folder / f"{name}.parquet", folder / f"{name}.csv"]
    return paths


def _kroner(value) -> str:
    return "" if value is None else f"{value:,.0f}".replace(",", " ")


def marked(text: str, row: dict, side: str = "base") -> str:
    """An amount with its caveat (ADR 0009): ≥ for a lower bound, * for not verified."""
    if not text:
        return text
    prefix = "reform_" if side == "reform" else ""
    return (f"≥ {text}" if row.get(f"{prefix}amount_is_lower_bound") else f"{text} *" if row.get(f"{prefix}amount_not_verified")
            else text)


CHANGE_MARKS = {"at_most": "≤ {}", "at_least": "≥ {}", "uncertain": "{} *"}


def mark_legend(language: str, amounts=(), changes=(), counts=()) -> list[str]:
    """The legend of each mark on these figures, in the report's words (review s21 L4: one mark for a caveat,
    always explained): `amounts` are rows with the caveat flags of the current rules' side, `changes` and
    `counts` the bounds of changes and of numbers of winners, losers or holders shown."""
    w, notes = WORDS[language], []
    if any(row.get("amount_is_lower_bound") for row in amounts):
        notes.append(w["lower_bound_note"])
    if any(row.get("amount_not_verified") for row in amounts):
        notes.append(w["not_verified_note"])
    notes += [w[f"change_{bound}_note"] for bound in CHANGE_MARKS if bound in changes]
    if any(bound in CHANGE_MARKS for bound in counts):
        notes.append(w["count_bound_note"])
    return notes


def change_marked(text: str, row: dict) -> str:
    """A change with what it is of the true one: ≤ at most, ≥ at least, * uncertain (tables._change_flags)."""
    return CHANGE_MARKS[row["change_bound"]].format(text) if text and row.get("change_bound") in CHANGE_MARKS else text


def _caveat_notes(result, language, w) -> list[tuple]:
    payers = tables.payer_table(result, language)
    cost = tables.cost_table(result, language)
    rows = [*payers, *cost]
    notes = []
    if any(row["amount_is_lower_bound"] or row.get("reform_amount_is_lower_bound") for row in rows):
        notes.append(("p", w["lower_bound_note"]))
    if any(row["amount_not_verified"] or row.get("reform_amount_not_verified") for row in rows):
        notes.append(("p", w["not_verified_note"]))
    for bound in CHANGE_MARKS:
        if any(row.get("change_bound") == bound and row.get("change_per_year") for row in payers):
            notes.append(("p", w[f"change_{bound}_note"]))
    if any(row.get("change_bound_from_status") not in (None, "exact") for row in cost):
        notes.append(("p", w["change_from_no_amount_note"]))
    if result.reform is not None and any(bound != "exact" for bound in tables.change_summary(result)["bounds"].values()):
        notes.append(("p", w["count_bound_note"]))
    return notes


def _no_amount_notes(result, language, w) -> list[tuple]:
    """Under the money table: what «Må vurderes» counts, and the rights left out for rates not found."""
    return [("p", w["to_be_assessed_note"]), *(("p", line) for line in rates_not_found_lines(result, language))]


def rates_not_found_lines(result, language: str) -> list[str]:
    """Each right whose to-be-assessed holders have no amount or range while none of its rates is known after a
    date (ADR 0009 addendum: grunnstønad from 2025), in words (under the money table and in the CLI summary)."""
    lines = []
    for row in tables.cost_table(result, language):
        if row["unit"] == "NOK" and row["base_to_be_assessed_without_range_holders"]:
            since = tables.rates_not_found_since(row["benefit"], result.on)
            if since is not None:
                lines.append(WORDS[language]["rates_not_found_note"].format(
                    name=row["name"], date=since, holders=_kroner(row["base_to_be_assessed_without_range_holders"])))
    return lines


def _blocks(result, language, drawn, sort_kommuner="families", kommune_pages=()) -> list[tuple]:
    w, sides = WORDS[language], tables.sides(result)
    info = result.population
    blocks = [("h1", w["title"]), ("p", f'{w["legal_date"]}: {result.on.isoformat()} · {w["families"]}: {_kroner(info.families)} · '
                                        f'{w["persons"]}: {_kroner(info.persons)} · {w["model"]}: {result.model_version} ({result.parameter_set_hash})')]
    if result.reform is not None:
        title = result.reform.title[language]
        text = f'{w["reform_label"]}: {title} ({result.reform.id})'
        if result.reform.is_pilot:
            text += f' – {w["pilot"]}'
        if result.changed_variables is not None:
            text += f' · {result.changed_variables} {w["changed_variables"]}'
        blocks.append(("p", text))
    blocks += _first_page_notes(result, language, w)
    blocks += _payer_blocks(result, language, w, sides)
    blocks += _budget_year_blocks(result, language, w)
    blocks += _service_cost_blocks(result, language, w, sides)
    blocks += _benefit_blocks(result, language, w, sides)
    if result.reform is not None:
        blocks += _change_blocks(result, w, language)
    blocks += _kommune_blocks(result, w, sides, sort_kommuner, language)
    blocks += _kommune_pages(result, language, w, sides, sort_kommuner, kommune_pages)
    blocks += _calibration_blocks(result, language, w)
    blocks += _uncalibrated_blocks(result, language, w)
    blocks += [("h2", w["notes_title"]), *_caveat_notes(result, language, w), *(("p", note) for note in w["notes"])]
    blocks += [("h2", w["charts"]), *(("img", chart.path.name, chart.title) for chart in drawn)]
    return blocks


def scale_line(result, language: str) -> str:
    """The scale factor to Norway, in words (the report's first page and the CLI summary)."""
    scale, w = tables.national_scale(result), WORDS[language]
    return w["scale"].format(factor=decimal_text(scale["factor"], language, 2), national=_kroner(scale["national_children"]),
                             year=scale["year"], children=_kroner(scale["population_children"]), source=scale["source"][language])


def miss_lines(result, language: str) -> list[str]:
    """One line per calibration target outside its tolerance, with why (the first page and the CLI summary)."""
    w = WORDS[language]
    return [w["miss"].format(name=m["name"], deviation=percent_text(m["deviation"], language, "+.1"),
                             tolerance=percent_text(m["tolerance"], language, ".0"), why=m["why"])
            for m in tables.calibration_misses(result, language)]


def percent_text(share: float, language: str, spec: str) -> str:
    """A share as a percentage: «−12,5 %» in bokmål (decimal comma, a space before the sign), "-12.5%" in English."""
    text = f"{share:{spec}%}"
    return text.replace(".", ",").replace("%", " %") if language == "nb" else text


def decimal_text(value: float, language: str, digits: int) -> str:
    """A number with a space between thousands and `digits` decimals: a decimal comma in bokmål."""
    text = f"{value:,.{digits}f}".replace(",", " ")
    return text.replace(".", ",") if language == "nb" else text


def service_cost_note(result, language: str) -> str | None:
    """Said when a cost per hour is not set (0): that service then costs the kommune nothing in the run."""
    rates = getattr(result, "service_rates", None) or {}
    unset = sorted(name for name, value in rates.items() if name.endswith("_cost_per_hour") and not value > 0)
    if not unset:
        return None
    return WORDS[language]["service_costs_unset"].format(names=", ".join(unset))


def pilot_lines(result, language: str) -> list[str]:
    """For a pilot: that the date is outside its period, where it is, and what its scaled change is an estimate of."""
    facts, w = tables.pilot_facts(result), WORDS[language]
    if not facts:
        return []
    outside = [] if facts["in_period"] else [w["pilot_outside"].format(on=result.on, start=facts["start"], end=facts["end"])]
    return outside + [w["pilot_scale"].format(families=_kroner(facts["families_in_pilot_kommuner"]))]


def projection_lines(result, language: str) -> list[str]:
    """A run after the last known rules: what the projection is (ADR 0044; the first page and the CLI summary)."""
    marker = tables.summary_projection(result, language)
    return [marker["note"]] if marker else []


def _first_page_notes(result, language, w):
    blocks = [*(("p", line) for line in projection_lines(result, language)), ("p", scale_line(result, language)),
              *(("p", line) for line in pilot_lines(result, language))]
    misses = miss_lines(result, language)
    blocks += [("p", w["misses_title"]), *(("p", line) for line in misses)] if misses else [("p", w["all_within"])]
    note = service_cost_note(result, language)
    return blocks + ([("p", note)] if note else [])


def _payer_blocks(result, language, w, sides):
    factor = tables.national_scale(result)["factor"]
    header = ([w["payer"]] + [f'{w[s]}: {w["per_month"]}' for s in sides] + [f'{w[s]}: {w["per_year"]}' for s in sides]
              + [f'{w[s]}: {w["norway_per_year"]}' for s in sides])
    payer_rows = tables.payer_table(result, language)
    rows = [[r["name"], *(marked(_kroner(r[f"{s}_per_month"]), r, s) for s in sides), *(marked(_kroner(r[f"{s}_per_year"]), r, s) for s in sides),
             *(marked(_kroner(r[f"{s}_per_year"] * factor), r, s) for s in sides)] for r in payer_rows]
    if result.reform is not None:
        header += [w["change_per_year"], w["pilot_change_per_year" if result.reform.is_pilot else "norway_change_per_year"]]
        for row, r in zip(rows, payer_rows):
            row += [change_marked(_kroner(r["change_per_year"]), r), change_marked(_kroner(r["change_per_year"] * factor), r)]
    return [("h2", w["payers_title"]), ("table", header, rows)]


def budget_period_text(budget: dict, language: str) -> str:
    """The period a reform is in force in words: «fra 2028-07-01», «2027-08-01 til 2031-07-31»."""
    w = WORDS[language]
    return w["budget_between"].format(start=budget["from"], end=budget["to"]) if budget["to"] else w["budget_from"].format(start=budget["from"])


def months_text(months: float, language: str) -> str:
    """Whole months as a whole number («6»), a part month with two decimals («5,52»)."""
    return f"{months:.0f}" if months == round(months) else decimal_text(months, language, 2)


def budget_year_lines(result, language: str) -> tuple[str | None, list[dict]]:
    """The note on the cost per budget year (or why it is not computed), and its years; (None, []) when the run
    has no reform with a period in force."""
    budget, w = tables.budget_year_table(result, language), WORDS[language]
    if budget is None:
        return None, []
    period = budget_period_text(budget, language)
    if not budget["legal_date_in_force"]:
        return w["budget_outside"].format(on=result.on, period=period), []
    return w["budget_note"].format(on=result.on, period=period), budget["years"]


def budget_year_rows(result, language: str) -> list[dict]:
    """The cost per budget year as table rows, one per year and payer (budget_years.csv)."""
    _, years = budget_year_lines(result, language)
    return [{"year": year["year"], "months_in_force": year["months_in_force"], **row} for year in years for row in year["payers"]]


def _budget_year_blocks(result, language, w):
    note, years = budget_year_lines(result, language)
    if note is None:
        return []
    scaled = w["budget_change_pilot" if result.reform.is_pilot else "budget_change_norway"]
    rows = [[str(year["year"]), months_text(year["months_in_force"], language), row["name"],
             change_marked(_signed(row["change"]), row), change_marked(_signed(row["change_scaled"]), row)]
            for year in years for row in year["payers"]]
    blocks = [("h3", w["budget_title"]), ("p", note)]
    return blocks + ([("table", [w["budget_year"], w["months_in_force"], w["payer"], w["budget_change"], scaled], rows)] if rows else [])


def _status_names(language: str) -> dict[str, str]:
    return {name: text.in_language(language) for name, text in STATUS_TEXT.items()}


def _service_cost_blocks(result, language, w, sides):
    header = [w["service"]] + [f'{w[s]}: {w["families"]}' for s in sides] + [f'{w[s]}: {w["per_year"]}' for s in sides]
    rows = [[r["name"], *(_kroner(r[f"{s}_families"]) for s in sides), *(_kroner(r[f"{s}_per_year"]) for s in sides)]
            for r in tables.service_cost_table(result, language)]
    return [("h2", w["service_costs_title"]), ("p", w["service_costs_note"]), ("table", header, rows)]


def _benefit_blocks(result, language, w, sides):
    cost = tables.cost_table(result, language)
    money = [r for r in cost if r["unit"] == "NOK"]
    status = _status_names(language)
    header = ([w["benefit"], w["payer"]] + [f'{w[s]}: {status["entitled"]}' for s in sides]
              + [f'{w[s]}: {status["to_be_assessed"]}' for s in sides] + [f'{w[s]}: {w["per_year"]}' for s in sides])
    header.append(w["assessed_up_to"])
    rows = [[r["name"], r["payer_name"], *(_kroner(r[f"{s}_entitled_holders"]) for s in sides),
             *(_kroner(r[f"{s}_to_be_assessed_holders"]) for s in sides),
             *(marked(_kroner(r[f"{s}_per_year"]), r, s) for s in sides), _assessed_up_to(r, w)] for r in money]
    other = [[r["name"], w.get(r["unit"], r["unit"]) or "–", *(_kroner(r[f"{s}_entitled_families"]) for s in sides),
              *(_kroner(r[f"{s}_to_be_assessed_families"]) for s in sides),
              *(_kroner(r[f"{s}_amount"]) if r["unit"] else "" for s in sides)] for r in cost if r["unit"] != "NOK"]
    other_header = ([w["benefit"], w["unit"]] + [f'{w[s]}: {w["entitled_families"]}' for s in sides]
                    + [f'{w[s]}: {status["to_be_assessed"]}' for s in sides] + [f'{w[s]}: {w["amount"]}' for s in sides])
    return [("h2", w["benefits_title"]), ("table", header, rows), *_no_amount_notes(result, language, w),
            ("h3", w["other_units"]), ("table", other_header, other)]


def _assessed_up_to(row: dict, w: dict) -> str:
    """The to-be-assessed upper estimates per month: «ukjent» where none has one, «… + ukjent» where some lack one."""
    total = row["base_assessed_up_to_per_month"]
    if total is None:
        return w["unknown"]
    if total == 0 and not row["base_to_be_assessed_without_range_holders"]:
        return "0"  # no one to be assessed, or no estimate above 0: a known 0, no caveat to mark
    text = marked(_kroner(total), row)
    return f'{text} + {w["unknown"]}' if row["base_to_be_assessed_without_range_holders"] else text


def _uncalibrated_blocks(result, language, w):
    """The rights left open because a fact they need has no calibration figure (issue 16)."""
    rows = tables.uncalibrated_rights(result, language)
    if not rows:
        return []
    status = _status_names(language)
    header = [w["benefit"], *(status[name] for name in STATUS_NAMES), w["unknown_facts"]]
    body = [[r["name"], *(_kroner(r[name]) for name in STATUS_NAMES), ", ".join(r["facts"])] for r in rows]
    return [("h2", w["uncalibrated_title"]), ("p", load_targets().unknown_facts.text.in_language(language)), ("table", header, body)]


def _change_blocks(result, w, language):
    summary = tables.change_summary(result)
    marked = lambda key: change_marked(_kroner(summary[key]), {"change_bound": summary["bounds"][key]})  # noqa: E731
    facts = [[w["winners"], marked("winners")], [w["losers"], marked("losers")], [w["unchanged"], marked("unchanged")],
             [w["gain"], marked("gain_per_month")], [w["loss"], marked("loss_per_month")],
             [w["largest_gain"], marked("largest_gain_per_month")], [w["largest_loss"], marked("largest_loss_per_month")]]
    brackets = [[r["change"], _kroner(r["families"]), change_marked(_kroner(r["total_change_per_month"]), r)]
                for r in tables.change_table(result, language)]
    status = _status_names(language)
    transitions = [[r["name"], status[r["from"]], status[r["to"]], _kroner(r["families"])] for r in tables.transition_table(result, language)]
    blocks = [("h2", w["winners_losers_title"]), ("table", ["", ""], facts),
              ("table", [w["change"], w["families"], w["total_change"]], brackets), *_unit_change_blocks(result, w, language)]
    if transitions:
        blocks += [("h3", w["status_changes"]), ("table", [w["benefit"], w["from"], w["to"], w["families"]], transitions)]
    return blocks


def unit_name(row: dict, language: str) -> str:
    """A right's unit as the report names it: «omsorgsdager», «gratis SFO-timer i uken», else «dager (name)»."""
    w = WORDS[language]
    return w.get(f'units_{row["benefit"]}') or f'{w[row["unit"]]} ({row["name"]})'


def _unit_marked(row: dict, key: str, sign: str = "") -> str:
    value = row[key]
    text = f"{value:{sign},.0f}".replace(",", " ") if value else "0"
    return change_marked(text, {"change_bound": row["bounds"][key]})


def _unit_change_blocks(result, w, language) -> list[tuple]:
    """Rights counted in days or hours: who gets more or less, in the right's own unit, and by how much."""
    rows = tables.unit_change_summary(result, language)
    if not rows:
        return []
    summary = [[r["name"], unit_name(r, language), _unit_marked(r, "gaining"), _unit_marked(r, "losing"),
                _unit_marked(r, "gain", "+"), _unit_marked(r, "loss", "+"), _unit_marked(r, "change", "+")] for r in rows]
    header = [w["benefit"], w["unit"], w["holders_more"], w["holders_less"], w["unit_gain"], w["unit_loss"], w["unit_change_total"]]
    moved = {r["benefit"] for r in rows if r["gaining"] or r["losing"] or r["change"]}
    brackets = [[r["name"], r["change"], _kroner(r["holders"]), change_marked(_kroner(r["total_change"]), r)]
                for r in tables.unit_change_table(result, language) if r["benefit"] in moved]
    blocks = [("h3", w["units_title"]), ("p", w["units_note"]), ("table", header, summary)]
    if brackets:
        blocks.append(("table", [w["benefit"], w["change"], w["holders"], w["unit_change_total"]], brackets))
    return blocks


def unit_change_phrases(result, language: str) -> list[str]:
    """Each right in days or hours the reform changes, in words: «+265 omsorgsdager (not costed in kroner),
    47 caregivers gain» (the CLI's headline, review s21 M1)."""
    w, phrases = WORDS[language], []
    for row in tables.unit_change_summary(result, language):
        if not (row["gaining"] or row["losing"] or row["change"]):
            continue
        singular, plural = w[f'holder_{row["holder"]}']
        counts = [(row[key], _unit_marked(row, key), w[f"unit_{key}"]) for key in ("gaining", "losing") if row[key]]
        said = [f"{text} {singular if count == 1 else plural} {verb}" if number == 0 else f"{text} {verb}"
                for number, (count, text, verb) in enumerate(counts)]
        phrases.append(", ".join([w["unit_headline"].format(change=_unit_marked(row, "change", "+"), unit=unit_name(row, language)),
                                  *said]))
    return phrases


def _national_payers(result) -> dict[str, dict]:
    """The whole run's payer rows, whose caveats mark a kommune's amounts too: a kommune's sum holds the same
    benefits or fewer, so a mark may be one too many (x ≥ x), never a wrong one. Besides the payers: "families"
    (what families get) and "state" (NAV and toppfinansiering)."""
    rows = {row["payer"]: row for row in tables.payer_table(result, "en")}
    if result.reform is not None:
        rows["families"] = {"change_bound": tables.families_change_bound(result)}
        rows["state"] = {"change_bound": combined_bound(rows[payer]["change_bound"] for payer in ("nav", "state_to_kommune"))}
    return rows


def kommune_caption(result, sort_by: str, language: str) -> str:
    """What the kommune table (and its chart) is ordered by: the change asked for, a pilot's kommuner first."""
    w = WORDS[language]
    if result.reform is None:
        return w["kommuner_nav"]
    return w[f"kommuner_sorted_{sort_by}"] + (w["pilot_kommuner_first"] if result.reform.is_pilot else "")


def _moved_units(result, language) -> list[dict]:
    """The rights in days or hours whose holders the reform moves somewhere in the run."""
    return [row for row in tables.unit_change_summary(result, language) if row["gaining"] or row["losing"] or row["change"]]


def _signed(value) -> str:
    return f"{value:+,.0f}".replace(",", " ") if value else "0"


def _kommune_blocks(result, w, sides, sort_by="families", language="nb"):
    top = tables.kommune_table(result, sort_by=sort_by)[:KOMMUNER_IN_REPORT]
    header = [w["kommune"], w["families"], w["children"], *(f'{w[s]}: NAV' for s in sides), *(f'{w[s]}: {w["payer_kommune_net"]}' for s in sides)]
    national = _national_payers(result)
    body = [[f'{r["kommunenummer"]} {r["navn"]}', _kroner(r["families"]), _kroner(r["children"]),
             *(marked(_kroner(r[f"{s}_nav"]), national["nav"], s) for s in sides),
             *(marked(_kroner(r[f"{s}_kommune_net"]), national["kommune_net"], s) for s in sides)] for r in top]
    if result.reform is not None:
        header += [w["winners"], w["losers"], w["change_families"], w["change_kommune"], w["change_state"]]
        counts = tables.change_summary(result)["bounds"]  # the whole run's marks, as for the amounts
        for row, r in zip(body, top):
            row += [change_marked(_kroner(r["winners"]), {"change_bound": counts["winners"]}),
                    change_marked(_kroner(r["losers"]), {"change_bound": counts["losers"]}),
                    change_marked(_kroner(r["change_families"]), national["families"]),
                    change_marked(_kroner(r["change_kommune_net"]), national["kommune_net"]),
                    change_marked(_kroner(r["change_state"]), national["state"])]
        for unit in _moved_units(result, language):  # days or hours: the change in the right's unit
            header.append(w["unit_change_column"].format(unit=unit_name(unit, language)))
            for row, r in zip(body, top):
                row.append(change_marked(_signed(r[f'{unit["benefit"]}_change']), {"change_bound": unit["bounds"]["change"]}))
    caption = kommune_caption(result, sort_by, language)
    return [("h2", w["kommuner_title"]), ("p", f'{caption}. {w["kommuner_note"]}'), ("table", header, body)]


def _kommune_pages(result, language, w, sides, sort_by, asked):
    """A page per kommune: children with each right, cost per payer, and the change under the reform. Those asked
    for come first, then a pilot's kommuner (the only ones it changes; review s21 M6), else the first
    KOMMUNE_PAGES in the table's order; a kommune with no family in the population says so (review s21 L8)."""
    rows = tables.kommune_table(result, sort_by=sort_by)
    by_number = {r["kommunenummer"]: r for r in rows}
    pilot = result.reform.kommuner if result.reform is not None and result.reform.is_pilot else ()
    first = pilot or [r["kommunenummer"] for r in rows[:KOMMUNE_PAGES]]
    chosen = list(dict.fromkeys([*asked, *first]))
    names = tables.benefit_names(language)
    national = _national_payers(result)
    blocks = []
    for number in chosen:
        if number not in by_number:
            blocks += [("h2", f'{w["kommune"]} {number} {tables.kommune_name(number)}'), ("p", w["kommune_empty"].format(number=number))]
            continue
        r = by_number[number]
        blocks += [("h2", f'{w["kommune"]} {number} {r["navn"]}'),
                   ("p", f'{w["families"]}: {_kroner(r["families"])} · {w["children"]}: {_kroner(r["children"])}')]
        rights = [[names.get(o.id, o.id), *(_kroner(r.get(f"{s}_{o.id}_entitled_families", 0)) for s in sides)]
                  for o in tables._outputs(result)]
        blocks.append(("table", [w["benefit"], *(f'{w[s]}: {w["entitled_families"]}' for s in sides)], rights))
        keys = ("nav", "kommune", "state_to_kommune", "kommune_net")
        payers = [[w[f"payer_{key}"], *(marked(_kroner(r[f"{s}_{key}"]), national[key], s) for s in sides)] for key in keys]
        if result.reform is not None:
            changes = [r["reform_nav"] - r["base_nav"],
                       r["reform_kommune"] - r["base_kommune"], r["reform_state_to_kommune"] - r["base_state_to_kommune"],
                       r["change_kommune_net"]]
            payers = [row + [change_marked(_kroner(change), national[key])] for row, change, key in zip(payers, changes, keys)]
            payers.append([w["change_families"], *("" for _ in sides), change_marked(_kroner(r["change_families"]), national["families"])])
        header = [w["payer"], *(f'{w[s]}: {w["per_month"]}' for s in sides)] + ([w["change"]] if result.reform is not None else [])
        blocks.append(("table", header, payers))
        units = [[unit_name(u, language), change_marked(_kroner(r[f'{u["benefit"]}_gaining']), {"change_bound": u["bounds"]["gaining"]}),
                  change_marked(_kroner(r[f'{u["benefit"]}_losing']), {"change_bound": u["bounds"]["losing"]}),
                  change_marked(_signed(r[f'{u["benefit"]}_change']), {"change_bound": u["bounds"]["change"]})]
                 for u in _moved_units(result, language)]
        if units:
            blocks.append(("table", [w["unit"], w["holders_more"], w["holders_less"], w["unit_change_total"]], units))
    return blocks


def _calibration_blocks(result, language, w):
    rows = [[r["name"], decimal_text(r["expected"], language, 3), decimal_text(r["measured"], language, 3),
             percent_text(r["deviation"], language, "+.1"), "±" + percent_text(r["tolerance"], language, ".0"),
             w["yes"] if r["within"] else w["no"]]
            for r in tables.calibration_table(result, language)]
    header = [w["target"], w["expected"], w["measured"], w["deviation"], w["tolerance"], w["within"]]
    return [("h2", w["calibration_title"]), ("table", header, rows)]


def _markdown(blocks) -> str:
    lines = []
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            lines += ["#" * int(kind[1]) + " " + block[1], ""]
        elif kind == "p":
            lines += [_paragraph(block[1]), ""]
        elif kind == "table":
            header, rows = block[1], block[2]
            cell = lambda text: str(text).replace("|", "\\|")  # noqa: E731
            lines.append("| " + " | ".join(cell(h) for h in header) + " |")
            lines.append("|" + "---|" * len(header))
            lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
            lines.append("")
        elif kind == "img":
            lines += [f"![{block[2]}]({block[1]})", ""]
    return "\n".join(lines)


def _paragraph(text: str) -> str:
    """A paragraph as Markdown: a leading list or heading mark escaped, so it stays text."""
    return MARKDOWN_BLOCK_START.sub(lambda _: "\\", text)


def _html(blocks, title: str, language: str) -> str:
    e = html.escape
    body = []
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            body.append(f"<{kind}>{e(block[1])}</{kind}>")
        elif kind == "p":
            body.append(f"<p>{e(block[1])}</p>")
        elif kind == "table":
            head = "".join(f'<th scope="col">{e(str(h))}</th>' for h in block[1])
            rows = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in block[2])
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif kind == "img":
            body.append(f'<figure><img src="{e(block[1])}" alt="{e(block[2])}"></figure>')
    style = ("body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
             "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
             "td{font-variant-numeric:tabular-nums}img{max-width:100%}")
    return (f'<!doctype html>\n<html lang="{language}"><head><meta charset="utf-8"><title>{e(title)}</title>'
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
