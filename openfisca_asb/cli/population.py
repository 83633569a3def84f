"""`asb population generate|simulate`: a synthetic population, and what the rules cost it.

    asb population generate --families 100000 --seed 1 --out population.parquet
    asb population simulate population.parquet [--reform ID|FILE] [--date 2024-05-01] [--out results/]
    asb population simulate population.parquet --partitions 4            # Dask, local cluster
    asb population simulate population.parquet --scheduler tcp://host:8786  # Dask, existing scheduler

Without --partitions or --scheduler the run is one process, chunk after chunk.
"""

import os
import re
import sys
from pathlib import Path

from openfisca_asb.cli.argument_errors import AT_LEAST_ONE, SCHEDULER, SERVICE_COST, value_error, whole_number, within
from openfisca_asb.cli.checks import checked_date
from openfisca_asb.cli.help_texts import ACTION, said
from openfisca_asb.cli.language import ACTION_LANGUAGE, add_language
from openfisca_asb.cli.problem import CliProblem
from openfisca_asb.facts.messages import os_reason
from openfisca_asb.rules.dates import LAST_DATE, projection_range_text

from openfisca_asb.population.defaults import DEFAULT_CHUNK_FAMILIES, DEFAULT_REFERENCE_DATE, MAX_CLI_FAMILIES, MAX_SEED

# The comm schemes a Dask scheduler listens on over a network (distributed.comm), and the address's shape.
SCHEDULER_SCHEMES = ("tcp", "tls", "ws", "wss")
SCHEDULER_ADDRESS = re.compile(rf"(?:{'|'.join(SCHEDULER_SCHEMES)})://[^\s:/]+:\d{{1,5}}")

# What the two commands print, besides the report's own words (population/results/words.yaml).
WORDS = {
    "nb": {"families": "familier", "written": "{families} familier skrevet til {out} (frø {seed}, alder per {date})",
           "headline": "{families} familier per {on}: NAV {nav} kr/år, kommunen netto {kommune} kr/år",
           "reform": "; reform {id}: NAV {change} kr/år{payers}, {winners}, {losers}",
           "payer": ", {name} {change} kr/år",
           "payers": {"kommune": "kommunen brutto", "state_to_kommune": "staten til kommunene", "kommune_net": "kommunen netto"},
           "winners": ("vinner", "vinnere"), "losers": ("taper", "tapere"),
           "empty_kommune": "--kommune {number}: ingen familie fra {number} i denne befolkningen",
           "budget_year": "budsjettår {year} ({months} måneder i kraft): {payers}",
           "budget_payer": "{name} {change} kr ({scaled} kr {where})", "norway": "Norge", "pilot_scaled": "forsøkskommunene skalert",
           "projection_help": f"etter {LAST_DATE} en framskriving, de siste kjente reglene ført videre uendret",
           "report": "rapport: {path} (og report.md, tabeller som CSV og Parquet, PNG-diagrammer)"},
    "en": {"families": "families", "written": "{families} families written to {out} (seed {seed}, ages on {date})",
           "headline": "{families} families on {on}: NAV {nav} kr/year, kommune net {kommune} kr/year",
           "reform": "; reform {id}: NAV {change} kr/year{payers}, {winners}, {losers}",
           "payer": ", {name} {change} kr/year",
           "payers": {"kommune": "kommune gross", "state_to_kommune": "state to kommuner", "kommune_net": "kommune net"},
           "winners": ("winner", "winners"), "losers": ("loser", "losers"),
           "empty_kommune": "--kommune {number}: no family from {number} in this population",
           "budget_year": "budget year {year} ({months} months in force): {payers}",
           "budget_payer": "{name} {change} kr ({scaled} kr {where})", "norway": "Norway", "pilot_scaled": "pilot kommuner scaled",
           "projection_help": f"after {LAST_DATE} a projection, the last known rules carried forward unchanged",
           "report": "report: {path} (and report.md, tables as CSV and Parquet, PNG charts)"},
}


