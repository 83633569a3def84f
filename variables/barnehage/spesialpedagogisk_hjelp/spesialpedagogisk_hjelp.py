"""Spesialpedagogisk hjelp før skolealder (barnehageloven §§ 31–35; §§ 19 a–19 e until 31 December 2020).

A child who has not started school and has særlige behov for it has the right
to special-needs education help (§ 31), whether or not the child attends
barnehage (Udir's veileder 1.1). The kommune decides by enkeltvedtak (§ 35)
after a sakkyndig vurdering from PP-tjenesten (§ 34), with the parents'
consent (§ 32). Which help and how much is the kommune's vedtak, so the answer
is at best *to be assessed*; the reason code gives the next step. The help is
free: parents "ikke kan pålegges utgifter" (Udir's veileder 1.9, Prop. 103 L
(2015–2016) pkt 3.4.5). After school start, opplæringslova takes over. The law was
renumbered from 1 January 2021 (§ 31 was § 19 a, § 34 was § 19 d): each date cites the
section then in force (rules/provisions.py).
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import barnehageloven, barnehageloven_before_2021
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus


class SpesialpedagogiskHjelpReason(Enum):
    none = "Ingen (none)"
    sakkyndig_vurdering_missing = "Ingen sakkyndig vurdering ennå (no expert assessment yet)"
    sakkyndig_vurdering_unknown = "Ukjent om det finnes en sakkyndig vurdering (unknown whether an expert assessment exists)"
    sakkyndig_vurdering_ready = "Sakkyndig vurdering foreligger, vedtaket gjenstår (assessment done, decision pending)"


class spesialpedagogisk_hjelp_status(ChildRightStatus):
    entity = Person
    label = "Spesialpedagogisk hjelp før skolealder (special-needs education help before school), status"
    reference = [barnehageloven("31"), barnehageloven_before_2021("19 a")]

    def formula(person, period):
        """To be assessed when the conditions are met: the kommune decides by vedtak (§ 35) after PP-tjenesten's
        sakkyndig vurdering (§ 34); otherwise as the conditions say.
        """
        return status_from(person("spesialpedagogisk_hjelp_conditions", period), needs_assessment=True)


class spesialpedagogisk_hjelp_reason(BenefitReason, values=SpesialpedagogiskHjelpReason):
    entity = Person
    label = "Spesialpedagogisk hjelp: neste steg – ingen vedtak uten sakkyndig vurdering (next step: no decision without an expert assessment)"
    reference = [barnehageloven("34"), barnehageloven_before_2021("19 d")]

    def formula(person, period):
        """While to be assessed, the next step: no vedtak without PP-tjenesten's sakkyndig vurdering, so it says
        whether one is ready, missing or unknown.
        """
        assessed = person("spesialpedagogisk_hjelp_status", period) == Status.to_be_assessed
        answer = person("has_sakkyndig_vurdering", period)
        given = answer.possible_values
        reason = SpesialpedagogiskHjelpReason
        step = numpy.select(
            [answer == given.yes, answer == given.no],
            [reason.sakkyndig_vurdering_ready.index, reason.sakkyndig_vurdering_missing.index],
            reason.sakkyndig_vurdering_unknown.index,
        )
        return numpy.where(assessed, step, reason.none.index)
