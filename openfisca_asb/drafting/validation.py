"""What forsøksloven allows a pilot (RULES.md §13, DESIGN §4), checked.

- What the pilot changes, classified by pilot_scope.py: organisation and the
  division of tasks are what § 3 første ledd allows; the amount or a condition
  of a statutory individual right (a folketrygd rate, the right to BPA) is not,
  and the pilot is rejected naming the change, the law and § 3; a kommune
  service standard is allowed only when no one loses (the check below).
- Approval for at most 4 years, extendable by at most 2 (forsøksloven § 3).
  The Act also allows an extension until a matching reform takes effect; that
  exception is not modelled, so such a pilot is reported and needs a person's
  judgement.
- A pilot may change organisation and the division of tasks, never take an
  individual right or amount away (§ 3 and practice; RULES.md §13). The pilot
  is run against the example families and a seeded reference population, every
  family treated as living in a pilot kommune, on the dates that matter in its
  window; any family worse off in any right is reported by name, benefit,
  person and difference, and the pilot is rejected.

A proposal or enacted change is law made by Stortinget, not a pilot: losses
are reported for the drafter, not a reason to reject.
"""

import time
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from openfisca_asb.answer.amount_notes import DifferenceBound
from openfisca_asb.answer.models import Amount, AmountRange
from openfisca_asb.rules.status import StatusName
from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.drafting.comparison import compare
from openfisca_asb.drafting.pilot_scope import RIGHT, UNCLASSIFIED, pilot_changes
from openfisca_asb.facts.described_date import family_moved
from openfisca_asb.facts.examples import example_file, example_names
from openfisca_asb.drafting.reference_population import DEFAULT_SEED, DEFAULT_SIZE, reference_families
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, years_later
from openfisca_asb.rules.texts import Text
from openfisca_asb.version import MODEL_VERSION

MAX_APPROVAL_YEARS = 4
MAX_EXTENSION_YEARS = 2
FORSOKSLOVEN = "lovdata.no/lov/1992-06-26-87"

# The Act's own words (forsøksloven § 3, as published on rettsdata.no; RULES.md §13). The English is
# our translation, following RULES.md §13.
SECTION_3_SCOPE = Text(
    nb=("Forsøksloven § 3 første ledd: «Kongen kan godkjenne forsøk med: a) avvik fra gjeldende lover og forskrifter "
        "om hvordan staten, fylkeskommunene eller kommunene skal organisere sin virksomhet og løse sine oppgaver "
        "b) avvik fra bestemmelsene om oppgavefordelingen mellom statlige, fylkeskommunale og kommunale forvaltningsorganer "
        "c) unntak fra statlige kontrollordninger overfor fylkeskommunene og kommunene»."),
    en=("Forsøksloven § 3 first paragraph: “The King may approve trials with: a) deviations from the laws and regulations "
        "on how the state, the counties or the municipalities shall organise their activity and solve their tasks "
        "b) deviations from the provisions on the division of tasks between state, county and municipal bodies "
        "c) exemptions from state control arrangements over the counties and municipalities” (our translation)."),
)
SECTION_3_PERIOD = Text(
    nb=("Forsøksloven § 3 tredje ledd: «Godkjenning kan gis for en periode på inntil fire år. "
        "Forsøksperioden kan forlenges med inntil to år.»"),
    en=("Forsøksloven § 3 third paragraph: “Approval may be given for a period of up to four years. "
        "The trial period may be extended by up to two years” (our translation)."),
)


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class ActProblem(_Data):
    rule: str
    message: str


class Loss(_Data):
    family: str
    date: str  # the first date checked on which the family is worse off
    dates: list[str]  # every date checked on which it is
    benefit: str
    name: str
    person: str | None
    status_before: StatusName
    status_after: StatusName
    amount_before: Amount | None
    amount_after: Amount | None
    range_before: AmountRange | None = None  # while open: what the amount can come to (a loss may be a lower range)
    range_after: AmountRange | None = None
    difference: float | None
    difference_bound: DifferenceBound  # what `difference` is of the true one (drafting/comparison.py)
    difference_note: str | None
    why: list[str]