def _positive(text: str) -> int:
    value = whole_number(text)
    if value < 1:
        raise value_error(AT_LEAST_ONE, value)
    return value


def _scheduler(text: str) -> str:
    if not SCHEDULER_ADDRESS.fullmatch(text):
        raise value_error(SCHEDULER, text, schemes="|".join(SCHEDULER_SCHEMES))
    return text


def register(command) -> None:
    add_language(command, ACTION_LANGUAGE)
    actions = command.add_subparsers(dest="action", metavar=ACTION, required=True)
    generate = actions.add_parser("generate", help=said("write a seeded synthetic population of families to Parquet",
                                                        "skriv en syntetisk befolkning av familier, laget fra et frø, til Parquet"))
    generate.add_argument("--families", type=within(1, MAX_CLI_FAMILIES), required=True,
                          help=said(f"number of families, 1 to {MAX_CLI_FAMILIES}", f"antall familier, 1 til {MAX_CLI_FAMILIES}"))
    generate.add_argument("--seed", type=within(0, MAX_SEED), default=1,
                          help=said(f"random seed, 0 to {MAX_SEED} (the same seed and size give the same file)",
                                    f"frø for tilfeldige tall, 0 til {MAX_SEED} (samme frø og størrelse gir samme fil)"))
    generate.add_argument("--out", required=True, help=said("the Parquet file to write", "Parquet-filen som skal skrives"))
    generate.add_argument("--reference-date", help=said(f"the date the ages are drawn for ({projection_range_text('en')}; "
                                                        f"default {DEFAULT_REFERENCE_DATE})",
                                                        f"datoen alderen trekkes for ({projection_range_text('nb')}; "
                                                        f"standard: {DEFAULT_REFERENCE_DATE})"))
    add_language(generate, said("language of the messages", "språket i meldingene"))
    generate.set_defaults(run=run_generate)
    simulate = actions.add_parser("simulate", help=said("run the rules on a population file and write tables, charts and a report",
                                                        "kjør reglene på en befolkningsfil og skriv tabeller, diagrammer og en rapport"))
    simulate.add_argument("population", help=said("a population Parquet file (see `asb population generate`)",
                                                  "en befolkningsfil i Parquet (se `asb population generate`)"))
    simulate.add_argument("--reform", help=said("a reform id (see `asb reform list`) or a path to a reform file (YAML or Python): "
                                                "compare it with the current rules",
                                                "id-en til en reform (se `asb reform list`) eller stien til en reformfil (YAML eller Python): "
                                                "sammenlign den med reglene som gjelder nå"))
    simulate.add_argument("--date", help=said(f"the legal date ({projection_range_text('en')}; {WORDS['en']['projection_help']}; "
                                              "default: the population's reference date)",
                                              f"datoen reglene gjelder for ({projection_range_text('nb')}; {WORDS['nb']['projection_help']}; "
                                              "standard: befolkningens referansedato)"))
    simulate.add_argument("--scheduler", type=_scheduler, help=said("address of an existing Dask scheduler, e.g. tcp://host:8786",
                                                   "adressen til en Dask-scheduler som kjører, for eksempel tcp://host:8786"))
    simulate.add_argument("--partitions", type=_positive, help=said("run on Dask in this many partitions (a local cluster unless --scheduler)",
                                                                    "kjør på Dask i så mange deler (en lokal klynge uten --scheduler)"))
    simulate.add_argument("--chunk-families", type=_positive, default=DEFAULT_CHUNK_FAMILIES,
                          help=said("families per simulation (bounds memory)",
                                    "familier per simulering (begrenser minnebruken)"))
    simulate.add_argument("--out", default="population-results",
                          help=said("folder for the tables, charts and report (default population-results)",
                                    "mappe for tabellene, diagrammene og rapporten (standard: population-results)"))
    add_language(simulate, said("language of the report", "språket i rapporten"))
    simulate.add_argument("--service-cost", action="append", default=[], type=_service_cost, metavar="NAME=VALUE",
                          help=said("the kommune's cost per hour (kroner) or assumed hours for this run, e.g. bpa_cost_per_hour=500; "
                                    "names: avlastning_cost_per_hour, avlastning_hours_per_week, bpa_cost_per_hour, omsorgsstonad_cost_per_hour "
                                    "(default: parameters/kommune/service_costs/, 0 = not counted)",
                                    "kommunens kostnad per time (kroner) eller antatte timer for denne kjøringen, for eksempel "
                                    "bpa_cost_per_hour=500; navn: avlastning_cost_per_hour, avlastning_hours_per_week, bpa_cost_per_hour, "
                                    "omsorgsstonad_cost_per_hour (standard: parameters/kommune/service_costs/, 0 = ikke regnet med)"))
    simulate.add_argument("--sort-kommuner", choices=("families", "kommune", "state"), default="families",
                          help=said("order the report's kommune table by the change to families, to the kommune or to the state",
                                    "sorter kommunetabellen i rapporten etter endringen for familiene, for kommunen eller for staten"))
    simulate.add_argument("--kommune", action="append", default=[], metavar="NUMBER",
                          help=said("give this kommune (4-digit kommunenummer) a page of its own in the report (repeatable)",
                                    "gi denne kommunen (firesifret kommunenummer) en egen side i rapporten (kan gjentas)"))
    simulate.set_defaults(run=run_simulate)


