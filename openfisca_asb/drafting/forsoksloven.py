"""Forsøksloven (lov 26. juni 1992 nr. 87, LOV-1992-06-26-87): the words the validator quotes, and what of the
Act it does not check.

§ 3 is quoted verbatim from rettsdata.no («L26.06.1992 nr. 87», read 2026-11-30); the English is our translation.
§ 4 was not available in full: it is described as regjeringen.no summarises it («Regelverk for forsøk»), not
quoted. Rundskriv H-26/05 (Kommunal- og regionaldepartementet) says a trial under the Act is needed only when
the model to be tried needs exceptions from formal rules.
"""

import re

from openfisca_asb.rules.texts import Text

# The Act's addresses a drafter may cite: lovdata.no/lov/…, lovdata.no/dokument/NL/lov/… (Lovdata's canonical
# address) and rettsdata.no's («gl19920626z2d87»).
ADDRESS = re.compile(r"lovdata\.no/(?:dokument/NL/)?lov/1992-06-26-87|rettsdata\.no/.*gl19920626z2d87", re.IGNORECASE)

SECTION_3_SCOPE = Text(
    nb=("Forsøksloven § 3 første ledd: «Kongen kan godkjenne forsøk med: a) avvik fra gjeldende lover og forskrifter "
        "om hvordan staten, fylkeskommunene eller kommunene skal organisere sin virksomhet og løse sine oppgaver "
        "b) avvik fra bestemmelsene om oppgavefordelingen mellom statlige, fylkeskommunale og kommunale forvaltningsorganer "
        "c) unntak fra statlige kontrollordninger overfor fylkeskommunene og kommunene "
        "d) enhetsfylke uten hinder av § 4 første ledd bokstav a. Med enhetsfylke menes at fylkeskommunen og fylkesmannen "
        "integreres i ett regionalt organ med felles administrativ ledelse.»"),
    en=("Forsøksloven § 3 first paragraph: “The King may approve trials with: a) deviations from the laws and regulations "
        "on how the state, the counties or the municipalities shall organise their activity and solve their tasks "
        "b) deviations from the provisions on the division of tasks between state, county and municipal bodies "
        "c) exemptions from state control arrangements over the counties and municipalities "
        "d) a unitary county notwithstanding § 4 first paragraph letter a. A unitary county means that the county "
        "authority and the county governor are integrated in one regional body with a common administrative management” "
        "(our translation)."),
)
SECTION_3_PERIOD = Text(
    nb=("Forsøksloven § 3 tredje ledd: «Godkjenning kan gis for en periode på inntil fire år. "
        "Forsøksperioden kan forlenges med inntil to år. Dersom det er planlagt eller besluttet å gjennomføre reformer i "
        "samsvar med det forsøket gjelder, kan forsøksperioden forlenges fram til reformen trer ikraft.»"),
    en=("Forsøksloven § 3 third paragraph: “Approval may be given for a period of up to four years. "
        "The trial period may be extended by up to two years. If reforms in line with what the trial concerns are "
        "planned or decided, the trial period may be extended until the reform takes effect” (our translation)."),
)

# What the validator does not check of the Act: listed with every pilot's verdict (review s21 drafter M4).
NOT_CHECKED = (
    Text(nb=("§ 3 andre ledd: om forsøket tar sikte på å oppfylle målene i § 1 og «for øvrig finnes forsvarlig og faglig "
             "vel underbygget» – det er en faglig vurdering."),
         en=("§ 3 second paragraph: whether the trial aims at the goals of § 1 and is «forsvarlig og faglig vel "
             "underbygget» (sound and professionally well founded) – a professional judgement.")),
    Text(nb="§ 3 første ledd bokstav c og d: unntak fra statlige kontrollordninger og enhetsfylke – forsøksformatet har ikke felt for dem.",
         en="§ 3 first paragraph letters c and d: exemptions from state control arrangements, and a unitary county – the pilot format has no field for them."),
    Text(nb=("§ 4: begrensningene for forsøk (etter regjeringen.no blant annet ikke avvik fra kommunelovens grunnleggende "
             "regler om organisering eller fra forvaltningslovens saksbehandlingsregler)."),
         en=("§ 4: the limits on trials (as regjeringen.no summarises them, among others no deviation from kommuneloven's "
             "basic rules on organisation or from forvaltningsloven's rules on case handling).")),
    Text(nb="Avvik fra regler modellen ikke regner på (saksbehandling, organisering ut over hvem som tar imot søknaden).",
         en="Deviations from rules the model does not compute (case handling, organisation beyond who receives the application)."),
)

NOTHING_TO_TRY = Text(
    nb=("Forsøket endrer ingenting modellen dekker: ingen organisering, ingen parameter og ingen formel. Et forsøk etter "
        "forsøksloven trengs bare når forsøket krever unntak fra regelverket (rundskriv H-26/05); så langt modellen kan se, "
        "trengs det ikke her. Avviker forsøket fra regler modellen ikke dekker, må en person vurdere dem."),
    en=("The pilot changes nothing the model covers: no organisation, no parameter and no formula. A trial under "
        "forsøksloven is needed only when the trial requires exceptions from the rules (rundskriv H-26/05); as far as the "
        "model can tell, one is not needed here. If the pilot deviates from rules the model does not cover, a person must "
        "judge them."),
)


def cites_the_act(url: str) -> bool:
    return ADDRESS.search(url) is not None
