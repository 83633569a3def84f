"""Aleneomsorg (sole care), defined once for every right that reads it (omsorgspenger, barnetilsyn).

The family says it in one of two ways, both part of the API: the caregiver's answer
`has_sole_care` (asked of a family's only caregiver) and a child's `sole_caregiver`, the
caregiver it lives with permanently without its other parent (the page's family step, and
the interview's «who does the child live with» for a family of several caregivers, ADR 0045
addendum s23). They meet here: a child is in a caregiver's sole care when it names that
caregiver, or when the family's only caregiver answers yes. With several caregivers listed,
the children's `sole_caregiver` says who is alone (ADR 0018), so no child naming one means
no one is; a caregiver's yes that no child names them for is refused before the model
(facts/contradictions.py), never read as nothing.
"""

import numpy
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.care_network import sum_over_children_in_sole_care
from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.named_person import named_rows
from openfisca_asb.rules.members import count_with_role
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, FactAnswer
from openfisca_asb.rules.variable_bases import PersonIdText


class sole_caregiver(PersonIdText):
    entity = Person
    label = "Aleneomsorg: omsorgspersonen barnet bor fast hos uten barnets andre forelder – omsorgspersonens id i familien (the caregiver the child lives with permanently, alone; empty when none)"
    reference = [ftrl("9-6", ledd=(1, 2)), ftrl("15-4")]


class child_sole_caregiver_number(Variable):
    value_type = int
    default_value = -1
    entity = Person
    definition_period = ETERNITY
    label = "Aleneomsorg: caregiver_number til den som alene har omsorgen for barnet – barnets sole_caregiver, eller familiens eneste omsorgsperson som svarer ja (the caregiver alone with the child; -1 when none)"
    reference = [ftrl("9-6", ledd=(1, 2)), ftrl("15-4")]

    def formula(person, period):
        """The child's sole caregiver: the one the child names, or else the family's only caregiver when that
        caregiver answers yes to having sole care; -1 for no one (and for every caregiver's own row).
        """
        structural = person("sole_caregiver_number", period)
        named = numpy.where(structural >= 0, structural, _named_caregiver_number(person, period))
        familie = person.simulation.populations["familie"]
        only = familie.project(count_with_role(familie, Familie.CAREGIVER) == 1)
        says_yes = familie.project(familie.any(familie.members("has_sole_care", period) == FactAnswer.yes, role=Familie.CAREGIVER))
        by_answer = numpy.where(only * says_yes, 0, -1)
        return numpy.where(person("is_child", period), numpy.where(named >= 0, named, by_answer), -1)


class sole_care(Condition):
    entity = Person
    label = "Aleneomsorg: omsorgspersonen er alene om omsorgen for minst ett barn (the caregiver has sole care of at least one child)"
    reference = [ftrl("9-6", ledd=(1, 2)), ftrl("15-4")]

    def formula(person, period):
        """Met when a child in the family is in this caregiver's sole care; not met when the caregiver answers
        no, the family has no child, or several caregivers are listed and no child names this one; unknown
        while the family's only caregiver has not answered.
        """
        has_children = sum_over_children_in_sole_care(person, period, person("is_child", period)) > 0
        familie = person.simulation.populations["familie"]
        children = familie.project(count_with_role(familie, Familie.CHILD)) > 0
        only = familie.project(count_with_role(familie, Familie.CAREGIVER) == 1)
        answer = person("has_sole_care", period)
        unanswered = person("is_caregiver", period) * only * children * (answer != FactAnswer.no)
        return numpy.select([has_children, unanswered], [MET, UNKNOWN], NOT_MET).astype(numpy.int16)


def _named_caregiver_number(person, period) -> numpy.ndarray:
    """Per person: the `caregiver_number` of the caregiver of the same family whose id the child's `sole_caregiver`
    names, -1 where it names none. The situation builder sets `sole_caregiver_number` from the family's own answer; a
    single change tried (facts/variants.py: «if the child lived with mor») is read here."""
    rows = named_rows(person, period, "sole_caregiver", Familie.CAREGIVER)
    return numpy.where(rows >= 0, person("caregiver_number", period)[rows], -1)
