"""Legal provisions as named objects: one place derives a citation and its Lovdata link.

    ftrl("6-4", ledd=1)  →  "Folketrygdloven § 6-4 første ledd", https://lovdata.no/lov/1997-02-28-19/§6-4

A provision is a `str` whose value is its Lovdata URL, so a variable can use it
as its OpenFisca `reference` (OpenFisca wants strings); the answer reads the
citation from the object itself. A provision may carry the window in which its
wording is in force (`in_force_from`, `in_force_to`), so a later change can cite
the provision in force on the legal date: a rule's `reference` lists the provisions that held it over
time, and an answer cites the one in force on its date (opplæringslova 1998 until
31 July 2024, opplæringslova 2023 from 1 August 2024; barnehageloven's sections as numbered until 31 December 2020,
then as renumbered; the koordinator as the kommune's duty before pasient- og brukerrettighetsloven made it a right on
1 August 2022). Sources that are not Lovdata provisions (a directorate's page) are `Document`s: their citation is their
title (rules/source_titles.py), their link their address.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from openfisca_asb.rules.source_titles import source_title
from openfisca_asb.rules.texts import Text

LOVDATA = "https://lovdata.no"

ORDINALS = {1: "første", 2: "andre", 3: "tredje", 4: "fjerde", 5: "femte", 6: "sjette", 7: "sjuende", 8: "åttende"}
# The words of a provision's parts in each language the answer speaks (`Provision.label_in`).
LABEL_WORDS = {
    "nb": {"ordinals": ORDINALS, "and": "og", "ledd": "ledd", "ledd_many": "ledd", "nr": "nr.", "bokstav": "bokstav",
           "punktum": "punktum"},
    "en": {"ordinals": {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
                        8: "eighth"},
           "and": "and", "ledd": "paragraph", "ledd_many": "paragraphs", "nr": "no.", "bokstav": "letter",
           "punktum": "sentence"},
}


@dataclass(frozen=True)
class Law:
    """A law or regulation as Lovdata files it: "lov/1997-02-28-19" is folketrygdloven.

    `id` is None for a forskrift whose Lovdata id was not verified (`LawReadElsewhere`): it has no Lovdata address,
    and asking a law without an id for one is an error rather than a guessed path."""

    id: str | None
    name: str
    kind: str = "lov"
    # Lovdata's address of a section (…/§13) gives today's numbering. A law cited by numbers it no longer has links
    # to the law itself: today's § 13 of barnehageloven is not the § 13 of 2019.
    links_sections: bool = True

    @property
    def url(self) -> str:
        if self.id is None:
            raise ValueError(f"{self.name} has no verified Lovdata id: cite the page it was read on (LawReadElsewhere)")
        return f"{LOVDATA}/{self.kind}/{self.id}"


FOLKETRYGDLOVEN = Law("1997-02-28-19", "Folketrygdloven")
HELSE_OG_OMSORGSTJENESTELOVEN = Law("2011-06-24-30", "Helse- og omsorgstjenesteloven")
PASIENT_OG_BRUKERRETTIGHETSLOVEN = Law("1999-07-02-63", "Pasient- og brukerrettighetsloven")
OPPLARINGSLOVA_2023 = Law("2023-06-09-30", "Opplæringslova")
OPPLARINGSLOVA_1998 = Law("1998-07-17-61", "Opplæringslova (1998)")
FORSOKSLOVEN = Law("1992-06-26-87", "Forsøksloven")
FORVALTNINGSLOVEN = Law("1967-02-10", "Forvaltningsloven")
FORSKRIFT_TIL_OPPLARINGSLOVA_2006 = Law("2006-06-23-724", "Forskrift til opplæringslova (2006)", kind="forskrift")
BARNEHAGELOVEN = Law("2005-06-17-64", "Barnehageloven")
BARNEHAGELOVEN_BEFORE_2021 = Law("2005-06-17-64", "Barnehageloven (før 2021)", links_sections=False)
BILSTONADSFORSKRIFTEN = Law("2003-03-07-290", "Bilstønadsforskriften", kind="forskrift")
FORELDREBETALINGSFORSKRIFTEN = Law("2005-12-16-1478", "Forskrift om foreldrebetaling i barnehager", kind="forskrift")
ARBEIDSMILJOLOVEN = Law("2005-06-17-62", "Arbeidsmiljøloven")
FERIELOVEN = Law("1988-04-29-21", "Ferieloven")
# The lovdata id of the 2016 parking forskrift is from secondary sources. It is the forskrift on vilkårsparkering: the
# permit's conditions are in the forskrift om parkeringstillatelse for forflytningshemmede (PARKING_PERMIT_CONDITIONS
# below; variables/kommune/parkeringstillatelse/README.md).
PARKERINGSFORSKRIFTEN = Law("2016-03-18-260", "Parkeringsforskriften", kind="forskrift")
# Husbanken's grants to kommuner for establishing and adapting homes: Lovdata's text
# (https://lovdata.no/dokument/SF/forskrift/2011-02-23-191, last changed from 1 July 2016) was read.
TILPASNINGSTILSKUDDSFORSKRIFTEN = Law(
    "2011-02-23-191", "Forskrift om tilskudd til etablering og tilpasning av bolig", kind="forskrift"
)

LAWS = {law.id: law for law in (
    FOLKETRYGDLOVEN, HELSE_OG_OMSORGSTJENESTELOVEN, PASIENT_OG_BRUKERRETTIGHETSLOVEN, OPPLARINGSLOVA_2023,
    OPPLARINGSLOVA_1998, FORSOKSLOVEN, FORVALTNINGSLOVEN, FORSKRIFT_TIL_OPPLARINGSLOVA_2006, BARNEHAGELOVEN,
    ARBEIDSMILJOLOVEN, PARKERINGSFORSKRIFTEN, FERIELOVEN,
)}

Ledd = int | tuple[int, ...] | str


class Reference(str):
    """A source a rule cites: its string value is its address, `citation` the text a reader sees."""

    @property
    def url(self) -> str:
        return str(self)

    @property
    def citation(self) -> str:
        raise NotImplementedError

    def citation_in(self, language: str) -> str:
        """The citation as an answer in `language` shows it: a provision's is Norwegian in both (ADR 0043)."""
        return self.citation


class Document(Reference):
    """A source outside Lovdata (a directorate's page on a grant scheme): cited by its title (rules/source_titles.py),
    the words a reader sees as the link; by its address only where none is given (an address in a data file)."""

    def __reduce__(self):
        return Document, (str(self),)

    @property
    def url(self) -> str:
        return str(self).partition(" ")[0]

    @property
    def citation(self) -> str:
        return self.citation_in("nb")

    def citation_in(self, language: str) -> str:
        return source_title(self.url, language) or str(self)


