"""Ledsagerbevis for funksjonshemmede: no statutory right; the kommune decides whether to offer it.

"Ordningen er ikke lovforankret – det er opp til den enkelte kommune å tilby ordningen"
(Bufdir, revised guidelines). Bufdir's advisory guidelines ask for an impairment
expected to last a while (two years on Bergen kommune's page following them) and a
need for a companion to take part. Since January 2023 there is no lower age limit;
for a child under school age the family documents a greater need for a companion
than peers have (Bufdir). Some kommuner still use 8 years. Because the scheme rests
on each kommune's own criteria, the best outcome is *to be assessed*. The card gives
the companion free or reduced entry where the scheme is accepted; it is not money,
so there is no amount or range.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer

BUFDIR_GUIDELINES = "https://bufdir.no/fagstotte/produkter/ledsagerbevis/veiledende_nasjonale_retningslinjer/"


class ledsagerbevis_condition_lasting_impairment(Variable):
    """Met when the child has a lasting illness, injury or impairment (the family's answer
    to `has_lasting_illness`); the kommune's own duration criterion is quoted, not coded."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Ledsagerbevis: barnet har en varig funksjonsnedsettelse (the child has a lasting impairment)"
    reference = BUFDIR_GUIDELINES

    def formula(person, period):
        return from_answer(person("has_lasting_illness", period))


class ledsagerbevis_condition_needs_companion(Variable):
    """Met when the child needs a companion to take part in activities and travel, more
    than peers do (for a child under school age this must be documented, Bufdir 2023)."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Ledsagerbevis: barnet trenger ledsager for å delta, mer enn jevnaldrende (needs a companion to take part, more than peers)"
    reference = BUFDIR_GUIDELINES

    def formula(person, period):
        return from_answer(person("needs_companion_to_participate", period))


class ledsagerbevis_status(Variable):
    """To be assessed when both conditions are met: the kommune applies its own criteria."""

    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Ledsagerbevis (companion card), status"
    reference = BUFDIR_GUIDELINES

    def formula(person, period):
        conditions = all_of(
            person("ledsagerbevis_condition_lasting_impairment", period),
            person("ledsagerbevis_condition_needs_companion", period),
        )
        return status_from(conditions, needs_assessment=True)
