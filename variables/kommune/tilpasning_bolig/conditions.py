"""Tilskudd til tilpasning av bolig: a means-tested kommune grant, with no duty to grant it.

Husbanken gives the grant to kommuner to pass on "til tilpasning av bolig for personer med
nedsatt funksjonsevne", and "Tildeling fra kommunene gjøres etter en økonomisk behovsprøving"
(forskrift om tilskudd til etablering og tilpasning av bolig § 2 første ledd, Lovdata's text as
last changed from 1 July 2016); since 2020 it is funded through the kommune's rammetilskudd and
continued as kommunal schemes (veiviseren.no; whether the forskrift was changed then was not
verified). "Kommunene tildeler
tilskudd etter en økonomisk behovsprøving, og tilpasningen må være hensiktsmessig"
(veiviseren.no). The grant is judged on the household's long-term economy, within the
kommune's available funds, and must be applied for before the work starts (kommune
pages). A household that can finance the work itself or with an ordinary loan does
not meet the means test. Since the kommune is not obliged to grant it and its size
follows the kommune's budget, the best outcome is *to be assessed*, with no range:
no national figure bounds the grant.
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import max_over_role
from openfisca_asb.rules.provisions import VEIVISEREN, tilpasningstilskuddsforskriften
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import NOT_MET, all_of, from_answer, index, negation
from openfisca_asb.rules.variable_bases import ChildRightStatus


class tilpasning_bolig_child_condition_adaptation_needed(Condition, fact="home_needs_adaptation"):
    entity = Person
    label = "Tilskudd til tilpasning: boligen må bygges om for dette barnet (the home must be rebuilt for this child)"
    reference = VEIVISEREN
    documentation = "Met when the home must be rebuilt for this child (a line of the child's checklist, ADR 0028)."


class tilpasning_bolig_condition_adaptation_needed(Condition):
    entity = Familie
    label = "Tilskudd til tilpasning: boligen må tilpasses barnets nedsatte funksjonsevne (the home must be adapted)"
    reference = VEIVISEREN
    documentation = "Met when the home must be rebuilt for a child (the adaptation must be hensiktsmessig)."

    def formula(familie, period):
        """Met when the home must be rebuilt for one of the children the family lists who is alive (or died this month,
        `child_alive`: the home is not rebuilt for a child who has died, ADR 0034), not met when for none of them,
        unknown otherwise (Kleene OR over the children); a family listing no child: not met, which
        `tilpasning_bolig_condition_child` refuses on its own."""
        for_each = all_of(index(familie.members("child_alive", period)),
                          index(familie.members("tilpasning_bolig_child_condition_adaptation_needed", period)))
        return numpy.maximum(max_over_role(familie, for_each, Familie.CHILD), NOT_MET).astype(numpy.int16)


class tilpasning_bolig_condition_child(Condition):
    entity = Familie
    label = "Tilskudd til tilpasning: familien har et barn som boligen skal tilpasses for (the family lists a child; an expected child is not one)"
    reference = [tilpasningstilskuddsforskriften("2", ledd=1, punktum=1), VEIVISEREN]

    def formula(familie, period):
        """The home is adapted for the child's reduced function: not met while the family lists no child (an
        expected child does not yet live in the home)."""
        return familie("family_has_child", period)


class tilpasning_bolig_condition_means_test(Condition):
    entity = Familie
    label = "Tilskudd til tilpasning: økonomisk behovsprøving – husstanden kan ikke finansiere tilpasningen selv (means test)"
    reference = [tilpasningstilskuddsforskriften("2", ledd=1, punktum=2), VEIVISEREN]

    def formula(familie, period):
        """The grant is økonomisk behovsprøvd: met when the household cannot finance the rebuilding itself
        or with an ordinary loan, not met when it can.
        """
        return negation(from_answer(familie("household_can_finance_adaptation", period)))


class tilpasning_bolig_status(ChildRightStatus, while_alive="family_child_alive"):
    entity = Familie
    label = "Tilskudd til tilpasning av bolig (home adaptation grant), status"
    reference = [tilpasningstilskuddsforskriften("2", ledd=1), VEIVISEREN]

    def formula(familie, period):
        """To be assessed when the conditions are met (a child with reduced function, an adaptation needed, the
        means test): the kommune has no duty to grant it and sizes it by its own funds; not entitled when one is
        not met.
        """
        conditions = all_of(
            familie("tilpasning_bolig_condition_child", period),
            familie("tilpasning_bolig_condition_child_needs", period),
            familie("tilpasning_bolig_condition_adaptation_needed", period),
            familie("tilpasning_bolig_condition_means_test", period),
        )
        return status_from(conditions, needs_assessment=True)
