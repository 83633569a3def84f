"""Who pays a caregiver's omsorgspenger days (ftrl §§ 9-8, 9-9; review s21 caseworker M5).

The model splits the certain days (variables/folketrygd/omsorgspenger/payer.py): an employee's employer pays the first
days of the calendar year without a refund and NAV refunds the days beyond them (§ 9-8 third ledd), or every day when
the employee only has the care of chronically ill or disabled children over 12 (fourth ledd); the self-employed and
frilansere bear the first days themselves, unpaid, and NAV pays the days beyond them (§ 9-9; Prop. 7 L (2022–2023)
chapter 5.1.1). While the right is open, the days beyond the certain ones are NAV's once the first days are all among
the certain ones (every further day lies beyond them); where they are not, who bears the open days cannot be told yet,
and the split is left out.
"""

from openfisca_asb.answer import models as out
from openfisca_asb.catalogue.sectors import SECTOR_TEXT
from openfisca_asb.rules.texts import Text

BENEFIT = "omsorgspenger"
EMPLOYER, NAV, OWN_RISK = "arbeidsliv", "nav", "own_risk"
PAYER_TEXT = {**SECTOR_TEXT, OWN_RISK: Text(nb="Ingen – dekkes av dere selv", en="No one – borne by yourselves")}
DAYS = {EMPLOYER: "omsorgsdager_employer_days", OWN_RISK: "omsorgsdager_own_risk_days", NAV: "omsorgsdager_nav_days"}
# The first days of a calendar year, before NAV pays (the parameters payer.py reads for each).
FIRST_DAYS = {EMPLOYER: "folketrygd.omsorgspenger.employer_period",
              OWN_RISK: "folketrygd.omsorgspenger.waiting_days_without_employer"}
PART_TEXT = {
    EMPLOYER: Text(nb="Arbeidsgiveren betaler de første {days} dagene selv (folketrygdloven § 9-8 tredje ledd).",
                   en="The employer pays the first {days} days itself (National Insurance Act § 9-8 third paragraph)."),
    OWN_RISK: Text(nb="De første {days} dagene får du ikke betalt: som selvstendig næringsdrivende eller frilanser dekker "
                      "du dem selv (folketrygdloven § 9-9).",
                   en="The first {days} days are unpaid: as self-employed or a freelancer you bear them yourself "
                      "(National Insurance Act § 9-9)."),
}
NAV_TEXT = {
    EMPLOYER: Text(nb="NAV betaler {days} dager: dagene etter de første {first}, som refusjon til arbeidsgiveren "
                      "(folketrygdloven § 9-8 tredje ledd).",
                   en="NAV pays {days} days: those after the first {first}, as a refund to the employer (National "
                      "Insurance Act § 9-8 third paragraph)."),
    OWN_RISK: Text(nb="NAV betaler {days} dager: fra dag {next} (folketrygdloven § 9-9).",
                   en="NAV pays {days} days: from day {next} (National Insurance Act § 9-9)."),
    None: Text(nb="NAV refunderer arbeidsgiveren for alle dagene, {days}: du har bare omsorg for kronisk syke eller "
                  "funksjonshemmede barn over 12 år (folketrygdloven § 9-8 fjerde ledd).",
               en="NAV refunds the employer for every day, {days}: you only have the care of chronically ill or disabled "
                  "children over 12 (National Insurance Act § 9-8 fourth paragraph)."),
}


def days_by_payer(benefit_id: str, shown: tuple[float, float] | None, read, first_days, language: str) -> list[out.PaidDays] | None:
    """The parts of the days `shown` (fewest, most) by payer, for omsorgspenger; `read(variable)` gives the holder's
    value, `first_days(parameter)` a parameter's value for the year. None for another right, for no days, and while who
    bears the open days cannot be told."""
    if benefit_id != BENEFIT or shown is None or shown[1] <= 0:
        return None
    certain = {payer: float(read(variable)) for payer, variable in DAYS.items()}
    bearer = next((payer for payer in FIRST_DAYS if certain[payer] > 0), None)
    open_days = shown[1] - shown[0]
    settled = certain[NAV] > 0 or (bearer is not None and certain[bearer] >= first_days(FIRST_DAYS[bearer]))
    if open_days and not settled:
        return None
    parts = [] if bearer is None else [_part(bearer, certain[bearer], certain[bearer], PART_TEXT[bearer], language)]
    nav = NAV_TEXT[bearer]
    low, high = certain[NAV], certain[NAV] + open_days
    if high > 0:
        parts.append(_part(NAV, low, high, nav, language, first=_days(certain[bearer] if bearer else 0),
                           next=_days((certain[bearer] if bearer else 0) + 1)))
    return parts


def _part(payer: str, low: float, high: float, text: Text, language: str, **more) -> out.PaidDays:
    return out.PaidDays(payer=payer, name=PAYER_TEXT[payer].in_language(language), min=low, max=high,
                        text=text.in_language(language).format(days=_span(low, high), **more))


def _span(low: float, high: float) -> str:
    return _days(low) if low == high else f"{_days(low)}–{_days(high)}"


def _days(value: float) -> str:
    return f"{value:g}"
