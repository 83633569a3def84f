"""What forsøksloven allows a pilot (RULES.md §13, DESIGN §4), checked; and what a reform takes away.

- What the pilot changes, classified by pilot_scope.py: organisation and the
  division of tasks are what § 3 første ledd allows; the amount or a condition
  of a statutory individual right (a folketrygd rate, the right to BPA) is not,
  and the pilot is rejected naming the change, the law and § 3; a kommune
  service standard is allowed only when no one loses (the check below). A
  change the table does not know needs judgement.
- Approval for at most 4 years, extendable by at most 2 (forsøksloven § 3). The
  Act also allows an extension until a matching reform takes effect: declared
  (`extended_until_reform`), a longer extension needs judgement.
- A pilot may change organisation and the division of tasks, never take an
  individual right or amount away (§ 3 and practice; RULES.md §13). The pilot
  is run against the example families and a seeded reference population, every
  family treated as living in a pilot kommune, on the dates that matter in its
  window; any family worse off in any right is reported by name, benefit,
  person and difference, and the pilot is rejected.

A proposal or enacted change is law made by Stortinget, not a pilot: losses
are reported for the drafter, not a reason to reject.

The verdict is one of three (review s21 drafter H2, M3, M4): allowed, rejected,
or needs judgement (`needs_judgement`; «NEEDS JUDGEMENT», «MÅ VURDERES AV EN
PERSON»). A person must judge what the tool cannot decide: a change the
classification does not know, a declared extension until a reform, a pilot that
changes nothing the model covers; and what the tool could not check, whose
message starts «NOT CHECKED:» («IKKE SJEKKET:»): a pilot whose whole period lies
outside the dates a reform can be checked on (to the projection horizon, ADR 0044), a value a right counted per calendar year reaches
only after the dates the model covers (calendar_years.py), a proposal with no
date to check (review s21 diff L10). What of the Act is never checked is listed
with every pilot's verdict (forsoksloven.py).
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
from openfisca_asb.catalogue import catalogue
from openfisca_asb.drafting.calendar_years import calendar_year_changes, warning as calendar_year_warning
from openfisca_asb.drafting.comparison import compare
from openfisca_asb.drafting.forsoksloven import NOT_CHECKED, NOTHING_TO_TRY, SECTION_3_PERIOD, SECTION_3_SCOPE, cites_the_act
from openfisca_asb.drafting.pilot_scope import RIGHT, UNCLASSIFIED, pilot_changes
from openfisca_asb.drafting.plausibility import plausibility_warnings
from openfisca_asb.facts.described_date import family_moved
from openfisca_asb.facts.examples import example_file, example_names
from openfisca_asb.drafting.reference_population import DEFAULT_SEED, DEFAULT_SIZE, reference_families
from openfisca_asb.drafting.projection import Projection, projection
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, PROJECTION_HORIZON, years_later
from openfisca_asb.rules.texts import Text
from openfisca_asb.version import MODEL_VERSION

# The start of a to_judge message for what the tool could not check, as against a point it cannot decide.
NOT_CHECKED_PREFIX = Text(nb="IKKE SJEKKET: ", en="NOT CHECKED: ")
MAX_APPROVAL_YEARS = 4
MAX_EXTENSION_YEARS = 2
Verdict = Literal["allowed", "rejected", "needs_judgement"]


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
    status_before_text: str  # the status in words, as the right's answer says it (Benefit.status_words)
    status_after_text: str
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
    verdict: Verdict  # allowed, rejected, or needs judgement (what a person must judge is in `to_judge`)
    valid: bool  # the verdict is «allowed»
    language: Literal["nb", "en"]
    model_version: str
    problems: list[ActProblem]  # why it is rejected
    to_judge: list[ActProblem]  # for a person: a point the tool cannot decide, or one it could not check (NOT CHECKED: …)
    losses: list[Loss]
    warnings: list[str]
    not_checked: list[str]  # for a pilot: the parts of forsøksloven the tool never checks
    families_checked: int
    population_size: int
    seed: int
    dates_checked: list[str]
    projection: Projection | None = None  # a date checked after the last known rules: the rules carried forward (ADR 0044)


def period_problems(pilot, language: str = "nb") -> list[ActProblem]:
    """The approval and extension limits of forsøksloven § 3 (an extension until a declared reform is judged
    instead: `extension_to_judge`)."""
    problems = []
    latest_approval_end = years_later(pilot.start, MAX_APPROVAL_YEARS) - timedelta(days=1)
    if pilot.approved_until > latest_approval_end:
        problems.append(ActProblem(rule="approval_longer_than_4_years", message=Text(
            nb=(f"Godkjenningsperioden {pilot.start} – {pilot.approved_until} er lengre enn de 4 årene forsøksloven § 3 "
                f"tillater; den kan vare til og med {latest_approval_end}. Er en del av perioden en forlengelse, oppgi approval_end."),
            en=(f"The approval period {pilot.start} – {pilot.approved_until} is longer than the 4 years forsøksloven § 3 "
                f"allows; it may last until {latest_approval_end}. If part of it is an extension, give approval_end."),
        ).in_language(language) + " " + SECTION_3_PERIOD.in_language(language)))
    latest_end = _latest_extension_end(pilot)
    if pilot.end > latest_end and not pilot.extended_until_reform:
        problems.append(ActProblem(rule="extension_longer_than_2_years", message=Text(
            nb=(f"Forlengelsen {pilot.approved_until + timedelta(days=1)} – {pilot.end} er lengre enn de 2 årene forsøksloven § 3 "
                f"tillater; forsøket kan vare til og med {latest_end}. Forlenges forsøket til en planlagt eller besluttet reform "
                "trer i kraft, oppgi reformen i extended_until_reform."),
            en=(f"The extension {pilot.approved_until + timedelta(days=1)} – {pilot.end} is longer than the 2 years forsøksloven § 3 "
                f"allows; the pilot may run until {latest_end}. If it is extended until a planned or decided reform takes "
                "effect, name the reform in extended_until_reform."),
        ).in_language(language) + " " + SECTION_3_PERIOD.in_language(language)))
    return problems


def _latest_extension_end(pilot) -> date:
    return years_later(pilot.approved_until + timedelta(days=1), MAX_EXTENSION_YEARS) - timedelta(days=1)


def extension_to_judge(pilot, language: str = "nb") -> list[ActProblem]:
    """An extension beyond 2 years until a declared reform takes effect (§ 3 tredje ledd tredje punktum): whether
    the reform is planned or decided and in line with the pilot is for a person to judge."""
    latest_end = _latest_extension_end(pilot)
    if not pilot.extended_until_reform or pilot.end <= latest_end:
        return []
    return [ActProblem(rule="extension_until_a_reform", message=Text(
        nb=(f"Forsøket forlenges ut over de 2 årene (til og med {latest_end}), til {pilot.end}, fram til reformen "
            f"«{pilot.extended_until_reform}» trer i kraft. Om reformen er planlagt eller besluttet og i samsvar med det "
            "forsøket gjelder, og om den trer i kraft da, må en person vurdere."),
        en=(f"The pilot is extended beyond the 2 years (until {latest_end}), to {pilot.end}, until the reform "
            f"«{pilot.extended_until_reform}» takes effect. Whether that reform is planned or decided and in line with what "
            "the pilot concerns, and takes effect then, is for a person to judge."),
    ).in_language(language) + " " + SECTION_3_PERIOD.in_language(language))]


def dates_to_check(reform) -> list[date]:
    """The pilot's first and last day, each 1 January and each reform date inside its window; for a proposal its
    in-force date, the dates its parameter values start and the 1 January a right counted per calendar year first
    reaches one of them; after LAST_DATE up to PROJECTION_HORIZON as a projection (ADR 0044). A pilot whose whole
    window lies outside those dates is checked, as a stand-in, on the day nearest its window (stand_in_date)."""
    starts = {override.start for override in reform.overrides} | {change.start for change in reform.parameter_changes}
    pilot = reform.pilot
    if pilot is None:
        found = starts | ({reform.metadata.in_force} if reform.metadata.in_force else set())
        found |= {change.effective for change in calendar_year_changes(reform) if change.effective <= PROJECTION_HORIZON}
        return sorted(day for day in found if FIRST_DATE <= day <= PROJECTION_HORIZON)
    first, last = max(pilot.start, FIRST_DATE), min(pilot.end, PROJECTION_HORIZON)
    if first > last:
        return [stand_in_date(pilot)]
    new_years = {date(year, 1, 1) for year in range(first.year + 1, last.year + 1)}
    inside = {day for day in starts | new_years if first <= day <= last}
    return sorted(inside | {first, last})


def stand_in_date(pilot) -> date | None:
    """For a pilot whose whole window lies outside the dates a reform can be checked on, the day nearest it; else
    None."""
    if pilot.start > PROJECTION_HORIZON:
        return PROJECTION_HORIZON
    if pilot.end < FIRST_DATE:
        return FIRST_DATE
    return None


def scope_problems(reform, language: str = "nb") -> tuple[list[ActProblem], list[ActProblem]]:
    """Changes to a statutory individual right are outside § 3 (problems); changes the table does not
    know are for a person to judge."""
    problems, to_judge = [], []
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
            to_judge.append(ActProblem(rule="unclassified_change", message=Text(
                nb=(f"Kan ikke avgjøre hva slags endring {change.what} er etter forsøksloven § 3 (organisering, oppgavefordeling, "
                    "tjenestestandard eller individuell rettighet); det må vurderes av en person."),
                en=(f"Cannot tell what kind of change {change.what} is under forsøksloven § 3 (organisation, division of tasks, "
                    "service standard or individual right); a person must judge it."),
            ).in_language(language)))
    return problems, to_judge


def changes_nothing(reform, language: str = "nb") -> list[ActProblem]:
    """A pilot with no organisation, no parameter and no formula changed: no trial under the Act is needed."""
    if pilot_changes(reform):
        return []
    return [ActProblem(rule="changes_nothing", message=NOTHING_TO_TRY.in_language(language))]


def _outside_model_warning(pilot, language: str) -> list[str]:
    if stand_in_date(pilot) is not None or (pilot.start >= FIRST_DATE and pilot.end <= PROJECTION_HORIZON):
        return []
    return [Text(
        nb=(f"En reform kan sjekkes fra {FIRST_DATE} til {PROJECTION_HORIZON} (reglene er kjent til og med {LAST_DATE}, "
            f"og ført videre uendret etter det); forsøksperioden {pilot.start} – {pilot.end} er bare "
            "sjekket for tap innenfor dette tidsrommet (periodegrensene i § 3 er sjekket for hele perioden)."),
        en=(f"A reform can be checked from {FIRST_DATE} to {PROJECTION_HORIZON} (the rules are known up to {LAST_DATE}, and "
            f"carried forward unchanged after it); the pilot period {pilot.start} – {pilot.end} is checked "
            "for losses only inside that range (the § 3 period limits are checked for the whole period)."),
    ).in_language(language)]


def outside_the_model(pilot, losses: list, language: str) -> list[ActProblem]:
    """A pilot whose whole window lies outside the model's dates: nothing in it could be checked (review s21 drafter
    H2). What the pilot's rules do on the stand-in day is said as a pointer, not a verdict."""
    stand_in = stand_in_date(pilot)
    if stand_in is None:
        return []
    families = len({loss.family for loss in losses})
    pointer = Text(
        nb=(f"Som en pekepinn er forsøkets regler prøvd på {stand_in}, dagen som kan sjekkes nærmest perioden: "
            + (f"{families} familier ville fått det dårligere (se under)." if families else "ingen fikk det dårligere.")),
        en=(f"As a pointer, the pilot's rules were tried on {stand_in}, the day that can be checked nearest the period: "
            + (f"{families} families would be worse off (see below)." if families else "no one was worse off.")),
    )
    return [ActProblem(rule="period_outside_the_model", message=NOT_CHECKED_PREFIX.in_language(language) + Text(
        nb=(f"forsøksperioden {pilot.start} – {pilot.end} ligger utenfor datoene en reform kan sjekkes på "
            f"({FIRST_DATE} til {PROJECTION_HORIZON}), så ingen dag i perioden kunne sjekkes for tap. Periodegrensene i § 3 er sjekket. "
            "Om forsøket tar bort en rettighet eller et beløp, må en person vurdere. "),
        en=(f"the pilot period {pilot.start} – {pilot.end} lies outside the dates a reform can be checked on "
            f"({FIRST_DATE} to {PROJECTION_HORIZON}), so no day in it could be checked for losses. The § 3 period limits were checked. "
            "Whether the pilot takes a right or an amount away is for a person to judge. "),
    ).in_language(language) + pointer.in_language(language))]


