"""The timeline of each example family at the law's transitions (issue 21 [transitions]).

Each family is started a year before its child's first transition (the model's dates run from
2017-10-01 to 2027-12-31; a timeline goes on past them on the law and rates of the last), its school grade left to follow the age (school start in August
of the calendar year the child turns 6: opplæringslova 1998 § 2-1 third ledd, 2023 law § 2-2).
The model counts age on the first day of each month, so a change at a birthday on the 14th
shows from the 1st of the next month. Expected dates are worked by hand in each comment.
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family

TODAY = date(2026, 11, 28)


def _grade_from_age(name: str, **child_facts):
    family = example_family(name)
    children = [child.model_copy(update={"school_grade": None, **child_facts}) for child in family.children]
    return family.model_copy(update={"children": children})


def _events(answer, **where):
    return [e for e in answer.events if all(getattr(e, key) == value for key, value in where.items())]


def _one(answer, **where):
    found = _events(answer, **where)
    assert len(found) == 1, f"{where}: {[(e.date, e.benefit, e.kind) for e in answer.events]}"
    return found[0]


def _cites(event, text: str) -> bool:
    return any(text in provision.citation for provision in event.provisions)


def _school_start(answer, child: str, on: str, law: str):
    """At school start the school rights start (skyss § 7-3, SFO § 13-7 in the 1998 law) and the barnehage
    rights for a child who has not started school end (barnehageloven § 31 first ledd, § 18; before the law was
    renumbered on 1 January 2021, Prop. 33 L (2020–2021) pkt. 3.1, § 19 a and § 13)."""
    skyss = _one(answer, benefit="skoleskyss", person=child, kind="starts")
    sfo = _one(answer, benefit="sfo", person=child, kind="starts")
    assert skyss.date == sfo.date == on
    assert _cites(skyss, f"Opplæringslova {law}§ 7-3") and _cites(sfo, f"Opplæringslova {law}§ 13-7")
    assert [t.kind for t in sfo.because] == ["school_start"]
    # PPT's assessment and the decisions take months: no act_by the day before school starts, "in good time" instead
    assert any("PPT" in a.text and a.act_by is None and ("god tid" in a.lead_time or "good time" in a.lead_time) for a in skyss.actions)
    help_ends = _one(answer, benefit="spesialpedagogisk_hjelp", person=child, kind="ends")
    help_law = "Barnehageloven (før 2021) § 19 a" if on < "2021-01-01" else "Barnehageloven § 31"
    assert help_ends.date == on and _cites(help_ends, help_law)


@pytest.fixture(scope="module")
def jonas():
    # Jonas, born 20 January 2013: turns 6 on 2019-01-20 (model month 2019-02-01), starts school
    # 2019-08-01, turns 12 on 2025-01-20. From 2018-09-01, 8 years: to 2026-09-01.
    return timeline(_grade_from_age("cerebral-palsy-large-assistance-need"), date(2018, 9, 1), 8, "nb", today=TODAY)


def test_jonas_starts_school_on_1_august_2019(jonas):
    _school_start(jonas, "jonas", "2019-08-01", "(1998) ")


def test_jonas_6th_and_12th_birthdays_change_nothing_by_themselves(jonas):
    # No rule turns on the 6th birthday (school starts by calendar year) or the 12th (omsorgspenger count by
    # calendar year, ftrl § 9-5): both are evaluated, and no event is caused by them.
    assert "2019-02-01" in jonas.dates_evaluated and "2025-02-01" in jonas.dates_evaluated
    assert not [e for e in jonas.events if any(t.kind == "birthday" and t.age in (6, 12) for t in e.because)]


def test_jonas_sfo_ends_after_7th_grade(jonas):
    # SFO is offered for 1st–4th grade, and 1st–7th for children with special needs (opplæringslova § 4-5):
    # Jonas starts 8th grade on 2026-08-01 (born 2013: 2026 − 2013 − 5 = 8).
    ends = _one(jonas, benefit="sfo", person="jonas", kind="ends")
    assert ends.date == "2026-08-01" and _cites(ends, "Opplæringslova § 4-5")
    assert [(t.kind, t.grade) for t in ends.because] == [("new_grade", 8)]


def test_the_barnekoordinator_right_starts_with_the_law_on_1_august_2022(jonas):
    # pbrl § 2-5 c is in force from 1 August 2022: the change comes from the law, not the family.
    starts = _one(jonas, benefit="barnekoordinator", kind="starts")
    assert starts.date == "2022-08-01" and _cites(starts, "§ 2-5 c")
    assert [t.kind for t in starts.because] == ["parameters"]


@pytest.fixture(scope="module")
def nora():
    # Nora, born 11 February 2017: turns 6 on 2023-02-11 (model month 2023-03-01), starts school 2023-08-01.
    return timeline(_grade_from_age("child-diabetes"), date(2022, 9, 1), 5, "en", today=TODAY)


def test_nora_starts_school_on_1_august_2023(nora):
    _school_start(nora, "nora", "2023-08-01", "(1998) ")


def test_nora_sfo_after_4th_grade_needs_special_needs(nora):
    # Nora starts 5th grade on 2027-08-01 (2027 − 2017 − 5 = 5): SFO beyond 4th grade only with special needs
    # (opplæringslova § 4-5), not told → missing information; the action says to document the needs.
    change = _one(nora, benefit="sfo", person="nora", kind="status_changes")
    assert (change.date, change.status_after) == ("2027-08-01", "missing_information")
    assert "special needs" in change.actions[0].text and change.actions[0].act_by == "2027-07-31"


@pytest.fixture(scope="module")
def emil():
    # Emil, born 3 March 2015: turns 6 on 2021-03-03 (model month 2021-04-01), starts school 2021-08-01,
    # turns 12 on 2027-03-03 (model month 2027-04-01). From 2020-06-01 (aged 5), 8 years: to 2028-06-01.
    return timeline(_grade_from_age("school-child-autism-single-parent"), date(2020, 6, 1), 8, "nb", today=TODAY)


def test_emil_starts_school_on_1_august_2021(emil):
    _school_start(emil, "emil", "2021-08-01", "(1998) ")


def test_emil_timeline_goes_past_the_models_last_date_on_its_law(emil):
    # The years asked, not the model's last date, end it: after 2027-12-31 the events say they assume that
    # date's law and rates, and a note says so once, dated 2027-12-31.
    assert emil.to_date == "2028-06-01" and "2028-01-01" in emil.dates_evaluated
    assert any(note.code == "past_last_date" and note.date == "2027-12-31" for note in emil.notes)
    assert any(note.code == "rates_today" for note in emil.notes)
    assert emil.events and all((event.assumes_law_of == "2027-12-31") == (event.date > "2027-12-31") for event in emil.events)


def test_emil_keeps_omsorgspenger_after_the_year_he_turns_12(emil):
    # NAV has accepted Emil as chronically ill: he counts until the end of the year he turns 18 (ftrl § 9-5),
    # so nothing ends on 2028-01-01 either — and nothing ends on his 12th birthday (model month 2027-04-01).
    assert "2027-04-01" in emil.dates_evaluated
    assert not _events(emil, benefit="omsorgspenger", kind="ends")


@pytest.fixture(scope="module")
def sara_spina():
    # Sara, born 20 January 2014: turns 6 on 2020-01-20, starts school 2020-08-01, turns 12 on 2026-01-20.
    return timeline(_grade_from_age("single-parent-twelve-year-old-spina-bifida"), date(2019, 9, 1), 8, "en", today=TODAY)


def test_sara_starts_school_on_1_august_2020(sara_spina):
    _school_start(sara_spina, "sara", "2020-08-01", "(1998) ")


def test_sara_sfo_after_4th_and_after_7th_grade(sara_spina):
    # 5th grade from 2024-08-01 (2024 − 2014 − 5): special needs not told → missing information; 8th grade
    # from 2027-08-01: the right ends (opplæringslova § 4-5, SFO up to 7th grade).
    assert _one(sara_spina, benefit="sfo", person="sara", kind="status_changes").date == "2024-08-01"
    ends = _one(sara_spina, benefit="sfo", person="sara", kind="ends")
    assert ends.date == "2027-08-01" and "7th grade" in ends.actions[0].text


def test_without_the_extended_right_omsorgspenger_end_after_the_year_the_child_turns_12():
    # Sara turns 12 in 2026; ordinary days count "til og med det kalenderåret barnet fyller 12 år" (ftrl § 9-5),
    # so without NAV's acceptance of chronic illness her mother's days end on 2027-01-01. The action: apply for
    # the extended right (NAV 09-06.05) by 31 December 2026.
    family = _grade_from_age("single-parent-twelve-year-old-spina-bifida", omsorgspenger_chronic_illness_accepted="no")
    answer = timeline(family, date(2026, 9, 1), 2, "en", today=TODAY)
    ends = _one(answer, benefit="omsorgspenger", person="mor", kind="ends")
    assert ends.date == "2027-01-01" and _cites(ends, "§ 9-5")
    # The cause is her age (she turned 12 in 2026), not the new year's quotas.
    assert [(t.kind, t.person, t.age) for t in ends.because] == [("age_limit", "sara", 12)]
    assert ends.because[0].text == "Sara turned 12 in 2026, and the right lasts through the calendar year the child turns 12"
    action = ends.actions[0]
    assert action.act_by == "2026-12-31" and "NAV 09-06.05" in action.text and "§ 9-5" in action.provision.citation


@pytest.fixture(scope="module")
def teenager():
    # Sara (cancer), born 14 February 2009: turns 16 on 2025-02-14 (model month 2025-03-01) and 18 on
    # 2027-02-14 (model month 2027-03-01). From 2024-09-01, 5 years: cut at her 19th birthday, 2028-02-14.
    return timeline(_grade_from_age("teenager-cancer"), date(2024, 9, 1), 5, "en", today=TODAY)


def test_at_16_the_exemption_from_user_fees_ends(teenager):
    # Children under 16 pay no user fees (folketrygdloven chapter 5; Helsedirektoratet: «Barn under 16 år er fritatt»).
    # Each service is charged on its day, so the exemption ends on the 16th birthday itself (ADR 0037): Sara, born
    # 2009-02-14, on 2025-02-14. From 1 January 2026 the 2026 budget's proposal of no egenandel at the GP and legevakt
    # for 16- and 17-year-olds (enactment not verified) makes her answer to be assessed, until her 18th birthday,
    # 2027-02-14 (review s24 law M2).
    events = [(e.date, e.kind, e.status_after, [(t.kind, t.age) for t in e.because])
              for e in _events(teenager, benefit="fritak_egenandel_barn", person="sara")]
    assert events == [("2025-02-14", "ends", "not_entitled", [("birthday", 16)]),
                      ("2026-01-01", "starts", "to_be_assessed", [("parameters", None)]),
                      ("2027-02-14", "ends", "not_entitled", [("birthday", 18)])]


def test_at_18_forhoyet_hjelpestonad_ends(teenager):
    # Forhøyet hjelpestønad is for a child "under 18 år" (ftrl § 6-5).
    ends = _one(teenager, benefit="forhoyet_hjelpestonad", person="sara", kind="ends")
    assert ends.date == "2027-03-01" and _cites(ends, "§ 6-5")
    assert "ordinary assistance allowance" in ends.actions[0].text


def test_at_18_pleiepenger_rest_on_the_exception_for_intellectual_disability(teenager):
    # Pleiepenger are for a child under 18 (ftrl § 9-10 first ledd); after 18 only for a person with an
    # intellectual disability (third ledd), not told here → no longer "entitled" from the birthday itself,
    # 2027-02-14 (the right applies by the day). Act before it: by 2027-02-13.
    for parent in ("mor", "far"):
        change = _one(teenager, benefit="pleiepenger", person=parent, date="2027-02-14")
        assert change.status_before == "entitled" and change.status_after != "entitled"
        assert _cites(change, "§ 9-10") and change.actions[0].act_by == "2027-02-13"


def test_days_for_a_sick_child_end_after_the_year_she_turns_18_because_of_her_age(teenager):
    # Omsorgspenger for a chronically ill child count "til og med det året barnet fyller 18 år" (ftrl § 9-5
    # third ledd), and the leave (aml § 12-9) follows them: Sara turns 18 on 2027-02-14, so both end on
    # 2028-01-01, and the cause is that age limit, not "a new calendar year".
    for benefit in ("omsorgspenger", "permisjon_barns_sykdom"):
        for parent in ("mor", "far"):
            ends = _one(teenager, benefit=benefit, person=parent, kind="ends")
            assert ends.date == "2028-01-01"
            assert [(t.kind, t.person, t.age, t.date) for t in ends.because] == [("age_limit", "sara", 18, "2028-01-01")]
            assert "turned 18 in 2027" in ends.because[0].text


def test_at_18_the_move_to_adulthood_is_named_as_not_modelled(teenager):
    assert any(n.code == "not_modelled_adulthood" and n.date == "2027-02-14" for n in teenager.notes)


@pytest.mark.parametrize(("name", "child", "school_start"), [
    ("toddler-cerebral-palsy-barnehage", "ella", "2029-08-01"),  # Ella, born 2023-03-15, turns 6 in 2029
    ("infant-heart-defect-hospital", "liv", "2030-08-01"),  # Liv, born 2024-05-10, turns 6 in 2030
])
def test_a_young_child_seen_from_today_reaches_school_start(name, child, school_start):
    # From 2026-12-01, 5 years (to 2031-12-01): the child starts school in August of the year she turns 6
    # (opplæringslova § 2-2), past the model's last date 2027-12-31 — SFO and school transport start, the
    # barnehage rights end (barnehageloven § 31), and each of these events assumes the law of 2027-12-31.
    answer = timeline(_grade_from_age(name), date(2026, 12, 1), 5, "en", today=TODAY)
    assert answer.to_date == "2031-12-01"
    starts = {e.benefit for e in _events(answer, person=child, date=school_start, kind="starts")}
    assert {"sfo", "skoleskyss"} <= starts
    assert _one(answer, benefit="spesialpedagogisk_hjelp", person=child, kind="ends").date == school_start
    assert all(e.assumes_law_of == "2027-12-31" for e in _events(answer, date=school_start))


def test_at_16_the_teenagers_own_consent_to_health_care_is_dated_at_her_16th_birthday(teenager):
    # Pasient- og brukerrettighetsloven § 4-3: from 16 the young person consents to health care. Sara turns 16 on
    # 2025-02-14; her 15th birthday (2024-02-14) is before the timeline starts, so no school-consent note.
    health = [n for n in teenager.notes if n.code == "not_modelled_health_consent"]
    assert [(n.date, "from 16" in n.text, "§ 4-3" in n.text) for n in health] == [("2025-02-14", True, True)]
    assert not any(n.code == "not_modelled_school_consent" for n in teenager.notes)


def test_each_consent_age_is_dated_at_its_own_birthday():
    # Olav (child-diabetes), born 2012-10-01: at 15 (2027-10-01) he consents to the expert assessment and decisions
    # at school (research note B.3), at 16 (2028-10-01) to health care (pbrl § 4-3). Review of 0.12.0, item 14:
    # one note dated at 15 said «from 16».
    answer = timeline(_grade_from_age("child-diabetes"), date(2026, 9, 1), 3, "nb", today=TODAY)
    consent = {n.code: n for n in answer.notes if n.code.endswith("_consent") and "olav" in n.text}
    assert consent["not_modelled_school_consent"].date == "2027-10-01" and "fra 15 år" in consent["not_modelled_school_consent"].text
    assert consent["not_modelled_health_consent"].date == "2028-10-01" and "fra 16 år" in consent["not_modelled_health_consent"].text
    assert "16" not in consent["not_modelled_school_consent"].text and "15" not in consent["not_modelled_health_consent"].text
