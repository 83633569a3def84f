"""Legal provisions as objects: the citation and the Lovdata address come from one place (issue 13 §3)."""

import pickle
from datetime import date

import pytest

from openfisca_asb.answer.citations import legal_reference
from openfisca_asb.rules.provisions import (
    LAWS,
    PARKING_PERMIT_CONDITIONS,
    Document,
    Law,
    LawReadElsewhere,
    Provision,
    barnehageloven,
    barnehageloven_before_2021,
    forskrift_til_opplaringslova_2006,
    ftrl,
    hol,
    opplaeringsforskrifta,
    opplaringslova_2023,
    pbrl,
    provision_from_url,
)
from openfisca_asb.rules.texts import Text

FTRL_6_4 = "https://lovdata.no/lov/1997-02-28-19/§6-4"


def test_a_provision_cites_down_to_the_punktum_and_links_to_its_section():
    provision = ftrl("6-4", ledd=1, punktum=2)
    assert provision.citation == "Folketrygdloven § 6-4 første ledd andre punktum"
    assert provision.label == "§ 6-4 første ledd andre punktum"
    # Lovdata addresses a section, not a ledd: the string OpenFisca stores is the section's address.
    assert provision.url == str(provision) == FTRL_6_4


def test_ledd_numbers_nr_and_letters_read_as_a_jurist_writes_them():
    assert ftrl("6-4", ledd=(2, 3)).citation == "Folketrygdloven § 6-4 andre og tredje ledd"
    assert hol("3-6", ledd=1, nr=3).citation == "Helse- og omsorgstjenesteloven § 3-6 første ledd nr. 3"
    assert ftrl("6-3", ledd=1, bokstav="b").citation == "Folketrygdloven § 6-3 første ledd bokstav b"
    assert ftrl("6-4", ledd="siste").citation == "Folketrygdloven § 6-4 siste ledd"


def test_a_section_with_a_letter_is_cited_apart_and_addressed_joined():
    # pbrl § 2-1 d (BPA): Lovdata's address is §2-1d.
    provision = pbrl("2-1 d")
    assert provision.citation == "Pasient- og brukerrettighetsloven § 2-1 d"
    assert provision.url == "https://lovdata.no/lov/1999-07-02-63/§2-1d"


def test_a_whole_law_is_cited_by_its_name():
    assert opplaringslova_2023().citation == "Opplæringslova"
    assert opplaringslova_2023().url == "https://lovdata.no/lov/2023-06-09-30"


def test_a_provision_knows_when_its_wording_is_in_force():
    # Opplæringslova 2023 came into force on 1 August 2024 (RULES.md § 12).
    provision = opplaringslova_2023("11-6", in_force_from=date(2024, 8, 1))
    assert not provision.in_force_on(date(2024, 7, 31))
    assert provision.in_force_on(date(2024, 8, 1))
    assert ftrl("6-4").in_force_on(date(2014, 1, 1))


def test_a_provision_survives_pickling_as_population_runs_do():
    provision = ftrl("9-10", ledd=(1, 3))
    again = pickle.loads(pickle.dumps(provision))
    assert isinstance(again, Provision) and again.citation == provision.citation and again == provision


def test_the_answer_reads_the_citation_from_the_object():
    assert legal_reference(ftrl("6-5", ledd=2)).model_dump() == {"citation": "Folketrygdloven § 6-5 andre ledd", "url": "https://lovdata.no/lov/1997-02-28-19/§6-5"}
    # A page outside Lovdata is cited by its title (rules/source_titles.py), the link its address (review s21 page M4);
    # an address a data file writes with no title given is cited as it is.
    page = Document("https://www.helsedirektoratet.no/tilskudd/saerlig-ressurskrevende-helse-og-omsorgstjenester")
    assert legal_reference(page).model_dump() == {
        "citation": "Helsedirektoratet: Tilskudd til særlig ressurskrevende helse- og omsorgstjenester", "url": str(page)}
    untitled = Document("https://www.nav.no/satser")
    assert legal_reference(untitled).citation == legal_reference(untitled).url == str(untitled)


