"""The child a caregiver's pleiepenger claim is for (ftrl § 9-10: care of *a* child; review s22 caseworker H1).

Pleiepenger are given per child in need of care. NAV's uttak grades one child's care need at a time: its
RegelGrunnlag holds one `barn`, that child's `pleiebehov` and the other parties' plans for the same child
(`andrePartersUttaksplan`; navikt/pleiepenger-barn-uttak @ 93ec994,
regler/src/main/kotlin/no/nav/pleiepengerbarn/uttak/regler/domene/RegelGrunnlag.kt), and k9-sak opens one case per
pleietrengende and looks for the other parties' cases by the same `pleietrengendeAktørId`. So two caregivers caring
for two different children do not share a care need. A caregiver names the child with `pleiepenger_child`, the
child's id in the family; `person_id` and `pleiepenger_child_id` are structural, set by the situation builder.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.claimed_child import claim_child_row
from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import sum_over_role
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Outcome, index, is_given
from openfisca_asb.rules.variable_bases import PersonIdText


class person_id(PersonIdText):
    entity = Person
    label = "Personens id i familien (structural, set by the situation builder from the family's `id` of each person)"
    reference = ftrl("9-10", ledd=1)


class pleiepenger_child_id(PersonIdText):
    entity = Person
    label = "Pleiepenger: barnet kravet gjelder (structural, set by the situation builder from the caregiver's `pleiepenger_child`; empty when not given)"
    reference = ftrl("9-10", ledd=1)
    # The grade reads the child through this copy, the question through the fact: only the condition below asks which
    # child (a fact below a condition is asked where it is open; the care need of one ill child does not need it).


class pleiepenger_child(PersonIdText):
    entity = Person
    label = "Pleiepenger: barnet kravet gjelder – barnets id i familien (the child the caregiver's claim is for; empty when not given)"
    reference = ftrl("9-10", ledd=1)


class pleiepenger_condition_child_named(Condition):
    entity = Person
    label = "Pleiepenger: det er kjent hvilket barn kravet gjelder når flere barn trenger kontinuerlig tilsyn og pleie (which child the claim is for is known where several children need continuous care)"
    reference = ftrl("9-10", ledd=1)
    documentation = """
    Each child's care need is its own (§ 9-10; NAV's uttak grades per pleietrengende). Where one child
    may need care, a claim is for that child. Where two or more children are answered as needing
    continuous care and may meet the other child conditions, the claim must say which child it is for:
    unknown, and `pleiepenger_child` is asked, never guessed.
    """

    def formula(person, period):
        """Met when the caregiver names the child, or fewer than two children are answered as needing continuous
        care while not failing another child condition; unknown otherwise (the question which child is asked).
        """
        familie = person.simulation.populations["familie"]
        care = index(familie.members("pleiepenger_child_condition_continuous_care", period)) == Outcome.met.index
        possible = index(familie.members("pleiepenger_child_conditions", period)) != NOT_MET
        ill = familie.project(sum_over_role(familie, care * possible, Familie.CHILD)) >= 2
        named = person("pleiepenger_child", period) != b""
        open_ = person("is_caregiver", period) * ill * numpy.logical_not(named)
        return numpy.where(open_, UNKNOWN, MET).astype(numpy.int16)


class pleiepenger_claim_child(Variable):
    value_type = str
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger: barnet kravet gjelder, der svarene sier det (the id of the child the claim is for: named, or the only child who may need care; empty otherwise, and for a caregiver who claims 0 %)"
    reference = [ftrl("9-10", ledd=1), ftrl("9-11")]

    def formula(person, period):
        """The id of the child the caregiver's claim is for (review s24 page L9: a portal must not have to work it
        out): the child named in `pleiepenger_child`, or the family's only child not answered as not needing
        continuous care; empty where several may need care and none is named, and for a caregiver who claims 0 %
        (`pleiepenger_claimed_percent`: no claim, so for no child; the refusal's reason says «claims 0 %»). A share
        claimed below 20 % is a claim for the child, refused (§ 9-11 andre ledd): it names the child."""
        rows = claim_child_row(person, period)
        claimed = person("pleiepenger_claimed_percent", period)
        claims = numpy.logical_not(is_given(claimed) * (claimed <= 0))
        ids = person("person_id", period)
        return numpy.where(claims * (rows >= 0), ids[numpy.maximum(rows, 0)], "")
