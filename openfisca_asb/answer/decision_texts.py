"""Words for decision checks and draft complaints, in bokmål and English."""

from openfisca_asb.answer.amount_notes import PER
from openfisca_asb.answer.models import Amount
from openfisca_asb.rules.money import THOUSANDS_SEPARATOR, kroner_text
from openfisca_asb.rules.texts import Text

SUMMARY = {
    "agrees": Text(
        nb="Vedtaket stemmer med reglene slik modellen forstår dem ut fra opplysningene dere ga.",
        en="The decision matches the rules as the model reads them from the facts you gave.",
    ),
    "differs": Text(
        nb="Modellen kommer til et annet resultat enn vedtaket ut fra opplysningene dere ga. Se vilkårene og hva vedtaket kan ha bygget på.",
        en="The model comes to a different result from the decision on the facts you gave. See the conditions and what the decision may have turned on.",
    ),
    "open": Text(
        nb="Modellen kan ikke avgjøre saken: den bygger på skjønn eller på opplysninger som mangler. Vedtaket kan ha bygget på et skjønn dere kan klage på.",
        en="The model cannot settle the case: it turns on discretion or on facts that are missing. The decision may rest on a judgment you can complain about.",
    ),
    "differs_in_family_favour": Text(
        nb="Vedtaket gir dere mer enn modellen finner grunnlag for ut fra opplysningene dere ga.",
        en="The decision gives you more than the model finds grounds for on the facts you gave.",
    ),
}

# Open because the model lacks the rate in force on the date (reason code rates_not_found, ADR 0009 addendum), not
# because the law leaves it to discretion: the family can compare what it documented with the agency's current rate.
RATES_NOT_FOUND_SUMMARY = Text(
    nb="Modellen kan ikke avgjøre saken fordi den mangler satsen som gjelder nå. Det er ikke et skjønn: dere kan sjekke det selv ved å sammenligne det dere har dokumentert, med satsen {agency} bruker nå (se vilkårene).",
    en="The model cannot settle the case because it lacks the rate in force now. This is not discretion: you can check it yourselves by comparing what you have documented with the rate {agency} uses now (see the conditions).",
)
RATES_NOT_FOUND_COMPLAINT = Text(
    nb="Hvis det dere har dokumentert, når den satsen, kan dere klage på vedtaket.",
    en="If what you have documented reaches that rate, you can complain about the decision.",
)

# A right the model finds replaced by another the same person is paid instead (folded_into; ordinary hjelpestønad by
# forhøyet hjelpestønad). {name} and {replacing} are the rights' names inside a sentence, {model} the replacing amount.
REPLACED_BY = {
    False: Text(
        nb="Modellen finner at {name} her erstattes av {replacing}: {model}.",
        en="The model finds that {name} is replaced here by {replacing}: {model}.",
    ),
    True: Text(  # the replacing amount is a lower bound (ADR 0009)
        nb="Modellen finner at {name} her erstattes av {replacing}: {model}, en nedre grense som ikke er bekreftet for denne datoen.",
        en="The model finds that {name} is replaced here by {replacing}: {model}, a lower bound not verified for this date.",
    ),
}
REPLACED_RIGHT_GRANTED = Text(
    nb="Et vedtak om {name} gir mindre enn det modellen finner grunnlag for ut fra opplysningene dere ga. Se vilkårene.",
    en="A decision on {name} gives less than the model finds grounds for on the facts you gave. See the conditions.",
)
CHECK_THE_RATE_FIRST = Text(nb="Sjekk satsen som gjelder nå, før dere klager.", en="Check the rate in force now before you complain.")

LOWER_WITHOUT_AMOUNT = Text(
    nb="Oppgi beløpet dere fikk innvilget for å sammenligne med modellens beløp.",
    en="Give the amount you were granted to compare it with the model's amount.",
)

NO_DRAFT_WITHOUT_AMOUNT = Text(
    nb="Et utkast til klage gis når beløpet er oppgitt: uten det kan modellen ikke si om vedtaket gir mindre enn den finner.",
    en="A draft complaint is offered once the amount is given: without it the model cannot tell whether the decision gives less than it finds.",
)