@dataclass(frozen=True)
class _Parts:
    law: Law
    section: str | None
    ledd: Ledd | None = None
    nr: int | None = None
    bokstav: str | None = None
    punktum: int | None = None
    detail: str | None = None
    caveat: Text | None = None
    in_force_from: date | None = None
    in_force_to: date | None = None


class Provision(Reference):
    """A section of a law, down to the ledd, nr., bokstav or punktum a rule encodes.

    `section` is written as cited ("2-1 d"); the Lovdata address joins it ("§2-1d").
    `ledd` is a number, a tuple of numbers ("andre og tredje ledd") or words
    ("siste", "andre til fjerde"). `detail` is free text for what has no slot, in the citation's own Norwegian.
    `caveat` says what of the citation was not verified, in both languages: an answer shows it in its own language
    after the citation (ADR 0043), so the legal citation stays Norwegian and the reader is told in theirs.
    """

    def __new__(cls, law: Law, section: str | None = None, **parts):
        parts = _Parts(law, section, **parts)
        url = law.url if section is None or not law.links_sections else f"{law.url}/§{section.replace(' ', '')}"
        provision = super().__new__(cls, url)
        provision._parts = parts
        return provision

    def __reduce__(self):
        return _provision, (self._parts,)

    def __repr__(self) -> str:
        return f"Provision({self.citation!r})"

    @property
    def law(self) -> Law:
        return self._parts.law

    @property
    def section(self) -> str | None:
        return self._parts.section

    @property
    def label(self) -> str:
        """The provision without the law's name: "§ 6-4 første ledd"."""
        return self.label_in("nb")

    def label_in(self, language: str) -> str:
        """The provision without the law's name in `language`: "§ 6-4 første ledd", "§ 6-4 first paragraph"; a ledd
        given in words («siste») and free `detail` are kept as written."""
        parts, words_for = self._parts, LABEL_WORDS[language]
        words = [f"§ {parts.section}"] if parts.section else []
        if parts.ledd is not None:
            kind = "ledd" if isinstance(parts.ledd, str) else words_for["ledd" if isinstance(parts.ledd, int) else "ledd_many"]
            words.append(f"{_ordinals(parts.ledd, language)} {kind}")
        if parts.nr is not None:
            words.append(f"{words_for['nr']} {parts.nr}")
        if parts.bokstav is not None:
            words.append(f"{words_for['bokstav']} {parts.bokstav}")
        if parts.punktum is not None:
            words.append(f"{_ordinals(parts.punktum, language)} {words_for['punktum']}")
        if parts.detail:
            words.append(parts.detail)
        return " ".join(words)

    @property
    def citation(self) -> str:
        """"Folketrygdloven § 6-4 første ledd"."""
        return f"{self.law.name} {self.label}".strip()

    @property
    def caveat(self) -> Text | None:
        """What of this citation was not verified («paragrafen er ikke verifisert»), apart from the citation."""
        return self._parts.caveat

    @property
    def in_force_from(self) -> date | None:
        return self._parts.in_force_from

    @property
    def in_force_to(self) -> date | None:
        return self._parts.in_force_to

    def in_force_on(self, day: date) -> bool:
        """Whether this wording is in force on `day` (a provision without a window always is)."""
        starts, ends = self._parts.in_force_from, self._parts.in_force_to
        return (starts is None or starts <= day) and (ends is None or day <= ends)


def _provision(parts: _Parts) -> Provision:
    return Provision(parts.law, parts.section, **{
        name: getattr(parts, name) for name in _Parts.__dataclass_fields__ if name not in ("law", "section")
    })


def _ordinals(value: Ledd, language: str = "nb") -> str:
    words_for = LABEL_WORDS[language]
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return words_for["ordinals"][value]
    words = [words_for["ordinals"][number] for number in value]
    return ", ".join(words[:-1]) + f" {words_for['and']} " + words[-1]


def _citing(law: Law, described: str, **window):
    """The function that names provisions of `law`: ftrl("6-4", ledd=1); `window` dates a law in force for a time."""

    def provision(section: str | None = None, **parts) -> Provision:
        return Provision(law, section, **{**window, **parts})

    provision.__doc__ = f"A provision of {described}: section as cited (\"2-1 d\"), then ledd, nr, bokstav, punktum, detail."
    return provision


ftrl = _citing(FOLKETRYGDLOVEN, "folketrygdloven (lov 28. februar 1997 nr. 19)")
hol = _citing(HELSE_OG_OMSORGSTJENESTELOVEN, "helse- og omsorgstjenesteloven (lov 24. juni 2011 nr. 30)")
pbrl = _citing(PASIENT_OG_BRUKERRETTIGHETSLOVEN, "pasient- og brukerrettighetsloven (lov 2. juli 1999 nr. 63)")
# The right to a koordinator (pbrl § 2-5 b) came into force on 1 August 2022: Helsedirektoratet's rundskriv to § 2-5 b,
# «Pasient- og brukerrettighetsloven § 2-5b om rett til koordinator trådte i kraft 1. august 2022. Forarbeidene er
# Prop. 100 L (2020–2021)», and «Retten til koordinator korresponderer med kommunen og det regionale
# helseforetakets plikt til å tilby koordinator etter hol. § 7-2 og sphl. 2-5 a. Innføringen av rettigheten innebærer
# ikke endringer i innholdet i plikten». Before that date the koordinator rests on the kommune's duty, hol § 7-2.
KOORDINATOR_RIGHT_IN_FORCE = date(2022, 8, 1)
RIGHT_TO_KOORDINATOR = pbrl("2-5 b", in_force_from=KOORDINATOR_RIGHT_IN_FORCE)
# Opplæringslova 2023 replaced the 1998 law on 1 August 2024 (Lørenskog kommune, KS: /work/notes/currency.md § 7).
OPPLARINGSLOVA_2023_IN_FORCE = date(2024, 8, 1)
opplaringslova_2023 = _citing(OPPLARINGSLOVA_2023, "opplæringslova (lov 9. juni 2023 nr. 30), in force 1 August 2024",
                              in_force_from=OPPLARINGSLOVA_2023_IN_FORCE)
opplaringslova_1998 = _citing(OPPLARINGSLOVA_1998, "opplæringslova (lov 17. juli 1998 nr. 61), until 31 July 2024",
                              in_force_to=OPPLARINGSLOVA_2023_IN_FORCE - timedelta(days=1))
