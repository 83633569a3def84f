"""The section a right cites on a date, checked against the text it was read from (review item 8).

Expected citations, each from a stored source:
- Bilstønadsforskriften (FOR-2003-03-07-290, Lovdata's text): § 1 første ledd «Denne forskriften omfatter
  medlemmer som fyller vilkårene i … b) folketrygdloven § 10-6»; gruppe 1 and 2 are defined in § 2 («Med gruppe 1
  i denne forskriften menes ordinære personbiler»), and the lift-or-ramp condition for gruppe 2 is «forskriftens
  § 2» (Storting question of 9 February 2011, stortinget.no). The public-transport paragraph was not read.
- Forskrift om tilskudd til etablering og tilpasning av bolig (FOR-2011-02-23-191, Lovdata's text) § 2 første ledd:
  first punktum «… til tilpasning av bolig for personer med nedsatt funksjonsevne», second punktum «Tildeling fra
  kommunene gjøres etter en økonomisk behovsprøving».
- Pasientreiseforskriften § 17 (Pasientreiser HF's guide quotes it): the behandler confirms the ledsager's need; the
  text says nothing of children, so the under-18 condition cites helsenorge first.
- Skoleskyss: opplæringslova 1998 § 7-3 until 31 July 2024 (Udir-2-2019 § 2.4); from 1 August 2024 the 2023 law by
  chapter, its section not verified.
- Egenandel for children and the parking permit: no section verified, so the chapter is cited.
"""

from datetime import date

from openfisca_asb.answer.citations import legal_reference, reference_in_force

BILSTONAD = "https://lovdata.no/forskrift/2003-03-07-290"
TILPASNING = "https://lovdata.no/forskrift/2011-02-23-191"
HELSENORGE = "https://helsenorge.no/rettigheter/pasientreiser/rettigheter/kan-jeg-ha-med-noen"
PASIENTREISER_17 = (
    "https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/veileder/"
    "-17.-reiseledsagerens-rett-til-dekning-av-reiseutgifter"
)


def _cited(system, variable: str, on: date):
    return legal_reference(reference_in_force(system.variables[variable].reference, on))


def test_bil_cites_the_forskrift_sections_read_and_the_forskrift_whole_where_none_was(tax_benefit_system):
    on = date(2020, 1, 1)
    function = _cited(tax_benefit_system, "bil_condition_reduced_function", on)
    assert (function.citation, function.url) == ("Bilstønadsforskriften § 1 første ledd bokstav b", f"{BILSTONAD}/§1")
    van = _cited(tax_benefit_system, "bil_condition_adapted_van", on)
    assert (van.citation, van.url) == ("Bilstønadsforskriften § 2", f"{BILSTONAD}/§2")
    transport = _cited(tax_benefit_system, "bil_condition_public_transport", on)
    assert (transport.citation, transport.url) == ("Bilstønadsforskriften", BILSTONAD)


def test_tilpasning_av_bolig_cites_paragraph_2_of_husbankens_forskrift_on_every_date(tax_benefit_system):
    for on in (date(2018, 1, 1), date(2025, 1, 1)):  # before and after the grant moved into rammetilskuddet (2020)
        child = _cited(tax_benefit_system, "tilpasning_bolig_condition_child", on)
        means = _cited(tax_benefit_system, "tilpasning_bolig_condition_means_test", on)
        assert child.citation == "Forskrift om tilskudd til etablering og tilpasning av bolig § 2 første ledd første punktum"
        assert means.citation == "Forskrift om tilskudd til etablering og tilpasning av bolig § 2 første ledd andre punktum"
        assert child.url == means.url == f"{TILPASNING}/§2"
    # «hensiktsmessig» is not in § 2: that condition still rests on veiviseren.no alone.
    assert "veiviseren.no" in _cited(tax_benefit_system, "tilpasning_bolig_condition_adaptation_needed", date(2025, 1, 1)).url


def test_pasientreiser_cites_helsenorge_for_the_age_rule_and_lists_paragraph_17(tax_benefit_system):
    on = date(2025, 1, 1)
    assert _cited(tax_benefit_system, "pasientreiser_ledsager_condition_child_under_limit", on).url == HELSENORGE
    assert PASIENTREISER_17 in tax_benefit_system.variables["pasientreiser_ledsager_condition_child_under_limit"].reference
    assert PASIENTREISER_17 in tax_benefit_system.variables["pasientreiser_ledsager_status"].reference
    assert _cited(tax_benefit_system, "pasientreiser_ledsager_status", on).citation == "Pasient- og brukerrettighetsloven § 2-6"


def test_skoleskyss_cites_1998_paragraph_7_3_until_the_2023_law_and_its_chapters_after(tax_benefit_system):
    before = _cited(tax_benefit_system, "skoleskyss_status", date(2024, 7, 31))
    after = _cited(tax_benefit_system, "skoleskyss_status", date(2024, 8, 1))
    assert before.citation == "Opplæringslova (1998) § 7-3"
    assert after.citation == "Opplæringslova kapittel 4 (grunnskole) og kapittel 9 (videregående)"


def test_rights_without_a_verified_section_cite_the_chapter(tax_benefit_system):
    on = date(2025, 1, 1)
    assert _cited(tax_benefit_system, "fritak_egenandel_barn_condition_age", on).citation == "Folketrygdloven kapittel 5 (egenandeler)"
    assert _cited(tax_benefit_system, "parkeringstillatelse_condition_walking", on).citation == "Parkeringsforskriften kapittel 6"