def calendar_years_to_judge(reform, language: str = "nb") -> tuple[list[ActProblem], list[str]]:
    """A value dated after 1 January that a right counted per calendar year reaches only after the last day that can
    be checked (the projection horizon, or the pilot's end) is for a person to judge; every such value is a warning
    (review s21 drafter H1). A value that changes only who pays is a warning: it takes nothing from a family."""
    last = min(PROJECTION_HORIZON, reform.pilot.end) if reform.pilot else PROJECTION_HORIZON
    changes = calendar_year_changes(reform)
    unchecked = [change for change in changes if change.later and change.effective > last and _touches_a_familys_right(change.rights)]
    to_judge = [ActProblem(rule="counted_per_calendar_year", message=NOT_CHECKED_PREFIX.in_language(language)
                           + calendar_year_warning(change, language) + " " + Text(
        nb=f"Det er etter {last}, den siste dagen som kan sjekkes, så om noen får det dårligere av den, er ikke sjekket.",
        en=f"That is after {last}, the last day that can be checked, so whether anyone is worse off by it was not checked.",
    ).in_language(language)) for change in unchecked]
    return to_judge, [calendar_year_warning(change, language) for change in changes if change not in unchecked]


def _touches_a_familys_right(rights) -> bool:
    """Whether any of the rights is the family's: a change to who pays (the payer view) takes nothing from a family."""
    return any(not catalogue()[right].payer_view for right in rights)


