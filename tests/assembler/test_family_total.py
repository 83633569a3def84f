"""An answer to act on (issue 17): the family total by payer, open rights as ranges, rights grouped
by whom to contact, and "entitled" zeros folded into the right that replaces them (or, for a right whose
zero is no amount of it, no amount at all).

Figures, on 1 September 2024:
- Forhøyet hjelpestønad sats 3 in 2023 = 5 054 kr a month, sats 2 = 2 527, sats 4 = 7 580 (published
  monthly rates, secondary source, unverified); price-adjusted from 1 July 2023 to amounts not found,
  so each is a lower bound (ADR 0009).
- Hjelpestønad sats 1 in 2023 = 15 161 kr a year / 12 = 1 263.4 → 1 263 kr a month (lower bound likewise),
  paid 12 times: 15 156 kr a year.
- Grunnstønad sats 3 in 2023 = 16 925 kr a year / 12 = 1 410.42 → 1 410 kr a month (lower bound).
- Pleiepenger, September 2024 (21 weekdays, G = 124 028): 480 000 / 260 = 1 846 × 21 = 38 766;
  6G = 744 168 / 260 = 2 862 × 21 = 60 102 (ftrl §§ 9-10, 9-11, 9-15).
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble, assemble_many
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.facts.family import Family
from rule_dates import DATES

ON = date(2024, 9, 1)


def _answer(family, language="nb"):
    return assemble(family, ON, language=language)


def _result(answer, benefit, person):
    return next(r for r in answer.benefits if r.benefit == benefit and r.person == person)


def _payer(answer, payer):
    return next(p for p in answer.family_total.by_payer if p.payer == payer)


def test_forhoyet_replaces_hjelpestonad_and_the_total_counts_it_once():
    answer = _answer(example_family("cerebral-palsy-large-assistance-need"))
    # Forhøyet hjelpestønad is granted (sats 3), so the ordinary rate is 0 (ftrl § 6-5): that line is
    # not a right of its own but told in forhøyet hjelpestønad's reason.
    ordinary = _result(answer, "hjelpestonad", "jonas")
    assert (ordinary.status, ordinary.amount.value) == ("entitled", 0)
    assert ordinary.folded_into.benefit == "forhoyet_hjelpestonad"
    assert "forhøyet hjelpestønad" in ordinary.folded_into.text
    # NAV pays 5 054 (forhøyet, sats 3) + at least 1 146 (grunnstønad: sats 2 of 2024 is the sats the costs are
    # known to reach, tests/assembler/test_assembler_on_examples.py) = 6 200 kr a month; × 12 = 74 400 kr a year.
    nav = _payer(answer, "nav")
    assert [line.benefit for line in nav.lines] == ["forhoyet_hjelpestonad", "grunnstonad"]
    assert (nav.per_month.min, nav.per_month.max, nav.per_year.min) == (6200, 6200, 74400)
    total = answer.family_total
    assert (total.per_month.min, total.per_year.max) == (6200, 74400)
    assert total.is_lower_bound and not total.is_open
    assert any(note.startswith("Minst") for note in total.notes)


def test_no_free_sfo_hours_is_not_shown_as_zero_hours():
    # Jonas is on 6th grade: covered by the SFO offer the kommune must have (special needs, 1st–7th grade,
    # opplæringslova § 4-5), but the 12 free hours a week are for 1st–3rd grade (opplæringsforskrifta, 3rd from
    # August 2024; regjeringen.no id3046440).
    answer = _answer(example_family("cerebral-palsy-large-assistance-need"), "en")
    sfo = _result(answer, "sfo", "jonas")
    assert (sfo.status, sfo.amount, sfo.folded_into) == ("entitled", None, None)
    assert "no free hours" in sfo.no_range_reason
    assert all(extent.benefit != "sfo" for payer in answer.family_total.by_payer for extent in payer.extents)
    # Still a right to act on, through the school; applied for at the kommune, so its card names the family's kommune
    # (1103 Stavanger, ADR 0020), but the school's rights are one contact, the head teacher, named as the school's
    # other rights name it (review s21 page L6).
    assert _result(answer, "sfo", "jonas").contact.name == "Stavanger kommune, through the school (the head teacher)"
    school = next(group for group in answer.by_contact if ("sfo", "jonas") in {(ref.benefit, ref.person) for ref in group.rights})
    assert (school.agency, school.name) == ("school", "The school and the municipality (the head teacher)")


def test_free_sfo_hours_are_listed_with_their_meaning_not_added_to_kroner():
    # Nora, 2nd grade on 1 September 2024: 12 free hours a week (forskrift § 1B-4, 2nd grade from August 2023).
    answer = _answer(example_family("child-diabetes"), "en")
    school = _payer(answer, "skole")
    (extent,) = school.extents
    assert (extent.benefit, extent.min, extent.max, extent.unit, extent.period) == ("sfo", 12, 12, "hours", "week")
    assert extent.meaning.startswith("Free SFO hours a week")
    assert school.lines == [] and school.per_month.max == 0


def test_two_parents_pleiepenger_add_up_and_a_year_is_twelve_months():
    answer = _answer(example_family("teenager-cancer"))
    nav = _payer(answer, "nav")
    # 60 102 + 38 766 = 98 868 kr a month; × 12 = 1 186 416 kr a year.
    assert {(line.person, line.per_month.min) for line in nav.lines} == {("mor", 60102), ("far", 38766)}
    assert (nav.per_month.min, nav.per_year.min) == (98868, 1186416)
    # Open rights in kroner with no known amount are named, not counted.
    assert {ref.benefit for ref in answer.family_total.not_counted} >= {"hjelpestonad", "opplaeringspenger"}
    # Pleiepenger is paid per weekday (ftrl § 9-15: dagsats × the days paid): September 2024's 21 weekdays × 12 is
    # not a year of weekdays, and the total says so (review s16, page #3).
    assert ("Pleiepenger for sykt barn betales per virkedag, så månedsbeløpet følger antall virkedager i måneden. Per år "
            "er regnet som denne måneden × 12, ikke som et helt år med virkedager.") in answer.family_total.notes
    assert not any("virkedag" in note for note in _answer(example_family("child-diabetes")).family_total.notes)


def test_an_open_forhoyet_and_the_ordinary_rate_paid_now_count_as_one_range():
    # Nora's greater care need makes forhøyet hjelpestønad "to be assessed" (sats 2–4: 2 527–7 580 a
    # month) while the ordinary rate (1 263) is paid now. Forhøyet would replace it, so together they come
    # to 1 263 (not granted) … 7 580 (sats 4), never 1 263 + 7 580.
    family = example_family("child-diabetes")
    nora = family.children[0].model_copy(update={"has_substantially_greater_care_need": "yes", "stay_at_home_helped_by_allowance": "yes"})
    answer = _answer(family.model_copy(update={"children": [nora, family.children[1]]}))
    assert _result(answer, "forhoyet_hjelpestonad", "nora").status == "to_be_assessed"
    (line,) = _payer(answer, "nav").lines
    assert (line.benefit, line.replaces) == ("forhoyet_hjelpestonad", ["hjelpestonad"])
    assert (line.per_month.min, line.per_month.max) == (1263, 7580)
    assert (line.per_year.min, line.per_year.max) == (15156, 90960)
    assert answer.family_total.is_open


def test_pension_earning_is_never_counted_as_money():
    # Omsorgsopptjening (ftrl § 20-8) is pension earning, not a payment to the family.
    assert catalogue()["omsorgsopptjening"].in_family_total is False
    for name in example_names():
        answer = _answer(example_family(name))
        counted = {line.benefit for payer in answer.family_total.by_payer for line in payer.lines}
        assert "omsorgsopptjening" not in counted and "toppfinansiering" not in counted, name


def test_the_barnehage_fee_is_no_amount_of_the_right_and_never_in_the_total():
    # Priority at admission (barnehageloven § 18) is not money; the fee (forskrift om foreldrebetaling § 1, at
    # most 2 000 kr a month from 1 August 2024) is what the family pays. A 4-year-old whose place is not yet
    # asked about: the right is open, with no amount or range, and nothing of it in the total or not counted.
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1985-01-01", "employment": "employee", "yearly_income": 400000}],
        "children": [{"id": "ida", "birth_date": "2020-01-01", "has_lasting_illness": "yes"}],
    })
    answer = _answer(family, "en")
    priority = _result(answer, "barnehage_prioritet", "ida")
    assert priority.status == "missing_information"
    assert (priority.amount, priority.range, priority.amount_meaning) == (None, None, None)
    assert priority.no_range_reason == "The right is priority at admission, not money, so the answer has no amount."
    total = answer.family_total
    assert all(line.benefit != "barnehage_prioritet" for payer in total.by_payer for line in [*payer.lines, *payer.extents])
    assert all(ref.benefit != "barnehage_prioritet" for ref in total.not_counted)


def test_the_overview_and_the_card_name_the_same_contact():
    answer = _answer(example_family("school-child-autism-single-parent"))
    transport = _result(answer, "skoleskyss", "emil")
    assert (transport.contact.agency, transport.contact.name) == ("fylkeskommune", "Fylkeskommunen")
    grouped = {(ref.benefit, ref.person): group.name for group in answer.by_contact for ref in group.rights}
    assert grouped[("skoleskyss", "emil")] == transport.contact.name
    # Refused rights are not among those to act on.
    refused = {(r.benefit, r.person) for r in answer.benefits if r.status == "not_entitled"}
    assert refused and not refused & set(grouped)


def test_every_entitled_zero_on_every_date_is_folded_into_a_right():
    """An "Entitled · 0" line is never shown as a right: every one the examples give has a catalogue
    `zero_amount` saying which right it is paid as (a zero that is no amount of its right gives no amount)."""
    families = [example_family(name) for name in example_names()]
    for on in DATES:
        for name, answer in zip(example_names(), assemble_many(families, on, language="en")):
            for result in answer.benefits:
                if result.status == "entitled" and result.amount is not None and result.amount.value == 0:
                    assert result.folded_into is not None, (name, on, result.benefit, result.person)


def test_rights_not_counted_are_named_once_each_with_whom_they_are_for():
    # The diabetes family's file gives neither parent's income, so each parent's pleiepenger has no amount yet and is
    # not counted (ftrl § 9-15 reads the income): the note names the right once, «for mor og far», inside its sentence,
    # as the timeline's note after a death does — not «Pleiepenger for sykt barn (mor), Pleiepenger for sykt barn (far)».
    for language, right in (("nb", "pleiepenger for sykt barn for mor og far"),
                            ("en", "care benefit for a sick child (pleiepenger) for mor and far")):
        notes = _answer(example_family("child-diabetes"), language).family_total.notes
        note = next(note for note in notes if note.startswith(("Ikke regnet med, fordi", "Not counted, because")))
        assert right in note and note.count(right.split(" for ")[0]) == 1 and ") (" not in note, note