# The 2006 forskrift was replaced with opplæringsforskrifta on 1 August 2024, with the 2023 law: «Ny opplæringslov … og
# forskrift til loven ble fastsatt 3. juni i år. Lov og forskrift trer i kraft 1. august» (regjeringen.no id3046440).
forskrift_til_opplaringslova_2006 = _citing(
    FORSKRIFT_TIL_OPPLARINGSLOVA_2006, "forskrift til opplæringslova (forskrift 23. juni 2006 nr. 724), until 31 July 2024",
    in_force_to=OPPLARINGSLOVA_2023_IN_FORCE - timedelta(days=1),
)
forsoksloven = _citing(FORSOKSLOVEN, "forsøksloven (lov 26. juni 1992 nr. 87)")
# Barneloven § 36: the parents may agree that the child «skal bu fast hos anten ein av dei eller begge» (delt bosted);
# the wording as barnefordelingadvokat.no and farskampmotsystemet.com quote it, the law's date and number as Ot.prp. nr.
# 56 (1996–97) gives them («lov 8. april 1981 nr 7 om barn og foreldre (barnelova)»). Lovdata's own text was not read.
BARNELOVEN = Law("1981-04-08-7", "Barneloven")
LAWS[BARNELOVEN.id] = BARNELOVEN
barneloven = _citing(BARNELOVEN, "barneloven (lov 8. april 1981 nr. 7)")
# Barnehageloven was renumbered from 1 January 2021 (Prop. 96 L (2019–2020)): «en rekke bestemmelser får nye
# paragrafnummer … Endringene i medhold av Prop. 96 L, med unntak av nytt kapittel X om tilsyn og to
# enkeltbestemmelser …, trer i kraft 1. januar 2021» (Prop. 33 L (2020–2021) pkt. 3.1, regjeringen.no). Before, as
# stored sources cite them: § 12 a «Rett til plass i barnehage» (a Lovdata copy of the law as of 2013), § 13
# prioritet ved opptak and § 19 a spesialpedagogisk hjelp («Barn med nedsatt funksjonsevne har rett til prioritet ved
# opptak i barnehage etter barnehagelovens § 13», «Etter barnehagelovens § 19 a har barn under opplæringspliktig alder
# rett til spesialpedagogisk hjelp dersom de har særlige behov for det»: Ringsaker kommune), § 19 b samtykke (Udir's
# tolkning of 2017), § 19 d sakkyndig vurdering and § 19 e vedtak (Ringsaker; Årdal kommune); §§ 19 a–19 h in
# barnehageloven from 1 August 2016 (Udir's veileder), opplæringslova § 5-7 before, a date before the model's first;
# § 19 g «Barn med nedsatt funksjonsevne» (NKBUF; Statsforvalteren i Vestland 2019). Their wording was read only as
# those pages quote it, not on Lovdata.
BARNEHAGELOVEN_RENUMBERED = date(2021, 1, 1)
barnehageloven = _citing(BARNEHAGELOVEN, "barnehageloven (lov 17. juni 2005 nr. 64), numbered as from 1 January 2021",
                         in_force_from=BARNEHAGELOVEN_RENUMBERED)
barnehageloven_before_2021 = _citing(
    BARNEHAGELOVEN_BEFORE_2021, "barnehageloven (lov 17. juni 2005 nr. 64), numbered as until 31 December 2020",
    in_force_to=BARNEHAGELOVEN_RENUMBERED - timedelta(days=1),
)
bilstonadsforskriften = _citing(
    BILSTONADSFORSKRIFTEN, "forskrift om stønad til motorkjøretøy eller annet transportmiddel (forskrift 7. mars 2003 nr. 290)"
)
foreldrebetalingsforskriften = _citing(
    FORELDREBETALINGSFORSKRIFTEN, "forskrift om foreldrebetaling i barnehager (forskrift 16. desember 2005 nr. 1478)"
)
aml = _citing(ARBEIDSMILJOLOVEN, "arbeidsmiljøloven (lov 17. juni 2005 nr. 62)")
ferieloven = _citing(FERIELOVEN, "ferieloven (lov 29. april 1988 nr. 21)")
parkeringsforskriften = _citing(PARKERINGSFORSKRIFTEN, "parkeringsforskriften (forskrift 18. mars 2016, in force 1 January 2017; lovdata id from a secondary source)")
tilpasningstilskuddsforskriften = _citing(
    TILPASNINGSTILSKUDDSFORSKRIFTEN, "forskrift om tilskudd til etablering og tilpasning av bolig (forskrift 23. februar 2011 nr. 191)"
)


def provision_from_url(text: str) -> Reference:
    """A reference written as text in a data file (a parameter's YAML, a reform), as an object.

    "https://lovdata.no/lov/1997-02-28-19/§6-4 første ledd" reads as folketrygdloven
    § 6-4 with "første ledd" as detail, "https://lovdata.no/forskrift/2005-12-16-1478/§1" as the
    foreldrebetaling forskrift § 1; an address outside lovdata.no/lov/ and /forskrift/ is a Document.
    Formulas do not use this: they name their provisions (ftrl(...), hol(...)).
    """
    url, _, detail = text.partition(" ")
    for kind in ("lov", "forskrift"):
        for prefix in (f"{LOVDATA}/{kind}/", f"http://lovdata.no/{kind}/"):
            if url.startswith(prefix):
                law_id, _, section = url.removeprefix(prefix).partition("/§")
                if _is_law_id(law_id) and (section == "" or _is_section(section)):
                    return Provision(_law(kind, law_id), _cited_section(section) or None, detail=detail or None)
    return Document(text)


def _law(kind: str, law_id: str) -> Law:
    """The law or forskrift Lovdata files under `kind`/`law_id`: a named one of LAWS, or one named by its id."""
    law = LAWS.get(law_id)
    if law is not None and law.kind == kind:
        return law
    return Law(law_id, f"{'Lov' if kind == 'lov' else 'Forskrift'} {law_id}", kind=kind)


def _is_law_id(text: str) -> bool:
    return text != "" and all(character.isdigit() or character == "-" for character in text)


def _is_section(text: str) -> bool:
    return all(character.isascii() and (character.isalnum() or character == "-") for character in text)


def _cited_section(section: str) -> str:
    """"2-1d" → "2-1 d": Lovdata's addresses join the letter, citations separate it."""
    number, letter = section[:-1], section[-1:]
    if letter.isalpha() and letter.islower() and _is_chapter_and_number(number):
        return f"{number} {letter}"
    return section


def _is_chapter_and_number(text: str) -> bool:
    chapter, dash, number = text.partition("-")
    return dash == "-" and chapter.isdigit() and number.isdigit()

# Skoleskyss in the 2023 law: its section numbers were not verified (variables/opplaering/README.md): the stored
# sources name only the chapters (Statsforvalteren i Rogaland) and Prop. 57 L ch. 37 was read only in part, so the
# rights cite the chapters for grunnskole and videregående from 1 August 2024 and 1998 § 7-3 before. The citation
# says so (review s21 M12): a reader is not led to take a chapter for the section.
SKYSS_IN_THE_2023_LAW = opplaringslova_2023(
    detail="kapittel 4 (grunnskole) og kapittel 9 (videregående)",
    caveat=Text(nb="paragrafen er ikke verifisert", en="the section is not verified"),
)


