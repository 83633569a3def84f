"""What a pilot changes, in the terms of forsøksloven § 3: which kind of deviation each change is.

Forsøksloven § 3 første ledd (rettsdata.no, VERBATIM; RULES.md §13) lets Kongen approve trials
with deviations from the rules on *how* the state, fylkeskommuner and kommuner organise their
activity and solve their tasks (a), from the *division of tasks* between state, fylkeskommunal
and kommunal bodies (b), exemptions from state control arrangements (c), and enhetsfylke (d). It
does not let a trial change what an individual is entitled to by law; in practice trials that need
exemptions from rules giving individuals rights are refused (RULES.md §13, SECONDARY).

Each change is classified by the right it belongs to, in one table keyed by folder: a parameter by
its path (`opplaering.sfo.free_hours_per_week` → `opplaering/sfo/`), a variable of a structural
pilot by the folder it is defined in (variables/opplaering/sfo/ → `opplaering/sfo/`). So a change
and the formula that reads it are classified alike, however the pilot is written (review s21
drafter M3); the parameters a Python pilot changes are found in its parameter tree
(parameter_changes.py), as a YAML pilot's overrides are.

- organisation: who receives applications and how (the pilot's `organisation` block) — § 3 a, allowed;
- division_of_tasks: how the state and the kommune share a cost (the state's toppfinansiering
  grant) — § 3 b, allowed (a modelling judgement: a grant between levels, no one's right);
- service_standard: a level of a service the kommune provides or a scheme no statute gives anyone
  a right to (omsorgsstønad's rate, the SFO offer and its free hours, ledsagerbevis, the grant for
  adapting a home) — allowed only if no family loses a right or an amount. A modelling judgement:
  raising such a level takes nothing from anyone, and lowering it is caught by the validator's
  no-loss check;
- individual_right: the amount or a condition of a statutory individual right (a folketrygd
  rate, BPA, støttekontakt, a barnehage place's maximum price, the leave days in
  arbeidsmiljøloven) — not something a pilot can change: rejected;
- unclassified: a folder this table does not know — the verdict is that a person must judge it.
"""

import inspect
from dataclasses import dataclass
from pathlib import Path

from openfisca_asb.rules.provisions import PARKING_PERMIT_CONDITIONS, RIGHT_TO_KOORDINATOR, Provision, ftrl, hol

ORGANISATION, DIVISION, SERVICE, RIGHT, UNCLASSIFIED = (
    "organisation", "division_of_tasks", "service_standard", "individual_right", "unclassified",
)

PBRL = "pasient- og brukerrettighetsloven"
HOL = "helse- og omsorgstjenesteloven"


def _cited(*provisions: Provision) -> str:
    """Each provision's law and section as a right's conditions cite it ("forskrift om parkeringstillatelse for
    forflytningshemmede § 3"), so the table names the provision the rules cite rather than a copy of it."""
    return ", ".join(f"{p.law.name[:1].lower()}{p.law.name[1:]} § {p.section}" for p in provisions)


# The exemption for children under 16 stands in Helsedirektoratet's rundskriv to ftrl § 5-3, the section
# variables/helse/fritak_egenandel_barn cites; helse/egenandel/ holds the age limit that right reads.
EGENANDEL_EXEMPTION = _cited(ftrl("5-3"))
TOPPFINANSIERING = "the state grant for særlig ressurskrevende helse- og omsorgstjenester (Helsedirektoratet)"

