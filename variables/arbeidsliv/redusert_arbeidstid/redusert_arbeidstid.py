"""Reduced working hours for social reasons (arbeidsmiljøloven § 10-2 fjerde ledd).

"Arbeidstaker som ... av helsemessige, sosiale eller andre vektige velferdsgrunner har
behov for det, har rett til å få redusert sin arbeidstid dersom arbeidstidsreduksjonen
kan gjennomføres uten vesentlig ulempe for virksomheten." Caring for a child with a
disability or lasting illness is a social reason in Tvisteløsningsnemnda's practice.
Whether the reduction can be made without vesentlig ulempe is weighed by the employer,
and in a dispute by Tvisteløsningsnemnda (aml § 10-13), so the best outcome is *to be
assessed*. It is not money: pay is reduced in proportion, so there is no amount or
range. Other social reasons (small children without illness, for example) are outside
this model: the welfare condition here is the child's illness or disability.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import NOT_MET, Outcome, all_of, index

AML_10_2 = "https://lovdata.no/lov/2005-06-17-62/§10-2"


class redusert_arbeidstid_condition_welfare_reason(Variable):
    """Met when a child in the family has a lasting illness or disability (Kleene OR over
    the children); not met when the family has no child or every child's answer is no."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Redusert arbeidstid: sosiale grunner – omsorg for et barn med varig sykdom eller funksjonsnedsettelse (social reasons: a child with lasting illness or disability)"
    reference = AML_10_2 + " fjerde ledd"

    def formula(person, period):
        # Through the person's familie projector, the family's values come back per member.
        answers = index(person("has_lasting_illness", period))
        any_child = person.familie.max(answers, role=Familie.CHILD)
        has_child = person.familie.nb_persons(Familie.CHILD) > 0
        return numpy.where(has_child, any_child, NOT_MET).astype(numpy.int16)


class redusert_arbeidstid_status(Variable):
    """To be assessed when the caregiver is an employee with such a reason: the employer
    (and in a dispute Tvisteløsningsnemnda) weighs vesentlig ulempe for the business."""

    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Redusert arbeidstid av sosiale grunner (reduced working hours for social reasons), status"
    reference = AML_10_2 + " fjerde ledd"

    def formula(person, period):
        conditions = all_of(
            person("arbeidsliv_condition_employee", period),
            person("redusert_arbeidstid_condition_welfare_reason", period),
        )
        return status_from(conditions, needs_assessment=True)
