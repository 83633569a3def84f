"""The notes under a timeline: what it assumes, where it stops, and the transitions it does not model.

The transitions named "not modelled" are those of the research note
docs/research/2026-11-28-applications-transitions.md B.3, shown when one of the
family's children reaches them inside the timeline.
"""

from datetime import date

from openfisca_asb.answer.amount_notes import format_date
from openfisca_asb.answer.timeline_dates import Horizon, grade_on
from openfisca_asb.answer.timeline_models import TimelineNote
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.described_date import grades_move, listed
from openfisca_asb.facts.family import has_died
from openfisca_asb.rules.dates import LAST_DATE, SCHOOL_YEAR_STARTS_IN_MONTH, years_later
from openfisca_asb.rules.texts import Text

FIRST_VGS_GRADE = 11
FREE_SFO_GRADES = (5, 6, 7)
SCHOOL_CONSENT_AGE = 15  # research note B.3, age 15: the pupil consents (secondary source)
HEALTH_CONSENT_AGE = 16  # pasient- og brukerrettighetsloven § 4-3: helserettslig myndighetsalder

TEXTS = {
    "past_last_date": Text(nb="Etter {date}, den siste datoen modellen har regler og satser for, bygger tidslinjen på at loven "
                              "og satsene fra den datoen fortsetter uendret. Hendelser etter den er merket med det.",
                           en="After {date}, the last date the model has rules and rates for, the timeline assumes that the "
                              "law and rates of that date continue unchanged. Events after it are marked so."),
    "nineteenth_birthday": Text(nb="Tidslinjen stopper {date}, når det yngste syke barnet ({person}) fyller 19 år.",
                                en="The timeline stops on {date}, when the youngest ill child ({person}) turns 19."),
    "past_nineteen": Text(nb="Det yngste syke barnet ({person}) er allerede 19 år {date}, så tidslinjen viser bare den datoen.",
                          en="The youngest ill child ({person}) is already 19 on {date}, so the timeline shows that date only."),
    "rates_today": Text(nb="Satser etter i dag ({today}) er dagens satser: reguleringer som ikke er vedtatt ennå, for "
                           "eksempel nytt grunnbeløp 1. mai, er ikke med.",
                        en="Rates after today ({today}) are today's rates: adjustments not yet decided, such as a new basic "
                           "amount (grunnbeløp) on 1 May, are not included."),
    "facts_unchanged": Text(nb="Alle opplysninger om familien er som i dag. Hendelser som bare gjelder hvis sykdom, omsorgsbehov, "
                               "arbeid eller inntekt er som nå, er merket med det.",
                            en="Every fact about the family is as today. Events that hold only while illness, care need, work "
                               "or income stay as now are marked so."),
    # A benefit given per month counts the age on the day before the month (§ 22-12 sjette ledd, review s24 M1).
    "month_start": Text(nb="Modellen regner alder og rettigheter måned for måned, fra den første dagen i måneden: en endring "
                           "ved en bursdag vises fra den første i måneden etter, og ved en bursdag den 1. fra selve "
                           "bursdagen – unntatt i en stønad som gis per måned, som gis ut bursdagsmåneden (folketrygdloven "
                           "§ 22-12 sjette ledd). Datoen i loven står ved hver hendelse.",
                        en="The model counts age and rights month by month, from the first day of the month: a change at a "
                           "birthday shows from the first of the next month, and for a birthday on the 1st from the "
                           "birthday itself – except in a benefit given per month, which is paid to the end of the "
                           "birthday's month (National Insurance Act § 22-12 sixth paragraph). The law's date is given "
                           "with each event."),
    # Said after "month_start", naming the rights whose catalogue entry has `ends_on_the_birthday`.
    "ends_on_the_birthday": Text(nb="Unntak: {rights} har en aldersgrense som gjelder dag for dag, så en endring når barnet "
                                    "når grensen, er datert selve bursdagen.",
                                 en="The exceptions: {rights} have an age limit that applies by the day, so a change when the "
                                    "child reaches it is dated the birthday itself."),
    "dates_evaluated": Text(nb="Rettighetene er regnet ut på {count} datoer der noe i loven eller familien endres (bursdager, "
                               "1. januar, 1. august ved skolestart og nytt trinn, nye satser). En endring mellom to slike "
                               "datoer vises ved den neste.",
                            en="The rights are worked out on {count} dates where something in the law or the family changes "
                               "(birthdays, 1 January, 1 August at school start and a new grade, new rates). A change between "
                               "two such dates shows at the next one."),
    # A timeline of its start date alone (a child already 19, or nothing changing before its end): one date, no next.
    "date_evaluated": Text(nb="Rettighetene er regnet ut på 1 dato, den første i tidslinjen.",
                           en="The rights are worked out on 1 date, the first of the timeline."),
    "grade_from_age": Text(nb="Trinnet til {children} er regnet ut fra alderen: skolestart i august det året barnet fyller 6, "
                              "ett trinn opp hver 1. august. Utsatt eller tidlig skolestart er ikke modellert.",
                           en="The grade of {children} is worked out from the age: school start in August of the year the child "
                              "turns 6, one grade up each 1 August. A delayed or early school start is not modelled."),
    "not_modelled_renewals": Text(
        nb="Ikke modellert: vedtak som allerede finnes, når de må fornyes (årlig oversikt over opplæringen, forlengelse av "
           "pleiepenger, ny SFO-søknad hvert år) og søknadsdatoer.",
        en="Not modelled: decisions you already have, when they must be renewed (the yearly overview of special teaching, "
           "extending pleiepenger, a new SFO application each year) and the dates you applied."),
    "not_modelled_barnehage_to_school": Text(
        nb="Ikke modellert: overgangen fra barnehage til skole for {person}. Spesialpedagogisk hjelp i barnehagen følger ikke "
           "automatisk med, og PPT kan måtte lage en ny sakkyndig vurdering.",
        en="Not modelled: the move from barnehage to school for {person}. Special-needs help in barnehage does not carry over "
           "by itself, and PPT may need to make a new expert assessment."),
    "not_modelled_free_sfo": Text(
        nb="Ikke modellert: gratis SFO på 5.–7. trinn for barn med særskilte behov ({person}).",
        en="Not modelled: free SFO in 5th–7th grade for children with special needs ({person})."),
    "not_modelled_school_consent": Text(
        nb="Ikke modellert: at {person} fra 15 år selv samtykker til sakkyndig vurdering og vedtak i skolen.",
        en="Not modelled: that {person} consents to the expert assessment and decisions at school from 15."),
    "not_modelled_health_consent": Text(
        nb="Ikke modellert: at {person} fra 16 år selv samtykker til helsehjelp (pasient- og brukerrettighetsloven § 4-3).",
        en="Not modelled: that {person} consents to health care from 16 (pasient- og brukerrettighetsloven § 4-3)."),
    "not_modelled_upper_secondary": Text(
        nb="Ikke modellert: overgangen til videregående skole for {person} – søknad på 10. trinn (1. februar med fortrinnsrett "
           "eller individuell behandling, ellers 1. mars), ny sakkyndig vurdering og nye vedtak fra fylkeskommunen.",
        en="Not modelled: the move to upper secondary school for {person} – the application in 10th grade (1 February for "
           "priority or individual treatment, else 1 March), a new expert assessment and new decisions from the county."),
    "not_modelled_adulthood": Text(
        nb="Ikke modellert: overgangen til voksen for {person} – voksne helsetjenester, rettigheter som voksen (uføretrygd, "
           "arbeidsavklaringspenger, bostøtte), fullmakt eller verge, omsorgsopptjening etter 18 år, og BPA-timer som var "
           "foreldrenes avlastning.",
        en="Not modelled: the move to adulthood for {person} – adult health services, adult rights (disability benefit, work "
           "assessment allowance, housing allowance), power of attorney or guardianship, pension earning for the carer after "
           "18, and BPA hours that were the parents' respite."),
    "reform": Text(nb="Tidslinjen viser reglene i «{title}» ({reform}) på alle datoene.",
                   en="The timeline shows the rules of '{title}' ({reform}) on every date."),
    "pilot": Text(nb="Forsøket «{title}» ({reform}) gjelder for familien fra {start} til {end}; før og etter gjelder dagens regler.",
                  en="The pilot '{title}' ({reform}) applies to the family from {start} to {end}; before and after, the current "
                     "rules apply."),
    "pilot_outside": Text(nb="Forsøket «{title}» ({reform}) gjelder ikke for familien: {why}",
                          en="The pilot '{title}' ({reform}) does not apply to the family: {why}"),
}