# Sources outside Lovdata that several rules cite: named once.
NAV_BARNETILSYN = Document("https://www.nav.no/no/person/familie/enslig-mor-eller-far/barnetilsyn")
NAV_FORM_TEXT = Document("https://github.com/navikt/familie-ef-soknad-frontend/blob/a5ae2b01d3fb4208e3d634c806125ead6d6f01ca/src/language/tekster_nb.ts")
# Barnetilsyn's income limit of 6 G is NAV's stated practice: nav.no («Hvis din årlige arbeidsinntekt er større enn 6
# ganger folketrygdens grunnbeløp, har du ikke rett») and its case system's question «Har brukeren inntekt under 6 ganger
# grunnbeløpet?» (familie-ef-sak @ c6029f3d, RegelId.kt, INNTEKT_LAVERE_ENN_INNTEKTSGRENSE; InntektRegel.kt). The
# provision that sets it was not found (review s24 law L7).
NAV_BARNETILSYN_INCOME_LIMIT_RULE = Document(
    "https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/"
    "familie/ef/sak/vilk%C3%A5r/regler/RegelId.kt"
)
# Aleneomsorg (ftrl § 15-4) where the parents have agreed delt bosted (barneloven § 36): NAV's case system asks of each
# child «Har bruker klart mer av den daglige omsorgen?» (ja: oppfylt, nei: ikke oppfylt), and its question «Har
# foreldrene inngått skriftlig avtale om delt bosted?» was met whichever the answer from 24 September 2021 (commit
# 8f38fc26: before, «ja» was not met) and is retired since 11 November 2024 (commit 7072f904, RegelVersjon.HISTORISK:
# «Spørsmålet tilhører et foreldet regelverk og skal ikke stilles lenger»). NAV's application said from 28 May 2021
# until October 2024: «Når dere har en skriftlig avtale om delt fast bosted, er retten til stønad til enslig mor eller
# far avhengig av om du har minst 60 prosent av den daglige omsorgen for barnet alene, uavhengig av hvor barnet til
# enhver tid bor.» NAV's rundskriv to § 15-4 was not read on delt bosted (review s22 law L5).
NAV_ALENEOMSORG_RULE = Document(
    "https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/familie/ef/sak/vilk%C3%A5r/regler/vilk%C3%A5r/AleneomsorgRegel.kt"
)
NAV_DELT_BOSTED_FORM_TEXT = Document(
    "https://github.com/navikt/familie-ef-soknad-frontend/blob/a93bbef3e1bd508be7fc8198a317bc613d8f8491/src/language/tekster_nb.ts"
)
HELSENORGE_LEDSAGER = Document("https://helsenorge.no/rettigheter/pasientreiser/rettigheter/kan-jeg-ha-med-noen")
# Pasientreiseforskriften § 17 (reiseledsager) as Pasientreiser HF's national guide quotes it; the forskrift's
# Lovdata id was not verified, so the guide's page is the source cited.
PASIENTREISEFORSKRIFTEN_17 = Document(
    "https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/veileder/-17.-reiseledsagerens-rett-til-dekning-av-reiseutgifter"
)
BUFDIR_GUIDELINES = Document("https://bufdir.no/fagstotte/produkter/ledsagerbevis/veiledende_nasjonale_retningslinjer/")
VEIVISEREN = Document("https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer")
HDIR = Document("https://www.helsedirektoratet.no/tilskudd/saerlig-ressurskrevende-helse-og-omsorgstjenester")
# Helsedirektoratet's rundskriv to ftrl § 5-3, chapter 2 (last changed 1 January 2023): «Barn under 16 år skal ikke
# betale egenandel og er derfor ikke en del av frikortordningen.» It names no section for the exemption.
HDIR_EGENANDELSTAK = Document(
    "https://www.helsedirektoratet.no/rundskriv/folketrygdloven-kap-5/rundskriv-til-folketrygdloven--5-3--egenandelstak/egenandelstaket-og-rammene-for-frikortordningen"
)
NAV_ACTIVITY_AIDS = Document("https://www.nav.no/trening-stimulering-aktivisering")
# nav.no on forhøyet hjelpestønad: «Hvis barnet bor mindre enn halvparten av tiden hjemme, kan satsen for forhøyet
# hjelpestønad bli redusert.» It does not say by how much (variables/folketrygd/hjelpestonad/README.md).
NAV_FORHOYET_HJELPESTONAD = Document("https://www.nav.no/forhoyet-hjelpestonad")
NAV_KASSEBIL = Document("https://www.nav.no/no/person/hjelpemidler/hjelpemidler-og-tilrettelegging/bil-og-spesialutstyr/lan-til-spesialtilpasset-kassebil")
# Frambu's guide to the rights when a child dies (Frambu kompetansesenter for sjeldne diagnoser): «Løpende ytelser eller
# tjenester opphører normalt når mottakeren av ytelsen eller tjenesten dør. Det er likevel noen unntak fra dette.»
# For a right other than a folketrygd benefit given per month (ftrl § 22-12 sjette ledd) no provision found says when
# it ends after a death (research note s17): the model reads it as ending from the month after, and this page is the
# source that reading rests on (catalogue/after_death.py, ADR 0034).
FRAMBU_WHEN_A_CHILD_DIES = Document("https://frambu.no/tema/rettigheter-nar-barn-dor/")
# «Særlig tyngende omsorgsarbeid» (hol § 3-6) for a parent: Bodø kommune's criteria, the points of rundskriv I-42/98
# (the rundskriv itself was not found): «Kun foreldre har omsorgsplikt for mindreårige barn. Det vil være aktuelt med
# omsorgslønn dersom omsorgen klart overstiger vanlig omsorg for barn på samme alder».
HEAVY_CARE_BEYOND_PARENTING = Document(
    "https://bodo.kommune.no/omsorgsstonad/vis-skjul-artikler-omsorgsstonad/hva-legger-vi-vekt-pa-nar-vi-vurderer-soknaden-din"
)
# Barne- og likestillingsdepartementet's Retningslinjer for fosterhjem (2004), kap. 9 Fosterhjemsgodtgjøring: the
# godtgjøring is «en arbeidsgodtgjøring og en utgiftsgodtgjøring», and «En vanlig måte å forsterke fosterhjemmet på er å
# godtgjøre en av fosterforeldrene for å være hjemme med fosterbarnet i en periode. I slike tilfeller utbetales vanligvis
# en forhøyet arbeidsgodtgjøring som tilsvarer tapt arbeidsfortjeneste.» Barnevernet pays for the foster care itself.
FOSTERHJEM_GODTGJORING = Document(
    "https://www.regjeringen.no/no/dokument/dep/bld/rundskriv/2004/retningslinjer-for-fosterhjem/fosterhjemsgodtgjoring/id2359192/"
)
# nav.no on pension credit for care work: «Omsorgsarbeidet må i utgangspunktet være ulønnet.» NOU 2018: 18 (9.2):
# «Arbeidsgodtgjøringen er skattepliktig pensjonsgivende inntekt og varierer etter hvilken avtale fosterforeldrene har
# med kommunen, for eksempel om fosterforelderen er frikjøpt fra annet arbeid eller ikke.»
NAV_OMSORGSOPPTJENING = Document("https://www.nav.no/no/person/pensjon/pensjonsopptjening-for-omsorgsarbeid")
NOU_2018_18_TRYGD = Document("https://www.regjeringen.no/no/dokumenter/nou-2018-18/id2622734/?ch=10")
# NAV's application for pleiepenger asks «Mottar du fosterhjemsgodtgjørelse fra kommunen?» («Fosterhjemsgodtgjørelse
# regnes som frilansinntekt, og kan påvirke hvor mye du får i pleiepenger.») and then «Er du frikjøpt fra jobb?»,
# asking for «Hvor mange prosent eller timer du er frikjøpt fra jobb» and «Om du mister eller får redusert
# fosterhjemsgodtgjørelse i perioden du søker om». Its application for opplæringspenger: «Du trenger ikke å oppgi
# omsorgsstønad eller fosterhjemsgodtgjørelse, hvis du fortsetter å motta det under opplæringen.» Neither says how
# NAV weighs a frikjøp (review s22 law L6).
NAV_PLEIEPENGER_FOSTERHJEM_FORM_TEXT = Document(
    "https://github.com/navikt/sif-brukerdialog/blob/c8a74fe0ce57bbba4b3868c87fba94e2ee61d918/apps/pleiepenger-sykt-barn/src/app/s%C3%B8knad/arbeidssituasjon-step/i18n/nb.ts"
)
NAV_OPPLAERINGSPENGER_FOSTERHJEM_FORM_TEXT = Document(
    "https://github.com/navikt/sif-brukerdialog/blob/c8a74fe0ce57bbba4b3868c87fba94e2ee61d918/apps/opplaringspenger-soknad/src/app/i18n/appMessages.ts"
)
# NAV's decision service counts months, not the year whole: «FødtUtenforOmsorgsår … antall = 6», «FødtIOmsorgsår …
# antall = 1» (navikt/omsorgsopptjening-bestem-pensjonsopptjening @ fa346e23, AntallMånederRegel.kt, read with git). For
# a child with forhøyet hjelpestønad the months counted are those with barnetrygd and hjelpestønad both
# (Omsorgsperiode.omsorgsmånederHjelpestønad: «alleMåneder().intersect(hjelpestønadperioder …)»). It is ftrl § 20-8
# første ledd bokstav a as NAV quotes it (JuridiskHenvisning.kt): «Medlemmet har minst halve året hatt den daglige
# omsorgen …» and «For barnets fødselsår opptjenes det samme beløpet selv om omsorgen har vart mindre enn et halvt år.»
NAV_OMSORGSOPPTJENING_MONTHS = Document(
    "https://github.com/navikt/omsorgsopptjening-bestem-pensjonsopptjening/blob/fa346e23fb6724d97d1c55de2ce6ecc3310e31e1/src/main/kotlin/no/nav/pensjon/opptjening/omsorgsopptjening/bestem/pensjonsopptjening/omsorgsopptjening/model/AntallM%C3%A5nederRegel.kt"
)
# When barnetrygd is paid: from the month after the birth (Ot.prp. nr. 47 (1997–98): «Alle barn som lever over et
# månedsskifte vil … være berettiget til barnetrygd for 1 måned»), «til og med kalendermåneden før barnet fyller 18 år»
# (Ot.prp. nr. 60 (1999–2000) kap. 3.2), and, when the child dies before the month of its 18th birthday, through the
# month of the death: NAV's barnetrygd system, navikt/familie-ba-sak @ abaca590, vilkårsvurdering/README.md: «Tom er
# tidligere enn måned hvor barn fyller 18? Perioden slutter samme måned som tom» (the general rule: «Tom: slutter samme
# måned»). Barnetrygdloven's own text was not read.
BARNETRYGD_TO_THE_MONTH_BEFORE_18 = Document("https://regjeringen.no/no/dokumenter/otprp-nr-60-1999-2000-/id121253/?ch=3")
NAV_BARNETRYGD_PERIOD = Document(
    "https://github.com/navikt/familie-ba-sak/blob/abaca590c4a43456138f0de14299553c8300c3f9/src/main/kotlin/no/nav/familie/ba/sak/kjerne/vilk%C3%A5rsvurdering/README.md"
)