# A lower grant beside the model's amount (decision_check._summary). {model} and {decided} are amounts in words,
# {model} with «minst» where it is a lower bound (ADR 0009) or the lowest amount of a range.
AMOUNT_NEEDED = Text(
    nb="Modellen finner at vilkårene er oppfylt, og kommer til {model}. For å sammenligne med vedtaket trengs beløpet dere fikk innvilget: oppgi det.",
    en="The model finds the conditions met and comes to {model}. To compare it with the decision, the amount you were granted is needed: give it.",
)
NOTHING_TO_COMPARE = Text(
    nb="Modellen finner at vilkårene er oppfylt, men regner ikke ut noe beløp, grad eller antall timer for denne rettigheten, så den kan ikke sammenligne med vedtaket.",
    en="The model finds the conditions met but works out no amount, grade or hours for this right, so it cannot compare it with the decision.",
)
LOWER_BOUND_REACHED = Text(
    nb="Modellen kan ikke avgjøre om vedtaket gir for lite. Modellens beløp er bare en nedre grense som ikke er bekreftet for denne datoen: {model}. Vedtaket gir {decided}, altså ikke mindre, og det kan være satsen som gjelder nå.",
    en="The model cannot tell whether the decision gives too little. The model's amount is only a lower bound, not verified for this date: {model}. The decision gives {decided}, no less than that, and it may be the rate in force now.",
)
BELOW_UNVERIFIED_LOWER_BOUND = {
    "amount": Text(
        nb="Merk: modellens beløp er bare en nedre grense som ikke er bekreftet for denne datoen: {model}. Vedtaket gir {decided}. Sjekk satsen som gjelder nå, før dere klager.",
        en="Note: the model's amount is only a lower bound, not verified for this date: {model}. The decision gives {decided}. Check the rate in force now before you complain.",
    ),
    "lowest": Text(
        nb="Merk: modellens laveste beløp er bare en nedre grense som ikke er bekreftet for denne datoen: {model}. Vedtaket gir {decided}. Sjekk satsene som gjelder nå, før dere klager.",
        en="Note: the model's lowest amount is only a lower bound, not verified for this date: {model}. The decision gives {decided}. Check the rates in force now before you complain.",
    ),
}
# ADR 0009: a rate not verified on the date (carried past an adjustment that may go either way, or flagged unverified).
NOT_VERIFIED_AMOUNT = {
    "amount": Text(
        nb="Merk: modellens beløp bygger på verdier som ikke er bekreftet for denne datoen, og de som gjelder, kan gi mer eller mindre: {model}. Vedtaket gir {decided}. Sjekk hva som gjelder på denne datoen, før dere klager.",
        en="Note: the model's amount rests on values not verified for this date, and those in force may give more or less: {model}. The decision gives {decided}. Check what applies on this date before you complain.",
    ),
    "lowest": Text(
        nb="Merk: modellens laveste beløp bygger på verdier som ikke er bekreftet for denne datoen, og de som gjelder, kan gi mer eller mindre: {model}. Vedtaket gir {decided}. Sjekk hva som gjelder på denne datoen, før dere klager.",
        en="Note: the model's lowest amount rests on values not verified for this date, and those in force may give more or less: {model}. The decision gives {decided}. Check what applies on this date before you complain.",
    ),
}
AT_LEAST = Text(nb="minst ", en="at least ")
AMOUNT_BLANK = Text(nb="[beløp]", en="[amount]")
DRAFT_AMOUNTS = Text(
    nb="Vedtaket gir {decided}. Etter reglene slik vi forstår dem, skal det være {model}.",
    en="The decision gives {decided}. By the rules as we read them, it should be {model}.",
)
DECISION_GIVES = Text(nb="Vedtaket gir {decided}. ", en="The decision gives {decided}. ")
DRAFT_REPLACED = {  # by whether the replacing right's amount is claimed (DRAFT_OUR_AMOUNT follows where it is not)
    True: Text(
        nb="Etter reglene slik vi forstår dem, har vi rett til {replacing}, som erstatter {name}: {model}.",
        en="By the rules as we read them, we are entitled to {replacing}, which replaces {name}: {model}.",
    ),
    False: Text(
        nb="Etter reglene slik vi forstår dem, har vi rett til {replacing}, som erstatter {name}.",
        en="By the rules as we read them, we are entitled to {replacing}, which replaces {name}.",
    ),
}
DRAFT_UNVERIFIED = Text(
    nb="Beløpet vårt er en nedre grense, regnet ut fra en tidligere sats: satsen som gjelder nå, har vi ikke fått bekreftet.",
    en="Our amount is a lower bound, worked out from an earlier rate: we have not had the rate in force now confirmed.",
)
DRAFT_NOT_VERIFIED = Text(
    nb="Beløpet vårt bygger på verdier vi ikke har fått bekreftet for denne datoen: de som gjelder, kan gi mer eller mindre.",
    en="Our amount rests on values we have not had confirmed for this date: those in force may give more or less.",
)
# A lower grant where the model's figure cannot be claimed: it is the agency's own decision as the family told it, or
# no more than the decision gives (review s21 caseworker M2). The family fills in the amount.
DRAFT_OUR_AMOUNT = Text(nb="Vi mener beløpet skal være [fyll inn beløp].", en="We believe the amount should be [fill in amount].")
# Where the law leaves the amount to the agency's weighing (the catalogue's amount_by_assessment): {weighs} without its
# full stop, {provision} the provision that says so.
DRAFT_WEIGHS = Text(nb="{weighs} ({provision}). Slik gjelder dette for oss: [fyll inn].",
                    en="{weighs} ({provision}). How this applies to us: [fill in].")
