"""What continues after a child's death, and until when: a timeline note per child who died (review of 0.22.0,
caseworker L3 of the death; ADR 0034 addendum 0.24.0).

The timeline's events after a death said what ends, each on its own date; a bereaved family reading them had to
work out what still runs. The note gathers, from those same events (so only what the model already answers), the
rights that go on past the death and the day they end:
- a folketrygd benefit given per month (`given_per_month`): paid to the end of the month of the death (ftrl § 22-12
  sjette ledd);
- forhøyet hjelpestønad: at the same sats for three months after it, where the parents had it for at least three
  years (ftrl § 6-5 fjerde ledd);
- pleiepenger: six weeks, or three months after at least three years of full pleiepenger (ftrl § 9-10 fjerde ledd);
- a year's days and credit for the care: the child is counted through the year of the death, the days only for
  absence before it (ADR 0034 addendum s24 L1).
Rights whose end in the month after is the model's reading (no provision found) are not said to continue; barnetrygd
is no right of the model and is not named.
"""

from datetime import date, timedelta

from openfisca_asb.answer.amount_notes import format_date
from openfisca_asb.answer.citations import reference_in_force
from openfisca_asb.answer.provision_words import provision_in_words
from openfisca_asb.answer.rights_named import rights_named
from openfisca_asb.answer.timeline_models import TimelineEvent, TimelineNote
from openfisca_asb.catalogue import catalogue
from openfisca_asb.catalogue.after_death import CHILD_LIVED_IN_YEAR
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.texts import Text

CODE = "after_death_continues"
HEAD = Text(nb="Etter at {child} døde {date}, fortsetter dette der familien har retten: {items}.",
            en="After {child} died on {date}, this continues where the family has the right: {items}.")
# Each provision is named in the note's language, as the answer's texts name one (answer/provision_words.py).
MONTH_END = Text(nb="{rights} ut dødsmåneden, til og med {last_day} ({provisions})",
                 en="{rights} to the end of the month of the death, through {last_day} ({provisions})")
MONTH_END_PROVISION = ftrl("22-12", ledd=6)
BY_RIGHT = {
    "forhoyet_hjelpestonad": (Text(
        nb="{rights} med samme sats til og med {last_day}, for foreldre som har hatt den i minst tre år ({provisions})",
        en="{rights} at the same rate through {last_day}, for parents who had it for at least three years ({provisions})"),
        ftrl("6-5", ledd=4)),
    "pleiepenger": (Text(
        nb="{rights} høyst til og med {last_day}: seks uker, eller tre måneder for den som har hatt fulle "
           "pleiepenger i minst tre år ({provisions})",
        en="{rights} through {last_day} at the most: six weeks, or three months for someone who has had full "
           "pleiepenger for at least three years ({provisions})"),
        ftrl("9-10", ledd=4)),
}
YEAR = Text(nb="{rights} gjelder for {year}, året barnet døde, ikke for årene etter ({provisions})",
            en="{rights} apply for {year}, the year of the death, not for the years after ({provisions})")
# Where no child of the family lives on: the year's days are for absence before the death (ADR 0034 addendum s24 L1).
DAYS_BEFORE = Text(nb="; dagene kan bare brukes for fravær før dødsfallet", en="; the days can be used only for absence before the death")
# The caregivers who hold a right, after its name: «pleiepenger for sykt barn for mor og far» (its name may end in
# brackets of its own: «Care benefit for a sick child (pleiepenger)»).
DAYS = ("omsorgspenger", "permisjon_barns_sykdom")  # the yearly rights counted in days
ONE_DAY = timedelta(days=1)


def after_death_notes(family, events: list[TimelineEvent], system, language: str) -> list[TimelineNote]:
    """One note per child who died whose death ends a right on the timeline later than the death, saying what goes
    on until then; none where nothing does."""
    notes = []
    for child in family.children:
        died = getattr(child, "date_of_death", None)
        every_child_died = all(getattr(c, "date_of_death", None) is not None for c in family.children)
        items = _items(_ended_by(events, child.id), system, died, every_child_died, language) if died is not None else []
        if items:
            text = HEAD.in_language(language).format(child=child.id, date=_day(died, language), items="; ".join(items))
            notes.append(TimelineNote(code=CODE, text=text, date=died.isoformat()))
    return notes


def _ended_by(events: list[TimelineEvent], child: str) -> dict[str, list[TimelineEvent]]:
    """The `ends` events a child's death caused, by the kind of its trigger (death, after_death, year_after_death)."""
    found: dict[str, list[TimelineEvent]] = {}
    for event in events:
        kind = next((t.kind for t in event.because if t.person == child and t.kind in ("death", "after_death", "year_after_death")), None)
        if event.kind == "ends" and kind is not None:
            found.setdefault(kind, []).append(event)
    return found


def _items(ended: dict[str, list[TimelineEvent]], system, died: date, every_child_died: bool, language: str) -> list[str]:
    items = []
    by_law = [e for e in ended.get("death", []) if catalogue()[e.benefit].given_per_month]
    if by_law:
        items.append(MONTH_END.in_language(language).format(rights=_names(by_law, language), last_day=_last_day(by_law[0], language),
                                                            provisions=provision_in_words(MONTH_END_PROVISION, language)))
    for benefit, events in _by_benefit(ended.get("after_death", [])).items():
        if benefit in BY_RIGHT:
            text, provision = BY_RIGHT[benefit]
            items.append(text.in_language(language).format(rights=_names(events, language),
                                                            last_day=_last_day(max(events, key=_date), language),
                                                            provisions=provision_in_words(provision, language)))
    yearly = ended.get("year_after_death", [])
    if yearly:
        provisions = list(dict.fromkeys(_year_provision(system, e.benefit, died, language) for e in yearly))
        days = every_child_died and any(e.benefit in DAYS for e in yearly)
        items.append(YEAR.in_language(language).format(rights=_names(yearly, language), year=date.fromisoformat(yearly[0].date).year - 1,
                                                       provisions=", ".join(provisions))
                     + (DAYS_BEFORE.in_language(language) if days else ""))
    return items


def _year_provision(system, benefit: str, died: date, language: str) -> str:
    """The provision a yearly right's «the child lived in the year» condition cites (ftrl § 9-5, aml § 12-9, ftrl § 20-8),
    named in the note's language."""
    references = system.variables[CHILD_LIVED_IN_YEAR.format(id=benefit)].reference
    return provision_in_words(reference_in_force(references if isinstance(references, (list, tuple)) else [references], died),
                              language)


def _by_benefit(events: list[TimelineEvent]) -> dict[str, list[TimelineEvent]]:
    grouped: dict[str, list[TimelineEvent]] = {}
    for event in events:
        grouped.setdefault(event.benefit, []).append(event)
    return grouped


def _names(events: list[TimelineEvent], language: str) -> str:
    """The rights by name as they read inside the sentence, each once, with the caregivers who hold it where a caregiver
    does («pleiepenger for sykt barn for mor og far»)."""
    return rights_named([(event.name, event.person if catalogue()[event.benefit].holder == "caregiver" else None)
                         for event in events], language)


def _date(event: TimelineEvent) -> str:
    return event.date


def _last_day(event: TimelineEvent, language: str) -> str:
    """The day before the event: the last day the right holds."""
    return _day(date.fromisoformat(event.date) - ONE_DAY, language)


def _day(day: date, language: str) -> str:
    return format_date(day.isoformat(), language)
