"""The family's kommune in the answer (issue 16, docs/adr/0020): where the kommunenummer is given,
the rights the kommune decides name it as their contact, with a note that no verified link to its
website is known; open kommune rights without a range say why; every kommune in the table has a
name and gets the note.

Kommune names are those of facts/data/kommuner.csv (SSB table 07459 via FHI's csdata): 1103 is
Stavanger, 0301 is Oslo, written "Oslo-Oslove" (the Sami name joined with a hyphen).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.catalogue import catalogue
from openfisca_asb.catalogue.agencies import AGENCY_IN_KOMMUNE, AGENCY_TEXT, KOMMUNE_AGENCIES, NO_VERIFIED_LINK
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.kommuner import kommune_name, kommune_table

ON = date(2026, 6, 1)
EXAMPLE = "cerebral-palsy-large-assistance-need"  # lives in 1103 Stavanger


def _answer(kommunenummer: str | None, language: str = "nb"):
    data = example_family(EXAMPLE).model_dump(exclude_none=True)
    data.pop("kommunenummer", None)
    if kommunenummer is not None:
        data["kommunenummer"] = kommunenummer
    return assemble(Family.model_validate(data), ON, language=language)


def test_the_table_has_the_357_kommuner_of_2024_each_with_a_name():
    # Norway has had 357 kommuner since 1 January 2024 (the Ålesund/Haram split: 356 + 1).
    table = kommune_table()
    assert len(table.numbers) == len(set(table.numbers)) == 357
    assert all(len(number) == 4 and number.isdigit() for number in table.numbers)
    assert all(name.strip() for name in table.names)


def test_every_kommune_gets_its_name_and_an_explicit_no_verified_link():
    # ADR 0020: no verified source of kommune websites was found, so no kommune has a link and the
    # note saying so is given for each of the 357, naming it.
    for number, name in zip(kommune_table().numbers, kommune_table().names):
        assert kommune_name(number) == name
        for language in ("nb", "en"):
            assert name in NO_VERIFIED_LINK.in_language(language).format(kommune=name)
    answer = _answer("1103")
    assert (answer.kommune.number, answer.kommune.name) == ("1103", "Stavanger")
    # the note opens with it; it ends with what a move means for the health and care services (review s23 L4)
    assert answer.kommune.link_note.startswith(NO_VERIFIED_LINK.nb.format(kommune="Stavanger"))
    assert "url" not in answer.kommune.model_dump()


def test_the_rights_the_kommune_decides_name_it_as_their_contact():
    answer = _answer("1103")
    by_id = {(r.benefit, r.person): r for r in answer.benefits}
    # Støttekontakt is applied for at the kommune's allocation office (hol § 3-2 nr. 6 b; agency kommune_services).
    stottekontakt = by_id[("stottekontakt", "jonas")].contact
    assert stottekontakt.name == "Tildelingskontoret for helse- og omsorgstjenester i Stavanger kommune"
    assert stottekontakt.kommune == "1103" and "Stavanger kommune" in stottekontakt.link_note
    # The parking permit is the bostedskommune's (agency kommune).
    assert by_id[("parkeringstillatelse", "jonas")].contact.name == "Stavanger kommune"
    # SFO is the kommune's to offer (opplæringslova § 4-5), applied for through the school (channel kind kommune);
    # a school right applied for at the head teacher is not named after the kommune: the school may be a
    # fylkeskommune's.
    assert by_id[("sfo", "jonas")].contact.name == "Stavanger kommune, via skolen (rektor)"
    assistance = by_id[("personlig_assistanse", "jonas")].contact
    assert (assistance.name, assistance.kommune, assistance.link_note) == ("Skolen og kommunen (rektor)", None, None)
    # NAV is not the kommune.
    nav = [r.contact for r in answer.benefits if r.contact.agency == "nav"]
    assert nav and all(contact.kommune is None and contact.name == "NAV" for contact in nav)


def test_the_contact_groups_name_the_kommune_and_carry_the_note():
    groups = {group.name: group for group in _answer("1103", "en").by_contact}
    assert "Stavanger kommune" in groups and groups["Stavanger kommune"].link_note.startswith("No verified link")
    assert groups["NAV"].link_note is None


def test_without_a_kommunenummer_the_contact_is_the_home_municipality():
    answer = _answer(None, "en")
    assert answer.kommune is None
    permit = next(r for r in answer.benefits if r.benefit == "parkeringstillatelse")
    assert (permit.contact.name, permit.contact.kommune, permit.contact.link_note) == ("The home municipality", None, None)


@pytest.mark.parametrize(("language", "name"), [("nb", "Kommunen, via skolen (rektor)"),
                                                ("en", "The municipality, through the school (the head teacher)")])
def test_sfo_without_a_kommunenummer_is_the_kommunes_through_the_school(language, name):
    # Review s21 page L6 / 0.19.0's SFO wording: the kommune must offer SFO (opplæringslova § 4-5) and decides; the
    # school's head teacher is the way in. Not «Skolen og kommunen (rektor)», as if the school decided.
    contact = next(r.contact for r in _answer(None, language).benefits if r.benefit == "sfo")
    assert (contact.agency, contact.name, contact.kommune) == ("school", name, None)


def test_every_kommune_agency_and_kommune_channel_has_its_name_in_the_kommune():
    # From the catalogue, not from code naming a right: each right whose contact is the family's own
    # kommune has a text naming the kommune, and every such text names it.
    deciding = [b for b in catalogue().values() if b.decided_in_kommune()]
    assert {b.contact_agency() for b in deciding} <= set(AGENCY_IN_KOMMUNE)
    assert KOMMUNE_AGENCIES <= {b.contact_agency() for b in deciding}
    for agency, text in AGENCY_IN_KOMMUNE.items():
        assert agency in AGENCY_TEXT and "{kommune}" in text.nb and "{kommune}" in text.en


def test_every_kommune_right_without_a_range_says_why():
    # Issue 16: a kommune right that can be "to be assessed" without a range must say why no range
    # exists. Every kommune right needs the text: one with a range too, for when the range is unknown
    # (omsorgsstønad without the kommune's rate). SFO is the exception: it is never "to be assessed"
    # (entitled, not entitled or missing information: opplaering/sfo/sfo.py) and shows its free hours.
    for benefit in catalogue().values():
        if benefit.decided_in_kommune() and benefit.id != "sfo":
            assert benefit.no_range is not None, benefit.id


@pytest.mark.parametrize("language", ["nb", "en"])
def test_an_open_kommune_right_without_a_range_gives_the_reason(language):
    # Omsorgsstønad in Stavanger: no published hourly rate is held (parameters/kommune/omsorgsstonad
    # is empty), so the answer can give no indicative range and must say why.
    answer = _answer("1103", language)
    open_rights = [r for r in answer.benefits if r.status in ("to_be_assessed", "missing_information")
                   and catalogue()[r.benefit].decided_in_kommune() and r.range is None and r.amount is None]
    assert open_rights
    for result in open_rights:
        assert result.no_range_reason == catalogue()[result.benefit].no_range.in_language(language), result.benefit
    refused = [r for r in answer.benefits if r.status == "not_entitled"]
    assert all(r.no_range_reason is None for r in refused)


@pytest.mark.parametrize(("language", "name"), [("nb", "Skolen og kommunen (rektor)"),
                                                ("en", "The school and the municipality (the head teacher)")])
def test_the_school_is_one_contact_whether_or_not_a_card_names_the_kommune(language, name):
    # Review s21 page L6: «Skolen og kommunen (rektor)» (personlig assistanse, fysisk tilrettelegging) and «Skolen og
    # Trondheim kommune (rektor)» (SFO, applied for at the kommune) were two groups in «Hvem dere kontakter»: both are
    # the school's head teacher. One group, by the agency's own name, since the cards name it two ways.
    family = example_family("child-diabetes").model_copy(update={"kommunenummer": "5001"})
    answer = assemble(family, ON, language)
    school = [group for group in answer.by_contact if group.agency == "school"]
    assert len(school) == 1 and school[0].name == name
    assert {(r.benefit, r.person) for r in school[0].rights} >= {("sfo", "nora"), ("personlig_assistanse", "nora")}