# A complaint asserts only what the model found met from the family's answers; what it could not settle is put to
# the agency (review s21 caseworker H2). Each heading opens its list of conditions in the draft.
DRAFT_CONDITIONS = {
    "met": Text(nb="Ut fra opplysningene vi har gitt, mener vi at disse vilkårene er oppfylt:",
                en="On the facts we have given, we believe these conditions are met:"),
    "unknown": Text(nb="Vi ber dere vurdere om disse vilkårene er oppfylt:",
                    en="We ask you to assess whether these conditions are met:"),
}
UNIT_WORDS = {"days": Text(nb="dager", en="days"), "hours": Text(nb="timer", en="hours")}

TURNING = {
    "discretion": Text(nb="Vilkåret bygger på skjønn: «{condition}». Vedtaket kan ha vurdert det annerledes.",
                       en="The condition rests on discretion: '{condition}'. The decision may have judged it differently."),
    "rate_not_known": Text(nb="Vilkåret avhenger av en sats modellen ikke har for denne datoen: «{condition}». Det er ikke et skjønn: sammenlign det dere har dokumentert, med satsen {agency} bruker nå.",
                           en="The condition turns on a rate the model does not have for this date: '{condition}'. It is not discretion: compare what you have documented with the rate {agency} uses now."),
    "rate_not_known_reason": Text(nb="Utfallet avhenger av en sats modellen ikke har for denne datoen: «{reason}». Det er ikke et skjønn: sammenlign det dere har dokumentert, med satsen {agency} bruker nå.",
                                  en="The outcome turns on a rate the model does not have for this date: '{reason}'. It is not discretion: compare what you have documented with the rate {agency} uses now."),
    "assessment": Text(nb="Vilkårene er oppfylt, men loven overlater utfallet eller satsen til en vurdering: «{reason}». Vedtaket kan ha vurdert det annerledes.",
                       en="The conditions are met, but the law leaves the outcome or the rate to an assessment: '{reason}'. The decision may have judged it differently."),
    "missing_document": Text(nb="Vedtaket kan ha manglet dokumentet «{document}» (utstedes av {issuer}).",
                             en="The decision may have lacked the document '{document}' (issued by {issuer})."),
    "fact_seen_differently": Text(nb="Dere svarte «{value}» på «{question}». Vedtaket kan ha sett dette annerledes.",
                                  en="You answered '{value}' to '{question}'. The decision may have seen this differently."),
    "missing_fact": Text(nb="Modellen mangler svar på «{question}».", en="The model lacks an answer to '{question}'."),
}

