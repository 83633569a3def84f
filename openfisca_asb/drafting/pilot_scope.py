"""What a pilot changes, in the terms of forsøksloven § 3: which kind of deviation each change is.

Forsøksloven § 3 første ledd (rettsdata.no, VERBATIM; RULES.md §13) lets Kongen approve trials
with deviations from the rules on *how* the state, fylkeskommuner and kommuner organise their
activity and solve their tasks (a), from the *division of tasks* between state, fylkeskommunal
and kommunal bodies (b), and exemptions from state control arrangements (c). It does not let a
trial change what an individual is entitled to by law; in practice trials that need exemptions
from rules giving individuals rights are refused (RULES.md §13, SECONDARY).

Each parameter a pilot changes is classified by its path; a structural pilot by the variables it
replaces or adds (their folder: variables/<domain>/<right>/):

- organisation: who receives applications and how (the pilot's `organisation` block) — § 3 a, allowed;
- division_of_tasks: how the state and the kommune share a cost (the state's toppfinansiering
  grant) — § 3 b, allowed (a modelling judgement: a grant between levels, no one's right);
- service_standard: a level of a service the kommune provides (omsorgsstønad's rate, the SFO
  offer and its free hours) — allowed only if no family loses a right or an amount. A modelling
  judgement: raising such a level takes nothing from anyone, and lowering it is caught by the
  validator's no-loss check;
- individual_right: the amount or a condition of a statutory individual right (a folketrygd
  rate, the right to BPA or a barnekoordinator) — not something a pilot can change: rejected;
- unclassified: a path this table does not know — reported for a person to judge.
"""

import inspect
from dataclasses import dataclass
from pathlib import Path

ORGANISATION, DIVISION, SERVICE, RIGHT, UNCLASSIFIED = (
    "organisation", "division_of_tasks", "service_standard", "individual_right", "unclassified",
)

# (path prefix, kind, the law the parameter belongs to). The longest matching prefix wins.
PARAMETER_KINDS: tuple[tuple[str, str, str], ...] = (
    ("folketrygd.", RIGHT, "folketrygdloven"),
    ("kommune.bpa.", RIGHT, "pasient- og brukerrettighetsloven § 2-1 d"),
    ("kommune.barnekoordinator.", RIGHT, "pasient- og brukerrettighetsloven § 2-5 c"),
    ("kommune.omsorgsstonad.", SERVICE, "helse- og omsorgstjenesteloven § 3-6 første ledd nr. 3"),
    ("kommune.service_costs.", SERVICE, "the kommune's own cost of its services (not a rule)"),
    ("opplaering.sfo.", SERVICE, "opplæringslova § 4-5"),
    ("stat.toppfinansiering.", DIVISION, "the state grant for særlig ressurskrevende helse- og omsorgstjenester (Helsedirektoratet)"),
    ("forsok.", DIVISION, "the pilot's own parameters"),
)

# The same for a structural pilot's variables, by the folder they are defined in.
VARIABLE_KINDS: tuple[tuple[str, str, str], ...] = (
    ("folketrygd/", RIGHT, "folketrygdloven"),
    ("kommune/bpa/", RIGHT, "pasient- og brukerrettighetsloven § 2-1 d"),
    ("kommune/barnekoordinator/", RIGHT, "pasient- og brukerrettighetsloven § 2-5 c"),
    ("kommune/individuell_plan/", RIGHT, "pasient- og brukerrettighetsloven § 2-5"),
    ("kommune/koordinator/", RIGHT, "helse- og omsorgstjenesteloven § 7-3"),
    ("kommune/omsorgsstonad/", SERVICE, "helse- og omsorgstjenesteloven § 3-6 første ledd nr. 3"),
    ("kommune/avlastning/", SERVICE, "helse- og omsorgstjenesteloven § 3-6 første ledd nr. 2"),
    ("opplaering/", RIGHT, "opplæringslova"),
    ("stat/toppfinansiering/", DIVISION, "the state grant for særlig ressurskrevende helse- og omsorgstjenester (Helsedirektoratet)"),
)


@dataclass(frozen=True)
class Change:
    what: str  # a parameter path, a variable name, or "organisation"
    kind: str
    law: str


def classify_parameter(path: str) -> Change:
    return _classify(path, path, PARAMETER_KINDS)


def classify_variable(name: str, folder: str) -> Change:
    """A variable by the folder of its file below variables/ (e.g. 'stat/toppfinansiering/...')."""
    return _classify(name, folder.replace("\\", "/").strip("/") + "/", VARIABLE_KINDS)


def _classify(what: str, key: str, table) -> Change:
    found = [(prefix, kind, law) for prefix, kind, law in table if key.startswith(prefix)]
    if not found:
        return Change(what, UNCLASSIFIED, "")
    _, kind, law = max(found, key=lambda entry: len(entry[0]))
    return Change(what, kind, law)


def pilot_changes(reform) -> list[Change]:
    """Every change a pilot makes, classified: its organisation block, its parameters and (for a
    structural pilot) the variables it adds or replaces."""
    changes = [Change("organisation", ORGANISATION, "forsøksloven § 3 første ledd bokstav a")] if reform.pilot.organisation else []
    changes += [classify_parameter(override.path) for override in reform.overrides]
    if reform.kind == "structural":
        changes += [classify_variable(name, folder) for name, folder in changed_variables(reform)]
    return changes


def changed_variables(reform) -> list[tuple[str, str]]:
    """(variable, folder below variables/) for each variable the reform adds or whose formulas it replaces.
    A variable the reform adds has no folder of its own: it is placed by the variables it feeds, so it
    is classified with the first replaced variable (or left unclassified when there is none)."""
    from openfisca_asb.system import baseline_system

    baseline = baseline_system().variables
    replaced, added = [], []
    for name, variable in reform.system.variables.items():
        before = baseline.get(name)
        if before is None:
            added.append(name)
        elif _formulas(variable) != _formulas(before):
            replaced.append((name, _folder(before)))
    anchor = replaced[0][1] if replaced else ""
    return replaced + [(name, anchor) for name in added]


def _formulas(variable) -> tuple:
    return tuple((start, getattr(formula, "__code__", formula)) for start, formula in variable.formulas.items())


def _folder(variable) -> str:
    """The folder below variables/ of the file that defines the variable (e.g. 'stat/toppfinansiering')."""
    try:
        parts = Path(inspect.getfile(type(variable))).parts
    except (TypeError, OSError):
        return ""
    if "variables" not in parts:
        return ""
    start = len(parts) - 1 - parts[::-1].index("variables")
    return "/".join(parts[start + 1 : -1])
