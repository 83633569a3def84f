"""Baseline against a reform or pilot, per family and per benefit (DESIGN §4).

Both are computed over the same families, each in one vectorised run; for a
pilot each family then gets the reform's answer only inside its scope
(`where(in_pilot, reform, baseline)`). Every benefit row tells the status and
amount before and after, the difference, whether it is a gain, a loss or an
organisation change, and why: the conditions that changed, the reason code
after, the parameters behind the change, or the pilot's scope.

An amount shown may be a lower bound of the one in force, or not verified
(ADR 0009): each side carries its flags, and the difference says what it is
then, an upper bound ("+237 kr or less") when only the amount before is a lower
bound, a lower bound when only the amount after is, else uncertain.

A change is credited only to the parameters that cause it: with one changed
parameter that is the one; with several, each is run alone over the same
families and a row is credited to those whose run alone changes it (to all of
them together when none does alone: an interaction).
"""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from openfisca_asb.answer.amount_notes import (PER, DifferenceBound, caveat_of, combined_bound, difference_bound,
                                               format_date)
from openfisca_asb.answer.models import GRADES_MOVED, Amount, AmountNote, AmountRange, without_none
from openfisca_asb.rules.adjustments import stale_rate
from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.answer.rate_flags import rate_flags
from openfisca_asb.catalogue import catalogue
from openfisca_asb.drafting.calendar_years import calendar_year_changes, warnings as calendar_year_warnings
from openfisca_asb.drafting.overrides import UNIT_ALIASES, value_on, value_with_unit
from openfisca_asb.drafting.plausibility import plausibility_warnings
from openfisca_asb.drafting.projection import Projection, projection
from openfisca_asb.parameter_tree import find
from openfisca_asb.system import baseline_system
from openfisca_asb.rules.money import kroner_text
from openfisca_asb.rules.status import STATUS_NAMES, StatusName
from openfisca_asb.rules.texts import Text
from openfisca_asb.version import MODEL_VERSION

Change = Literal["unchanged", "gain", "loss", "organisation"]
CENT = 0.005


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class BenefitComparison(_Data):
    benefit: str
    name: str
    person: str | None
    payer_view: bool
    status_before: StatusName
    status_after: StatusName
    status_before_text: str  # the status in words, as the right's answer says it (Benefit.status_words)
    status_after_text: str
    amount_before: Amount | None
    amount_after: Amount | None
    range_before: AmountRange | None
    range_after: AmountRange | None
    amount_before_is_lower_bound: bool  # the amount (and range) before is at least what is shown
    amount_before_note: AmountNote | None
    rate_unverified_before: bool  # a rate behind the amount before is not verified for the date
    amount_after_is_lower_bound: bool
    amount_after_note: AmountNote | None
    rate_unverified_after: bool
    difference: float | None  # after − before, in the amount's unit and period, of the amounts shown
    difference_bound: DifferenceBound  # what `difference` is of the true one: exact, at_most, at_least or uncertain
    difference_note: str | None  # what that means, when not exact
    agency_before: str
    agency_after: str
    change: Change
    why: list[str]


class FamilyComparison(_Data):
    family: str
    kommunenummer: str | None
    reform_applies: bool
    scope_note: str | None  # why the reform does not apply to this family (a pilot outside its scope)
    benefits: list[BenefitComparison]
    payer_view: list[BenefitComparison]
    grades_moved: str | None = Field(default=None, description=GRADES_MOVED)

    @model_serializer(mode="wrap")
    def _without_grades_not_moved(self, serialize):
        return without_none(serialize(self), "grades_moved")

    def losses(self) -> list[BenefitComparison]:
        return [row for row in self.benefits if row.change == "loss"]


class BenefitTotal(_Data):
    benefit: str
    name: str
    gains: int
    losses: int
    organisation: int
    difference: float
    difference_bound: DifferenceBound  # exact; at_most or at_least when every row's bound is that; else uncertain
    unit: str | None
    period: str | None