def _note(code: str, language: str, on: date | None = None, **values) -> TimelineNote:
    return TimelineNote(code=code, text=TEXTS[code].in_language(language).format(**values), date=on.isoformat() if on else None)


def horizon_notes(span: Horizon, count: int, today: date, language: str) -> list[TimelineNote]:
    notes = []
    if span.cut_by is not None:
        notes.append(_note(span.cut_by, language, span.end, date=_in_words(span.end, language), person=span.cut_person))
    if span.past_model_dates:
        notes.append(_note("past_last_date", language, LAST_DATE, date=_in_words(LAST_DATE, language)))
    if span.end > today:
        notes.append(_note("rates_today", language, today=_in_words(today, language)))
    notes += [_note("facts_unchanged", language), _month_start_note(language), _dates_evaluated_note(count, language)]
    return notes


def _month_start_note(language: str) -> TimelineNote:
    """That the model counts by month from its first day, and the rights whose change at an age limit is dated the
    birthday instead (the catalogue's `ends_on_the_birthday`, timeline_dates.event_day)."""
    names = [benefit.name.in_language(language) for benefit in catalogue().values() if benefit.ends_on_the_birthday]
    text = TEXTS["month_start"].in_language(language)
    if names:
        text += " " + TEXTS["ends_on_the_birthday"].in_language(language).format(rights=listed(names, language))
    return TimelineNote(code="month_start", text=text, date=None)