# --- Folketrygd provisions dated or sourced after the s21 legal review (law-ftrl) ---

# Forskrift om alderspensjon i folketrygden (FOR-2009-12-22-1810), as NAV's decision service for omsorgsopptjening
# quotes it (navikt/omsorgsopptjening-bestem-pensjonsopptjening @ 5b798f85, JuridiskHenvisning.kt): § 3-11 første
# ledd «Dersom den omsorgstrengende får forhøyet hjelpestønad etter de to høyeste satsene i henhold til
# folketrygdloven § 6-5, gis en av foreldrene omsorgsopptjening uten at det er nødvendig å sette fram krav», andre
# ledd første punktum «Omsorgsopptjening etter første ledd gis den av foreldrene som mottar barnetrygd for barnet».
# Lovdata's own text was not read.
ALDERSPENSJONSFORSKRIFTEN = Law("2009-12-22-1810", "Forskrift om alderspensjon i folketrygden", kind="forskrift")
LAWS[ALDERSPENSJONSFORSKRIFTEN.id] = ALDERSPENSJONSFORSKRIFTEN
alderspensjonsforskriften = _citing(
    ALDERSPENSJONSFORSKRIFTEN, "forskrift om alderspensjon i folketrygden (forskrift 22. desember 2009 nr. 1810)"
)

