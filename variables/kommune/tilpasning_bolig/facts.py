"""What the family tells about adapting the home (tilskudd til tilpasning av bolig)."""

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.provisions import VEIVISEREN
from openfisca_asb.rules.variable_bases import YesNoFact


class home_needs_adaptation(YesNoFact):
    entity = Familie
    label = "Boligen må bygges om for barnet (the home needs rebuilding for the child)"
    reference = VEIVISEREN
    documentation = "Yes when the home must be rebuilt for the child, e.g. bathroom, access or thresholds."


class household_can_finance_adaptation(YesNoFact):
    entity = Familie
    label = "Husstanden kan finansiere ombyggingen selv eller med vanlig lån (the household can finance the rebuilding itself)"
    reference = VEIVISEREN
    documentation = "Yes when the household can pay for the rebuilding itself or with an ordinary loan."
