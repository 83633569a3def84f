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
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer, negation

SECTION_11_6 = "https://lovdata.no/lov/2023-06-09-30/§11-6"
SECTION_11_7 = "https://lovdata.no/lov/2023-06-09-30/§11-7"
OLD_SECTION_5_1 = "https://lovdata.no/lov/1998-07-17-61/§5-1"


class IndividueltTilrettelagtOpplaeringReason(Enum):
    none = "Ingen (none)"
    sakkyndig_vurdering_missing = "Ingen sakkyndig vurdering ennå (no expert assessment yet)"
    sakkyndig_vurdering_unknown = "Ukjent om det finnes en sakkyndig vurdering (unknown whether an expert assessment exists)"
    sakkyndig_vurdering_ready = "Sakkyndig vurdering foreligger, vedtaket gjenstår (assessment done, decision pending)"


class individuelt_tilrettelagt_opplaering_condition_pupil(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Individuelt tilrettelagt opplæring: elev i grunnskolen eller videregående opplæring (a pupil)"
    reference = [SECTION_11_6, OLD_SECTION_5_1]

    def formula(person, period):
        return person("is_pupil", period)


class individuelt_tilrettelagt_opplaering_condition_outcome(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Individuelt tilrettelagt opplæring: ikke tilfredsstillende utbytte av det ordinære opplæringstilbudet (no satisfactory outcome from ordinary teaching)"
    reference = [SECTION_11_6, OLD_SECTION_5_1]

    def formula(person, period):
        return negation(from_answer(person("benefits_satisfactorily_from_ordinary_teaching", period)))


class individuelt_tilrettelagt_opplaering_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Individuelt tilrettelagt opplæring: alle vilkår (all conditions, combined)"
    reference = [SECTION_11_6, OLD_SECTION_5_1]

    def formula(person, period):
        return all_of(
            person("individuelt_tilrettelagt_opplaering_condition_pupil", period),
            person("individuelt_tilrettelagt_opplaering_condition_outcome", period),
        )


class individuelt_tilrettelagt_opplaering_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Individuelt tilrettelagt opplæring (individually adapted teaching; spesialundervisning before 1 Aug 2024), status"
    reference = [SECTION_11_6, OLD_SECTION_5_1]

    def formula(person, period):
        # Always the kommune's or fylkeskommune's vedtak after a sakkyndig vurdering (§§ 11-7, 11-9).
        return status_from(person("individuelt_tilrettelagt_opplaering_conditions", period), needs_assessment=True)


class individuelt_tilrettelagt_opplaering_reason(Variable):
    value_type = Enum
    possible_values = IndividueltTilrettelagtOpplaeringReason
    default_value = IndividueltTilrettelagtOpplaeringReason.none
    entity = Person
    definition_period = MONTH
    label = "Individuelt tilrettelagt opplæring: neste steg – ingen vedtak uten sakkyndig vurdering (next step: no decision without an expert assessment)"
    reference = SECTION_11_7

    def formula(person, period):
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