def _unknown_kommuner(numbers) -> list[str]:
    from openfisca_asb.facts.kommuner import kommune_names

    known = kommune_names()
    return [number for number in numbers if number not in known]


def _service_cost(text: str) -> tuple[str, float]:
    name, _, value = text.partition("=")
    try:
        number = float(value)
    except ValueError:
        raise value_error(SERVICE_COST, repr(text)) from None
    return name.strip(), number


def _progress_bar(total: int, unit: str):
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, unit_scale=True, file=sys.stderr, disable=None)


def run_generate(arguments) -> int:
    from openfisca_asb.population.generator import write

    arguments.reference_date = checked_date(arguments.reference_date, "--reference-date", projection=True) or DEFAULT_REFERENCE_DATE
    words = WORDS[arguments.lang]
    # Written under a name of its own and renamed when whole: a run stopped half-way leaves no truncated file
    # under the name asked (review s22 L2).
    partial = f"{arguments.out}.partial"
    with _progress_bar(arguments.families, words["families"]) as bar:
        try:
            write(partial, arguments.families, arguments.seed, arguments.reference_date, progress=bar.update)
            os.replace(partial, arguments.out)
        except OSError as error:
            en, nb = os_reason(error)
            raise CliProblem(f"cannot write {arguments.out}: {en}", f"kan ikke skrive {arguments.out}: {nb}") from error
        finally:
            Path(partial).unlink(missing_ok=True)
    print(words["written"].format(families=arguments.families, out=arguments.out, seed=arguments.seed, date=arguments.reference_date))
    _print_projection([arguments.reference_date], arguments.lang)
    return 0


def _print_projection(dates, language: str) -> None:
    """A date after the last known rules: the projection's note, as every drafter's result says it (ADR 0044)."""
    from openfisca_asb.drafting.projection import projection

    marker = projection(dates, language)
    if marker is not None:
        print(f"! {marker.note}")


