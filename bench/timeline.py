"""A timeline's cost against one answer's, for the same family (issue 21 [transitions]).

For each example family (grades left to follow the age, from `--start` — 2026-12-01 unless given, the model's
present, with the law unchanged ahead; 2020-06-01 gives a window with a new grunnbeløp each May — or the first of
the month after its youngest is born), the CPU time (`time.process_time`, less disturbed than wall time by other work on a shared
machine) of one answer (`assemble`, with its single-fact variants) and of a timeline over `--years`, measured
in alternation `--runs` times after one warm-up of each; the ratio timeline ÷ answer of each run. Printed per
family: the dates and OpenFisca periods (months and years) the timeline computes, the median ratio and its
spread (min–max) over the runs; then the median over the families. The issue's target: ≤ 3× for 5 years.

    .venv/bin/python bench/timeline.py [--runs 5] [--years 5] [--start 2020-06-01] [--families child-diabetes ...]
"""

import argparse
import statistics
import time
from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_dates import first_of_month_from
from openfisca_asb.facts.examples import example_family, example_names

START = date(2026, 12, 1)


def _family(name: str):
    family = example_family(name)
    return family.model_copy(update={"children": [child.model_copy(update={"school_grade": None}) for child in family.children]})


def _start(family, earliest: date) -> date:
    return max(earliest, first_of_month_from(max(person.birth_date for person in family.persons())))


def _seconds(run) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def _ratios(family, start: date, years: int, runs: int) -> list[float]:
    one, ahead = (lambda: assemble(family, start)), (lambda: timeline(family, start, years))
    one(), ahead()  # warm-up: the system, the catalogue, the dependency graph of the start month
    return [_seconds(ahead) / _seconds(one) for _ in range(runs)]


def _periods(answer) -> str:
    dates = [date.fromisoformat(day) for day in answer.dates_evaluated]
    return f"{len(dates)} dates, {len({(d.year, d.month) for d in dates})} months, {len({d.year for d in dates})} years"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--start", type=date.fromisoformat, default=START, help="the first date (default 2026-12-01)")
    parser.add_argument("--families", nargs="*", default=sorted(example_names()))
    arguments = parser.parse_args(argv)
    medians = []
    print(f"timeline ÷ one answer (CPU time), {arguments.years} years, {arguments.runs} runs each")
    for name in arguments.families:
        family = _family(name)
        start = _start(family, arguments.start)
        ratios = _ratios(family, start, arguments.years, arguments.runs)
        medians.append(statistics.median(ratios))
        shape = _periods(timeline(family, start, arguments.years))
        print(f"{name:<45} from {start}: {shape}; ratio {medians[-1]:.1f}× ({min(ratios):.1f}–{max(ratios):.1f})")
    print(f"median over {len(medians)} families: {statistics.median(medians):.1f}× (target ≤ 3×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