class ValidationReport(_Data):
    reform: str
    status: str
    valid: bool
    language: Literal["nb", "en"]
    model_version: str
    problems: list[ActProblem]
    losses: list[Loss]
    warnings: list[str]
    families_checked: int
    population_size: int
    seed: int
    dates_checked: list[str]


def period_problems(pilot, language: str = "nb") -> list[ActProblem]:
    """The approval and extension limits of forsøksloven § 3."""
    problems = []
    latest_approval_end = years_later(pilot.start, MAX_APPROVAL_YEARS) - timedelta(days=1)
    if pilot.approved_until > latest_approval_end:
        problems.append(ActProblem(rule="approval_longer_than_4_years", message=Text(
            nb=(f"Godkjenningsperioden {pilot.start} – {pilot.approved_until} er lengre enn de 4 årene forsøksloven § 3 "
                f"tillater; den kan vare til og med {latest_approval_end}. Er en del av perioden en forlengelse, oppgi approval_end."),
            en=(f"The approval period {pilot.start} – {pilot.approved_until} is longer than the 4 years forsøksloven § 3 "
                f"allows; it may last until {latest_approval_end}. If part of it is an extension, give approval_end."),
        ).in_language(language) + " " + SECTION_3_PERIOD.in_language(language)))
    latest_end = years_later(pilot.approved_until + timedelta(days=1), MAX_EXTENSION_YEARS) - timedelta(days=1)
    if pilot.end > latest_end:
        problems.append(ActProblem(rule="extension_longer_than_2_years", message=Text(
            nb=(f"Forlengelsen {pilot.approved_until + timedelta(days=1)} – {pilot.end} er lengre enn de 2 årene forsøksloven § 3 "
                f"tillater; forsøket kan vare til og med {latest_end}. (Forlengelse til en tilsvarende reform trer i kraft, "
                "er ikke modellert og må vurderes for seg.)"),
            en=(f"The extension {pilot.approved_until + timedelta(days=1)} – {pilot.end} is longer than the 2 years forsøksloven § 3 "
                f"allows; the pilot may run until {latest_end}. (An extension until a matching reform takes effect is not "
                "modelled and needs a separate assessment.)"),
        ).in_language(language) + " " + SECTION_3_PERIOD.in_language(language)))
    return problems


def dates_to_check(reform) -> list[date]:
    """The pilot's first and last day, each 1 January and each reform date inside its window; for a
    proposal its in-force date and the dates its parameter values start."""
    starts = {override.start for override in reform.overrides}
    pilot = reform.pilot
    if pilot is None:
        found = starts | ({reform.metadata.in_force} if reform.metadata.in_force else set())
        return sorted(found)
    first, last = max(pilot.start, FIRST_DATE), min(pilot.end, LAST_DATE)
    if first > last:
        return []
    new_years = {date(year, 1, 1) for year in range(first.year + 1, last.year + 1)}
    inside = {day for day in starts | new_years if first <= day <= last}
    return sorted(inside | {first, last})


def scope_problems(reform, language: str = "nb") -> tuple[list[ActProblem], list[str]]:
    """Changes to a statutory individual right are outside § 3 (problems); changes the table does not
    know are reported for a person to judge (warnings)."""
    problems, warnings = [], []
    for change in pilot_changes(reform):
        if change.kind == RIGHT:
            problems.append(ActProblem(rule="changes_an_individual_right", message=Text(
                nb=(f"Forsøket endrer {change.what}, beløpet eller et vilkår i en lovfestet individuell rettighet ({change.law}). "
                    "Det er ikke organisering eller oppgavefordeling, og kan ikke gjøres som forsøk etter forsøksloven; "
                    "det krever lovendring (eller en særlovs egen forsøkshjemmel). "),
                en=(f"The pilot changes {change.what}, the amount or a condition of a statutory individual right ({change.law}). "
                    "That is neither organisation nor division of tasks and cannot be done as a pilot under forsøksloven; "
                    "it needs a change in the law (or a sector law's own trial provision). "),
            ).in_language(language) + SECTION_3_SCOPE.in_language(language)))
        elif change.kind == UNCLASSIFIED:
            warnings.append(Text(
                nb=f"Kan ikke avgjøre hva slags endring {change.what} er etter forsøksloven § 3; det må vurderes av en person.",
                en=f"Cannot tell what kind of change {change.what} is under forsøksloven § 3; a person must judge it.",
            ).in_language(language))
    return problems, warnings