def run_simulate(arguments) -> int:
    from openfisca_asb.population.reforms import PopulationRunError
    from openfisca_asb.population.results.report import write_report
    from openfisca_asb.population.schema import PopulationFileError
    from openfisca_asb.population.source import open_source

    arguments.date = checked_date(arguments.date, projection=True)
    if not Path(arguments.population).is_file():
        raise CliProblem(f"population file not found: {arguments.population}", f"fant ikke befolkningsfilen: {arguments.population}")
    if arguments.sort_kommuner != "families" and not arguments.reform:  # review s16d: no change to sort by
        raise CliProblem(f"--sort-kommuner {arguments.sort_kommuner}: needs --reform (the change to sort by)",
                         f"--sort-kommuner {arguments.sort_kommuner}: krever --reform (endringen det sorteres etter)")
    unknown = ", ".join(_unknown_kommuner(arguments.kommune))
    if unknown:
        raise CliProblem(f"--kommune: unknown kommunenummer {unknown} (the 357 kommuner of 2024, four digits, e.g. 0301)",
                         f"--kommune: ukjent kommunenummer {unknown} (de 357 kommunene fra 2024, fire sifre, for eksempel 0301)")
    try:
        source = open_source(arguments.population)
        with _progress_bar(source.info().families, WORDS[arguments.lang]["families"]) as bar:
            result = _run(arguments, source, bar.update)
    except (PopulationFileError, PopulationRunError) as error:
        print(f"asb: {error.in_language(arguments.lang)}", file=sys.stderr)
        return 2
    write_report(result, arguments.out, arguments.lang, sort_kommuner=arguments.sort_kommuner, kommune_pages=arguments.kommune)
    headline, legend = _headline(result, arguments.lang)
    print(headline)
    _print_projection([result.on], arguments.lang)
    for warning in _calendar_year_warnings(arguments.reform, result.on, arguments.lang):
        print(f"! {warning}")
    for line in _budget_year_lines(result, arguments.lang):
        print(line)
    for line in [*legend, *_empty_kommuner(result, arguments.kommune, arguments.lang), *_first_page(result, arguments.lang)]:
        print(line)
    print(WORDS[arguments.lang]["report"].format(path=Path(arguments.out) / "report.html"))
    return 0


def _run(arguments, source, progress):
    if arguments.scheduler or arguments.partitions:
        from openfisca_asb.population import dask_runner

        return dask_runner.run(source, on=arguments.date, reform=arguments.reform, scheduler=arguments.scheduler,
                               partitions=arguments.partitions, chunk_families=arguments.chunk_families, progress=progress,
                               service_costs=dict(arguments.service_cost))
    from openfisca_asb.population import runner

    return runner.run(source, on=arguments.date, reform=arguments.reform, chunk_families=arguments.chunk_families, progress=progress,
                      service_costs=dict(arguments.service_cost))


def _calendar_year_warnings(reform, on, language: str) -> list[str]:
    """A value of the reform dated on or before the run's date that a right counted per calendar year does not reach
    yet: the run shows no change from it (review s21 drafter H1)."""
    if not reform:
        return []
    from openfisca_asb.drafting.calendar_years import calendar_year_changes, warnings
    from openfisca_asb.drafting.loading import resolve_reform

    return warnings(calendar_year_changes(resolve_reform(reform)), language, on)


def _budget_year_lines(result, language: str) -> list[str]:
    """The reform's cost per budget year it is in force, one line a year, after the note on what it is (review s21
    drafter M5): beside the headline's «per year», which is the month × 12."""
    from openfisca_asb.population.results.report import budget_year_lines, change_marked, months_text

    note, years = budget_year_lines(result, language)
    if note is None:
        return []
    words = WORDS[language]
    where = words["pilot_scaled" if result.reform.is_pilot else "norway"]
    names = {"nav": "NAV", **words["payers"]}
    lines = [note]
    for year in years:
        payers = ", ".join(words["budget_payer"].format(name=names[row["payer"]], change=change_marked(_kroner(row["change"], "+"), row),
                                                        scaled=change_marked(_kroner(row["change_scaled"], "+"), row), where=where)
                           for row in year["payers"])
        lines.append(words["budget_year"].format(year=year["year"], months=months_text(year["months_in_force"], language), payers=payers))
    return lines


