"""An answer to act on (issue 17): the family total in kroner a month and a year, by payer,
with open rights as ranges; and the rights to act on, grouped by whom to contact.

The payer is the right's sector (catalogue/sectors.py); whom to contact is its agency
(catalogue/agencies.py). Days and hours are listed with their payer, never added to kroner;
omsorgspenger days by who pays them (the employer, NAV, or no one: answer/days_by_payer.py).
A line folded into another right (an "entitled" zero) is not counted; a right paid instead of
another that is still open counts as one line spanning both (forhøyet hjelpestønad replacing
the ordinary rate).
"""

from openfisca_asb.answer import total_models as tm
from openfisca_asb.answer.amount_notes import format_date
from openfisca_asb.answer.care_periods import PAID_FOR_PERIODS, TRAINING_BENEFIT
from openfisca_asb.answer.days_by_payer import PAYER_TEXT
from openfisca_asb.answer.per_day import paid_per_day
from openfisca_asb.answer.rights_named import rights_named
from openfisca_asb.catalogue import catalogue
from openfisca_asb.catalogue.agencies import AGENCY_TEXT
from openfisca_asb.rules.texts import AND, Text

OPEN = ("to_be_assessed", "missing_information")
MONTHS_A_YEAR = 12
# Rights paid only for the days the family gives: opplæringspenger, the daily rate × the training days (ftrl § 9-14,
# opplaeringspenger/amount.py), a course and not a month that comes again (review s21 caseworker M4). Their year counts
# the month's amount once: the days given in the month asked are due in the year (a period's days in other months are
# not counted: ADR 0021 addendum); left
# out, the year would drop money that is certain; × 12 would count eleven courses nobody gave.
FOR_THE_DAYS_GIVEN = (TRAINING_BENEFIT,)

MEANING = Text(
    nb="Kroner som utbetales til familien, etter reglene som gjelder {date}. Per år er månedsbeløpene × 12 pluss beløp "
       "som gis per år. Rettigheter som ikke er avklart («Må vurderes», «Mangler opplysninger»), er tatt med som et spenn "
       "fra laveste til høyeste mulige beløp der begge er kjent; de andre står under «Ikke regnet med». Dager og timer står for seg og er ikke regnet om til kroner.",
    en="Kroner paid to the family, under the rules in force on {date}. A year is the monthly amounts × 12 plus amounts "
       "given by the year. Rights not yet settled (“To be assessed”, “Missing information”) count as a range from the "
       "lowest to the highest possible amount where both are known; the others are listed as not counted. Days and hours are listed apart and not turned into kroner.",
)
LOWER_BOUND = Text(
    nb="Minst: noen satser er ikke bekreftet etter en kjent justering, så summen er minst det som vises.",
    en="At least: some rates were not verified after a known adjustment, so the total is at least what is shown.",
)
UNVERIFIED = Text(
    nb="Noen beløp bygger på satser som ikke er bekreftet for denne datoen; se merknaden ved hver rettighet.",
    en="Some amounts use rates not verified for this date; see the note with each right.",
)
SHARED_ONCE = Text(
    nb="{rights} deles mellom dere: summen regner med det barnets pleiebehov gir rom for til sammen, ikke hver enkelts "
       "beløp lagt sammen.",
    en="{rights} is shared between you: the total counts what the child's care need allows together, not each "
       "person's amount added up.",
)
PER_WEEKDAY = Text(
    nb="{rights} betales per virkedag, så månedsbeløpet følger antall virkedager i måneden. Per år er regnet som denne "
       "måneden × 12, ikke som et helt år med virkedager.",
    en="{rights} is paid per weekday, so the monthly amount follows the number of weekdays in the month. A year is "
       "counted as this month × 12, not as a full year of weekdays.",
)
DAYS_GIVEN_ONCE = Text(
    nb="{rights} gis bare for dagene som er oppgitt: per år er beløpet for dem regnet med én gang, ikke som denne "
       "måneden × 12.",
    en="{rights} is paid only for the days given: a year counts their amount once, not as this month × 12.",
)
# A month whose pleiepenger pay only the care periods with a right (reason `paid_for_the_periods_with_a_right`, ADR 0021
# addendum 0.24.0): the periods are given for their days, as a course is, and the other months keep the weekly answers
# that refuse the right. Its year counts the month's amount once, like a course's; × 12 would pay the hospital stay twelve
# times.
PERIODS_ONCE = Text(
    nb="{rights} betales denne måneden bare for periodene med rett: per år er beløpet for dem regnet med én gang, ikke "
       "som denne måneden × 12.",
    en="{rights} is paid this month only for the periods with a right: a year counts their amount once, not as this "
       "month × 12.",
)
NOT_COUNTED = Text(
    nb="Ikke regnet med, fordi beløpet ikke er kjent ennå: {rights}.",
    en="Not counted, because the amount is not known yet: {rights}.",
)