# (folder below parameters/ and variables/, kind, the law it belongs to). The longest matching folder wins.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("folketrygd/", RIGHT, "folketrygdloven"),
    ("kommune/bpa/", RIGHT, f"{PBRL} § 2-1 d"),
    ("kommune/barnekoordinator/", RIGHT, f"{PBRL} § 2-5 c"),
    ("kommune/individuell_plan/", RIGHT, f"{PBRL} § 2-5"),
    ("kommune/koordinator/", RIGHT, _cited(RIGHT_TO_KOORDINATOR, hol("7-2"))),
    ("kommune/stottekontakt/", RIGHT, f"{PBRL} § 2-1 a andre ledd ({HOL} § 3-2 første ledd nr. 6 bokstav b)"),
    ("kommune/parkeringstillatelse/", RIGHT, _cited(PARKING_PERMIT_CONDITIONS)),
    ("kommune/omsorgsstonad/", SERVICE, f"{HOL} § 3-6 første ledd nr. 3"),
    ("kommune/avlastning/", SERVICE, f"{HOL} § 3-6 første ledd nr. 2"),
    ("kommune/ledsagerbevis/", SERVICE, "Bufdir's guidelines for ledsagerbevis (a kommune scheme no statute gives a right to)"),
    ("kommune/tilpasning_bolig/", SERVICE, "forskrift om tilskudd til etablering og tilpasning av bolig § 2 (a grant the kommune has no duty to give)"),
    ("kommune/service_costs/", SERVICE, "the kommune's own cost of its services (not a rule)"),
    ("opplaering/", RIGHT, "opplæringslova"),
    ("opplaering/sfo/", SERVICE, "opplæringslova § 4-5"),
    ("barnehage/", RIGHT, "barnehageloven"),
    ("barnehage/prioritet/", RIGHT, "barnehageloven § 18"),
    ("barnehage/foreldrebetaling/", RIGHT, "forskrift om foreldrebetaling i barnehager (barnehageloven § 15)"),
    ("barnehage/spesialpedagogisk_hjelp/", RIGHT, "barnehageloven § 31"),
    ("barnehage/tilrettelegging/", RIGHT, "barnehageloven § 37"),
    ("helse/egenandel/", RIGHT, EGENANDEL_EXEMPTION),
    ("helse/fritak_egenandel_barn/", RIGHT, EGENANDEL_EXEMPTION),
    ("helse/pasientreiser/", RIGHT, f"{PBRL} § 2-6"),
    ("helse/pasientreiser_ledsager/", RIGHT, f"{PBRL} § 2-6"),
    ("arbeidsliv/", RIGHT, "arbeidsmiljøloven"),
    ("arbeidsliv/permisjon_barns_sykdom/", RIGHT, "arbeidsmiljøloven § 12-9"),
    ("arbeidsliv/redusert_arbeidstid/", RIGHT, "arbeidsmiljøloven § 10-2 fjerde ledd"),
    ("stat/toppfinansiering/", DIVISION, TOPPFINANSIERING),
    ("forsok/", DIVISION, "the pilot's own parameters"),
)


@dataclass(frozen=True)
class Change:
    what: str  # a parameter path, a variable name, or "organisation"
    kind: str
    law: str


def classify_parameter(path: str) -> Change:
    """A parameter by its dotted path (e.g. 'opplaering.sfo.free_hours_per_week')."""
    return _classify(path, path.replace(".", "/") + "/")


def classify_variable(name: str, folder: str) -> Change:
    """A variable by the folder of its file below variables/ (e.g. 'stat/toppfinansiering/...')."""
    return _classify(name, folder.replace("\\", "/").strip("/") + "/")


def _classify(what: str, key: str) -> Change:
    found = [(prefix, kind, law) for prefix, kind, law in KINDS if key.startswith(prefix)]
    if not found:
        return Change(what, UNCLASSIFIED, "")
    _, kind, law = max(found, key=lambda entry: len(entry[0]))
    return Change(what, kind, law)


def pilot_changes(reform) -> list[Change]:
    """Every change a pilot makes, classified: its organisation block, every parameter its tree changes (however
    written) and (for a structural pilot) the variables it adds or replaces."""
    changes = [Change("organisation", ORGANISATION, "forsøksloven § 3 første ledd bokstav a")] if reform.pilot.organisation else []
    changes += [classify_parameter(path) for path in dict.fromkeys(change.path for change in reform.parameter_changes)]
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