NOTICE = Text(
    nb="UTKAST – ikke juridisk rådgivning. Les gjennom, rett opp og fyll inn før dere sender. Ingenting dere har oppgitt er lagret.",
    en="DRAFT – not legal advice. Read it, correct it and fill in the blanks before sending. Nothing you gave is stored.",
)

NOT_STORED = Text(nb="Opplysningene og utkastet lagres ikke og logges ikke.", en="The facts and the draft are not stored or logged.")

DRAFT = Text(
    nb="""UTKAST – IKKE JURIDISK RÅDGIVNING

Til: {agency}
Klage på vedtak om {name}{person}

Vi klager på vedtaket datert [dato], saksnummer [saksnummer], som {outcome}.

{amounts}{conditions}Opplysninger vi har gitt:
{facts}

Vi viser til:
{provisions}

{reason_given}Vi ber om at vedtaket endres. Klagen er sendt innen fristen: {deadline}.

Med vennlig hilsen
[navn]""",
    en="""DRAFT – NOT LEGAL ADVICE (English translation for your own understanding; send the bokmål text)

To: {agency}
Complaint about the decision on {name}{person}

We complain about the decision dated [date], case number [case number], which {outcome}.

{amounts}{conditions}Facts we have given:
{facts}

We refer to:
{provisions}

{reason_given}We ask that the decision be changed. The complaint is sent within the time limit: {deadline}.

Yours sincerely
[name]""",
)

OUTCOME_WORDS = {
    "refused": Text(nb="avslo søknaden", en="refused the application"),
    "lower": Text(nb="innvilget mindre enn vi mener vi har rett til", en="granted less than we believe we are entitled to"),
    "granted": Text(nb="innvilget søknaden", en="granted the application"),
}
REASON_GIVEN = Text(nb="Vedtaket begrunnes med: «{reason}». Vi mener dette ikke er riktig, fordi [fyll inn].\n\n",
                    en="The decision gives as its reason: '{reason}'. We believe this is not right because [fill in].\n\n")
FOR_PERSON = Text(nb=" for {person}", en=" for {person}")
NO_DEADLINE = Text(nb="se fristen i vedtaket", en="see the time limit in the decision")
WEEKS = Text(nb="{weeks} uker ({provision})", en="{weeks} weeks ({provision})")

VALUE_WORDS = {
    "yes": Text(nb="Ja", en="Yes"),
    "no": Text(nb="Nei", en="No"),
    "unknown": Text(nb="Vet ikke", en="Don't know"),
}


def value_words(value, language: str, unit: str | None = None, labels: dict[str, str] | None = None) -> str:
    """An answer as the family reads it: Ja/Nei, a choice by its label in `labels` («Cøliaki», never «coeliac_disease»),
    «480 000 kr», «100 %», «7,5» (never «480000.0»)."""
    if isinstance(value, str) and labels and value in labels:
        return labels[value]
    if isinstance(value, str) and value in VALUE_WORDS:
        return VALUE_WORDS[value].in_language(language)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if unit in ("NOK", "NOK per year", "NOK per month", "NOK per day"):
        return kroner_text(value)
    return f"{number_text(value, language)} %" if unit == "percent" else number_text(value, language)


def number_text(value: float, language: str) -> str:
    """A number without a unit: whole numbers with a space between thousands, a decimal comma in bokmål."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", THOUSANDS_SEPARATOR)
    return text.replace(".", ",") if language == "nb" else text


def amount_words(amount: Amount, language: str) -> str:
    """An amount with its unit and period as the family reads it: «1 410 kr i måneden», «12 timer i uken»."""
    if amount.unit == "NOK":
        figure = kroner_text(amount.value)
    else:
        unit = UNIT_WORDS.get(amount.unit)
        figure = f"{number_text(amount.value, language)} {unit.in_language(language) if unit else amount.unit}"
    return f"{figure} {PER[language][amount.period]}"
