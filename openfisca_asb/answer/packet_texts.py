"""Words for showing application packets and decision checks; the page and CLI take them from here."""

from openfisca_asb.catalogue.application import OPTIONAL
from openfisca_asb.rules.texts import Text

PACKET_LABELS = {
    "title": Text(nb="Hva dere kan søke om, i hvilken rekkefølge og med hvilke dokumenter", en="What to apply for, in what order, and with which documents"),
    "plan": Text(nb="Rekkefølge", en="Order"),
    # Why the steps come in this order (answer/plan_order.py, review s24 page M1): shown above the numbered steps.
    "order_explained": Text(
        nb="Rekkefølgen: først det dere har rett til, så det som må vurderes, og til slutt det som mangler opplysninger. "
           "Innenfor hver gruppe kommer ytelser som erstatter inntekt først, så ytelser som bare kan etterbetales noen "
           "måneder tilbake. En søknad som må sendes før en annen, kommer før den.",
        en="The order: first what you are entitled to, then what must be assessed, and last what lacks information. "
           "Within each group, benefits that replace income come first, then benefits that can only be back-paid a few "
           "months. An application that must be sent before another comes before it."),
    "after": Text(nb="Etter", en="After"),
    "agency": Text(nb="Hvem avgjør", en="Who decides"),
    "channel": Text(nb="Slik søker dere", en="How to apply"),
    "form": Text(nb="Skjema", en="Form"),
    "not_verified": Text(nb="Ikke bekreftet – sjekk før bruk", en="Not verified – check before use"),
    # An unverified channel with no note of its own: the caveat says what is not verified, never a label left hanging.
    "channel_not_verified": Text(nb="Slik søker dere er ikke bekreftet i en offisiell kilde – sjekk før bruk.",
                                 en="How to apply is not verified in an official source – check before use."),
    # Rights with no application described and no documents (`channel.described` false): listed apart from the
    # numbered steps, with their entry's own words (`channel.note`, «Du trenger ikke søke …»).
    "nothing_to_send": Text(nb="Ingen søknad å sende", en="No application to send"),
    "documents": Text(nb="Dokumenter", en="Documents"),
    "issuer": Text(nb="Utstedes av", en="Issued by"),
    "has_it": Text(nb="Dere har sagt at dere har den", en="You said you have it"),
    "lacks_it": Text(nb="Dere har sagt at dere ikke har den", en="You said you do not have it"),
    "used_by": Text(nb="Brukes i", en="Used for"),
    "known_facts": Text(nb="Opplysninger dere allerede har gitt", en="Facts you have already given"),
    "missing_facts": Text(nb="Spørsmål som gjenstår", en="Questions still open"),
    "back_payment": Text(nb="Etterbetaling", en="Back-payment"),
    "notes": Text(nb="Viktig å vite", en="Important to know"),  # a right's `notes`, as the card heads them
    "complaint": Text(nb="Klage", en="Complaint"),
    "optional": OPTIONAL,
    "none": Text(nb="Ingen rettigheter å søke om ut fra opplysningene.", en="No rights to apply for from the facts given."),
    "not_described": Text(nb="Hvordan dere søker om denne retten, er ikke beskrevet ennå.", en="How to apply for this right is not described yet."),
    "print": Text(nb="Skriv ut", en="Print"),
    "granted": Text(nb="Rettigheter dere allerede har fått", en="Rights you already have"),
    "already_granted": Text(nb="Innvilget – ingen ny søknad", en="Already granted – no new application"),
    "no_new_application": Text(nb="Ingen ny søknad", en="No new application"),
}
# The card's «how to apply» for a right the family says is already granted (ADR 0042).
ALREADY_GRANTED_ON_THE_CARD = Text(nb="Dere har svart at dette allerede er innvilget. Dere trenger ikke søke på nytt.",
                                   en="You have said this is already granted. You need not apply again.")

NOT_DESCRIBED = PACKET_LABELS["not_described"]
ALREADY_GRANTED = PACKET_LABELS["already_granted"]


def labels(language: str, table: dict = PACKET_LABELS) -> dict[str, str]:
    return {key: text.in_language(language) for key, text in table.items()}