class TimeBudgetExceeded(RuntimeError):
    """The validation passed its deadline (time.monotonic()) before all dates were checked."""


def validate(reform, language: str = "nb", population_size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED,
             deadline: float | None = None) -> ValidationReport:
    is_pilot = reform.pilot is not None
    problems, to_judge, warnings = _what_the_reform_changes(reform, language)
    dates = dates_to_check(reform)
    if not dates:
        to_judge.append(ActProblem(rule="no_date_to_check", message=NOT_CHECKED_PREFIX.in_language(language) + Text(
            nb="ingen dato å sjekke. Oppgi in_force, datoen endringen skal gjelde fra.",
            en="no date to check. Give in_force, the date the change would take effect.",
        ).in_language(language)))
    losses = _losses(reform, dates, language, population_size, seed, deadline)
    if losses and not is_pilot:
        warnings.append(_losses_warning(losses).in_language(language))
    if is_pilot:
        outside = outside_the_model(reform.pilot, losses, language)  # losses on a stand-in day: a pointer, not a verdict
        to_judge += outside
        if losses and not outside:
            problems.append(_loss_problem(losses, language))
    verdict = "rejected" if problems else "needs_judgement" if to_judge else "allowed"
    return ValidationReport(
        reform=reform.id,
        status=reform.metadata.status,
        verdict=verdict,
        valid=verdict == "allowed",
        language=language,
        model_version=MODEL_VERSION,
        problems=problems,
        to_judge=to_judge,
        losses=losses,
        warnings=warnings,
        not_checked=[text.in_language(language) for text in NOT_CHECKED] if is_pilot else [],
        families_checked=len(_labels(dates[0], population_size, seed, language)) if dates else 0,
        population_size=population_size,
        seed=seed,
        dates_checked=[day.isoformat() for day in dates],
        projection=projection(dates, language),
    )


