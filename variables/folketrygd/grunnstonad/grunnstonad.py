"""Grunnstønad (ftrl § 6-3): conditions and status.

A right, not discretion: the member is entitled when the lasting illness gives
necessary extra costs that at least reach the lowest sats. Where the lowest sats in
force predates a known adjustment (ADR 0009) and the costs reach only that older amount,
whether they reach the adjusted one is NAV's to decide with its current rates: the
status is *to be assessed*, never a certain right (amount.py).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import GRUNNSTONAD_COSTS_REACH_THE_RATE, ftrl
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, index
from openfisca_asb.rules.variable_bases import ChildRightStatus


class grunnstonad_condition_costs_at_least_lowest_rate(Condition):
    entity = Person
    label = "Grunnstønad: ekstrautgiftene svarer minst til laveste sats (extra costs reach at least the lowest rate)"
    reference = GRUNNSTONAD_COSTS_REACH_THE_RATE
    documentation = "Met as soon as the costs given reach a current sats 1, or a diagnosis gives a fixed sats; not met only when every counted cost is given and they fall short of the lowest sats in force."

    def formula(person, period):
        """«Det er et vilkår for rett til grunnstønad at de ekstrautgiftene som er nevnt i første ledd, minst svarer til
        laveste sats» (ftrl § 6-3 tredje ledd; andre ledd before 1 March 2019, provisions.py): met when the counted
        costs reach a sats whose amount is current, or a diagnosis such as cøliaki gives a fixed sats without
        receipts; not met when every cost is given and they fall short of the lowest sats in force (an amount older
        than a known adjustment is a lower bound of the adjusted one); unknown otherwise, also when they reach only
        such an older amount.
        """
        known = person("grunnstonad_sats", period) > 0
        short = (person("grunnstonad_sats_possible", period) == 0) * person("grunnstonad_costs_complete", period)
        return numpy.select([known, short], [MET, NOT_MET], UNKNOWN).astype(numpy.int16)


class grunnstonad_rates_undecided(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: utgiftene når laveste sats bare slik den var før en kjent justering (costs reach only a lowest rate older than a known adjustment)"
    reference = GRUNNSTONAD_COSTS_REACH_THE_RATE

    def formula(person, period):
        """The costs given reach the lowest sats in force, but only an amount older than a known adjustment, and
        no cost still to give could settle it: every cost is given, or no sats in force is current (more costs
        would reach only older amounts). Whether they reach the adjusted amount is for NAV's current rates."""
        possible = person("grunnstonad_sats_possible", period) > 0
        settled_by_nothing_left = person("grunnstonad_costs_complete", period) + numpy.logical_not(
            person("grunnstonad_some_rate_current", period))
        return possible * (person("grunnstonad_sats", period) == 0) * settled_by_nothing_left


class grunnstonad_status(ChildRightStatus, while_alive="grunnstonad_condition_child_alive"):
    entity = Person
    label = "Grunnstønad (basic benefit), status"
    reference = ftrl("6-3")

    def formula(person, period):
        """Entitled when the conditions are met, not entitled when one is not, missing information while one is
        unknown; to be assessed when the lasting illness is met and the only thing open is whether the costs
        reach a lowest sats whose amount after a known adjustment was not found."""
        status = status_from(person("grunnstonad_conditions", period))
        ill = index(person("grunnstonad_condition_lasting_illness", period)) == MET
        undecided = ill * person("grunnstonad_rates_undecided", period)
        return numpy.where(undecided, Status.to_be_assessed.index, status).astype(numpy.int16)