def _outside_model_warning(pilot, language: str) -> list[str]:
    if pilot.start >= FIRST_DATE and pilot.end <= LAST_DATE:
        return []
    return [Text(
        nb=(f"Modellen har regler fra {FIRST_DATE} til {LAST_DATE}; forsøksperioden {pilot.start} – {pilot.end} er bare "
            "sjekket for tap innenfor dette tidsrommet (periodegrensene i § 3 er sjekket for hele perioden)."),
        en=(f"The model has rules from {FIRST_DATE} to {LAST_DATE}; the pilot period {pilot.start} – {pilot.end} is checked "
            "for losses only inside that range (the § 3 period limits are checked for the whole period)."),
    ).in_language(language)]


class TimeBudgetExceeded(RuntimeError):
    """The validation passed its deadline (time.monotonic()) before all dates were checked."""


def validate(reform, language: str = "nb", population_size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED,
             deadline: float | None = None) -> ValidationReport:
    is_pilot = reform.pilot is not None
    problems = period_problems(reform.pilot, language) if is_pilot else []
    warnings = _legal_basis_warnings(reform, language) if is_pilot else []
    if is_pilot:
        scope, unclear = scope_problems(reform, language)
        problems += scope
        warnings += unclear + _outside_model_warning(reform.pilot, language)
    dates = dates_to_check(reform)
    if not dates:
        warnings.append(Text(
            nb="Ingen dato å sjekke: oppgi in_force (datoen endringen skal gjelde fra).",
            en="No date to check: give in_force (the date the change would take effect).",
        ).in_language(language))
    anchor = dates[0] if dates else None
    labels = _labels(anchor, population_size, seed, language)
    found: dict[tuple, list] = {}  # (family, benefit, person) → [(date, row)], in the order found
    for on in dates:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeBudgetExceeded(f"stopped before {on}")
        families = _families_on(on, anchor, population_size, seed)
        baseline = _baseline_answers(on, anchor, population_size, seed, language)
        comparison = compare(reform, families, on, language, labels=labels, respect_scope=False, baseline_answers=baseline)
        for family in comparison.families:
            for row in family.losses():
                found.setdefault((family.family, row.benefit, row.person), []).append((on, row))
    losses = [_loss(family, occurrences) for (family, _, _), occurrences in found.items()]
    if losses and not is_pilot:
        warnings.append(_losses_warning(losses).in_language(language))
    return ValidationReport(
        reform=reform.id,
        status=reform.metadata.status,
        valid=not problems and not (is_pilot and losses),
        language=language,
        model_version=MODEL_VERSION,
        problems=problems + ([_loss_problem(losses, language)] if is_pilot and losses else []),
        losses=losses,
        warnings=warnings,
        families_checked=len(labels),
        population_size=population_size,
        seed=seed,
        dates_checked=[day.isoformat() for day in dates],
    )


@lru_cache(maxsize=8)
def _families_to_check(anchor: date | None, size: int, seed: int) -> tuple[list[str], list, list]:
    """The examples' names, their files (each with the day it describes) and the reference population,
    ages counted from `anchor`."""
    names = example_names()
    generated = reference_families(size, seed, on=anchor) if anchor else []
    return names, [example_file(name) for name in names], generated


REFERENCE_FAMILY = Text(nb="referansefamilie {number}", en="reference family {number}")


def _labels(anchor: date | None, size: int, seed: int, language: str) -> list[str]:
    """How a loss names each family checked: an example by its name, a generated one by its number."""
    names, _, generated = _families_to_check(anchor, size, seed)
    numbered = REFERENCE_FAMILY.in_language(language)
    return [*names, *(numbered.format(number=number + 1) for number in range(len(generated)))]