def _first_page(result, language: str) -> list[str]:
    """What the report's first page says besides the tables: the scale to Norway (and for a pilot what its scaled
    change is), a pilot run outside its period, each calibration miss and why, and whether the kommune's service
    costs are counted; and each right left out of the totals for rates not found."""
    from openfisca_asb.population.results.report import (miss_lines, pilot_lines, rates_not_found_lines, scale_line,
                                                          service_cost_note)
    from openfisca_asb.population.results.words import WORDS

    misses = miss_lines(result, language)
    lines = [scale_line(result, language), *pilot_lines(result, language)]
    lines += [WORDS[language]["misses_title"], *(f"  {line}" for line in misses)] if misses else [WORDS[language]["all_within"]]
    note = service_cost_note(result, language)
    return lines + ([note] if note else []) + rates_not_found_lines(result, language)


def _empty_kommuner(result, asked, language: str) -> list[str]:
    """A kommune asked for with --kommune that no family in the population lives in (review s21 L8)."""
    present = result.sums.kommuner
    return [WORDS[language]["empty_kommune"].format(number=number) for number in dict.fromkeys(asked) if number not in present]


def _kroner(value, sign: str = "") -> str:
    return f"{value:{sign},.0f}".replace(",", " ")


def _headline(result, language: str) -> tuple[str, list[str]]:
    """The run in one line, and the legend of each mark it uses (ADR 0009: ≥ a lower bound, * not verified, the
    same marks as the report; review s21 L4). With a reform: every payer whose cost changes (review s21 M6) and
    each right in days or hours that changes (M1)."""
    from openfisca_asb.population.results.report import mark_legend, marked
    from openfisca_asb.population.results.tables import payer_table

    words = WORDS[language]
    payers = {row["payer"]: row for row in payer_table(result, language)}
    text = words["headline"].format(
        families=result.population.families, on=result.on,
        nav=marked(_kroner(payers["nav"]["base_per_year"]), payers["nav"]),
        kommune=marked(_kroner(payers["kommune_net"]["base_per_year"]), payers["kommune_net"]))
    shown = [payers["nav"], payers["kommune_net"]]
    if result.reform is None:
        return text, mark_legend(language, amounts=shown)
    reform_text, changes, counts = _reform_headline(result, payers, language)
    return text + reform_text, mark_legend(language, amounts=shown, changes=changes, counts=counts)


def _reform_headline(result, payers: dict, language: str) -> tuple[str, list[str], list[str]]:
    """The reform's part of the headline: NAV's change and every other payer's that changes, the families who win
    and lose in kroner, and each right in days or hours that changes; with the bounds of the changes and counts
    it marks, for their legend."""
    from openfisca_asb.population.results.report import change_marked, unit_change_phrases
    from openfisca_asb.population.results.tables import change_summary, unit_change_summary

    words, change = WORDS[language], change_summary(result)
    changed = [payers["nav"], *(payers[p] for p in ("kommune", "state_to_kommune", "kommune_net") if payers[p]["change_per_year"])]
    said = [change_marked(_kroner(row["change_per_year"], "+"), row) for row in changed]
    others = "".join(words["payer"].format(name=words["payers"][row["payer"]], change=text) for row, text in zip(changed[1:], said[1:]))
    people = {side: f'{change_marked(str(change[side]), {"change_bound": change["bounds"][side]})} {words[side][change[side] != 1]}'
              for side in ("winners", "losers")}
    text = words["reform"].format(id=result.reform.id, change=said[0], payers=others, **people)
    text += "".join(f"; {phrase}" for phrase in unit_change_phrases(result, language))
    units = [row["bounds"] for row in unit_change_summary(result, language) if row["gaining"] or row["losing"] or row["change"]]
    changes = [row["change_bound"] for row in changed] + [bounds["change"] for bounds in units]
    counts = [change["bounds"][side] for side in ("winners", "losers")] + [bounds[side] for bounds in units for side in ("gaining", "losing")]
    return text, changes, counts
