"""Pasientreiser with a ledsager for a child, and both parents during an admission.

A patient's necessary travel to examination or treatment is covered (pbrl § 2-6);
a ledsager's travel is covered when the patient needs one (pasientreiseforskriften
§ 17). "Når barn under 18 år følges på reisen, trenger ikke ledsagerbehovet å
dokumenteres"; the ledsager pays no egenandel and can claim lost income (§ 18).
"Vanligvis dekkes reisen for én ledsager, men når et barn legges inn på sykehus, kan
begge foreldre få dekket reisen, uavhengig av om de ledsager barnet" (helsenorge;
forskrift om barns opphold i helseinstitusjon § 10). These rules are deterministic:
entitled when the child travels and is under 18. The amount is the cheapest public
transport or the standard km rate for the actual trip, which the model does not know,
so no amount is given. Over 18 a ledsager's need must be documented by the behandler:
the rule for children no longer applies (not entitled to *this* rule, reason given).
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Answer, Outcome, all_of, from_answer, from_bool

PBRL_2_6 = "https://lovdata.no/lov/1999-07-02-63/§2-6"
HELSENORGE_LEDSAGER = "https://helsenorge.no/rettigheter/pasientreiser/rettigheter/kan-jeg-ha-med-noen"


class PasientreiserLedsagerReason(Enum):
    none = "Reisen dekkes for én ledsager (one companion's travel is covered)"
    both_parents_during_admission = "Barnet er innlagt: begge foreldrene kan få dekket reisen (both parents' travel during an admission)"
    no_treatment_travel = "Barnet reiser ikke til undersøkelse eller behandling (no travel to treatment)"
    over_age_limit = "Barnet er 18 år eller eldre: ledsagerbehovet må dokumenteres (18 or older: the need must be documented)"


class pasientreiser_ledsager_condition_travel(Variable):
    """Met when the child travels to examination or treatment in the health service."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pasientreiser: barnet reiser til undersøkelse eller behandling (the child travels to treatment)"
    reference = PBRL_2_6

    def formula(person, period):
        return from_answer(person("has_treatment_travel", period))


class pasientreiser_ledsager_condition_child_under_limit(Variable):
    """Met while the child is under 18: the ledsager's need need not be documented."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Pasientreiser: barnet er under 18 år, så ledsagerbehovet trenger ikke dokumenteres (under 18: no documentation of the need)"
    reference = HELSENORGE_LEDSAGER

    def formula(person, period, parameters):
        limit = parameters(period).helse.pasientreiser.companion_without_documentation_age_limit
        return from_bool(person("age", period) < limit)


class pasientreiser_ledsager_status(Variable):
    """Entitled when the child travels to treatment and is under 18."""

    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Pasientreiser med ledsager for barn (patient travel with a companion for a child), status"
    reference = PBRL_2_6

    def formula(person, period):
        return status_from(all_of(
            person("pasientreiser_ledsager_condition_travel", period),
            person("pasientreiser_ledsager_condition_child_under_limit", period),
        ))


class pasientreiser_ledsager_reason(Variable):
    """Which rule bound: one companion, both parents during an admission, or why not."""

    value_type = Enum
    possible_values = PasientreiserLedsagerReason
    default_value = PasientreiserLedsagerReason.none
    entity = Person
    definition_period = MONTH
    label = "Pasientreiser med ledsager: regelen som bandt (the rule that bound the result)"
    reference = HELSENORGE_LEDSAGER

    def formula(person, period):
        reason = PasientreiserLedsagerReason
        admitted = person("child_admitted_to_hospital", period) == Answer.yes
        return numpy.select(
            [
                person("pasientreiser_ledsager_condition_child_under_limit", period) == Outcome.not_met,
                person("pasientreiser_ledsager_condition_travel", period) == Outcome.not_met,
                admitted,
            ],
            [reason.over_age_limit.index, reason.no_treatment_travel.index, reason.both_parents_during_admission.index],
            reason.none.index,
        ).astype(numpy.int16)