def _what_the_reform_changes(reform, language: str) -> tuple[list[ActProblem], list[ActProblem], list[str]]:
    """Problems, what a person must judge and warnings, from what the reform changes and (a pilot) its period."""
    to_judge, calendar_warnings = calendar_years_to_judge(reform, language)
    warnings = calendar_warnings + plausibility_warnings(reform, language)
    if reform.pilot is None:
        return [], to_judge, warnings
    pilot = reform.pilot
    scope, unclassified = scope_problems(reform, language)
    problems = period_problems(pilot, language) + scope
    to_judge = unclassified + extension_to_judge(pilot, language) + changes_nothing(reform, language) + to_judge
    warnings = _legal_basis_warnings(reform, language) + warnings + _outside_model_warning(pilot, language)
    return problems, to_judge, warnings


def _losses(reform, dates: list[date], language: str, population_size: int, seed: int, deadline: float | None) -> list[Loss]:
    """Every family, benefit and person worse off on a date checked, each with every date it is."""
    anchor = dates[0] if dates else None
    labels = _labels(anchor, population_size, seed, language)
    found: dict[tuple, list] = {}  # (family, benefit, person) → [(date, row)], in the order found
    for on in dates:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeBudgetExceeded(f"stopped before {on}")
        families = _families_on(on, anchor, population_size, seed)
        baseline = _baseline_answers(on, anchor, population_size, seed, language)
        comparison = compare(reform, families, on, language, labels=labels, respect_scope=False, baseline_answers=baseline,
                             with_warnings=False)
        for family in comparison.families:
            for row in family.losses():
                found.setdefault((family.family, row.benefit, row.person), []).append((on, row))
    return [_loss(family, occurrences) for (family, _, _), occurrences in found.items()]


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
        status_before_text=row.status_before_text, status_after_text=row.status_after_text,
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
    if any(cites_the_act(str(source.url)) for source in reform.pilot.legal_basis):
        return []
    return [Text(
        nb="Forsøkets rettsgrunnlag nevner ikke forsøksloven (lov 26. juni 1992 nr. 87); er det et forsøk etter en særlov?",
        en="The pilot's legal basis does not cite forsøksloven (lov 26. juni 1992 nr. 87); is it a trial under a sector law?",
    ).in_language(language)]
