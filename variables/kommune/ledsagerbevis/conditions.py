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

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import BUFDIR_GUIDELINES
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import all_of
from openfisca_asb.rules.variable_bases import ChildRightStatus


class ledsagerbevis_condition_lasting_impairment(Condition, fact="has_lasting_illness"):
    entity = Person
    label = "Ledsagerbevis: barnet har en varig funksjonsnedsettelse (the child has a lasting impairment)"
    reference = BUFDIR_GUIDELINES
    documentation = "Met when the child has a lasting illness, injury or impairment; the kommune's own duration criterion (often two years) is quoted, not coded."


class ledsagerbevis_condition_needs_companion(Condition, fact="needs_companion_to_participate"):
    entity = Person
    label = "Ledsagerbevis: barnet trenger ledsager for å delta, mer enn jevnaldrende (needs a companion to take part, more than peers)"
    reference = BUFDIR_GUIDELINES
    documentation = "Met when the child needs a companion to take part in activities and travel, more than peers do (for a child under school age this must be documented, Bufdir 2023)."


class ledsagerbevis_status(ChildRightStatus):
    entity = Person
    label = "Ledsagerbevis (companion card), status"
    reference = BUFDIR_GUIDELINES

    def formula(person, period):
        """To be assessed when both conditions are met: the scheme is not statutory and each kommune
        applies its own criteria; not entitled when either is not met.
        """
        conditions = all_of(
            person("ledsagerbevis_condition_lasting_impairment", period),
            person("ledsagerbevis_condition_needs_companion", period),
        )
        return status_from(conditions, needs_assessment=True)
