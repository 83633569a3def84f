"""Opplæringspenger (ftrl § 9-14; § 9-13 before 1 Oct 2017): conditions and status, per caregiver.

Opptjening, the ½G floor and the age limit of 70 follow from §§ 9-2 and 9-3, as
for pleiepenger. There is no age limit for the child.
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import count_with_role, max_over_role
from openfisca_asb.rules.provisions import NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016, ftrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import NOT_MET, UNKNOWN, all_of, any_of, from_answer, from_bool, from_known_bool, index, is_given
from openfisca_asb.rules.variable_bases import ChildRightStatus


class opplaeringspenger_child_condition_illness(Condition):
    entity = Person
    label = "Opplæringspenger (barnet): funksjonshemning eller langvarig sykdom, over ett år (disability or long-term illness)"
    # «Langvarig» is the statute's word; «vare over ett år» is NAV's rundskriv (provisions.py), shown beside it.
    reference = [ftrl("9-14", ledd=1), NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016]
    # A lasting illness (varig, ftrl § 6-4) is also long-term, so either answer suffices.

    def formula(person, period):
        """The child has a disability or a long-term illness (ftrl § 9-14), answered directly or through the
        lasting-illness fact. Kleene OR.
        """
        return any_of(
            from_answer(person("has_long_term_illness_or_disability", period)),
            from_answer(person("has_lasting_illness", period)),
        )


class opplaeringspenger_condition_caregiver_role(Condition):
    entity = Person
    label = "Opplæringspenger: omsorg for barnet (the person is a caregiver in the child's family)"
    reference = ftrl("9-14", ledd=1)

    def formula(person, period):
        """The person must have the care of the child (ftrl § 9-14): met for a caregiver in a family that lists a
        child; not met while it lists none (an expected child is not yet cared for)."""
        return all_of(from_bool(person("is_caregiver", period)), person.familie("family_has_child", period))


class opplaeringspenger_condition_child_illness(Condition):
    entity = Person
    label = "Opplæringspenger: barnet har en funksjonshemning eller langvarig sykdom, over ett år (a child with a disability or long-term illness)"
    reference = [ftrl("9-14", ledd=1), NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016]

    def formula(person, period):
        """A child in the family has a disability or a long-term illness; the best outcome among the family's
        children; unknown (not reached) while the family lists no child: the care of a child is what fails.
        """
        familie = person.simulation.populations["familie"]
        alive = index(familie.members("child_alive", period)) != NOT_MET  # a child who has died is cared for no more
        outcome = numpy.where(alive, index(familie.members("opplaeringspenger_child_condition_illness", period)), NOT_MET)
        best = max_over_role(familie, outcome, Familie.CHILD)
        has_child = count_with_role(familie, Familie.CHILD) > 0
        return familie.project(numpy.where(has_child, numpy.maximum(best, NOT_MET), UNKNOWN)).astype(numpy.int16)


class opplaeringspenger_condition_training_share(Condition):
    entity = Person
    label = "Opplæringspenger: opplæringen utgjør minst 20 % av en arbeidsuke (training at least 20 % of a week)"
    # The 20 % is NAV's rundskriv to the section (2016, then § 9-13): «opplæring eller kurs som utgjør mindre enn 20
    # prosent per uke (til sammen 1 dag), ikke kan dekkes»; travel time counts. Cited as the training condition's
    # ledd, with the rundskriv as the source of the figure (review s24 law L6).
    reference = [ftrl("9-14", ledd=1), NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016]

    def formula(person, period, parameters):
        """Training below 20 % of a working week is not covered (NAV's rundskriv to ftrl § 9-14); unknown while
        the share is neither answered nor given by the training periods (training_days.py).
        """
        floor = parameters(period).folketrygd.opplaeringspenger.minimum_training_share_percent - 1e-4
        share = person("opplaeringspenger_training_share", period)
        return from_known_bool(is_given(share), share >= floor)


class opplaeringspenger_status(ChildRightStatus, while_alive="caregiver_child_alive"):
    entity = Person
    label = "Opplæringspenger (training allowance for caregivers of a sick or disabled child), status"
    reference = ftrl("9-14")

    def formula(person, period):
        """Entitled when every condition is met, to be assessed when they are but NAV must assess the basis
        (arbeidsavklaringspenger, work beside dagpenger, or a self-employed income changed lastingly:
        chapter_9_basis_to_be_assessed), or the caregiver is a foster parent with forsterkning from barnevernet, who
        may have little or no income lost from work to replace (§ 9-3; variables/common/fosterhjem.py); otherwise as
        the conditions say."""
        assessed = person("chapter_9_basis_to_be_assessed", period) + person("foster_parent_with_forsterkning", period)
        return status_from(person("opplaeringspenger_conditions", period), needs_assessment=assessed)
