"""What the family tells about the child's need for a companion (Bufdir's guidelines for ledsagerbevis)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import BUFDIR_GUIDELINES
from openfisca_asb.rules.variable_bases import YesNoFact


class needs_companion_to_participate(YesNoFact):
    entity = Person
    label = "Trenger ledsager for å delta i aktiviteter og reise, mer enn jevnaldrende (needs a companion to take part, more than peers)"
    reference = BUFDIR_GUIDELINES
    documentation = "Yes when the child, because of the impairment, needs someone with it to take part in activities and to travel, more than children of the same age do."
