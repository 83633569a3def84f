"""The four weeks of work are asked of a parent not in work now, in words that do not contradict her (review s21
caseworker L9).

Why she is asked: ftrl § 9-2 requires work «i minst fire uker umiddelbart før fraværet», and § 8-2, which it applies,
counts benefits that replace pay – dagpenger, sykepenger, omsorgspenger, pleiepenger and foreldrepenger
(lovkommentar.no § 8-2) – as work. A parent who answers «Ikke i arbeid» today may have been in work, or on such a
benefit, before she had to stay home with the child: the rule is about then. The question asked «Har du vært i arbeid
de siste fire ukene før du må være borte fra jobb?», which reads as a contradiction to a parent who has just said she
is not in work; it now asks about the four weeks before the absence, «også om du ikke er i arbeid nå», and names
the benefits that count (review s22 caseworker H3: a parent on dagpenger answered it «no»).
"""

from datetime import date

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import vocabulary

FOUR_WEEKS = "has_worked_four_weeks"
ON = date(2026, 8, 15)


def _family(**mother) -> Family:
    # Family E of the review: Ingrid, 15, needs no continuous care (so no pleiepenger); the mother does not work.
    child = {"id": "ingrid", "birth_date": "2011-04-02", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
             "has_long_term_illness_or_disability": "yes", "needs_continuous_care_and_supervision": "no"}
    return Family.model_validate({"kommunenummer": "3301", "children": [child], "caregivers": [
        {"id": "mor", "birth_date": "1980-09-09", "employment": "not_working", **mother}]})


def test_the_question_is_about_the_four_weeks_before_the_absence_even_for_one_not_in_work_now():
    fact = vocabulary()[FOUR_WEEKS]
    assert "eller fikk du dagpenger, sykepenger, pleiepenger eller foreldrepenger (men ikke foreldrepenger regnet ut fra " \
           "arbeidsavklaringspenger), de fire siste ukene rett før" in fact.question.nb
    assert fact.question.nb.endswith("– også om du ikke er i arbeid nå?")
    assert fact.question.en.endswith("– even if you are not in work now?")
    # § 8-2 andre ledd: benefits under chapters 4, 8, 9 and 14 count as work, AAP (chapter 11) not; neither is a no.
    assert "kapittel 4, 8, 9 og 14 – dagpenger, sykepenger, omsorgspenger, pleiepenger, opplæringspenger og foreldrepenger" in fact.help.nb
    assert "Arbeidsavklaringspenger står ikke i den listen" in fact.help.nb
    assert fact.help.nb.endswith("svar nei.") and fact.help.en.endswith("answer no.")


def test_a_parent_not_in_work_is_asked_it_in_those_words():
    # She is asked (opplæringspenger, § 9-14, rests on § 9-2), and the words fit her «Ikke i arbeid».
    asked = {q.key: q.question for q in run_interview(_family(), ON, "nb", depth="all").questions}
    assert asked[(FOUR_WEEKS, "mor")].endswith("før du måtte være borte for å ta deg av barnet – også om du "
                                                "ikke er i arbeid nå?")


def test_after_her_no_her_income_is_not_asked():
    # With no four weeks of work, pleiepenger and opplæringspenger are refused (§ 9-2), and omsorgspenger are not for
    # a parent not in work (§ 9-5): nothing needs her yearly income.
    asked = {q.key for q in run_interview(_family(**{FOUR_WEEKS: "no"}), ON, "nb", depth="all").questions}
    assert ("yearly_income", "mor") not in asked


def test_the_income_question_says_what_a_parent_not_in_work_answers():
    help_ = vocabulary()["yearly_income"].help
    assert "Er du ikke i arbeid, regn med andre ytelser fra NAV som erstatter lønn" in help_.nb and "skriv 0" in help_.nb
    assert "If you are not in work, count other benefits from NAV that replace pay" in help_.en and "enter 0" in help_.en
    # Dagpenger are a work situation of their own, asked as a daily rate (ftrl § 8-49), never counted as yearly income;
    # with work beside them the income is the work's (review s22 law H1).
    assert "Får du dagpenger og har arbeid ved siden av, er det inntekten fra arbeidet" in help_.nb
    assert "If you receive unemployment benefit and work beside it, it is the income from the work" in help_.en
