"""Individuelt tilrettelagd opplæring (opplæringslova 2023 § 11-6; before 1 Aug 2024 spesialundervisning, 1998 law § 5-1).

A pupil who does not get a satisfactory outcome from ordinary teaching has the
right. Which teaching, how much and by whom is the kommune's (grunnskole) or
fylkeskommune's (vgs) vedtak (§ 11-9), which must rest on a sakkyndig vurdering
from PP-tenesta (§ 11-7). The answer is therefore at best *to be assessed*; the
reason code says which step comes next. A vedtak already made is not modelled.
After the vedtak the school makes an IOP (§ 11-10; before 1 Aug 2024 § 5-5).
The rule is the same on both sides of 1 Aug 2024: only the section changed,
and the catalogue's legal basis shows both with their dates.
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import from_answer, negation
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus


class IndividueltTilrettelagtOpplaeringReason(Enum):
    none = "Ingen (none)"
    sakkyndig_vurdering_missing = "Ingen sakkyndig vurdering ennå (no expert assessment yet)"
    sakkyndig_vurdering_unknown = "Ukjent om det finnes en sakkyndig vurdering (unknown whether an expert assessment exists)"
    sakkyndig_vurdering_ready = "Sakkyndig vurdering foreligger, vedtaket gjenstår (assessment done, decision pending)"


class individuelt_tilrettelagt_opplaering_condition_outcome(Condition):
    entity = Person
    label = "Individuelt tilrettelagt opplæring: ikke tilfredsstillende utbytte av det ordinære opplæringstilbudet (no satisfactory outcome from ordinary teaching)"
    reference = [opplaringslova_2023("11-6"), opplaringslova_1998("5-1")]

    def formula(person, period):
        """For a pupil who does not get a satisfactory outcome from ordinary teaching (opplæringslova § 11-6; §
        5-1 before August 2024): the negation of the family's answer.
        """
        return negation(from_answer(person("benefits_satisfactorily_from_ordinary_teaching", period)))


class individuelt_tilrettelagt_opplaering_status(ChildRightStatus):
    entity = Person
    label = "Individuelt tilrettelagt opplæring (individually adapted teaching; spesialundervisning before 1 Aug 2024), status"
    reference = [opplaringslova_2023("11-6"), opplaringslova_1998("5-1")]

    def formula(person, period):
        # Always the kommune's or fylkeskommune's vedtak after a sakkyndig vurdering (§§ 11-7, 11-9).
        """To be assessed when the conditions are met: the school decides after an expert assessment (sakkyndig
        vurdering); otherwise as the conditions say.
        """
        return status_from(person("individuelt_tilrettelagt_opplaering_conditions", period), needs_assessment=True)


class individuelt_tilrettelagt_opplaering_reason(BenefitReason, values=IndividueltTilrettelagtOpplaeringReason):
    entity = Person
    label = "Individuelt tilrettelagt opplæring: neste steg – ingen vedtak uten sakkyndig vurdering (next step: no decision without an expert assessment)"
    # Before 1 August 2024: «Før det blir gjort enkeltvedtak om spesialundervisning, skal det liggje føre ei sakkunnig
    # vurdering av dei særlege behova eleven har, jf. § 5-3» (Ot.prp. nr. 57 (2004–2005) ch. 5.1, regjeringen.no).
    reference = [opplaringslova_2023("11-7"), opplaringslova_1998("5-3")]

    def formula(person, period):
        """While to be assessed, the next step: no decision without a sakkyndig vurdering, so it says whether
        one is ready, missing or unknown.
        """
        assessed = person("individuelt_tilrettelagt_opplaering_status", period) == Status.to_be_assessed
        answer = person("has_sakkyndig_vurdering", period)
        given = answer.possible_values
        reason = IndividueltTilrettelagtOpplaeringReason
        step = numpy.select(
            [answer == given.yes, answer == given.no],
            [reason.sakkyndig_vurdering_ready.index, reason.sakkyndig_vurdering_missing.index],
            reason.sakkyndig_vurdering_unknown.index,
        )
        return numpy.where(assessed, step, reason.none.index)
