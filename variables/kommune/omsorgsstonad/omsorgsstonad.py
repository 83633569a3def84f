"""Omsorgsstønad (hol § 3-6 første ledd nr. 3, pbrl § 2-8): conditions and status.

Paid to the caregiver. The kommune must offer necessary pårørendestøtte to those with
særlig tyngende omsorgsarbeid, but nobody has a right to a particular measure: whether
the support is omsorgsstønad, avlastning or services, and how much, is the kommune's
discretion. So the best outcome is *to be assessed*.

Hjelpestønad is not a condition. Ftrl § 6-4 last ledd sets an order (hjelpestønad
"anvendes først") and lets the kommune take it into account; it does not take away
the right to have omsorgsstønad assessed and decided (pbrl § 2-8). A family that has
not applied for hjelpestønad is told to apply (omsorgsstonad_reason), not refused.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer

HOL_3_6 = "https://lovdata.no/lov/2011-06-24-30/§3-6"


class omsorgsstonad_condition_heavy_care(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Omsorgsstønad: særlig tyngende omsorgsarbeid (particularly heavy care work, as the kommune assesses it)"
    reference = HOL_3_6 + " første ledd"

    def formula(person, period):
        return from_answer(person("has_particularly_heavy_care_work", period))


class omsorgsstonad_condition_necessary_and_wanted(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Omsorgsstønad: omsorgsarbeidet er nødvendig, og begge ønsker at det fortsetter (the care is necessary and both want it to continue)"
    reference = HOL_3_6 + " første ledd nr. 3"

    def formula(person, period):
        return from_answer(person("care_is_necessary_and_wanted", period))


class omsorgsstonad_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Omsorgsstønad: alle vilkår (all conditions, combined)"
    reference = HOL_3_6

    def formula(person, period):
        return all_of(
            person("omsorgsstonad_condition_heavy_care", period),
            person("omsorgsstonad_condition_necessary_and_wanted", period),
        )


class omsorgsstonad_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Omsorgsstønad (carer's allowance from the kommune), status"
    reference = "https://lovdata.no/lov/1999-07-02-63/§2-8"

    def formula(person, period):
        return status_from(person("omsorgsstonad_conditions", period), needs_assessment=True)
