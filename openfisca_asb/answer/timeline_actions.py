"""What to do before an event in a family's rights, and how long before (issue 21 [transitions]).

The advice for named transitions comes from the research note
docs/research/2026-11-28-applications-transitions.md part B (B.1), each with its
confidence there; a lead time the sources do not fix is said to be unfixed, not
invented. Every other start, end or change gets the catalogue's own way to apply
and its back-payment rule (variables/common/deadlines.yaml).
An advice's text says what to do and its lead time by when: every surface shows
the two one after the other, so the date is said once, in the lead time.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from openfisca_asb.answer.citations import legal_reference, references_in_force
from openfisca_asb.answer.timeline_dates import DEATH_KINDS, Trigger
from openfisca_asb.answer.timeline_models import TimelineAction
from openfisca_asb.catalogue import Benefit
from openfisca_asb.catalogue.application import deadlines
from openfisca_asb.rules.provisions import ftrl, hol, opplaringslova_1998, opplaringslova_2023, pbrl
from openfisca_asb.rules.texts import Text

NO_FIXED_TIME = Text(nb="Ingen fast frist er funnet i loven eller hos myndighetene: gjør det i god tid.",
                     en="No fixed time limit was found in the law or with the authorities: do it in good time.")
SFO_PROVISIONS = (opplaringslova_2023("4-5"), opplaringslova_1998("13-7"))
SFO_DEADLINE = Text(nb="Kommunens søknadsfrist for SFO (ulik fra kommune til kommune).",
                    en="The municipality's SFO application deadline (it differs between municipalities).")
SCHOOL_START_PROVISIONS = (opplaringslova_2023(), opplaringslova_1998("2-1", ledd=3))
# The school rights PPT's sakkyndig vurdering and the school's decisions are for; SFO has its own advice (review s23 L5).
SCHOOL_RIGHTS = ("individuelt_tilrettelagt_opplaering", "personlig_assistanse", "fysisk_tilrettelegging", "skoleskyss")
# The barnekoordinator is the right in pbrl § 2-5 c and the kommune's duty in hol § 7-2 a: «rett til barnekoordinator i
# samsvar med helse- og omsorgstjenesteloven § 7-2 a» (Helsedirektoratet's rundskriv to pbrl § 2-5 c); hol § 7-2 is the
# ordinary koordinator the family is told to ask for after 18 (review s21 M16).
RIGHT_TO_BARNEKOORDINATOR = (pbrl("2-5 c"), hol("7-2 a"), hol("7-2"))


@dataclass(frozen=True)
class Advice:
    """Advice for one right at one transition: `age` is the age of a birthday or of a calendar-year age limit passed."""

    benefit: str
    kinds: tuple[str, ...]
    text: Text
    lead_time: Text
    provisions: tuple  # those in force on the event's date are cited, in this order (a dated alternative: the one then)
    confidence: str
    trigger: str | None = None
    age: int | None = None
    grade: int | None = None
    act_before_trigger: bool = False  # the last day to act is the day before the trigger's date


ADVICE = [
    Advice(
        "omsorgspenger", ("ends", "amount_changes", "status_changes"), trigger="age_limit", age=12,
        text=Text(nb="Søk NAV om utvidet rett for kronisk sykt barn (skjema NAV 09-06.05), så barnet fortsatt telles med til "
                     "og med året det fyller 18.",
                  en="Apply to NAV for the extended right for a chronically ill child (form NAV 09-06.05), so the child keeps "
                     "counting until the end of the year it turns 18."),
        lead_time=Text(nb="Senest 31. desember i året barnet fyller 12.", en="By 31 December of the year the child turns 12."),
        provisions=(ftrl("9-5"),), confidence="verbatim", act_before_trigger=True),
    Advice(
        "pleiepenger", ("ends", "status_changes"), trigger="birthday", age=18,
        text=Text(nb="Har barnet en utviklingshemming og en livstruende eller svært alvorlig sykdom eller skade, kan "
                     "pleiepenger gis også etter 18 år: skaff legeerklæring om dette fra spesialisthelsetjenesten og søk "
                     "på samme skjema.",
                  en="If the child has an intellectual disability and a life-threatening or very serious illness or injury, "
                     "pleiepenger can continue after 18: get a statement on this from a specialist doctor and apply on the "
                     "same form."),
        lead_time=Text(nb="Før 18-årsdagen. " + NO_FIXED_TIME.nb, en="Before the 18th birthday. " + NO_FIXED_TIME.en),
        provisions=(ftrl("9-10", ledd=3),), confidence="verbatim", act_before_trigger=True),
    Advice(
        "forhoyet_hjelpestonad", ("ends",), trigger="birthday", age=18,
        text=Text(nb="Forhøyet hjelpestønad gis bare til barn under 18 år. Vanlig hjelpestønad har ingen aldersgrense og "
                     "kan fortsette: regn med at NAV vurderer saken på nytt. Får dere omsorgsstønad fra kommunen, kan også "
                     "den bli vurdert på nytt.",
                  en="Increased assistance allowance is for children under 18 only. The ordinary assistance allowance has no "
                     "age limit and can continue: expect NAV to reassess. If you receive omsorgsstønad from the "
                     "municipality, it may be reassessed too."),
        lead_time=NO_FIXED_TIME, provisions=(ftrl("6-5"),), confidence="inferred"),
    Advice(
        "barnekoordinator", ("ends",), trigger="birthday", age=18,
        text=Text(nb="Retten til barnekoordinator gjelder til barnet fyller 18. Be kommunen om en koordinator og en "
                     "individuell plan, som ikke har aldersgrense, og planlegg overgangen til tjenester for voksne.",
                  en="The right to a child coordinator lasts until the child turns 18. Ask the municipality for a "
                     "coordinator and an individual plan, which have no age limit, and plan the move to services for adults."),
        lead_time=Text(nb="Før 18-årsdagen. " + NO_FIXED_TIME.nb, en="Before the 18th birthday. " + NO_FIXED_TIME.en),
        provisions=RIGHT_TO_BARNEKOORDINATOR, confidence="secondary", act_before_trigger=True),
    Advice(
        "sfo", ("ends", "status_changes", "amount_changes"), trigger="new_grade", grade=5,
        text=Text(nb="Etter 4. trinn må kommunen tilby SFO bare til barn med særskilte behov, til og med 7. trinn. "
                     "Dokumenter behovene for rektors vurdering, og søk innen kommunens SFO-frist for 5. trinn; noen "
                     "kommuner krever ny søknad hvert skoleår.",
                  en="After 4th grade the municipality must offer SFO only to children with special needs, up to 7th grade. "
                     "Document the needs for the head teacher's assessment and apply by the municipality's SFO deadline for "
                     "5th grade; some municipalities require a new application each school year."),
        lead_time=SFO_DEADLINE, provisions=SFO_PROVISIONS, confidence="secondary", act_before_trigger=True),
    Advice(
        # SFO is applied for at the kommune, often through the school, by the kommune's own deadline, with the child's
        # special needs described: an application of its own, not PPT's assessment (the catalogue's how to apply).
        "sfo", ("starts", "status_changes"), trigger="school_start",
        text=Text(nb="Søk om SFO-plass hos kommunen, ofte digitalt via skolen: det er en egen søknad, ikke en del av PPTs "
                     "sakkyndige vurdering. Fortell om barnets særskilte behov i søknaden, og legg gjerne ved "
                     "dokumentasjon av dem.",
                  en="Apply for an SFO place with the municipality, often online through the school: it is an application "
                     "of its own, not part of PPT's expert assessment. Describe the child's special needs in the "
                     "application, and attach documentation of them if you can."),
        lead_time=SFO_DEADLINE,
        # No act_by: the kommune's deadline, not the day before school starts, is the last day (as for PPT's advice).
        provisions=SFO_PROVISIONS, confidence="secondary"),
    Advice(
        "sfo", ("ends",), trigger="new_grade", grade=8,
        # SFO is a duty of the kommune to have an offer, not a right to a place (Udir: «Alle kommuner skal ha et tilbud
        # om skolefritidsordning … Tilbudet skal gjelde for … barn med særskilte behov på 1.-7. trinn»).
        text=Text(nb="Kommunen skal ha et SFO-tilbud til og med 7. trinn, ikke lenger: planlegg annen omsorg etter "
                     "skoletid, for eksempel avlastning eller brukerstyrt personlig assistanse fra kommunen.",
                  en="The municipality must have an SFO offer up to 7th grade, not beyond: plan other care after school, "
                     "for example respite care or user-controlled personal assistance from the municipality."),
        lead_time=NO_FIXED_TIME, provisions=SFO_PROVISIONS, confidence="inferred", act_before_trigger=True),
    *[
        Advice(
            benefit, ("starts", "status_changes"), trigger="school_start",
            text=Text(nb="Be om henvisning til PPT og sakkyndig vurdering, og søk skolen om vedtak om opplæring, assistanse, "
                         "fysisk tilrettelegging og skyss. Spesialpedagogisk hjelp i barnehagen "
                         "følger ikke automatisk med til skolen.",
                      en="Ask for a referral to PPT (the educational-psychological service) and an expert assessment "
                         "(sakkyndig vurdering), and apply to the school for decisions on teaching, assistance, physical "
                         "adaptation and transport. Special-needs help in barnehage does "
                         "not carry over to school by itself."),
            lead_time=Text(nb="«I god tid før skolestart» (Udir). " + NO_FIXED_TIME.nb,
                           en="\"In good time before school starts\" (Udir). " + NO_FIXED_TIME.en),
            # No act_by: the day before school starts would read as the deadline, far too late for PPT's assessment
            # and the decisions; the lead time says "in good time" (review s16d portal #7).
            provisions=SCHOOL_START_PROVISIONS, confidence="verbatim")
        for benefit in SCHOOL_RIGHTS
    ],
]

START = Text(nb="Søk: {how}", en="Apply: {how}")
END = Text(nb="Avklar i god tid med den som gir retten hva som gjelder etterpå, og hva som kan komme i stedet.",
           en="Ask in good time whoever grants the right what applies afterwards, and what can take its place.")
ASSESS = Text(nb="Be om en ny vurdering: {how}", en="Ask for a new assessment: {how}")


def actions_for(benefit: Benefit, kind: str, status_after: str, event_date: date, triggers: list[Trigger],
                language: str) -> list[TimelineAction]:
    """The named advice for this transition, or else the catalogue's way to apply (or to plan for an end); none for
    a change a child's death brought (ADR 0034: nothing to apply for, and nothing takes the child's place), nor for
    one the model's missing rates brought (the right itself goes on)."""
    if triggers and all(trigger.kind in (*DEATH_KINDS, "rates_not_found") for trigger in triggers):
        return []  # nothing to apply for: a death, or the model's rates, not the family's right, changed it
    named = [advice for advice in ADVICE if _matches(advice, benefit.id, kind, triggers)]
    if named:
        return [_named(advice, event_date, triggers, language) for advice in named]
    if kind == "amount_changes":
        return []
    if kind == "ends":
        return [TimelineAction(text=END.in_language(language),
                               lead_time=NO_FIXED_TIME.in_language(language), confidence="inferred")]
    how = benefit.how_to_apply.in_language(language)
    template = START if status_after == "entitled" or kind == "starts" else ASSESS
    return [_applying(benefit, template.in_language(language).format(how=how),
                      event_date, language)]


