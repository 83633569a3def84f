"""BPA (pbrl § 2-1 d): which rule decided the outcome."""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import pbrl
from openfisca_asb.rules.tristate import NOT_MET, index, is_given
from openfisca_asb.rules.variable_bases import BenefitReason


class BpaReason(Enum):
    none = "Ingen særskilt regel avgjorde (no binding rule)"
    before_law_in_force = "Før 1. januar 2015 (before the right came into force)"
    age_67 = "67 år eller eldre og ikke innvilget før 67 (67 or older, not granted before 67)"
    no_assistance_need = "Barnet har ikke sykdom, skade eller funksjonsnedsettelse og trenger ikke mer enn andre barn på samme alder (no illness, injury or disability, no needs beyond other children of the same age)"
    need_not_long_lasting = "Behovet varer ikke mer enn 2 år (the need does not last more than 2 years)"
    below_25_hours = "Under 25 timer per uke (below 25 hours a week)"
    higher_cost_documented = "25–32 timer, og kommunen har dokumentert vesentlig høyere kostnader (25–32 hours, higher cost documented)"
    hours_25_to_32 = "25–32 timer per uke: rett med mindre kommunen dokumenterer vesentlig høyere kostnader (25–32 hours)"
    hours_at_least_32 = "Minst 32 timer per uke (at least 32 hours a week)"


class bpa_reason(BenefitReason, values=BpaReason):
    entity = Person
    label = "BPA: regelen som avgjorde (the rule that decided: in force, age, the need, its duration or hours)"
    reference = pbrl("2-1 d")

    def formula(person, period):
        """The rule that decided: the first condition not met – the need for assistance before its hours, so a
        healthy child is refused on the need (review s23 caseworker L3) – or, when none failed, whether the hours fall
        in the 25–32 band or reach 32.
        """
        def failed(name):
            return index(person(name, period)) == NOT_MET

        hours_given = is_given(person("bpa_assistance_hours_per_week", period))
        in_band = person("bpa_hours_in_cost_band", period)
        return numpy.select(
            [
                failed("bpa_condition_in_force"),
                failed("bpa_condition_age"),
                failed("bpa_condition_needs_assistance"),
                failed("bpa_condition_long_lasting"),
                failed("bpa_condition_hours"),
                failed("bpa_condition_not_substantially_costlier"),
                in_band,
                hours_given * (index(person("bpa_condition_hours", period)) != NOT_MET),
            ],
            [
                BpaReason.before_law_in_force.index,
                BpaReason.age_67.index,
                BpaReason.no_assistance_need.index,
                BpaReason.need_not_long_lasting.index,
                BpaReason.below_25_hours.index,
                BpaReason.higher_cost_documented.index,
                BpaReason.hours_25_to_32.index,
                BpaReason.hours_at_least_32.index,
            ],
            BpaReason.none.index,
        )