# Answers are large (about a third of a megabyte per family): only small default-seed
# populations' baselines are kept, for the last few dates checked, so the cache holds at most
# 8 × (6 examples + 20) answers, under 100 MB. Larger populations are computed each time.
BASELINE_CACHE_DATES = 8
CACHED_POPULATION_AT_MOST = 20


@lru_cache(maxsize=BASELINE_CACHE_DATES)
def _families_on(on: date, anchor: date | None, size: int, seed: int) -> list:
    """The families as they are on `on`: each example's grades moved there from the day it describes (ADR 0030)."""
    _, examples, generated = _families_to_check(anchor, size, seed)
    return [*(family_moved(example.family, example.date, on)[0] for example in examples), *generated]


def _baseline_answers(on: date, anchor: date | None, size: int, seed: int, language: str) -> list:
    """The baseline does not depend on the reform: for a small population, computed once per date."""
    if size <= CACHED_POPULATION_AT_MOST and seed == DEFAULT_SEED:
        return _default_baseline_answers(on, anchor, size, language)
    return assemble_many(_families_on(on, anchor, size, seed), on, language)


@lru_cache(maxsize=BASELINE_CACHE_DATES)
def _default_baseline_answers(on: date, anchor: date | None, size: int, language: str) -> list:
    return assemble_many(_families_on(on, anchor, size, DEFAULT_SEED), on, language)


def _loss(family: str, occurrences: list) -> Loss:
    """One entry per family, benefit and person: the first date's details, and every date it holds."""
    on, row = occurrences[0]
    return Loss(
        family=family, date=on.isoformat(), dates=[day.isoformat() for day, _ in occurrences],
        benefit=row.benefit, name=row.name, person=row.person,
        status_before=row.status_before, status_after=row.status_after,
        amount_before=row.amount_before, amount_after=row.amount_after,
        range_before=row.range_before, range_after=row.range_after, difference=row.difference,
        difference_bound=row.difference_bound, difference_note=row.difference_note, why=row.why,
    )


def _losses_warning(losses: list[Loss]) -> Text:
    """How many benefits get worse, and in how many cases (a family, a benefit and a person): a reform may take
    away, but the proposal should say so."""
    benefits = len({loss.benefit for loss in losses})
    return Text(
        nb=f"{benefits} {'ytelse' if benefits == 1 else 'ytelser'} blir dårligere, i {len(losses)} "
           f"{'tilfelle' if len(losses) == 1 else 'tilfeller'} (familie, ytelse og person). Det er lov for Stortinget, "
           "men bør stå i forslaget.",
        en=f"{benefits} {'benefit gets' if benefits == 1 else 'benefits get'} worse, in {len(losses)} "
           f"{'case' if len(losses) == 1 else 'cases'} (family, benefit and person). Stortinget may do so, but the "
           "proposal should say it.",
    )


def _loss_problem(losses: list[Loss], language: str) -> ActProblem:
    families = list(dict.fromkeys(loss.family for loss in losses))
    benefits = sorted({loss.name for loss in losses})
    shown = ", ".join(families[:5]) + (" …" if len(families) > 5 else "")
    return ActProblem(rule="takes_rights_away", message=Text(
        nb=(f"Forsøket tar rettigheter eller beløp fra {len(families)} familier ({shown}) i: {', '.join(benefits)}. "
            "Et forsøk etter forsøksloven kan endre organisering og oppgavefordeling, ikke ta bort individuelle rettigheter. "),
        en=(f"The pilot takes rights or amounts away from {len(families)} families ({shown}) in: {', '.join(benefits)}. "
            "A pilot under the Trial Act may change organisation and the division of tasks, not take individual rights away. "),
    ).in_language(language) + SECTION_3_SCOPE.in_language(language))


def _legal_basis_warnings(reform, language: str) -> list[str]:
    if any(FORSOKSLOVEN in source.url for source in reform.pilot.legal_basis):
        return []
    return [Text(
        nb="Forsøkets rettsgrunnlag nevner ikke forsøksloven (lov 26. juni 1992 nr. 87); er det et forsøk etter en særlov?",
        en="The pilot's legal basis does not cite forsøksloven (lov 26. juni 1992 nr. 87); is it a trial under a sector law?",
    ).in_language(language)]
