"""A day paid as opplæringspenger is not paid as pleiepenger too (ftrl §§ 9-11, 9-14, 9-15; review s23 caseworker H2).

Both replace the income lost from work (§ 9-1) and are graded by the working time lost (§ 9-11; opplæringspenger
as sykepenger, NAV's rundskriv), at 100 % of the same basis (§ 9-15). On a training day the caregiver is away from work
for the training, the whole day: opplæringspenger pay that day in full (the model counts a training day whole,
opplaeringspenger/amount.py), so nothing of it is left for pleiepenger. A caregiver's pleiepenger are paid for the
weekdays with a right less her training days that opplæringspenger pay; a grade of 60 % with a five-day course in a
month of 21 weekdays is 16 × the graded day, the course 5 × the full day — never 160 % of a day.

NAV runs both through one uttak: opplæringspenger are a ytelsetype of the pleiepenger uttak
(navikt/pleiepenger-barn-uttak @ b476489b8b3103b7b53df66f621177dcfc887981, kontrakter/…/Uttaksplan.kt
`YtelseType.OLP`), where the grades granted on the other claims for the same child are taken from the care need
before a claim is graded (regler/…/UtledAndrePartersTilsyn.kt); k9-sak reopens a pleiepenger case when an
opplæringspenger decision for the same child changes its uttak, and the other way round
(VurderOmPleiepengerVedtakPåvirkerAndreSakerTjeneste, `ytelsesSpesifiktFilter`; read through the code search, no
commit known). nav.no counts days of opplæringspenger between pleiepenger periods as no break in them
(navikt/navno-prototype @ f551247eb10f9e2e82ba9d78f39866611b347855, src/pages/produkt/kapittel/kapittel-4.md): days
with one are days without the other.

With only the number of training days given (not the dates), they are taken to fall on weekdays with a right to
pleiepenger: the model cannot tell a course after the child's 18th birthday from one before it.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status


class pleiepenger_training_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Pleiepenger: hverdager i måneden omsorgspersonen får opplæringspenger for, og derfor ikke pleiepenger (weekdays paid as opplæringspenger this month, so not as pleiepenger)"
    reference = [ftrl("9-11"), ftrl("9-14"), ftrl("9-15")]

    def formula(person, period):
        """The caregiver's training days in the month where she is entitled to opplæringspenger for them; 0
        otherwise (a training day not paid as opplæringspenger takes nothing from pleiepenger)."""
        paid = person("opplaeringspenger_status", period) == Status.entitled
        return numpy.where(paid, numpy.maximum(person("opplaeringspenger_training_days", period), 0), 0).astype(int)


class pleiepenger_paid_weekdays(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Pleiepenger: virkedager i måneden pleiepengene betales for – dagene med rett uten dagene med opplæringspenger (weekdays paid: those with a right less those paid as opplæringspenger)"
    reference = [ftrl("9-10", ledd=(1, 4)), ftrl("9-11"), ftrl("9-14")]

    def formula(person, period):
        """The weekdays with a right (pleiepenger_weekdays) less the caregiver's days paid as opplæringspenger, not
        below 0."""
        return numpy.maximum(person("pleiepenger_weekdays", period) - person("pleiepenger_training_days", period), 0)
