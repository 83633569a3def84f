"""Skolefritidsordning (SFO): opplæringslova 2023 § 4-5 from 1 Aug 2024; 1998 law § 13-7 before.

The kommune must offer SFO before and after school on 1st–4th trinn, and to
children with special needs on 1st–7th trinn (§ 13-7 first ledd, VERBATIM via
Udir; taken to continue in § 4-5, whose number comes from Udir's rundskriv).
It is the kommune's duty to have an offer; admission, opening hours and price
are set in the kommune's own SFO forskrift: not modelled.

12 hours a week are free of parental payment on the lowest trinn: forskrift til
opplæringslova (2006) § 1B-4 until 31 July 2024, then opplæringsforskrifta (2024),
whose section on it was not verified; 1st trinn from Aug 2022, 2nd from Aug 2023,
3rd from Aug 2024 (regjeringen.no id3046440). Free SFO
for pupils with special needs on 5th–7th trinn is SECONDARY with an unverified
start date: not encoded, mentioned in the catalogue only.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import (
    forskrift_til_opplaringslova_2006,
    opplaeringsforskrifta,
    opplaringslova_1998,
    opplaringslova_2023,
)
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.texts import Text
from openfisca_asb.rules.tristate import any_of, from_answer, from_known_bool, is_given
from openfisca_asb.rules.variable_bases import ChildRightStatus


class sfo_condition_grade(Condition):
    entity = Person
    label = "SFO: elev på 1.–7. trinn (a pupil on 1st–7th grade)"
    reference = [opplaringslova_2023("4-5"), opplaringslova_1998("13-7", ledd=1)]

    def formula(person, period, parameters):
        """The kommune must offer SFO on 1st to 7th trinn for pupils with special needs (and to 4th for all);
        not met above; unknown while the grade is not given.
        """
        highest = parameters(period).opplaering.sfo.offer_highest_trinn.special_needs
        grade = person("school_grade", period)
        return from_known_bool(is_given(grade), (grade >= 1) * (grade <= highest))


class sfo_condition_grade_or_special_needs(Condition):
    entity = Person
    label = "SFO: 1.–4. trinn, eller barn med særskilte behov (1st–4th grade, or a child with special needs)"
    reference = [opplaringslova_2023("4-5"), opplaringslova_1998("13-7", ledd=1)]

    def formula(person, period, parameters):
        """On 1st to 4th trinn every pupil has the offer; above that only a child with special needs. Kleene
        OR.
        """
        highest_for_all = parameters(period).opplaering.sfo.offer_highest_trinn.all_pupils
        grade = person("school_grade", period)
        return any_of(
            from_known_bool(is_given(grade), grade <= highest_for_all),
            from_answer(person("has_special_needs_for_sfo", period)),
        )


class sfo_status(ChildRightStatus, conditions="sfo_conditions"):
    entity = Person
    label = "Tilbud om skolefritidsordning (SFO: an after-school programme offer), status"
    reference = [opplaringslova_2023("4-5"), opplaringslova_1998("13-7")]


class sfo_free_hours_per_week(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "hour"
    label = "SFO: timer per uke uten foreldrebetaling (free SFO hours per WEEK on the lowest grades)"
    # The 2006 forskrift until 31 July 2024, opplæringsforskrifta from 1 August 2024 (regjeringen.no id3046440: «Lov og
    # forskrift trer i kraft 1. august»); the 2024 forskrift's section on free SFO was not verified, so none is cited.
    reference = [
        opplaeringsforskrifta(caveat=Text(nb="paragrafen om gratis SFO er ikke verifisert",
                                          en="the section on free SFO is not verified")),
        forskrift_til_opplaringslova_2006("1B-4"),
    ]

    def formula(person, period):
        """No national free SFO hours before the forskrift § 1B-4 rule of August 2022."""
        return person.filled_array(0.0)

    def formula_2022_08(person, period, parameters):
        """From August 2022, an entitled pupil on the grades that have it gets the free hours per week set by
        forskrift til opplæringslova § 1B-4, and from August 2024 by opplæringsforskrifta (1st trinn from 2022, 2nd
        from 2023, 3rd from 2024).
        """
        sfo = parameters(period).opplaering.sfo
        entitled = person("sfo_status", period) == Status.entitled
        grade = person("school_grade", period)
        on_free_grade = (grade >= 1) * (grade <= sfo.free_hours_highest_trinn)
        return numpy.where(entitled * on_free_grade, sfo.free_hours_per_week, 0)