# Folketrygdloven § 6-3 (grunnstønad) got a new andre ledd on 1 March 2019, and the ledd after it moved down one.
# NAV's rundskriv R06, as changed 28.02.2019: «§ 6-3 andre ledd – Non-cøliaki glutenintoleranse … Overskriftene
# til tidligere annet og tredje ledd er endret til tredje og fjerde ledd etter innføring av nytt annet ledd.
# Endringene gjelder fra 01.03.2019» (https://pvv.org/~thomassk/jus/trygderett/rundskriv/2019/r06-00.html).
# Today's text (https://www.trygderett.no/folketrygdloven-6-3/) has, after the letters, «Stortinget fastsetter
# satsene for grunnstønad.», then «Det er et vilkår for rett til grunnstønad at de ekstrautgiftene som er nevnt i
# første ledd, minst svarer til laveste sats. Stønad etter høyere sats gis dersom ekstrautgiftene minst svarer til
# den forhøyede satsen.» (tredje ledd), then «Grunnstønad til dekning av utgifter til transport ytes bare når
# vilkårene for rett til stønad er oppfylt før fylte 70 år.» (fjerde ledd). Before 1 March 2019 the two rules are
# numbered as NAV's rundskriv numbered them: andre and tredje ledd. An older copy of the text
# (http://eldre.sansetap.no/rettigheter/utdrag-fra-lov-om-folketrygd) sets «Stortinget fastsetter satsene for
# grunnstønad.» apart before the rule, which would make it tredje ledd before 2019 and fjerde ledd while the
# non-coeliac ledd stood (to 31 May 2021, ncf.no); Lovdata's historical versions were not read, so NAV's numbering
# is followed and the conflict is recorded here.
GRUNNSTONAD_NEW_ANDRE_LEDD = date(2019, 3, 1)
GRUNNSTONAD_COSTS_REACH_THE_RATE = (
    ftrl("6-3", ledd=3, in_force_from=GRUNNSTONAD_NEW_ANDRE_LEDD),
    ftrl("6-3", ledd=2, in_force_to=GRUNNSTONAD_NEW_ANDRE_LEDD - timedelta(days=1)),
)
GRUNNSTONAD_TRANSPORT_BEFORE_70 = (
    ftrl("6-3", ledd=4, in_force_from=GRUNNSTONAD_NEW_ANDRE_LEDD),
    ftrl("6-3", ledd=3, in_force_to=GRUNNSTONAD_NEW_ANDRE_LEDD - timedelta(days=1)),
)

# Folketrygdloven § 9-11 tredje ledd (https://www.trygderett.no/folketrygdloven-%C2%A7-9-11/): «Det gjøres unntak
# fra andre ledd første punktum når barnets sykdom, jf. § 9-10, medfører at omsorgspersonen ikke kan være i arbeid
# fordi barnet må ha tilsyn og pleie om natten, eller omsorgspersonen må være i beredskap», in force 1 July 2019
# («Med ikrafttredelse av endringen fra 1. juli 2019», statsbudsjettet.no, RNB 2019). Before it, the grading of
# andre ledd had no such exception.
PLEIEPENGER_NIGHT_AND_STANDBY_IN_FORCE = date(2019, 7, 1)
PLEIEPENGER_NIGHT_AND_STANDBY_EXCEPTION = ftrl("9-11", ledd=3, in_force_from=PLEIEPENGER_NIGHT_AND_STANDBY_IN_FORCE)
PLEIEPENGER_GRADING_BEFORE_THE_EXCEPTION = ftrl(
    "9-11", ledd=2, in_force_to=PLEIEPENGER_NIGHT_AND_STANDBY_IN_FORCE - timedelta(days=1)
)

# Durations the statutes leave to practice, shown as a second source beside the provision.
# «varig» in ftrl § 10-6: «Mennesker med varige funksjonsnedsettelser (over to år) har rett til hjelpemidler fra
# folketrygden når disse er nødvendige og hensiktsmessige» (the ministry's page on hjelpemidler).
HJELPEMIDLER_LASTING_OVER_TWO_YEARS = Document(
    "https://www.regjeringen.no/no/tema/pensjon-trygd-og-sosiale-tjenester/innsikt/trygd/"
    "hjelpemidler-for-bedret-funksjonsevne/id502497/"
)
# «langvarig sykdom» in ftrl § 9-14 (§ 9-13 before 1 October 2017): NAV's rundskriv to § 9-13 (2016, a public
# copy), «Med langvarig syk forstås sykdommer som med overveiende sannsynlighet vil vare over ett år.»
NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016 = Document(
    "https://pvv.org/~thomassk/jus/trygderett/rundskriv/2016/"
    "kapittel-9-st%25C3%25B8nad-ved-barns-og-andre-n%25C3%25A6re-p%25C3%25A5r%25C3%25B8rendes-sykdom/"
    "9-13-oppl%c3%a6ringspenger-til-et-medlem-med-omsorg-for-et-funksjonshemmet-barn.html"
)


# --- Forskrifter and sources of the non-folketrygd rights (review s21 law: H4, H5, M8, M9, M13–M15, L1) ---

# Opplæringsforskrifta, «forskrift til opplæringslova (opplæringsforskrifta)», in force with the 2023 law: «forskrift til
# loven ble fastsatt 3. juni i år. Lov og forskrift trer i kraft 1. august» (regjeringen.no id3046440). Its Lovdata id
# 2024-06-03-900 is as three projects that read Lovdata's data set write it («opplæringsforskrifta (nr. 900)»,
# «forskrift/2024-06-03-900»); its text itself was not read here.
OPPLAERINGSFORSKRIFTA = Law("2024-06-03-900", "Opplæringsforskrifta", kind="forskrift")
opplaeringsforskrifta = _citing(
    OPPLAERINGSFORSKRIFTA, "opplæringsforskrifta (forskrift 3. juni 2024 nr. 900), in force 1 August 2024",
    in_force_from=OPPLARINGSLOVA_2023_IN_FORCE,
)

# Forskrifter a parameter's YAML cites by its Lovdata address read as these, by name (provision_from_url).
LAWS.update({law.id: law for law in (
    BILSTONADSFORSKRIFTEN, FORELDREBETALINGSFORSKRIFTEN, TILPASNINGSTILSKUDDSFORSKRIFTEN, OPPLAERINGSFORSKRIFTA,
)})


@dataclass(frozen=True)
class LawReadElsewhere(Law):
    """A forskrift whose Lovdata id was not verified: it has none here (`id` is None, so no Lovdata path can be built
    from it), and its provisions link to the page they were read on, not to a Lovdata address that may be wrong."""

    page: str = ""
    links_sections: bool = False

    def __post_init__(self):
        if self.id is not None or not self.page.startswith("https://"):
            raise ValueError(f"{self.name}: a law read elsewhere has no Lovdata id and names the page it was read on")

    @property
    def url(self) -> str:
        return self.page


