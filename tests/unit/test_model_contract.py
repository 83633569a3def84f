"""The catalogue, the fact vocabulary and the model must agree (DESIGN §3)."""

import pytest

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import Outcome

BENEFITS = list(catalogue().values())
FACTS = list(vocabulary().values())


def test_catalogue_is_not_empty():
    assert len(BENEFITS) >= 2


@pytest.mark.parametrize("benefit", BENEFITS, ids=lambda b: b.id)
def test_catalogue_variables_exist(benefit, tax_benefit_system):
    named = benefit.variables.names() + [c.variable for c in benefit.conditions]
    missing = [name for name in named if name not in tax_benefit_system.variables]
    assert missing == []


@pytest.mark.parametrize("benefit", BENEFITS, ids=lambda b: b.id)
def test_a_cards_notes_and_claimed_child_read_variables_of_the_right_kind(benefit, tax_benefit_system):
    # A note is said where a yes/no variable of the holder is true; the claim's child is a text variable per holder
    # (review s24 diff M4: a misspelt name would otherwise fail only when an answer reads it).
    variables = tax_benefit_system.variables
    status_entity = variables[benefit.variables.status].entity.key
    for note in benefit.notes:
        assert note.when in variables and variables[note.when].value_type is bool, note.when
        assert variables[note.when].entity.key == status_entity, note.when
    if benefit.claim_child is not None:
        assert benefit.claim_child in variables and variables[benefit.claim_child].value_type is str, benefit.claim_child
        assert variables[benefit.claim_child].entity.key == status_entity, benefit.claim_child


@pytest.mark.parametrize("benefit", BENEFITS, ids=lambda b: b.id)
def test_status_and_conditions_are_tri_state(benefit, tax_benefit_system):
    assert tax_benefit_system.variables[benefit.variables.status].possible_values is Status
    for condition in benefit.conditions:
        assert tax_benefit_system.variables[condition.variable].possible_values is Outcome, condition.variable


@pytest.mark.parametrize("benefit", BENEFITS, ids=lambda b: b.id)
def test_reason_texts_cover_the_reason_enum(benefit, tax_benefit_system):
    if benefit.variables.reason is None:
        assert benefit.reasons == {}
        return
    codes = {item.name for item in tax_benefit_system.variables[benefit.variables.reason].possible_values}
    assert set(benefit.reasons) == codes


@pytest.mark.parametrize("benefit", BENEFITS, ids=lambda b: b.id)
def test_rate_parameters_exist(benefit, tax_benefit_system):
    for path in benefit.rate_parameters:
        node = tax_benefit_system.parameters
        for step in path.split("."):
            node = node.children[step]


@pytest.mark.parametrize("benefit", [b for b in BENEFITS if b.ends_on_the_birthday], ids=lambda b: b.id)
def test_a_birthday_limit_is_an_age_in_years(benefit, tax_benefit_system):
    # `ends_on_the_birthday` names the parameters giving the age limits the timeline dates by the birthday.
    for path in benefit.birthday_limits():
        node = tax_benefit_system.parameters
        for step in path.split("."):
            node = node.children[step]
        assert node.metadata["unit"] == "year"


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.id)
def test_facts_are_input_variables(fact, tax_benefit_system):
    variable = tax_benefit_system.variables.get(fact.id)
    assert variable is not None, f"fact '{fact.id}' is not a variable of the model"
    assert not variable.formulas, f"fact '{fact.id}' has a formula: it must be an input"


def test_every_variable_has_label_and_reference(tax_benefit_system):
    lacking = [
        name
        for name, variable in tax_benefit_system.variables.items()
        if not variable.label or not variable.reference
    ]
    assert lacking == []


def test_every_reference_is_a_provision_object(tax_benefit_system):
    # A citation in an answer comes from the object a formula names (ftrl("6-4", ledd=1)), never from
    # parsing a URL back (issue 13 §3); so every variable names its sources as objects.
    from openfisca_asb.rules.provisions import Reference

    as_text = [
        name
        for name, variable in tax_benefit_system.variables.items()
        if not all(isinstance(reference, Reference) for reference in variable.reference)
    ]
    assert as_text == []