def family_total(results: list, language: str, legal_date: str, shared: dict | None = None) -> tm.FamilyTotal:
    """`shared`: for a right the caregivers share, the family's lowest and highest total a period; its
    lines then count together within that range, never as each caregiver's whole share (ADR 0027)."""
    shared = _without_periods_paid(results, shared or {})
    skipped, instead_of = _paid_instead_while_open(results)
    lines, extents, not_counted = [], [], []
    for result in results:
        benefit = catalogue()[result.benefit]
        if result.folded_into is not None or (result.benefit, result.person) in skipped:
            continue
        low_high = _low_high(result)
        unit = (result.amount or result.range).unit if low_high else None
        if unit is None or unit == "NOK":
            if not benefit.in_family_total:
                continue
            if low_high is None:
                if result.status in OPEN and _paid_in_kroner(benefit):
                    not_counted.append(_ref(result))
                continue
            lines.append((result, _total_line(result, benefit, low_high, instead_of.get((result.benefit, result.person), []))))
        elif low_high is not None:
            extents += _extents(result, low_high)
    by_payer = [_payer(payer, lines, extents, language, shared) for payer in PAYER_TEXT]
    by_payer = [payer for payer in by_payer if payer.lines or payer.extents]
    counted = [result for result, _ in lines]
    return tm.FamilyTotal(
        per_month=_sum(payer.per_month for payer in by_payer),
        per_year=_sum(payer.per_year for payer in by_payer),
        is_lower_bound=any(payer.is_lower_bound for payer in by_payer),
        is_open=any(result.status in OPEN for result in counted),
        by_payer=by_payer,
        not_counted=not_counted,
        meaning=MEANING.in_language(language).format(date=format_date(legal_date, language)),
        notes=_notes(counted, not_counted, language) + _shared_notes(lines, shared, language),
    )


def _without_periods_paid(results: list, shared: dict) -> dict:
    """The family's range of a shared right is the rules', read from the weekly answers; a month paid only for the care
    periods with a right is one they refuse (0 kr), so its caregivers' settled amounts are not held within it, nor said
    to be (ADR 0021 addendum 0.24.0)."""
    paid_for_periods = {result.benefit for result in results if _paid_for_periods(result)}
    return {right: family_range for right, family_range in shared.items() if right not in paid_for_periods}


def by_contact(results: list, language: str) -> list[tm.ContactGroup]:
    """The rights to act on (not refused, not folded into another right), by whom to contact, in catalogue order.

    One group per agency: a school right applied for at the kommune names the kommune on its card («Trondheim kommune,
    via skolen (rektor)»), one at the head teacher does not (it may be the fylkeskommune's), yet both are the school's head
    teacher, one contact (review s21 page L6). A group whose rights name it alike keeps that name, else the agency's."""
    groups: dict[str, list] = {}
    for result in results:
        if result.status != "not_entitled" and result.folded_into is None:
            groups.setdefault(result.contact.agency, []).append(result)
    return [_group(agency, members, language) for agency, members in groups.items()]


def _group(agency: str, members: list, language: str) -> tm.ContactGroup:
    names = {member.contact.name for member in members}
    name = names.pop() if len(names) == 1 else AGENCY_TEXT[agency].in_language(language)
    link_note = next((member.contact.link_note for member in members if member.contact.link_note), None)
    return tm.ContactGroup(agency=agency, name=name, rights=[_ref(member) for member in members], link_note=link_note)


def _paid_instead_while_open(results):
    """Rights paid now whose replacement is still open with a range: the replacement's line spans
    both, so the amount paid now is not counted twice. Returns the keys not counted on their own,
    and, per replacing right, the (benefit, amount) it would be paid instead of."""
    by_key = {(r.benefit, r.person): r for r in results}
    skipped, instead_of = set(), {}
    for result in results:
        zero = catalogue()[result.benefit].zero_amount
        other = by_key.get((zero.replaced_by, result.person)) if zero and zero.replaced_by else None
        if other is None or other.status not in OPEN or other.range is None or _low_high(result) is None:
            continue
        skipped.add((result.benefit, result.person))
        instead_of.setdefault((other.benefit, other.person), []).append((result.benefit, result.amount.value))
    return skipped, instead_of


def _low_high(result) -> tuple[float, float] | None:
    if result.status == "entitled" and result.amount is not None and result.amount.value > 0:
        return result.amount.value, result.amount.value
    if result.status in OPEN and result.range is not None:
        return result.range.min, result.range.max
    return None


def _paid_in_kroner(benefit) -> bool:
    return (benefit.amount_unit or "NOK") == "NOK" and bool(benefit.variables.amount or benefit.variables.amount_max)


def _ref(result) -> tm.RightRef:
    return tm.RightRef(benefit=result.benefit, person=result.person, name=result.name, status=result.status,
                       status_text=result.status_text)


def _total_line(result, benefit, low_high, instead_of: list[tuple[str, float]]) -> tm.TotalLine:
    low, high = low_high
    for _, paid_now in instead_of:  # either the amount paid now, or this right instead of it
        low, high = min(low, paid_now), max(high, paid_now)
    monthly = benefit.period == "month"
    months = MONTHS_A_YEAR if monthly and not _once_a_year(result) else 1
    return tm.TotalLine(
        **_ref(result).model_dump(),
        per_month=tm.KronerRange(min=low, max=high) if monthly else None,
        per_year=tm.KronerRange(min=_round(low * months), max=_round(high * months)),
        is_lower_bound=result.amount_is_lower_bound,
        replaces=[benefit_id for benefit_id, _ in instead_of],
    )


