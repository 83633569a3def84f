"""Facts and simple conditions declared in YAML become the variables a class would have made (ADR 0013)."""

import textwrap

import pytest
from openfisca_core.periods import ETERNITY, MONTH

from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.declared import ENTITIES, UNITS, declared_variables, reference
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.provisions import HDIR, Provision
from openfisca_asb.rules.tristate import NOT_GIVEN, FactAnswer, Outcome


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def declared(tmp_path):
    right = tmp_path / "variables" / "folketrygd" / "example"
    _write(right, "questions.yaml", """\
        order: 1
        facts:
        - id: example_yes_no
          type: yes_no
          label: "Eksempel (an example)"
          reference: 'ftrl("6-4", ledd=(2, 3))'
          holder: family
          question: {nb: "Ja?", en: "Yes?"}
        - id: example_costs
          type: number
          label: "Utgifter (costs)"
          reference: ['ftrl("6-3")', 'HDIR']
          holder: child
          unit: NOK per year
          question: {nb: "Hvor mye?", en: "How much?"}
        - id: example_question_only
          holder: child
          question: {nb: "Bare et spørsmål?", en: "Only a question?"}
        """)
    _write(right, "conditions.yaml", """\
        conditions:
        - id: example_condition
          entity: family
          label: "Eksempel: vilkår (condition)"
          reference: 'ftrl("6-4", ledd=1)'
          fact: example_yes_no
        - id: example_conditions
          entity: family
          label: "Eksempel: alle vilkår"
          reference: 'ftrl("6-4")'
          all_of: [example_condition]
          rule: >-
            Every condition of the example.
        """)
    return {variable.__name__: variable for variable in declared_variables(tmp_path / "variables")}


def test_a_fact_is_declared_only_when_its_entry_has_a_type(declared):
    assert set(declared) == {"example_yes_no", "example_costs", "example_condition", "example_conditions"}


def test_a_yes_no_fact_gets_the_header_of_yes_no_fact(declared):
    # ADR 0001: a fact is answered once (ETERNITY) and unknown until answered.
    fact = declared["example_yes_no"]
    assert fact.entity is Familie  # holder: family
    assert fact.possible_values is FactAnswer and fact.default_value is FactAnswer.unknown
    assert fact.definition_period == ETERNITY
    assert fact.reference == Provision(fact.reference.law, "6-4") and fact.reference.citation == "Folketrygdloven § 6-4 andre og tredje ledd"


def test_a_number_fact_takes_its_unit_from_its_question(declared):
    fact = declared["example_costs"]
    assert fact.entity is Person and fact.default_value == NOT_GIVEN
    assert fact.unit == "currency-NOK"  # "NOK per year" → OpenFisca's currency unit
    assert fact.reference[1] is HDIR  # a named source of provisions.py


def test_declared_conditions_pass_an_answer_on_and_combine(declared):
    condition, combined = declared["example_condition"], declared["example_conditions"]
    assert condition.possible_values is Outcome and condition.definition_period == MONTH
    assert "example_yes_no" in condition.formula.__doc__
    assert combined.formula.__doc__ == "Every condition of the example."


@pytest.mark.parametrize("written", ['os.system("true")', '__import__("os")', 'ftrl(open("x"))', 'Law("1", "x")', 'ftrl'])
def test_a_reference_is_only_a_provision_named_in_provisions_py(written):
    with pytest.raises(ValueError, match="not a provision"):
        reference(written, "questions.yaml: fact 'x'")


def test_every_holder_has_an_entity_and_every_number_unit_an_openfisca_unit():
    facts = vocabulary().values()
    assert {fact.holder for fact in facts} <= set(ENTITIES)
    declared_numbers = [fact for fact in facts if fact.type == "number"]
    assert declared_numbers and all(fact.unit in UNITS for fact in declared_numbers)


def test_the_model_serves_a_declared_variable_with_its_yaml_source(tax_benefit_system):
    source_file, source, first_line = tax_benefit_system.variables["has_private_care_arrangement"].get_introspection_data()
    assert source_file == "/variables/folketrygd/hjelpestonad/questions.yaml"
    assert source.startswith("- id: has_private_care_arrangement\n") and first_line > 0
