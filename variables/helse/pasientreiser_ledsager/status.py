"""Status and reason of pasientreiser with a ledsager (see conditions.py for the rules in words)."""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import HELSENORGE_LEDSAGER, PASIENTREISEFORSKRIFTEN_17, pbrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import FactAnswer, Outcome, all_of
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus


class PasientreiserLedsagerReason(Enum):
    none = "Reisen dekkes for én ledsager (one companion's travel is covered)"
    both_parents_during_admission = "Barnet er innlagt: begge foreldrene kan få dekket reisen (both parents' travel during an admission)"
    no_treatment_travel = "Barnet reiser ikke til undersøkelse eller behandling (no travel to treatment)"
    over_age_limit = "Barnet er 18 år eller eldre: ledsagerbehovet må dokumenteres (18 or older: the need must be documented)"


class pasientreiser_ledsager_status(ChildRightStatus):
    entity = Person
    label = "Pasientreiser med ledsager for barn (patient travel with a companion for a child), status"
    reference = [pbrl("2-6"), PASIENTREISEFORSKRIFTEN_17]

    def formula(person, period):
        """Entitled when the child travels to treatment and is under 18; no discretion is involved."""
        return status_from(all_of(
            person("pasientreiser_ledsager_condition_travel", period),
            person("pasientreiser_ledsager_condition_child_under_limit", period),
        ))


class pasientreiser_ledsager_reason(BenefitReason, values=PasientreiserLedsagerReason):
    entity = Person
    label = "Pasientreiser med ledsager: regelen som bandt (the rule that bound the result)"
    reference = HELSENORGE_LEDSAGER

    def formula(person, period):
        """Why not (18 or older; no travel), or how many are covered: both parents while the child is
        admitted (forskrift om barns opphold i helseinstitusjon § 10), otherwise one companion."""
        reason = PasientreiserLedsagerReason
        admitted = person("child_admitted_to_hospital", period) == FactAnswer.yes
        return numpy.select(
            [
                person("pasientreiser_ledsager_condition_child_under_limit", period) == Outcome.not_met,
                person("pasientreiser_ledsager_condition_travel", period) == Outcome.not_met,
                admitted,
            ],
            [reason.over_age_limit.index, reason.no_treatment_travel.index, reason.both_parents_during_admission.index],
            reason.none.index,
        ).astype(numpy.int16)
