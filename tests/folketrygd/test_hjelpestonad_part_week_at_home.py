"""A child who lives part of the week in an avlastningsbolig or institution (review s21 caseworker M6).

nav.no, forhøyet hjelpestønad: «Barnet kan få hjelpestønad selv om barnet ikke bor hjemme hele tiden, forutsatt at
foreldre, fosterforeldre eller andre nære personer utøver nødvendig tilsyn og pleie med barnet. Hvis barnet bor mindre
enn halvparten av tiden hjemme, kan satsen for forhøyet hjelpestønad bli redusert.» The only question asked «Får
barnet omsorgen hjemme hos familien eller i fosterhjem (ikke i institusjon)?», and both answers gave a certain, wrong
answer for Ingrid, 15, who sleeps four nights a week in the kommune's avlastningsbolig: «Ikke rett» to a child cared
for at home three days a week, or forhøyet sats 3 with no word that NAV may reduce it. The question is now a scale
(ADR 0036) whose levels also say whether the child lives at home at least half the time: one question, as before.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import scale_question, vocabulary
from openfisca_asb.system import baseline_system

CARE, AT_HOME = "has_private_care_arrangement", "lives_at_home_at_least_half_the_time"
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]
ON = date(2026, 8, 15)  # the reviewer's date for Ingrid (family E)


def _ingrid(**facts) -> Family:
    child = {"id": "ingrid", "birth_date": "2011-04-02", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
             "needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": "yes",
             "stay_at_home_helped_by_allowance": "yes", **facts}
    return Family.model_validate({"kommunenummer": "3301", "caregivers": [{"id": "mor", "birth_date": "1980-09-09"}],
                                  "children": [child]})


def _result(family: Family, benefit: str):
    return next(r for r in assemble(family, ON, "nb").benefits if r.benefit == benefit)


def test_the_care_question_says_a_child_at_home_part_of_the_week_is_a_yes():
    fact = vocabulary()[CARE]
    assert "også om barnet bare bor hjemme deler av uken" in fact.question.nb
    assert "even if the child lives at home only part of the week" in fact.question.en
    assert fact.help.nb.startswith("Svar ja også om barnet bor i avlastningsbolig eller institusjon deler av uken")
    assert "Svar nei om barnet ikke bor hjemme, for eksempel fordi det bor fast i institusjon." in fact.help.nb
    assert "Answer no if the child does not live at home, for example because it lives in an institution for good." in fact.help.en


def test_its_levels_say_where_the_child_lives_and_answer_both_facts():
    levels = scale_question(CARE, "nb")["levels"]
    assert [(level["answers"][CARE], level["answers"][AT_HOME]) for level in levels] == [
        ("no", "no"), ("yes", "no"), ("yes", "yes")]
    assert levels[1]["label"].startswith("Ja, men barnet bor hjemme mindre enn halvparten av tiden")
    assert "kan NAV sette ned satsen for forhøyet hjelpestønad" in scale_question(CARE, "nb")["help"]


def test_the_interview_asks_it_as_one_question():
    # Where the care is open, both facts are asked at once, so no family is asked one question more (the examples'
    # counts are tests/assembler/test_interview.py's).
    # Ingrid's questions before it (NAV's acceptance of a chronic illness comes first, ADR 0014 addendum 0.22.0) are
    # answered «don't know» until the care's turn comes.
    unknown: set = set()
    for _ in range(10):
        step = run_interview(_ingrid(**{fact: "no" for fact in GROUPS}), ON, "nb", unknown=unknown)
        asked = [q.key for q in step.next]
        if (CARE, "ingrid") in asked:
            break
        assert asked and all(person == "ingrid" for _, person in asked), asked
        unknown |= set(asked)
    assert step.next_kind == "scale" and asked == [(CARE, "ingrid"), (AT_HOME, "ingrid")]


def test_a_child_at_home_three_nights_a_week_keeps_hjelpestonad_and_forhoyet_is_to_be_assessed():
    # Ingrid: at home 3 of 7 nights, less than half. NAV granted sats 3. 2026 (the 2023 rates carried forward):
    # sats 2 = 2 527, sats 3 = 5 054 kr a month (NAV's published amounts for 2023: 2 × 15 161 / 12 = 2 526.8 → 2 527,
    # 4 × 15 161 / 12 = 5 053.7 → 5 054). NAV may reduce the sats: from sats 2 up to the sats granted.
    family = _ingrid(**{CARE: "yes", AT_HOME: "no", "hjelpestonad_decided_sats": "sats_3"})
    assert _result(family, "hjelpestonad").status == "entitled"
    forhoyet = _result(family, "forhoyet_hjelpestonad")
    assert forhoyet.status == "to_be_assessed"
    assert (forhoyet.range.min, forhoyet.range.max) == (2527, 5054)
    assert forhoyet.reason.code == "lives_at_home_less_than_half_the_time"
    assert forhoyet.reason.text.startswith("Barnet bor hjemme mindre enn halvparten av tiden, og da kan NAV sette ned satsen")


def test_the_floor_of_sats_2_is_said_to_be_the_models_assumption_and_nav_no_is_cited():
    # Review s21 diff L13: nav.no says only that the sats «kan … bli redusert», not by how much.
    family = _ingrid(**{CARE: "yes", AT_HOME: "no", "hjelpestonad_decided_sats": "sats_3"})
    text = _result(family, "forhoyet_hjelpestonad").reason.text
    assert "(nav.no). Hvor mye, har vi ikke funnet." in text
    assert "er modellens antakelse" in text and "Beløpet er derfor" not in text
    english = next(r for r in assemble(family, ON, "en").benefits if r.benefit == "forhoyet_hjelpestonad").reason.text
    assert "We have not found by how much." in english and "is the model's assumption" in english
    assert "https://www.nav.no/forhoyet-hjelpestonad" in baseline_system().variables["forhoyet_hjelpestonad_reason"].reference


def test_a_yes_to_care_without_the_share_of_time_is_read_as_before():
    # Files that answer only the care question (family files written before it was a scale) mean at home: sats 3 as
    # NAV granted it, 5 054.
    forhoyet = _result(_ingrid(**{CARE: "yes", "hjelpestonad_decided_sats": "sats_3"}), "forhoyet_hjelpestonad")
    assert forhoyet.status == "entitled" and forhoyet.amount.value == 5054