class Comparison(_Data):
    reform: str
    title: str
    model_version: str
    legal_date: str
    language: Literal["nb", "en"]
    families: list[FamilyComparison]
    totals: list[BenefitTotal]
    warnings: list[str] = Field(default_factory=list, description=(
        "What the drafter should know: a value of the reform dated on or before the date that a right counted per "
        "calendar year does not reach yet (it takes effect in the model from the next 1 January), and a value far from "
        "the one in force (more than 5 times it, or less than a fifth: likely a slip, such as 25 for 2.5)"))
    projection: Projection | None = Field(default=None, description=(
        "Set when the date is after the last known rules: the result is a projection, the last known rules and rates "
        "carried forward unchanged (ADR 0044)"))


def compare(reform, families, on: date, language: str = "nb", labels: list[str] | None = None,
            respect_scope: bool = True, baseline_answers: list | None = None, with_warnings: bool = True) -> Comparison:
    """Baseline against `reform` for each family on `on`.

    With `respect_scope=False` a pilot applies to every family, as if each lived in
    a pilot kommune during the window: what the validator needs. `baseline_answers`
    may pass the baseline's answers for these families, date and language when known.
    `with_warnings=False` leaves out the warnings (the validator gives its own). The plausibility warning is given here
    as in `reform show` and `validate`: a drafter who only compares should see a slip too (review s21 diff L17).
    """
    families = list(families)
    labels = labels or [f"family {number + 1}" for number in range(len(families))]
    before = baseline_answers if baseline_answers is not None else assemble_many(families, on, language) if families else []
    after = assemble_many(families, on, language, system=reform.system, reform=reform.id,
                          catalogue_overrides=reform.catalogue_overrides()) if families else []
    parameter_notes = _parameter_notes(reform, on, language)
    alone = _each_parameter_alone(reform, families, on, language, parameter_notes)
    rows = []
    for number, (family, label, base, reformed) in enumerate(zip(families, labels, before, after)):
        kommunenummer = getattr(family, "kommunenummer", None)
        applies = not respect_scope or reform.applies(kommunenummer, on)
        scope_note = None if applies else reform.pilot.outside_because(kommunenummer, on).in_language(language)
        chosen = reformed if applies else base
        rows.append(FamilyComparison(
            family=label,
            kommunenummer=kommunenummer,
            reform_applies=applies,
            scope_note=scope_note,
            benefits=_rows(base.benefits, chosen.benefits, language, _credit(parameter_notes, alone, number, base.benefits)),
            payer_view=_rows(base.payer_view, chosen.payer_view, language, _credit(parameter_notes, alone, number, base.payer_view)),
        ))
    return Comparison(
        reform=reform.id,
        title=reform.metadata.title.in_language(language),
        model_version=MODEL_VERSION,
        legal_date=on.isoformat(),
        language=language,
        families=rows,
        totals=_totals(rows),
        warnings=_warnings(reform, on, language) if with_warnings else [],
        projection=projection([on], language),
    )


def _warnings(reform, on: date, language: str) -> list[str]:
    return calendar_year_warnings(calendar_year_changes(reform), language, on) + plausibility_warnings(reform, language)


def _rows(before, after, language, notes_for) -> list[BenefitComparison]:
    after_by_key = {(row.benefit, row.person): row for row in after}
    return [_compare_row(row, after_by_key[(row.benefit, row.person)], language, notes_for(row)) for row in before]


def _each_parameter_alone(reform, families, on, language, parameter_notes) -> dict | None:
    """path → the answers with only that parameter changed; None when one parameter (or none) changes, or for a
    Python reform: a system with one of its changes alone needs the YAML overrides, so its notes are each row's."""
    if len(parameter_notes) < 2 or not families or reform.kind != "parametric":
        return None
    from openfisca_asb.drafting.loading import ParametricReform

    found = {}
    for path in parameter_notes:
        only = tuple(override for override in reform.overrides if override.path == path)
        solo = type("OneParameter", (ParametricReform,), {"reform_id": reform.id, "overrides": only})
        found[path] = assemble_many(families, on, language, system=solo(baseline_system()), reform=reform.id,
                                    catalogue_overrides=reform.catalogue_overrides())
    return found


