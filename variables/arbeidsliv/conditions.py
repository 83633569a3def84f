"""The condition both working-life rights share: the rights in arbeidsmiljøloven are against an employer."""

import numpy
from openfisca_core.periods import ETERNITY

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import aml
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN
from openfisca_asb.rules.work_situations import work_kind


class arbeidsliv_condition_employee(Condition):
    entity = Person
    definition_period = ETERNITY  # read by a yearly right (leave days) and a monthly one (reduced hours)
    label = "Arbeidsmiljøloven: omsorgspersonen er arbeidstaker (the caregiver is an employee)"
    reference = aml("1-8", ledd=1)

    def formula(person, period):
        """Met for an employee ("enhver som utfører arbeid i annens tjeneste", aml § 1-8), also one employed beside
        dagpenger or AAP; not met for freelancers, the self-employed and those with no work, who have no employer to
        claim leave or reduced hours from; unknown while the work situation, or the work beside the benefit, is not
        given."""
        kind = work_kind(person, period)
        return numpy.select(
            [kind == "employee", kind == "unknown"],
            [MET, UNKNOWN],
            NOT_MET,
        ).astype(numpy.int16)