def _matches(advice: Advice, benefit: str, kind: str, triggers: list[Trigger]) -> bool:
    if advice.benefit != benefit or kind not in advice.kinds:
        return False
    return any(
        trigger.kind == advice.trigger
        and (advice.age is None or trigger.age == advice.age)
        and (advice.grade is None or trigger.grade == advice.grade)
        for trigger in triggers
    )


def _named(advice: Advice, event_date: date, triggers: list[Trigger], language: str) -> TimelineAction:
    trigger_date = min((t.on for t in triggers if t.kind == advice.trigger), default=event_date)
    cited = [legal_reference(reference, language) for reference in references_in_force(advice.provisions, event_date)]
    return TimelineAction(
        text=advice.text.in_language(language),
        lead_time=advice.lead_time.in_language(language),
        act_by=(trigger_date - timedelta(days=1)).isoformat() if advice.act_before_trigger else None,
        provision=cited[0], provisions=cited,
        confidence=advice.confidence,
    )


def _applying(benefit: Benefit, text: str, event_date: date, language: str) -> TimelineAction:
    """Apply, with the back-payment rule: NAV pays some months back; a municipal service runs from its decision."""
    rule_id = benefit.application.back_payment if benefit.application else None
    rule = deadlines().back_payment.get(rule_id) if rule_id else None
    if rule is None:
        return TimelineAction(text=text, lead_time=NO_FIXED_TIME.in_language(language), confidence="unverified")
    act_by = _last_day_of_month(event_date, rule.months) if rule.months else event_date - timedelta(days=1)
    provision = legal_reference(rule.provision.url, language) if rule.provision else None
    return TimelineAction(text=text, lead_time=rule.text.in_language(language), act_by=act_by.isoformat(),
                          provision=provision, provisions=[provision] if provision else [],
                          confidence="verbatim" if rule.verified else "inferred")


def _last_day_of_month(day: date, months_later: int) -> date:
    """The last day of the month `months_later` after `day`'s: a claim made then still reaches back to `day`'s month."""
    month = day.month - 1 + months_later + 1
    first_after = date(day.year + month // 12, month % 12 + 1, 1)
    return first_after - timedelta(days=1)
