"""The titles of the sources outside Lovdata that rules cite, by address (review s21 page M4).

A page, a rundskriv or a piece of NAV's code is cited by a title a reader can follow («NAV: Trening, stimulering og
aktivisering»), never by its bare address. The titles say whose page it is and what it is about; they are Norwegian in
both languages, as the law's citations are (ADR 0043). A kommune's page that stands for how kommuner assess a right is
cited as an example of it («…, slik for eksempel Nordreisa kommune beskriver det»): a family in Trondheim is not told
that Nordreisa's page is its kommune's rule.
"""

from openfisca_asb.rules.texts import Text

AN_EXAMPLE = Text(nb="{title}, slik for eksempel {kommune} beskriver det", en="{title}, as {kommune}, for example, describes it")

TITLES = {
    "https://www.nav.no/no/person/familie/enslig-mor-eller-far/barnetilsyn": "NAV: Stønad til barnetilsyn for enslig mor eller far",
    "https://github.com/navikt/familie-ef-soknad-frontend/blob/a5ae2b01d3fb4208e3d634c806125ead6d6f01ca/src/language/tekster_nb.ts":
        "NAV: teksten i søknaden for enslig mor eller far",
    "https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/familie/ef/sak/beregning/barnetilsyn/BeregningBarnetilsynUtil.kt":
        "NAV: beregningen av stønad til barnetilsyn i saksbehandlingssystemet",
    "https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/familie/ef/sak/vilk%C3%A5r/regler/vilk%C3%A5r/AleneomsorgRegel.kt":
        "NAV: vilkåret om aleneomsorg i saksbehandlingssystemet for enslig mor eller far",
    "https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/familie/ef/sak/vilk%C3%A5r/regler/RegelId.kt":
        "NAV: spørsmålet «Har brukeren inntekt under 6 ganger grunnbeløpet?» i saksbehandlingssystemet for enslig mor eller far – NAVs praksis; bestemmelsen som setter grensen, er ikke funnet",
    "https://github.com/navikt/familie-ef-soknad-frontend/blob/a93bbef3e1bd508be7fc8198a317bc613d8f8491/src/language/tekster_nb.ts":
        "NAV: teksten om delt fast bosted i søknaden for enslig mor eller far (2021–2024)",
    "https://github.com/navikt/sif-brukerdialog/blob/c8a74fe0ce57bbba4b3868c87fba94e2ee61d918/apps/pleiepenger-sykt-barn/src/app/s%C3%B8knad/arbeidssituasjon-step/i18n/nb.ts":
        "NAV: søknaden om pleiepenger, spørsmålene om fosterhjemsgodtgjørelse og frikjøp",
    "https://github.com/navikt/sif-brukerdialog/blob/c8a74fe0ce57bbba4b3868c87fba94e2ee61d918/apps/opplaringspenger-soknad/src/app/i18n/appMessages.ts":
        "NAV: søknaden om opplæringspenger, teksten om fosterhjemsgodtgjørelse",
    "https://github.com/navikt/g/blob/aff03d3bd4bce76f5241e6280603fcc86b0e950e/grunnbel%C3%B8p.json": "NAV: tabellen over grunnbeløpet",
    "https://github.com/navikt/ft-beregning/blob/e487bf44c5b61128af9da3a7b44680597e971c6b/beregningsregler/src/main/java/no/nav/folketrygdloven/beregningsgrunnlag/selvstendig/FinnGjennomsnittligPGI.java":
        "NAV: beregningen av gjennomsnittlig pensjonsgivende inntekt for selvstendig næringsdrivende",
    "https://github.com/navikt/ft-beregning/blob/e487bf44c5b61128af9da3a7b44680597e971c6b/beregningsregler/src/main/java/no/nav/folketrygdloven/beregningsgrunnlag/selvstendig/SjekkOmBrukerErNyIArbeidslivet.java":
        "NAV: beregningens kontroll av om selvstendig næringsdrivende er ny i arbeidslivet",
    "https://github.com/navikt/sif-brukerdialog/blob/c8a74fe0ce57bbba4b3868c87fba94e2ee61d918/packages/sif-common-forms-ds/src/forms/virksomhet/i18n/nb.ts":
        "NAV: søknadens spørsmål om næringsvirksomhet, blant dem om du begynte i arbeidslivet de siste tre årene",
    "https://helsenorge.no/rettigheter/pasientreiser/rettigheter/kan-jeg-ha-med-noen": "Helsenorge: Kan jeg ha med noen på pasientreisen?",
    "https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/veileder/-17.-reiseledsagerens-rett-til-dekning-av-reiseutgifter":
        "Pasientreiser: nasjonal veileder, § 17 Reiseledsagerens rett til dekning av reiseutgifter",
    "https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/veileder/-24.-egenandel":
        "Pasientreiser: nasjonal veileder, § 24 Egenandel",
    "https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/temaer/forskrift-om-barns-opphold-i-helseinstitusjon--10/":
        "Pasientreiser: nasjonal veileder, forskrift om barns opphold i helseinstitusjon § 10",
    "https://bufdir.no/fagstotte/produkter/ledsagerbevis/veiledende_nasjonale_retningslinjer/":
        "Bufdir: Veiledende nasjonale retningslinjer for ledsagerbevis",
    "https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer":
        "Veiviseren: Forskrift om tilskudd til etablering og tilpasning av bolig",
    "https://www.helsedirektoratet.no/tilskudd/saerlig-ressurskrevende-helse-og-omsorgstjenester":
        "Helsedirektoratet: Tilskudd til særlig ressurskrevende helse- og omsorgstjenester",
    "https://www.helsedirektoratet.no/rundskriv/folketrygdloven-kap-5/rundskriv-til-folketrygdloven--5-3--egenandelstak/egenandelstaket-og-rammene-for-frikortordningen":
        "Helsedirektoratet: rundskriv til folketrygdloven § 5-3, egenandelstaket og rammene for frikortordningen",
    "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport/rett-til-individuell-plan":
        "Helsedirektoratet: rundskriv til pasient- og brukerrettighetsloven § 2-5, rett til individuell plan",
    "https://helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport-/rett-til-brukerstyrt-personlig-assistanse":
        "Helsedirektoratet: rundskriv til pasient- og brukerrettighetsloven § 2-1 d, rett til brukerstyrt personlig assistanse",
    "https://www.nav.no/trening-stimulering-aktivisering": "NAV: Trening, stimulering og aktivisering",
    "https://www.regjeringen.no/en/whats-new/three-concrete-budget-measures-for-better-and-more-accessible-gp-services/id3121685":
        "Regjeringen: statsbudsjettet 2026, forslaget om at 16- og 17-åringer ikke skal betale for fastlege og legevakt (22. oktober 2025)",
    "https://www.regjeringen.no/no/dokument/dep/bld/rundskriv/2004/retningslinjer-for-fosterhjem/fosterhjemsgodtgjoring/id2359192/":
        "Barne- og likestillingsdepartementet: Retningslinjer for fosterhjem, kap. 9 Fosterhjemsgodtgjøring",
    "https://www.nav.no/no/person/pensjon/pensjonsopptjening-for-omsorgsarbeid": "NAV: Pensjonsopptjening for omsorgsarbeid",
    "https://www.regjeringen.no/no/dokumenter/nou-2018-18/id2622734/?ch=10": "NOU 2018: 18 Trygge rammer for fosterhjem, kap. 9 Trygd, pensjon og skatt",
    "https://github.com/navikt/omsorgsopptjening-bestem-pensjonsopptjening/blob/fa346e23fb6724d97d1c55de2ce6ecc3310e31e1/src/main/kotlin/no/nav/pensjon/opptjening/omsorgsopptjening/bestem/pensjonsopptjening/omsorgsopptjening/model/AntallM%C3%A5nederRegel.kt":
        "NAV: antall måneder omsorgsopptjeningen krever, i vedtaksløsningen for omsorgsopptjening",
    "https://regjeringen.no/no/dokumenter/otprp-nr-60-1999-2000-/id121253/?ch=3":
        "Ot.prp. nr. 60 (1999–2000) kap. 3: barnetrygd til og med måneden før barnet fyller 18 år",
    "https://github.com/navikt/familie-ba-sak/blob/abaca590c4a43456138f0de14299553c8300c3f9/src/main/kotlin/no/nav/familie/ba/sak/kjerne/vilk%C3%A5rsvurdering/README.md":
        "NAV: når barnetrygden begynner og slutter, i saksbehandlingssystemet for barnetrygd",
    "https://www.nav.no/forhoyet-hjelpestonad": "NAV: Forhøyet hjelpestønad",
    "https://www.nav.no/no/person/hjelpemidler/hjelpemidler-og-tilrettelegging/bil-og-spesialutstyr/lan-til-spesialtilpasset-kassebil":
        "NAV: Lån til spesialtilpasset kassebil",
    "https://frambu.no/tema/rettigheter-nar-barn-dor/": "Frambu: Rettigheter når barn dør",
    "https://www.regjeringen.no/no/aktuelt/distriktspolitikk/id2930594/":
        "Regjeringen: Statsbudsjettet 2023 – gratis barnehage i tiltakssona i Nord-Troms og Finnmark",
    "https://www.karasjok.kommune.no/tjenester/oppvekst/barnehage/priser-og-betaling/":
        "Karasjok kommune: Priser og betaling i barnehagen (gratis i tiltakssonen i tre år fra 1. august 2023)",
    "https://www.regjeringen.no/no/tema/pensjon-trygd-og-sosiale-tjenester/innsikt/trygd/hjelpemidler-for-bedret-funksjonsevne/id502497/":
        "Regjeringen: Hjelpemidler for bedret funksjonsevne",
    "https://pvv.org/~thomassk/jus/trygderett/rundskriv/2016/kapittel-9-st%25C3%25B8nad-ved-barns-og-andre-n%25C3%25A6re-p%25C3%25A5r%25C3%25B8rendes-sykdom/9-13-oppl%c3%a6ringspenger-til-et-medlem-med-omsorg-for-et-funksjonshemmet-barn.html":
        "NAVs rundskriv til folketrygdloven § 9-13 om opplæringspenger (2016, en offentlig kopi)",
}

# (title, kommune): a kommune's page cited for how kommuner assess a right (hol. § 3-6's omsorgsstønad, whose points
# come from rundskriv I-42/98, which was not found), cited as that kommune's example.
EXAMPLES = {
    "https://www.nordreisa.kommune.no/omsorgsstoenad.6366912-538058.html": ("Omsorgsstønad", "Nordreisa kommune"),
    "https://bodo.kommune.no/omsorgsstonad/vis-skjul-artikler-omsorgsstonad/hva-legger-vi-vekt-pa-nar-vi-vurderer-soknaden-din":
        ("Omsorgsstønad", "Bodø kommune"),
}


def source_title(url: str, language: str) -> str | None:
    """The title a source outside Lovdata is cited by, in `language`; None for an address no title is given for."""
    if url in EXAMPLES:
        title, kommune = EXAMPLES[url]
        return AN_EXAMPLE.in_language(language).format(title=title, kommune=kommune)
    return TITLES.get(url)