def _credit(parameter_notes: dict, alone: dict | None, number: int, before_rows):
    """For a row, the notes of the parameters that change it (see the module's docstring)."""
    everything = list(parameter_notes.values())
    if alone is None:
        return lambda row: everything
    before_by_key = {(row.benefit, row.person): row for row in before_rows}

    def notes_for(row) -> list[str]:
        key = (row.benefit, row.person)
        causes = [note for path, note in parameter_notes.items()
                  if _outcome(_row_in(alone[path][number], key)) != _outcome(before_by_key[key])]
        return causes or everything

    return notes_for


def _row_in(answer, key):
    return next(row for row in [*answer.benefits, *answer.payer_view] if (row.benefit, row.person) == key)


def _outcome(row) -> tuple:
    return (row.status, row.amount.value if row.amount else None,
            (row.range.min, row.range.max) if row.range else None)


def _compare_row(before, after, language, parameter_notes) -> BenefitComparison:
    change = _change(before, after)
    difference = _difference(before, after)
    bound = difference_bound(caveat_of(before), caveat_of(after), difference)
    return BenefitComparison(
        benefit=before.benefit,
        name=before.name,
        person=before.person,
        payer_view=catalogue()[before.benefit].payer_view,
        status_before=before.status,
        status_after=after.status,
        status_before_text=before.status_text,
        status_after_text=after.status_text,
        amount_before=before.amount,
        amount_after=after.amount,
        range_before=before.range,
        range_after=after.range,
        amount_before_is_lower_bound=before.amount_is_lower_bound,
        amount_before_note=before.amount_note,
        rate_unverified_before=bool(before.unverified_rate),
        amount_after_is_lower_bound=after.amount_is_lower_bound,
        amount_after_note=after.amount_note,
        rate_unverified_after=bool(after.unverified_rate),
        difference=difference,
        difference_bound=bound,
        difference_note=_difference_note(bound, difference, before, after, language),
        agency_before=before.agency,
        agency_after=after.agency,
        change=change,
        why=_why(before, after, change, language, parameter_notes),
    )


def _difference(before, after) -> float | None:
    if before.amount is None and after.amount is None:
        return None
    low = before.amount.value if before.amount else 0.0
    high = after.amount.value if after.amount else 0.0
    return round(high - low, 2)


DIFFERENCE_AT_MOST = Text(
    nb="Forskjellen er {difference} eller mindre: beløpet uten reformen er minst {amount}, fordi satsen fra {date} ikke er bekreftet.",
    en="The difference is {difference} or less: the amount without the reform is at least {amount}, as the rate from {date} on was not verified.",
)
DIFFERENCE_AT_LEAST = Text(
    nb="Forskjellen er {difference} eller mer: beløpet med reformen er minst {amount}, fordi satsen fra {date} ikke er bekreftet.",
    en="The difference is {difference} or more: the amount with the reform is at least {amount}, as the rate from {date} on was not verified.",
)
DIFFERENCE_UNCERTAIN = Text(
    nb="Forskjellen {difference} er usikker og kan være høyere eller lavere: {which} bygger på satser som ikke er bekreftet for datoen.",
    en="The difference {difference} is uncertain and may be higher or lower: {which} on rates not verified for the date.",
)
UNCERTAIN_SIDES = {
    (True, False): Text(nb="beløpet uten reformen", en="the amount without the reform rests"),
    (False, True): Text(nb="beløpet med reformen", en="the amount with the reform rests"),
    (True, True): Text(nb="beløpene både uten og med reformen", en="the amounts both without and with the reform rest"),
}


