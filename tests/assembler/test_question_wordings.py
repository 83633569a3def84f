"""A question in the words the family's answers fit (`wordings` in questions.yaml, answer/question_text.py): the
yearly income's «Er du selvstendig næringsdrivende: …» only for a self-employed parent (review s23 page L1), since NAV
reads a self-employed parent's basis as the average of three years' pensjonsgivende inntekt (ftrl § 8-35 andre ledd)
and an employee's or frilanser's as the last three months (§ 8-28, § 8-38); in a foster home «den andre
fosterforelderen», never «den andre forelderen», which reads as the child's birth parent (review s23 page L2)."""

from datetime import date

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.answer.question_text import question_text
from openfisca_asb.facts.family import Family

ON = date(2024, 9, 1)
SHORT = "Hva er årsinntekten din før skatt?"
SELF_EMPLOYED = ("Hva er årsinntekten din før skatt? Er du selvstendig næringsdrivende: gjennomsnittet av den "
                 "pensjonsgivende inntekten de tre siste årene.")
WORK = {"has_worked_four_weeks": "yes", "pleiepenger_lost_working_time_percent": 100}
# Ida needs continuous care and has the specialist's certificate (ftrl § 9-10), so each parent's pleiepenger turns on
# their own income (§ 9-15): the yearly income is asked of both parents in one step (ADR 0035).
IDA = {"id": "ida", "birth_date": "2019-06-01", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
       "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes"}


def _family(mor: str, far: str) -> Family:
    return Family.model_validate({
        "kommunenummer": "3201", "children": [IDA],
        "caregivers": [{"id": "mor", "birth_date": "1985-03-10", "employment": mor, **WORK},
                       {"id": "far", "birth_date": "1984-03-10", "employment": far, **WORK}]})


def test_an_employee_and_a_frilanser_are_not_told_what_to_do_if_self_employed():
    family = _family("employee", "frilanser")
    assert question_text("yearly_income", "mor", family, ON, "nb") == SHORT
    assert question_text("yearly_income", "far", family, ON, "en") == "What is your yearly income before tax?"


def test_a_self_employed_parent_is_asked_for_the_average_of_three_years():
    family = _family("self_employed", "employee")
    assert question_text("yearly_income", "mor", family, ON, "nb") == SELF_EMPLOYED
    assert question_text("yearly_income", "far", family, ON, "nb") == SHORT


def test_asked_of_both_in_one_step_the_words_are_those_for_the_self_employed_one():
    # One question over both parents' answers (the page's legend, `asb questions`): «Er du selvstendig
    # næringsdrivende» reads right for both, and mor needs it. Each row of the step carries the same words.
    rows = run_interview(_family("employee", "self_employed"), ON, "nb").rows("nb")
    asked = {row["person"]: (row["step"], row["question"]) for row in rows if row["fact"] == "yearly_income"}
    assert set(asked) == {"mor", "far"} and asked["mor"] == asked["far"] and asked["mor"][1] == SELF_EMPLOYED


def test_two_employees_asked_in_one_step_get_the_short_question():
    rows = run_interview(_family("employee", "employee"), ON, "nb").rows("nb")
    assert {row["question"] for row in rows if row["fact"] == "yearly_income"} == {SHORT}


def _foster_home(foster: bool) -> Family:
    ida = {**IDA, "lives_in_fosterhjem": "yes"} if foster else IDA
    return Family.model_validate({"children": [ida], "caregivers": [{"id": "fostermor", "birth_date": "1982-12-03"},
                                                                     {"id": "fosterfar", "birth_date": "1980-07-15"}]})


def test_foster_parents_are_asked_about_the_other_foster_parent():
    family = _foster_home(foster=True)
    assert question_text("omsorgspenger_temporarily_alone", "fostermor", family, ON, "nb") == (
        "Er du midlertidig alene om omsorgen fordi den andre fosterforelderen ikke kan ha tilsyn med barna i minst 6 "
        "måneder?")
    assert question_text("barnetrygd_receipt", "fosterfar", family, ON, "en") == (
        "Do you receive the child benefit (barnetrygd) for the child, or does the other foster parent receive it?")


def test_parents_are_asked_about_the_other_parent():
    family = _foster_home(foster=False)
    assert question_text("omsorgspenger_temporarily_alone", "fostermor", family, ON, "nb") == (
        "Er du midlertidig alene om omsorgen fordi den andre forelderen ikke kan ha tilsyn med barna i minst 6 måneder?")
    assert question_text("barnetrygd_receipt", "fosterfar", family, ON, "nb") == (
        "Får du barnetrygden for barnet – hele, delt med den andre forelderen, eller får den andre den?")