def _dates_evaluated_note(count: int, language: str) -> TimelineNote:
    """How many dates the rights are worked out on, one in the singular; the code is the same either way."""
    if count > 1:
        return _note("dates_evaluated", language, count=count)
    return TimelineNote(code="dates_evaluated", text=TEXTS["date_evaluated"].in_language(language), date=None)


def reform_notes(reform, family, language: str) -> list[TimelineNote]:
    """Which rules the timeline shows: a reform's on every date, a pilot's inside its window for a family in its
    kommuner (and why not, for one outside them)."""
    if reform is None:
        return []
    words = {"title": reform.metadata.title.in_language(language), "reform": reform.id}
    pilot = reform.pilot
    if pilot is None:
        return [_note("reform", language, **words)]
    why = pilot.outside_because(getattr(family, "kommunenummer", None), pilot.start)
    if why is not None:
        return [_note("pilot_outside", language, why=why.in_language(language), **words)]
    return [_note("pilot", language, pilot.start, start=_in_words(pilot.start, language), end=_in_words(pilot.end, language), **words)]


def grade_notes(family, dates: list[date], language: str) -> list[TimelineNote]:
    """The grades the timeline works out from the age, for the children at school on one of its `dates` (a child
    past 13th grade, or not at school before the end, is in no grade to work out), and the grades given, moved."""
    children = [child for child in family.children if not has_died(child, dates[0])]  # no grades after a death
    derived = [child.id for child in children if getattr(child, "school_grade", None) is None and _at_school_on_one_of(child, dates)]
    given = [child.id for child in children if getattr(child, "school_grade", None) is not None]
    notes = [_note("grade_from_age", language, children=", ".join(derived))] if derived else []
    # The sentence the answers say of grades moved (facts/described_date.py): one definition, one child or several.
    return notes + ([TimelineNote(code="grade_moved_on", text=grades_move(given, language), date=None)] if given else [])


def _at_school_on_one_of(child, dates: list[date]) -> bool:
    return any((grade_on(child, dates[0], on) or 0) >= 1 for on in dates)


def not_modelled_notes(family, span: Horizon, language: str) -> list[TimelineNote]:
    """The transitions outside the model that a child reaches inside the timeline, each with its date."""
    notes = [_note("not_modelled_renewals", language)]
    for child in family.children:
        for code, on in _transitions(child, span):
            if on is not None and span.start < on <= span.end and not has_died(child, on):
                notes.append(_note(code, language, on, person=child.id))
    return sorted(notes, key=lambda note: (note.date or "", note.code))


def _transitions(child, span: Horizon):
    school_years = [date(year, SCHOOL_YEAR_STARTS_IN_MONTH, 1) for year in range(span.start.year, span.end.year + 1)]

    def first_year_in(grades) -> date | None:
        return next((day for day in school_years if grade_on(child, span.start, day) in grades), None)

    yield "not_modelled_barnehage_to_school", first_year_in((1,))
    yield "not_modelled_free_sfo", first_year_in(FREE_SFO_GRADES)
    yield "not_modelled_school_consent", years_later(child.birth_date, SCHOOL_CONSENT_AGE)
    yield "not_modelled_health_consent", years_later(child.birth_date, HEALTH_CONSENT_AGE)
    yield "not_modelled_upper_secondary", first_year_in((FIRST_VGS_GRADE,))
    yield "not_modelled_adulthood", years_later(child.birth_date, 18)


def _in_words(day: date, language: str) -> str:
    """A date in a note's prose as the answer writes dates («1. september 2024»); the note's `date` stays ISO."""
    return format_date(day.isoformat(), language)
