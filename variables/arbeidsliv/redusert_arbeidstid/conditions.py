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

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import count_with_role, max_over_role
from openfisca_asb.rules.provisions import aml
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import NOT_MET, all_of, index
from openfisca_asb.rules.variable_bases import ChildRightStatus


class redusert_arbeidstid_condition_welfare_reason(Condition):
    entity = Person
    label = "Redusert arbeidstid: sosiale grunner – omsorg for et barn med varig sykdom eller funksjonsnedsettelse (social reasons: a child with lasting illness or disability)"
    reference = aml("10-2", ledd=4)

    def formula(person, period):
        """Met when a living child in the family has a lasting illness or disability (Kleene OR over the children);
        not met when the family has no child or every child's answer is no, or the child has died."""
        familie = person.simulation.populations["familie"]
        alive = index(person("child_alive", period)) != NOT_MET  # a child who has died is cared for no more
        answers = numpy.where(alive, index(person("has_lasting_illness", period)), NOT_MET)
        any_child = max_over_role(familie, answers, Familie.CHILD)
        has_child = count_with_role(familie, Familie.CHILD) > 0
        return familie.project(numpy.where(has_child, any_child, NOT_MET).astype(numpy.int16))


class redusert_arbeidstid_status(ChildRightStatus, while_alive="caregiver_child_alive"):
    entity = Person
    label = "Redusert arbeidstid av sosiale grunner (reduced working hours for social reasons), status"
    reference = aml("10-2", ledd=4)

    def formula(person, period):
        """To be assessed when the caregiver is an employee with such a reason: the employer (and in a
        dispute Tvisteløsningsnemnda, aml § 10-13) weighs vesentlig ulempe for the business."""
        conditions = all_of(
            person("arbeidsliv_condition_employee", period),
            person("redusert_arbeidstid_condition_welfare_reason", period),
        )
        return status_from(conditions, needs_assessment=True)
