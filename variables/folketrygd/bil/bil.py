"""Stønad til bil: spesialtilpasset kassebil, gruppe 2 (bilstønadsforskriften FOR-2003-03-07-290; ftrl § 10-7 første ledd bokstav h).

Gruppe 1 (an ordinary car) is only for travel to work or education above
videregående, so a child's own need never gives it. Gruppe 2 is a specially
adapted van with a lift or ramp, lent free of interest and instalments, and
covers daily-life transport: for a wheelchair user who depends on a lift or
ramp, and, since 2012, for "barn og unge under 18 år med sterkt begrenset
gangfunksjon" (budget proposal wording; the forskrift paragraph was not read).
The forskrift covers members who meet ftrl § 10-5 or § 10-6 (§ 1 første ledd,
Lovdata's text read); gruppe 1 and 2 are defined with their conditions in § 2
(Lovdata's text read as far as gruppe 1; the lift-or-ramp condition for gruppe 2
is "forskriftens § 2" in a Storting question of 9 February 2011, stortinget.no).
The function must be varig nedsatt so that public transport is impossible or
very hard, even with a companion. NAV then assesses the transport need: needs
covered by other law (school skyss, travel to treatment) and trips that TT,
taxi or close family can cover do not count (nav.no). So the best outcome is
*to be assessed*. NAV lends the price above 150 000 kr in full and a share of
the first 150 000 kr by the parents' income (amount.py).
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import NAV_KASSEBIL, bilstonadsforskriften, ftrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import NOT_MET, any_of, from_answer
from openfisca_asb.rules.variable_bases import ChildRightStatus


class bil_condition_adapted_van(Condition):
    entity = Person
    label = (
        "Stønad til bil, gruppe 2: avhengig av heis eller rampe, eller barn under 18 år med sterkt begrenset "
        "gangfunksjon (needs a lift or ramp, or a child under 18 with severely limited walking)"
    )
    reference = [bilstonadsforskriften("2"), NAV_KASSEBIL]

    def formula(person, period, parameters):
        """Met for someone who depends on a lift or ramp (any age), or a child under 18 with severely limited
        walking. Kleene OR.
        """
        limit = parameters(period).folketrygd.bil.walking_age_limit
        age = person("age", period)
        child = numpy.where((age >= 0) * (age < limit), from_answer(person("has_severely_limited_walking", period)), NOT_MET)
        return any_of(from_answer(person("needs_car_with_lift_or_ramp", period)), child)


class bil_status(ChildRightStatus):
    entity = Person
    label = "Stønad til bil: spesialtilpasset kassebil, gruppe 2 (an adapted van), status"
    reference = [bilstonadsforskriften(), ftrl("10-7", ledd=1, bokstav="h")]

    def formula(person, period):
        """To be assessed when the conditions are met: the transport need, net of what other schemes and close
        family cover, is NAV's assessment; otherwise as the conditions say.
        """
        return status_from(person("bil_conditions", period), needs_assessment=True)
