"""Tilskudd til tilpasning av bolig: a means-tested kommune grant, with no duty to grant it.

Husbanken gave the grant to kommuner to pass on to households (forskrift om tilskudd
til etablering og tilpasning av bolig); since 2020 it is funded through the kommune's
rammetilskudd and continued as kommunal schemes (veiviseren.no). "Kommunene tildeler
tilskudd etter en økonomisk behovsprøving, og tilpasningen må være hensiktsmessig"
(veiviseren.no). The grant is judged on the household's long-term economy, within the
kommune's available funds, and must be applied for before the work starts (kommune
pages). A household that can finance the work itself or with an ordinary loan does
not meet the means test. Since the kommune is not obliged to grant it and its size
follows the kommune's budget, the best outcome is *to be assessed*, with no range:
no national figure bounds the grant.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer, negation

VEIVISEREN = "https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer"


class tilpasning_bolig_condition_adaptation_needed(Variable):
    """Met when the home must be rebuilt for the child (the adaptation must be hensiktsmessig)."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Familie
    definition_period = MONTH
    label = "Tilskudd til tilpasning: boligen må tilpasses barnets nedsatte funksjonsevne (the home must be adapted)"
    reference = VEIVISEREN

    def formula(familie, period):
        return from_answer(familie("home_needs_adaptation", period))


class tilpasning_bolig_condition_means_test(Variable):
    """Met when the household cannot finance the rebuilding itself or with an ordinary loan:
    the grant is økonomisk behovsprøvd."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Familie
    definition_period = MONTH
    label = "Tilskudd til tilpasning: økonomisk behovsprøving – husstanden kan ikke finansiere tilpasningen selv (means test)"
    reference = VEIVISEREN

    def formula(familie, period):
        return negation(from_answer(familie("household_can_finance_adaptation", period)))


class tilpasning_bolig_status(Variable):
    """To be assessed when both conditions are met: the kommune has no duty to grant it."""

    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Familie
    definition_period = MONTH
    label = "Tilskudd til tilpasning av bolig (home adaptation grant), status"
    reference = VEIVISEREN

    def formula(familie, period):
        conditions = all_of(
            familie("tilpasning_bolig_condition_adaptation_needed", period),
            familie("tilpasning_bolig_condition_means_test", period),
        )
        return status_from(conditions, needs_assessment=True)
