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
- Koordinator: pbrl § 2-5 b «om rett til koordinator trådte i kraft 1. august 2022. Forarbeidene er Prop. 100 L
  (2020–2021)», and the right «korresponderer med kommunen … plikt til å tilby koordinator etter hol. § 7-2»
  (Helsedirektoratet's rundskriv to pbrl § 2-5 b). So 31 July 2022 cites hol § 7-2, 1 August 2022 pbrl § 2-5 b.
- Barnehageloven: renumbered by Prop. 96 L (2019–2020), «Endringene i medhold av Prop. 96 L … trer i kraft
  1. januar 2021» (Prop. 33 L (2020–2021) pkt. 3.1, regjeringen.no). Before: «rett til prioritet ved opptak i
  barnehage etter barnehagelovens § 13» and «Etter barnehagelovens § 19 a har barn under opplæringspliktig alder rett
  til spesialpedagogisk hjelp», sakkyndig vurdering «jf. barnehagelovens § 19 d» (Ringsaker kommune); «§ 12a. Rett til
  plass i barnehage» (a Lovdata copy of the law); «individuelt tilrettelagd tilbod etter barnehagelova § 19 g»
  (Statsforvalteren i Vestland, 2019). From 1 January 2021: § 16 rett til plass and § 18 prioritet (Udir's text of the
  opptak forskrift), § 31 and § 34 (Udir's veileder), § 37 (Udir's veileder 10.2). Lovdata's section address gives
  today's numbers (today's § 13 is another section), so a section as numbered before links to the law.
"""

from datetime import date, timedelta

from openfisca_asb.answer.citations import legal_reference, reference_in_force
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.rules.provisions import Reference, provision_from_url

BILSTONAD = "https://lovdata.no/forskrift/2003-03-07-290"
TILPASNING = "https://lovdata.no/forskrift/2011-02-23-191"
HELSENORGE = "https://helsenorge.no/rettigheter/pasientreiser/rettigheter/kan-jeg-ha-med-noen"
BARNEHAGELOVEN = "https://lovdata.no/lov/2005-06-17-64"
LAST_DAY_NUMBERED_BEFORE, FIRST_DAY_RENUMBERED = date(2020, 12, 31), date(2021, 1, 1)
LAST_DAY_OF_THE_DUTY_ALONE, FIRST_DAY_OF_THE_RIGHT = date(2022, 7, 31), date(2022, 8, 1)
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


def test_koordinator_rests_on_the_kommunes_duty_until_the_right_came_into_force(tax_benefit_system):
    for variable in ("koordinator_status", "koordinator_condition_need"):
        duty = _cited(tax_benefit_system, variable, LAST_DAY_OF_THE_DUTY_ALONE)
        right = _cited(tax_benefit_system, variable, FIRST_DAY_OF_THE_RIGHT)
        assert (duty.citation, duty.url) == ("Helse- og omsorgstjenesteloven § 7-2", "https://lovdata.no/lov/2011-06-24-30/§7-2")
        assert (right.citation, right.url) == ("Pasient- og brukerrettighetsloven § 2-5 b", "https://lovdata.no/lov/1999-07-02-63/§2-5b")


def test_barnehage_rights_cite_the_section_numbers_in_force_on_each_side_of_the_renumbering(tax_benefit_system):
    # (variable, before 1 January 2021, from 1 January 2021): the same rule under its two numbers.
    expected = [
        ("barnehage_prioritet_status", "§ 13", "§ 18"),
        ("barnehage_prioritet_condition_disability", "§ 13", "§ 18"),
        ("spesialpedagogisk_hjelp_status", "§ 19 a", "§ 31"),
        ("spesialpedagogisk_hjelp_condition_special_needs", "§ 19 a første ledd", "§ 31 første ledd"),
        ("spesialpedagogisk_hjelp_reason", "§ 19 d", "§ 34"),
        ("barnehage_tilrettelegging_status", "§ 19 g", "§ 37"),
        ("barnehage_tilrettelegging_condition_needs_adaptation", "§ 19 g første ledd", "§ 37 første ledd"),
        ("has_not_started_school", "§ 19 a første ledd", "§ 31 første ledd"),
        ("barnehage_place", "§ 12 a", "§ 16"),
    ]
    for variable, before, after in expected:
        old = _cited(tax_benefit_system, variable, LAST_DAY_NUMBERED_BEFORE)
        new = _cited(tax_benefit_system, variable, FIRST_DAY_RENUMBERED)
        assert (old.citation, old.url) == (f"Barnehageloven (før 2021) {before}", BARNEHAGELOVEN), variable
        section = after.split(" ")[1]
        assert (new.citation, new.url) == (f"Barnehageloven {after}", f"{BARNEHAGELOVEN}/§{section}"), variable


def test_a_rule_whose_provisions_are_dated_cites_one_in_force_on_every_date_the_model_answers(tax_benefit_system):
    # Without one, the answer would fall back to a provision not in force on the date (citations.reference_in_force).
    for name, variable in tax_benefit_system.variables.items():
        references = [r if isinstance(r, Reference) else provision_from_url(r) for r in _as_list(variable.reference)]
        windows = [r for r in references if getattr(r, "in_force_from", None) or getattr(r, "in_force_to", None)]
        days = {FIRST_DATE, LAST_DATE} | {r.in_force_from for r in windows if r.in_force_from} | {
            r.in_force_to + timedelta(days=1) for r in windows if r.in_force_to}
        for day in (d for d in days if windows and FIRST_DATE <= d <= LAST_DATE):
            assert any(getattr(r, "in_force_on", lambda _: True)(day) for r in references), (name, day)


def _as_list(reference) -> list:
    return reference if isinstance(reference, list) else [reference] if reference else []
