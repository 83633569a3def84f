"""The pleiepenger question on working time lost asks for a share of the caregiver's own hours (review s21 caseworker M1).

NAV measures the working time lost against the applicant's own normal hours (navikt/pleiepenger-barn-uttak
BeregnGrader, søkersTapteArbeidstid; RULES.md § 4.3), and so does the model (grade.py, activities.py). Asked «Hvor
stor del av en vanlig arbeidsuke …», a mother working 15 hours who is away from all of them read it as 15 of 37.5
hours and answered 40: graded 40 % instead of 47 %, 7 429 kr instead of 8 740 in October 2025 (her part time counted
twice, in her income and in her grade). The cases in pleiepenger.yaml check the grade and amount by hand.
"""

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import vocabulary

FACT = "pleiepenger_lost_working_time_percent"


def test_the_question_asks_for_a_share_of_the_caregivers_own_working_hours():
    question = vocabulary()[FACT].question
    assert "din egen vanlige arbeidstid" in question.nb and "arbeidsuke" not in question.nb
    assert "your own usual working hours" in question.en and "working week" not in question.en


def test_its_help_tells_a_part_timer_to_count_from_her_own_hours():
    # The mother of review s21 M1: 15 hours a week, away from all 15 → 100; away 6 of 15 → 6 / 15 = 40 %.
    help_ = vocabulary()[FACT].help
    assert "Jobber du deltid, for eksempel 15 timer i uken, og er borte alle 15, svar 100" in help_.nb
    assert "If you work part time, say 15 hours a week, and are away all 15, answer 100" in help_.en
    assert "borte 6 av de 15 timene, svar 40" in help_.nb and "away 6 of the 15 hours, answer 40" in help_.en


def test_the_20_percent_floor_is_said_of_her_own_working_hours_too():
    # The floor of § 9-11 andre ledd («kan graderes ned til 20 prosent») is read against the same own hours.
    condition = next(c for c in catalogue()["pleiepenger"].conditions if c.variable == "pleiepenger_condition_lost_work")
    assert "av din egen vanlige arbeidstid" in condition.text.nb and "vanlig arbeidsuke" not in condition.text.nb
    assert "of your own usual working hours" in condition.text.en