# The parking permit's conditions are in the forskrift om parkeringstillatelse for forflytningshemmede, adopted with
# parkeringsforskriften on 18 March 2016 and in force 1 January 2017 (norpark.no: «forskrift om parkering for
# forflytningshemmede … trer i kraft 1. januar 2017»), not in parkeringsforskriften (FOR-2016-03-18-260, vilkårsparkering).
# Sivilombudet cites its section: «innvilget søknaden …, jf. forskrift om parkeringstillatelse for forflytningshemmede
# § 3 første ledd bokstav a» (a driver), and the refusal «jf. forskriften § 3». Its Lovdata id was not verified (a test
# catalogue's eli/forskrift/2016/03/18/264 is not an official source), so it links to Sivilombudet's statement.
SIVILOMBUDET_PARKERINGSTILLATELSE = (
    "https://www.sivilombudet.no/uttalelser/tilbakekall-av-parkeringstillatelse-for-forflytningshemmede/"
)
PARKERINGSTILLATELSESFORSKRIFTEN = LawReadElsewhere(
    None, "Forskrift om parkeringstillatelse for forflytningshemmede", kind="forskrift",
    page=SIVILOMBUDET_PARKERINGSTILLATELSE,
)
parkeringstillatelsesforskriften = _citing(
    PARKERINGSTILLATELSESFORSKRIFTEN, "forskrift om parkeringstillatelse for forflytningshemmede (18. mars 2016)"
)
# A child is a passenger: the passenger's letter of § 3 første ledd was not read, so the ledd is cited.
PARKING_PERMIT_CONDITIONS = parkeringstillatelsesforskriften(
    "3", ledd=1, caveat=Text(nb="Lovdata-id ikke verifisert, og paragrafen er slik Sivilombudet siterer den",
                             en="Lovdata id not verified, and the section is as Sivilombudet cites it"),
)

# Individuell plan only with consent: Helsedirektoratet's rundskriv to pbrl § 2-5, «Det skal ikke utarbeides individuell
# plan uten at pasienten har samtykket til dette. Hvis pasienten ikke har samtykkekompetanse, må samtykke innhentes fra
# den som har kompetanse til å samtykke på vegne av pasienten.» The section of the forskrift om individuell plan that
# says so was not read; hol § 7-1 is the kommune's duty to make the plan, not the consent.
HDIR_INDIVIDUELL_PLAN = Document(
    "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport/rett-til-individuell-plan"
)
# Omsorgsstønad: «nødvendig» is a point of the kommune's assessment (rundskriv I-42/98's points, as kommuner list them),
# not words of hol § 3-6 første ledd nr. 3, which names the measure only. Nordreisa kommune: «Det som kan tas i
# betrakning: – Om omsorgarbeidet gjelder nødvendige omsorgsoppgaver.»
OMSORGSSTONAD_ASSESSMENT_PRACTICE = Document("https://www.nordreisa.kommune.no/omsorgsstoenad.6366912-538058.html")
# Pasientreiseforskriften § 24 andre ledd, as Pasientreiser HF's national guide quotes it: «Det skal ikke betales
# egenandel … b. for barn under 16 år». The forskrift's Lovdata id was not verified, so the guide's page is cited.
PASIENTREISEFORSKRIFTEN_24 = Document(
    "https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/veileder/-24.-egenandel"
)
# No egenandel for children under 16 (variables/helse/fritak_egenandel_barn). Review s21 M13: § 5-3 (the
# egenandelstak) is the section whose rundskriv states the exemption; the caveat says so.
EGENANDEL_EXEMPTION_SOURCES = [
    ftrl("5-3", caveat=Text(nb="fritaket for barn under 16 år står i Helsedirektoratets rundskriv til paragrafen",
                            en="the exemption for children under 16 is stated in Helsedirektoratet's rundskriv to the section")),
    HDIR_EGENANDELSTAK,
    PASIENTREISEFORSKRIFTEN_24,
]
# The 2026 budget's proposal of no egenandel at the GP and legevakt for 16- and 17-year-olds: «the government wants 16-
# and 17-year-olds to be exempt from paying for GP appointments and out-of-hours medical services» (regjeringen.no,
# 22 October 2025). Its enactment, forskrift and day were not verified (review s24 law M2).
EGENANDEL_16_AND_17_PROPOSED = Document(
    "https://www.regjeringen.no/en/whats-new/three-concrete-budget-measures-for-better-and-more-accessible-gp-services/id3121685"
)
# Helsedirektoratet's commentary to pbrl § 2-1 d: «Det fremgår av bestemmelsens første ledd at personer under 67 år med
# langvarig og stort behov for personlig assistanse … har rett til å få slike tjenester organisert som brukerstyrt
# personlig assistanse.» Its figures for «langvarig» and «stort» were not among the parts read.
HDIR_BPA = Document(
    "https://helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport-/rett-til-brukerstyrt-personlig-assistanse"
)
# Free barnehage in tiltakssonen from 1 August 2023 (parameters/barnehage/foreldrebetaling/free_in_tiltakssonen.yaml):
# «I sitt framlegg til statsbudsjett føreslår regjeringa å innføre gratis barnehage i Nord-Troms og Finnmark frå
# 1. august 2023» (regjeringen.no); «Fra 1. august 2023 og i tre år fra denne dato, får alle barn i Finnmark og Nord-
# Troms (tiltakssonen) gratis barnehageplass» (Karasjok kommune). The provision of the forskrift or the budget decision
# that makes it free was not found in a stored source, so these are cited.
FREE_BARNEHAGE_IN_TILTAKSSONEN = Document("https://www.regjeringen.no/no/aktuelt/distriktspolitikk/id2930594/")
FREE_BARNEHAGE_FOR_THREE_YEARS = Document("https://www.karasjok.kommune.no/tjenester/oppvekst/barnehage/priser-og-betaling/")

# Stønad til barnetilsyn's age limit changes for new cases on 1 July 2026 (a reform whose new wording of ftrl § 15-10 was
# not read: FINDINGS-2026-11 § 4; NAV's application text gives «til barnet ditt fyller 14 måneder»). An answer cites the
# wording in force on its date: § 15-10 første ledd as read until 30 June 2026, and from 1 July 2026 the same ledd with
# the caveat that its new wording is known only from NAV's form text (review s21 M15).
BARNETILSYN_NEW_RULES = date(2026, 7, 1)
BARNETILSYN_OLD_AGE_RULE = ftrl("15-10", ledd=1, in_force_to=BARNETILSYN_NEW_RULES - timedelta(days=1))
BARNETILSYN_AGE_RULE = (
    ftrl("15-10", ledd=1, in_force_from=BARNETILSYN_NEW_RULES,
         caveat=Text(nb="den nye ordlyden er ikke lest, og 14 måneder er tatt fra NAVs søknadstekst",
                     en="the new wording was not read, and 14 months is taken from NAV's application text")),
    BARNETILSYN_OLD_AGE_RULE,
)
# The old rules go on after 1 July 2026 for a parent who had løpende barnetilsyn on 30 June 2026 or overgangsstønad
# before (NAV's application text; familie-ef-sak EksternSøknadService.kt, BARNETILSYN_DATO = 2026-06-30), under «Forskrift
# om overgangsregler i forbindelse med endringer i folketrygdloven kapittel 15 Stønad til enslig mor eller far fra 1.
# juli 2026», as NAV's code names it (familie-ef-sak @ c6029f3d, OppgaveBeskrivelse.kt, citing its § 6 on education,
# not on barnetilsyn). Its Lovdata id (FOR-2026-06-25-1361 in an unofficial source), its section on barnetilsyn and
# how long the old rules go on (30 June 2031 in the same unofficial source) were not verified (review s24 law M4).
NAV_OVERGANGSFORSKRIFT_KAPITTEL_15 = (
    "https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/"
    "familie/ef/sak/behandling/OppgaveBeskrivelse.kt"
)
OVERGANGSFORSKRIFT_KAPITTEL_15 = LawReadElsewhere(
    None, "Forskrift om overgangsregler i forbindelse med endringer i folketrygdloven kapittel 15 Stønad til enslig mor "
    "eller far fra 1. juli 2026", kind="forskrift", page=NAV_OVERGANGSFORSKRIFT_KAPITTEL_15,
)
BARNETILSYN_OLD_RULES_GO_ON = (
    BARNETILSYN_OLD_AGE_RULE,
    Provision(OVERGANGSFORSKRIFT_KAPITTEL_15, caveat=Text(
        nb="Lovdata-id og paragraf er ikke verifisert, og heller ikke hvor lenge overgangsreglene gjelder; tittelen er "
           "slik NAVs kode siterer den",
        en="the Lovdata id and the section were not verified, nor how long the transitional rules last; the title as "
           "NAV's code cites it")),
    NAV_FORM_TEXT,
)