def _difference_note(bound: DifferenceBound, difference, before, after, language: str) -> str | None:
    if bound == "exact":
        return None
    shown = before.amount or after.amount
    words = {"difference": signed_amount(difference, shown, language)}
    if bound in ("at_most", "at_least"):
        side = before if bound == "at_most" else after
        text = DIFFERENCE_AT_MOST if bound == "at_most" else DIFFERENCE_AT_LEAST
        return text.in_language(language).format(amount=_plain_amount(side.amount, language),
                                                 date=format_date(side.amount_note.adjusted_on, language), **words)
    which = UNCERTAIN_SIDES[(caveat_of(before) is not None, caveat_of(after) is not None)]
    return DIFFERENCE_UNCERTAIN.in_language(language).format(which=which.in_language(language), **words)


def signed_amount(value: float, amount: Amount, language: str) -> str:
    """A difference as the notes write it: «+237 kr i måneden», «−1 200 kr i året», «+3 timer i uken»."""
    sign = "−" if value < 0 else "+"
    if amount.unit == "NOK":
        figure = kroner_text(abs(value))
    else:  # "hours", "days": a parameter's unit words, in the language asked
        figure = value_with_unit(abs(value), UNIT_ALIASES.get(amount.unit, amount.unit), language)
    return f"{sign}{figure} {PER[language][amount.period]}"


def _plain_amount(amount: Amount, language: str) -> str:
    return signed_amount(amount.value, amount, language).lstrip("+")


def _rank(status: str) -> int:
    return STATUS_NAMES.index(status)


def _direction(before, after) -> int:
    """-1 when the family is worse off, 1 when better off, 0 when neither; a loss anywhere wins."""
    signs = [_rank(after.status) - _rank(before.status)]
    if before.amount and after.amount:
        signs.append(_sign(after.amount.value - before.amount.value))
    if before.range and after.range:
        signs += [_sign(after.range.min - before.range.min), _sign(after.range.max - before.range.max)]
    if any(sign < 0 for sign in signs):
        return -1
    return 1 if any(sign > 0 for sign in signs) else 0


def _sign(value: float) -> int:
    return 0 if abs(value) < CENT else (1 if value > 0 else -1)


def _change(before, after) -> Change:
    direction = _direction(before, after)
    if direction < 0:
        return "loss"
    if direction > 0:
        return "gain"
    if before.agency != after.agency or before.how_to_apply != after.how_to_apply:
        return "organisation"
    return "unchanged"


def _why(before, after, change, language, parameter_notes) -> list[str]:
    if change == "unchanged":
        return []
    lines = []
    if before.status != after.status:
        lines.append(_status_line(before.status_text, after.status_text, language))
        lines += _condition_lines(before, after, language)
    if before.reason != after.reason and after.reason is not None:
        lines.append(("Begrunnelse etter: " if language == "nb" else "Reason after: ") + after.reason.text)
    if change in ("gain", "loss"):
        lines += parameter_notes
    if before.agency != after.agency:
        lines.append(("Søk via: " if language == "nb" else "Apply via: ") + after.agency)
    elif before.how_to_apply != after.how_to_apply:
        lines.append(("Slik søker du: " if language == "nb" else "How to apply: ") + after.how_to_apply.text)
    return lines


def _status_line(before: str, after: str, language: str) -> str:
    """The statuses in the right's own words, as its answers say them (Benefit.status_words)."""
    words = Text(nb="Status", en="Status").in_language(language)
    return f"{words}: {before} → {after}"


def _condition_lines(before, after, language) -> list[str]:
    outcomes_after = {condition.variable: condition for condition in after.conditions}
    lines = []
    for condition in before.conditions:
        new = outcomes_after.get(condition.variable)
        if new is not None and new.outcome != condition.outcome:
            lines.append(f"{new.text} {condition.outcome_text} → {new.outcome_text} ({new.reference.citation})")
    return lines