def test_a_kommunes_page_is_cited_as_an_example_in_the_answers_language():
    # Omsorgsstønad's «nødvendig» is a point of the kommuner's assessment, cited from Nordreisa kommune's page: a family
    # in Trondheim is told it is an example of how a kommune describes it (review s21 page M4).
    page = Document("https://www.nordreisa.kommune.no/omsorgsstoenad.6366912-538058.html")
    assert legal_reference(page, "nb").citation == "Omsorgsstønad, slik for eksempel Nordreisa kommune beskriver det"
    assert legal_reference(page, "en").citation == "Omsorgsstønad, as Nordreisa kommune, for example, describes it"
    assert pickle.loads(pickle.dumps(page)).citation == page.citation


def test_a_reference_written_as_text_in_data_reads_as_the_same_provision():
    # Parameter files cite Lovdata by address, sometimes followed by the ledd.
    assert provision_from_url(FTRL_6_4 + " første ledd").citation == "Folketrygdloven § 6-4 første ledd"
    assert provision_from_url("https://lovdata.no/lov/1999-07-02-63/§2-5c").citation == "Pasient- og brukerrettighetsloven § 2-5 c"
    assert provision_from_url("https://lovdata.no/lov/2099-01-01-1/§3").citation == "Lov 2099-01-01-1 § 3"
    assert isinstance(provision_from_url("https://www.nav.no/satser"), Document)


def test_a_section_cited_by_a_number_the_law_no_longer_has_links_to_the_law():
    # Barnehageloven was renumbered from 1 January 2021 (Prop. 33 L (2020–2021) pkt. 3.1): prioritet ved opptak was
    # § 13 (Ringsaker kommune), now § 18. Lovdata's address …/§13 gives today's § 13, another section.
    old, new = barnehageloven_before_2021("13"), barnehageloven("18")
    assert (old.citation, old.url) == ("Barnehageloven (før 2021) § 13", "https://lovdata.no/lov/2005-06-17-64")
    assert (new.citation, new.url) == ("Barnehageloven § 18", "https://lovdata.no/lov/2005-06-17-64/§18")
    assert old.in_force_on(date(2020, 12, 31)) and not old.in_force_on(date(2021, 1, 1))
    assert new.in_force_on(date(2021, 1, 1)) and not new.in_force_on(date(2020, 12, 31))
    again = pickle.loads(pickle.dumps(barnehageloven_before_2021("19 a", ledd=1)))
    assert (again.citation, again.url) == ("Barnehageloven (før 2021) § 19 a første ledd", "https://lovdata.no/lov/2005-06-17-64")


def test_a_forskrift_written_as_text_in_data_reads_as_the_named_forskrift():
    # Review s21 L1: parameters cite forskrifter by Lovdata address («…/forskrift/2005-12-16-1478/§1», the foreldrebetaling
    # forskrift of 16 December 2005 nr. 1478); they read as the forskrift, not as a bare address.
    maximum_price = provision_from_url("https://lovdata.no/forskrift/2005-12-16-1478/§1")
    assert (maximum_price.citation, maximum_price.url) == (
        "Forskrift om foreldrebetaling i barnehager § 1", "https://lovdata.no/forskrift/2005-12-16-1478/§1")
    assert provision_from_url("https://lovdata.no/forskrift/2003-03-07-290/§3").citation == "Bilstønadsforskriften § 3"
    assert provision_from_url("https://lovdata.no/forskrift/2006-06-23-724/§1B-4").citation == (
        "Forskrift til opplæringslova (2006) § 1B-4")
    assert provision_from_url("https://lovdata.no/forskrift/2024-06-03-900").citation == "Opplæringsforskrifta"
    assert provision_from_url("https://lovdata.no/forskrift/2099-01-01-5/§2").citation == "Forskrift 2099-01-01-5 § 2"
    # A lov's id under /forskrift/ is not that lov.
    assert provision_from_url("https://lovdata.no/forskrift/1997-02-28-19").citation == "Forskrift 1997-02-28-19"