def test_every_formula_says_its_rule_in_words(tax_benefit_system):
    # As openfisca-country-template: a docstring on each formula, which OpenFisca's API serves.
    undocumented = [
        f"{name}.{start}"
        for name, variable in tax_benefit_system.variables.items()
        for start, formula in variable.formulas.items()
        if not (formula.__doc__ or "").strip()
    ]
    assert undocumented == []


@pytest.mark.parametrize("benefit", BENEFITS, ids=lambda b: b.id)
def test_quoted_parameters_exist(benefit, tax_benefit_system):
    from openfisca_asb.rules.texts import placeholders

    earlier = [t.text for t in (benefit.summary_before, *(c.text_before for c in benefit.conditions)) if t is not None]
    texts = [benefit.summary, *(c.text for c in benefit.conditions), *benefit.reasons.values(), *earlier]
    for path in {p for text in texts for language in (text.nb, text.en) for p in placeholders(language)}:
        node = tax_benefit_system.parameters
        for step in path.split("."):
            node = node.children[step]


GRANTED = [b for b in BENEFITS if b.application and b.application.already_granted]


def test_some_rights_say_which_answer_means_already_granted():
    # Review s21 M10: at least hjelpestønad, forhøyet hjelpestønad and omsorgspenger declare it.
    assert {"hjelpestonad", "forhoyet_hjelpestonad", "omsorgspenger"} <= {b.id for b in GRANTED}


@pytest.mark.parametrize("benefit", GRANTED, ids=lambda b: b.id)
def test_the_answers_that_mean_already_granted_are_answers_to_facts(benefit, tax_benefit_system):
    # Each fact is in the vocabulary, and each value is an answer it can take: «yes»/«no», or one of its choices.
    declared = benefit.application.already_granted
    for answers in (declared, *declared.still_to_apply_if):
        fact = vocabulary()[answers.fact]
        variable = tax_benefit_system.variables[answers.fact]
        possible = {"yes", "no"} if fact.type == "yes_no" else {item.name for item in variable.possible_values}
        assert set(answers.values) <= possible, (benefit.id, answers.fact)


WORDED = [fact for fact in FACTS if fact.wordings]


def test_some_questions_have_other_words_where_the_answers_fit():
    # Review s23 page L1: the yearly income's self-employed sentence only for a self-employed parent.
    assert "yearly_income" in {fact.id for fact in WORDED}


@pytest.mark.parametrize("fact", WORDED, ids=lambda f: f.id)
def test_a_wording_names_answers_the_interview_asks(fact, tax_benefit_system):
    # Each fact a wording names is a yes/no fact or a choice (the page holds their answers, family.js `wordedQuestion`),
    # and each answer is one it can take.
    for wording in fact.wordings:
        for name, values in [*wording.holder_said.items(), *((name, [value]) for name, value in wording.any_said.items())]:
            variable = tax_benefit_system.variables[name]
            possible = {item.name for item in getattr(variable, "possible_values", None) or []} - {"unknown"}
            assert possible and set(values) <= possible, (fact.id, name)


@pytest.mark.parametrize("fact", [fact for fact in WORDED if any(w.leaves_out for w in fact.wordings)], ids=lambda f: f.id)
def test_what_a_wording_leaves_out_is_an_answer_the_fact_offers(fact, tax_benefit_system):
    # ADR 0045 addendum 0.24.0: a wording leaves out a choice's value by its name (barnetrygd's `shared` in a foster
    # home) or an answer beside the persons by its `id` (a foster child's delt bosted), never «don't know», never a
    # name the fact does not have (the vocabulary checks the ids; the values are the model's, checked here).
    variable = tax_benefit_system.variables[fact.id]
    offered = {item.name for item in getattr(variable, "possible_values", None) or []} - {"unknown"}
    offered |= {answer.id for answer in fact.other_answers or []}
    for wording in fact.wordings:
        assert set(wording.leaves_out) <= offered, (fact.id, wording.leaves_out)