# Folketrygdloven § 8-35 andre ledd, the self-employed's sykepengegrunnlag that §§ 9-9 and 9-15 apply, as NAV's
# helse-spleis quotes it (navikt/helse-spleis @ d1effe9b1e2bd40b93b888a9af499d43f01921fa,
# sykepenger-etterlevelse-api/src/main/kotlin/no/nav/helse/etterlevelse/Subsumsjonslogg.kt, `§ 8-35 ledd 2`, versjon
# 2018-12-20): «Sykepengegrunnlaget skal svare til den pensjonsgivende årsinntekten som beregnes på grunnlag av
# gjennomsnittet av den pensjonsgivende årsinntekten som er fastsatt for de tre siste årene. Den pensjonsgivende
# årsinntekten for det enkelte året skal reguleres i samsvar med grunnbeløpet på sykmeldingstidspunktet. Ved beregningen
# skal det for det enkelte året bare tas med en tredel av inntekten mellom seks og tolv ganger grunnbeløpet. Inntekt
# over tolv ganger grunnbeløpet tas ikke med.» It replaced the average of pensjonspoeng (Prop. 12 L (2018–2019) pkt.
# 5.1.1). The in-force date was not read on Lovdata; NAV dates the wording 20 December 2018, so the model counts the
# years from the first whole month after it.
SELF_EMPLOYED_AVERAGE_IN_FORCE = date(2019, 1, 1)
SELF_EMPLOYED_AVERAGE = ftrl(
    "8-35", ledd=2,
    caveat=Text(nb="ordlyden er lest slik NAVs kode siterer den, ikke på Lovdata",
                en="the wording as NAV's code quotes it, not read on Lovdata"))
# § 8-35 tredje ledd, as Prop. 12 L (2018–2019) pkt. 5.1.1.1 sums it up (the wording before 2019; the present wording was
# not read): «Dersom medlemmets arbeidssituasjon eller virksomhet er varig endret, og denne endringen medfører at den
# pensjonsgivende årsinntekten avviker mer enn 25 prosent fra den inntekten som er beregnet etter andre ledd, fastsettes
# sykepengegrunnlaget ved skjønn ut fra den pensjonsgivende årsinntekten som kan godtgjøres på sykmeldingstidspunktet.
# Dette gjelder også for et medlem som ikke har pensjonspoeng for de tre siste årene på grunn av for lav inntekt, eller
# fordi medlemmet ble yrkesaktiv i løpet av de siste tre årene.» NAV's ft-beregning applies it so
# (RegelBeregningsgrunnlagSN, FP_BR 2.3–2.6: a lasting change or a new business claimed, the deviation from the average
# above 25 %, «beregningsgrunnlag fastsettes skjønnsmessig»).
SELF_EMPLOYED_LASTING_CHANGE = ftrl(
    "8-35", ledd=3,
    caveat=Text(nb="ordlyden fra 2019 er ikke lest; regelen er slik Prop. 12 L (2018–2019) og NAVs kode beskriver den",
                en="the wording from 2019 was not read; the rule as Prop. 12 L (2018–2019) and NAV's code describe it"))
# NAV's ft-beregning checks «ny i arbeidslivet» (FP_BR 2.18) before the average: yes → the caseworker sets the basis
# (FASTSETT_SELVSTENDIG_NY_ARBEIDSLIVET), whatever the deviation; its application asks «Har du begynt i arbeidslivet i
# løpet av de 3 siste ferdigliknede årene?» (review s23 law M2).
NAV_SELF_EMPLOYED_NEW_IN_WORKING_LIFE = Document(
    "https://github.com/navikt/ft-beregning/blob/e487bf44c5b61128af9da3a7b44680597e971c6b/beregningsregler/src/main/java/"
    "no/nav/folketrygdloven/beregningsgrunnlag/selvstendig/SjekkOmBrukerErNyIArbeidslivet.java"
)
NAV_SELF_EMPLOYED_FORM_TEXT = Document(
    "https://github.com/navikt/sif-brukerdialog/blob/c8a74fe0ce57bbba4b3868c87fba94e2ee61d918/packages/sif-common-forms-ds/"
    "src/forms/virksomhet/i18n/nb.ts"
)
# NAV's own computation of the average (navikt/ft-beregning, the rules k9-sak's pleiepenger are computed by).
NAV_SELF_EMPLOYED_AVERAGE = Document(
    "https://github.com/navikt/ft-beregning/blob/e487bf44c5b61128af9da3a7b44680597e971c6b/beregningsregler/src/main/java/"
    "no/nav/folketrygdloven/beregningsgrunnlag/selvstendig/FinnGjennomsnittligPGI.java"
)

# Foreldrepenger postponed freely for children born from 1 October 2021 (Prop. 127 L (2020–2021); navikt/fp-sak's
# FRITT_UTTAK; compendia.no: «Foreldre som fikk barn før 1. oktober 2021, må fortsatt følge gammelt regelverk»). Before,
# § 14-11 første ledd bokstav d let the parents postpone them while the child was admitted (review s24 diff L). The
# child's birth date decides which applies, not the date asked, so the two are told apart by words, not in-force dates.
FORELDREPENGER_FREE_POSTPONEMENT = date(2021, 10, 1)
FORELDREPENGER_POSTPONED_FREELY = ftrl("14-11", detail="for barn født 1. oktober 2021 eller senere")
FORELDREPENGER_POSTPONED_WHILE_ADMITTED = ftrl("14-11", ledd=1, bokstav="d", detail="slik den lød for barn født før 1. oktober 2021")
