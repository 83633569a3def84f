"""The illness's extra costs as a line of the child's checklist (ADR 0028 addendum, 0.13.0; issue 17 item 3).

Grunnstønad (ftrl § 6-3 første ledd) is paid for necessary extra costs of a lasting illness: transport,
running technical aids, a guide or service dog, a more expensive diet (a fixed rate for coeliac disease) and
wear on clothes and bedding; below the lowest rate (§ 6-3 tredje ledd) nothing is paid. The line's "no" is the
parent's "no" to each of those costs, so grunnstønad is settled with the checklist instead of three questions
of its own; its "yes" asks each amount.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.gates import covered_by
from openfisca_asb.facts.vocabulary import vocabulary

ON = date(2024, 9, 1)
LINE = "has_extra_costs_from_illness"
COSTS = {"grunnstonad_yearly_extra_costs", "grunnstonad_yearly_transport_costs", "grunnstonad_fixed_rate_diagnosis"}


def _nora(**facts) -> Family:
    # A seven-year-old with a lasting illness, so grunnstønad turns on the costs alone.
    return Family.model_validate({
        "kommunenummer": "0301",
        "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
        "children": [{"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes",
                      "has_lasting_illness": "yes", **facts}],
    })


def _grunnstonad(answer):
    return next(r for r in answer.benefits if r.benefit == "grunnstonad" and r.person == "nora")


def test_the_line_covers_every_cost_grunnstonad_reads_and_names_them_in_both_languages():
    assert set(covered_by(LINE)) == COSTS
    line = vocabulary()[LINE]
    for text in (line.checklist_item.nb, line.question.nb):
        assert all(word in text for word in ("transport", "kosthold", "cøliaki", "klær", "hjelpemidler", "hund"))
    for text in (line.checklist_item.en, line.question.en):
        assert all(word in text for word in ("transport", "diet", "coeliac", "clothes", "aids", "dog"))


def test_a_no_refuses_grunnstonad_naming_the_line_and_asks_no_amount():
    # No costs at all are below the lowest rate (§ 6-3 tredje ledd), and no coeliac disease gives no fixed rate.
    answer = assemble(_nora(**{LINE: "no"}), ON, "en")
    result = _grunnstonad(answer)
    assert result.status == "not_entitled" and result.missing_facts == []
    costs = next(c for c in result.conditions if c.variable == "grunnstonad_condition_costs_at_least_lowest_rate")
    assert costs.outcome == "not_met" and costs.answered_by_gate == vocabulary()[LINE].question.en


def test_a_yes_asks_the_amounts_and_an_amount_given_wins():
    asked = {q.fact for q in run_interview(_nora(**{LINE: "yes"}), ON, "en", depth="all").asked}
    assert "grunnstonad_yearly_extra_costs" in asked
    # A "no" to the line beside a cost the family gave: what the family gave wins. 20 000 kr a year is at least
    # the lowest rate on 1 September 2024 (sats 1: 12 × 752 = 9 024 kr a year from 1 January 2024, ncf.no,
    # parameters/folketrygd/grunnstonad/yearly_rate.yaml), so grunnstønad is paid.
    answer = assemble(_nora(**{LINE: "no", "grunnstonad_yearly_extra_costs": 20_000}), ON, "en")
    assert _grunnstonad(answer).status == "entitled"


def test_the_line_is_asked_with_the_checklist_in_the_first_pass():
    step = run_interview(_nora(), ON, "en")
    assert LINE in {q.fact for q in step.next} and step.checklist is not None


def test_a_child_without_illness_is_refused_for_the_illness_not_for_the_costs():
    # A healthy sibling ("no" to illness or extra needs): the family step's "no" passes through the line to the
    # costs, but § 6-3 first asks for a lasting illness, so that is the reason given — not "below the lowest rate".
    family = Family.model_validate({"kommunenummer": "0301", "children": [
        {"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "no"}]})
    result = _grunnstonad(assemble(family, ON, "en"))
    assert result.status == "not_entitled" and result.reason.code == "condition_not_met"
    assert "lasting illness" in result.reason.text and result.missing_facts == []


def test_a_no_to_the_line_is_the_reason_given():
    # The family said the illness gives no extra costs: the reason says so, not that some costs fell short.
    result = _grunnstonad(assemble(_nora(**{LINE: "no"}), ON, "nb"))
    assert result.reason.code == "no_extra_costs"
    assert result.reason.text == "Dere har ikke oppgitt ekstrautgifter på grunn av sykdommen, og da gis det ikke grunnstønad."