def test_a_forskrift_whose_lovdata_id_was_not_verified_links_to_the_page_it_was_read_on():
    # Review s21 H5: the parking permit's forskrift is cited as Sivilombudet cites it; no guessed Lovdata address.
    permit = pickle.loads(pickle.dumps(PARKING_PERMIT_CONDITIONS))
    assert permit.url == "https://www.sivilombudet.no/uttalelser/tilbakekall-av-parkeringstillatelse-for-forflytningshemmede/"
    assert permit.citation == "Forskrift om parkeringstillatelse for forflytningshemmede § 3 første ledd"
    assert permit.caveat.nb == "Lovdata-id ikke verifisert, og paragrafen er slik Sivilombudet siterer den"
    # Review s21 diff L16: it has no Lovdata id, so no Lovdata path can be built from it.
    assert permit.law.id is None


def test_a_law_without_a_verified_id_has_no_lovdata_address():
    # Review s21 diff L16: an id that is only a date («2016-03-18») made a Lovdata path that may be wrong.
    with pytest.raises(ValueError, match="no verified Lovdata id"):
        Law(None, "Forskrift uten id", kind="forskrift").url
    with pytest.raises(ValueError, match="no Lovdata id"):
        LawReadElsewhere("2016-03-18", "Forskrift om noe", kind="forskrift", page="https://example.org/")
    assert all(law.id for law in LAWS.values())


def test_a_caveat_is_said_in_the_answers_language_and_the_citation_stays_norwegian():
    # Review s21 diff M8 (ADR 0043): an English answer told «paragrafen er ikke verifisert» is not told what was not
    # verified. Citation, then window, then the caveat after a dash.
    provision = opplaringslova_2023("4-1", caveat=Text(nb="paragrafen er ikke verifisert", en="the section is not verified"))
    english, norwegian = legal_reference(provision, "en"), legal_reference(provision, "nb")
    assert english.citation == norwegian.citation == "Opplæringslova § 4-1"
    assert english.cited() == "Opplæringslova § 4-1, in force from 1 August 2024 – the section is not verified"
    assert norwegian.cited() == "Opplæringslova § 4-1, i kraft fra 1. august 2024 – paragrafen er ikke verifisert"
    assert english.model_dump()["caveat"] == "the section is not verified"
    assert "caveat" not in legal_reference(ftrl("6-4"), "en").model_dump()
    assert pickle.loads(pickle.dumps(provision)).caveat == provision.caveat


def test_the_2006_forskrift_is_in_force_until_the_2024_forskrift_replaced_it():
    # «Ny opplæringslov … og forskrift til loven ble fastsatt 3. juni i år. Lov og forskrift trer i kraft 1. august»
    # (regjeringen.no id3046440, 2024).
    old, new = forskrift_til_opplaringslova_2006("1B-4"), opplaeringsforskrifta()
    assert old.in_force_on(date(2024, 7, 31)) and not old.in_force_on(date(2024, 8, 1))
    assert new.in_force_on(date(2024, 8, 1)) and not new.in_force_on(date(2024, 7, 31))
    assert new.url == "https://lovdata.no/forskrift/2024-06-03-900"


def test_every_source_outside_lovdata_a_rule_cites_has_a_title():
    # Review s21 page M4: six links on a card had a bare address as their text. Every Document a variable cites is
    # given a title (rules/source_titles.py), so an answer never shows one bare.
    from openfisca_asb.rules.source_titles import source_title
    from openfisca_asb.system import baseline_system

    cited = {reference.url for variable in baseline_system().variables.values() for reference in variable.reference or []
             if isinstance(reference, Document)}
    assert cited and [url for url in sorted(cited) if source_title(url, "nb") is None] == []