def _parameter_notes(reform, on: date, language: str) -> dict[str, str]:
    """What the reform sets on this date, where it differs from the baseline: parameter path → note. The parameters
    are read from the reformed tree, so a Python reform's `modify_parameters` is named as a YAML override is; a
    Python reform's changed formulas are one note more, "(structural)"."""
    notes = {}
    if reform.kind != "parametric":
        title = reform.metadata.title.in_language(language)
        notes["(structural)"] = ("Reformen endrer reglene: " if language == "nb" else "The reform changes the rules: ") + title
    for path in sorted({change.path for change in reform.parameter_changes}):
        old, new = value_on(baseline_system().parameters, path, on), value_on(reform.system.parameters, path, on)
        if old == new:
            continue
        leaf = find(reform.system.parameters, path)
        label = leaf.metadata.get("label_nb" if language == "nb" else "label_en") or path
        unit = leaf.metadata.get("unit")
        verb = "Reformen setter" if language == "nb" else "The reform sets"
        at_least, caveat = value_caveat(path, on, language)
        said_alone = caveat or unit == "currency-NOK"  # «32 → 40 hours», «15 156 kr → 18 000 kr»
        was = f"{at_least}{value_with_unit(old, unit if said_alone else None, language)}" + (f" ({caveat})" if caveat else "")
        notes[path] = f"{verb} {label} ({path}): {was} → {value_with_unit(new, unit, language)}"
    return notes


VALUE_CAVEATS = {  # rate_flags.RateFlag.reason → what it says of the value in force
    "unverified_value": Text(nb="verdien er ikke bekreftet", en="the value was not verified"),
    "after_last_verified_value": Text(nb="verdien etter {date} er ikke bekreftet", en="the value after {date} was not verified"),
    "after_known_adjustment": Text(nb="verdien fra {date} er ikke bekreftet", en="the value from {date} on was not verified"),
}


def value_caveat(path: str, on: date, language: str) -> tuple[str, str]:
    """("≥ " when the baseline value of `path` in force on `on` is a lower bound of the true one, else "";
    why it is not verified, or "" when it is), as `asb entitlements` flags an amount (ADR 0009); nothing for a
    parameter the baseline does not have."""
    leaf = find(baseline_system().parameters, path)
    if leaf is None:
        return "", ""
    stale = stale_rate(leaf, on)
    flags = rate_flags(baseline_system(), [path], on)
    if stale is not None:  # the missing adjustment says most
        reason, day = "after_known_adjustment", stale.adjusted_on
    elif flags:
        reason, day = flags[0].reason, flags[0].last_value_still_valid_on
    else:
        return "", ""
    caveat = VALUE_CAVEATS[reason].in_language(language).format(date=format_date(day, language) if day else "")
    return ("≥ " if stale is not None and stale.stale_value_is == "lower_bound" else ""), caveat


def _totals(families: list[FamilyComparison]) -> list[BenefitTotal]:
    totals: dict[str, dict] = {}
    for family in families:
        for row in [*family.benefits, *family.payer_view]:
            entry = totals.setdefault(row.benefit, {
                "benefit": row.benefit, "name": row.name, "gains": 0, "losses": 0, "organisation": 0,
                "difference": 0.0, "bounds": set(), "unit": None, "period": None,
            })
            if row.change == "gain":
                entry["gains"] += 1
            elif row.change == "loss":
                entry["losses"] += 1
            elif row.change == "organisation":
                entry["organisation"] += 1
            amount = row.amount_after or row.amount_before
            if row.difference is not None and amount is not None:
                entry["difference"] = round(entry["difference"] + row.difference, 2)
                entry["unit"], entry["period"] = amount.unit, amount.period
                entry["bounds"].add(row.difference_bound)
    return [BenefitTotal(**{key: value for key, value in entry.items() if key != "bounds"},
                         difference_bound=combined_bound(entry["bounds"])) for entry in totals.values()]