def _once_a_year(result) -> bool:
    """A month's amount the year counts once: paid for the days given, or only for the care periods with a right."""
    return result.benefit in FOR_THE_DAYS_GIVEN or _paid_for_periods(result)


def _paid_for_periods(result) -> bool:
    return result.reason is not None and result.reason.code == PAID_FOR_PERIODS


def _extents(result, low_high) -> list[tuple[str, tm.ExtentLine]]:
    """(payer, line) for days or hours: one line with the right's sector, or one for each who pays some of the days."""
    if not result.days_by_payer:
        return [(result.sector, _extent(result, *low_high, result.amount_meaning))]
    return [(part.payer, _extent(result, part.min, part.max, part.text)) for part in result.days_by_payer]


def _extent(result, low: float, high: float, meaning: str | None) -> tm.ExtentLine:
    shown = result.amount or result.range
    return tm.ExtentLine(**_ref(result).model_dump(), min=low, max=high, unit=shown.unit,
                         period=shown.period, meaning=meaning, is_lower_bound=result.amount_is_lower_bound)


def _payer(sector, lines, extents, language, shared) -> tm.PayerTotal:
    """What one payer gives: a sector's kroner and days, or the days no one pays (`own_risk`)."""
    own = [line for result, line in lines if result.sector == sector]
    by_right: dict[str, list] = {}
    for line in own:
        by_right.setdefault(line.benefit, []).append(line)
    parts = [_counted_once(right, right_lines, shared.get(right)) for right, right_lines in by_right.items()]
    return tm.PayerTotal(
        payer=sector,
        name=PAYER_TEXT[sector].in_language(language),
        per_month=_sum(month for month, _ in parts if month is not None),
        per_year=_sum(year for _, year in parts),
        is_lower_bound=any(line.is_lower_bound for line in own),
        lines=own,
        extents=[extent for payer, extent in extents if payer == sector],
    )


def _counted_once(right, lines, family_range) -> tuple[tm.KronerRange | None, tm.KronerRange]:
    """A right's lines summed (a month, a year); for a shared right, held within the family's range."""
    months = [line.per_month for line in lines if line.per_month is not None]
    month = _sum(months) if months else None
    year = _sum(line.per_year for line in lines)
    if family_range is None or month is None:
        return month, year
    low, high = family_range
    month = _within(month, low, high)
    return month, _within(year, low * MONTHS_A_YEAR, high * MONTHS_A_YEAR)


def _within(total: tm.KronerRange, low: float, high: float) -> tm.KronerRange:
    top = min(total.max, max(high, total.min))
    return tm.KronerRange(min=_round(min(max(total.min, low), top)), max=_round(top))


def _sum(ranges) -> tm.KronerRange:
    ranges = list(ranges)
    return tm.KronerRange(min=_round(sum(r.min for r in ranges)), max=_round(sum(r.max for r in ranges)))


def _round(value: float) -> float:
    return round(value, 2)


def _shared_notes(lines, shared, language) -> list[str]:
    """A right shared by caregivers whose lines add up to more than the family can get (ADR 0027): said, since
    the total then holds them within the family's range and is less than the lines shown."""
    most: dict[str, float] = {}
    for _, line in lines:
        if line.benefit in shared and line.per_month is not None:
            most[line.benefit] = most.get(line.benefit, 0.0) + line.per_month.max
    held = [benefit for benefit, added in most.items() if shared[benefit][1] < added - 0.5]
    return [SHARED_ONCE.in_language(language).format(rights=catalogue()[benefit].name.in_language(language)) for benefit in held]


def _names(results) -> list[str]:
    """The rights' names, each once, in order."""
    return list(dict.fromkeys(result.name for result in results))


def _notes(counted, not_counted, language) -> list[str]:
    notes = []
    if any(result.amount_is_lower_bound for result in counted):
        notes.append(LOWER_BOUND.in_language(language))
    if any(result.unverified_rate for result in counted):
        notes.append(UNVERIFIED.in_language(language))
    per_weekday = _names(result for result in counted if paid_per_day(catalogue()[result.benefit])
                         and not _once_a_year(result))
    if per_weekday:  # review s16 (page): «per år» read as the year, for a right paid per weekday
        notes.append(PER_WEEKDAY.in_language(language).format(rights=AND.in_language(language).join(per_weekday)))
    once = _names(result for result in counted if result.benefit in FOR_THE_DAYS_GIVEN)
    if once:
        notes.append(DAYS_GIVEN_ONCE.in_language(language).format(rights=AND.in_language(language).join(once)))
    by_periods = _names(result for result in counted if _paid_for_periods(result))
    if by_periods:
        notes.append(PERIODS_ONCE.in_language(language).format(rights=AND.in_language(language).join(by_periods)))
    if not_counted:
        notes.append(NOT_COUNTED.in_language(language).format(rights=rights_named([(ref.name, ref.person) for ref in not_counted], language)))
    return notes
