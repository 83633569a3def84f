"""A parent on dagpenger or AAP is asked what work she has beside the benefit, and only she (review s22 law H1, M1).

Sources: dagpenger need only half the working time lost – «Du må være minst 50 prosent ledig for å få dagpenger»
(aftenbladet.no, «Nye regler i år»; ftrl § 4-3) – so many such parents also work part-time, and § 9-5 gives omsorgspenger
to the «arbeidstaker, frilanser eller selvstendig næringsdrivende» who is away from that work. Omsorgspenger and
barnetilsyn are therefore asked about, never refused, until the work beside is known. An AAP parent's pleiepenger are
«Må vurderes» (kapittel_9/README.md), and she is never asked for a dagpenger rate.
"""

from datetime import date

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import vocabulary

BESIDE = "work_besides_benefit"
ON = date(2025, 12, 10)
CHILD = {"id": "liam", "birth_date": "2019-06-22", "has_illness_or_extra_needs": "yes",
         "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
         "established_supervision_hours_per_week": 0, "omsorgspenger_chronic_illness_accepted": "yes"}


def _family(**father) -> Family:
    # The review's aap.yaml: a single father with sole care, 100 % of his working time lost.
    return Family.model_validate({"kommunenummer": "0301", "children": [CHILD], "caregivers": [
        {"id": "far", "birth_date": "1988-01-14", "is_single": "yes", "has_sole_care": "yes",
         "pleiepenger_lost_working_time_percent": 100, **father}]})


def _asked(family) -> set:
    return {q.key for q in run_interview(family, ON, "nb", depth="all").questions}


def test_a_parent_on_aap_or_dagpenger_is_asked_about_work_beside_it():
    assert (BESIDE, "far") in _asked(_family(employment="arbeidsavklaringspenger"))
    assert (BESIDE, "far") in _asked(_family(employment="dagpenger", dagpenger_daily_rate=1152))


def test_an_employee_is_never_asked_it():
    assert (BESIDE, "far") not in _asked(_family(employment="employee"))


def test_a_parent_on_aap_is_not_asked_for_a_dagpenger_rate():
    # M1: the rate is read only on dagpenger; AAP's pleiepenger are to be assessed, with no figure left to ask.
    asked = _asked(_family(employment="arbeidsavklaringspenger", has_worked_four_weeks="yes", yearly_income=300000))
    assert ("dagpenger_daily_rate", "far") not in asked


def test_the_work_situation_help_no_longer_says_to_pick_the_benefit_even_if_in_work():
    help_ = vocabulary()["employment"].help
    assert "også om du tidligere var i arbeid" not in help_.nb
    assert "Har du også arbeid ved siden av, spør vi om det etterpå" in help_.nb
    assert "If you also work beside it, we ask about that next" in help_.en


def test_the_four_weeks_question_keeps_out_foreldrepenger_computed_from_aap():
    # § 8-2 andre ledd (lovkommentar.no): «Dette gjelder imidlertid ikke foreldrepenger som er opptjent på grunnlag av
    # arbeidsavklaringspenger etter kapittel 11» (review s22 law M2).
    fact = vocabulary()["has_worked_four_weeks"]
    assert "(men ikke foreldrepenger regnet ut fra arbeidsavklaringspenger)" in fact.question.nb
    assert "(but not parental benefit computed from work assessment allowance)" in fact.question.en
    assert "men ikke foreldrepenger som er opptjent på grunnlag av arbeidsavklaringspenger" in fact.help.nb


def test_the_dagpenger_rate_is_said_to_be_without_the_child_supplement():
    # Review s22 law L1: whether NAV's beregning reads the rate with barnetillegg was not read.
    help_ = vocabulary()["dagpenger_daily_rate"].help
    assert "like store som dagpengene uten barnetillegg" in help_.nb and "om NAV regner med barnetillegget, er ikke avklart" in help_.nb
    assert "without the child supplement" in help_.en


def test_the_income_help_cites_8_38_for_frilansere():
    # Review s22 law L4: the frilanser's basis is ftrl § 8-38 (which applies § 8-28).
    help_ = vocabulary()["yearly_income"].help
    assert "(folketrygdloven § 8-28; for frilansere § 8-38)" in help_.nb
    assert "(National Insurance Act § 8-28; for freelancers § 8-38)" in help_.en
