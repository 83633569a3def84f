"""Omsorgsopptjening (ftrl § 20-8; forskrift om alderspensjon §§ 3-4, 3-11): conditions and status.

NAV credits pension earnings for care automatically, without a claim, to the parent who
receives the barnetrygd when a child is 0–5 in the year, or 6–18 with forhøyet
hjelpestønad sats 3 or 4 (navikt/omsorgsopptjening-bestem-pensjonsopptjening @ fa346e23).
When the barnetrygd is shared (delt bosted), or the care is for a sick or disabled person
for at least 22 hours a week without those routes, the parents must claim it: to be assessed.

NAV counts months, not the year whole: the automatic routes need barnetrygd for the child in
at least six months of the year, one in its birth year (months.py). In the year the child
turns 18 (born January–June) or dies (before June), that is fewer, and the care-hours route
decides instead. Simplifications: the sats as given holds from January, and the credit
belongs to the caregiver who says they receive all the barnetrygd.
"""

import numpy
from openfisca_core.periods import YEAR

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import any_over_role
from openfisca_asb.rules.provisions import NAV_OMSORGSOPPTJENING_MONTHS, alderspensjonsforskriften, ftrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, all_of, any_of, from_bool, index, is_given
from openfisca_asb.rules.variable_bases import ChildRightStatus


class omsorgsopptjening_condition_caregiver_age(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: omsorgsyteren fyller 17 til 69 år i kalenderåret (the carer turns 17 to 69 this year)"
    reference = ftrl("20-8", ledd=2)

    def formula(person, period, parameters):
        """"Det kan gis pensjonsopptjening ... fra og med det året vedkommende fyller 17 år, til og med det året
        vedkommende fyller 69 år" (ftrl § 20-8 andre ledd): met for a caregiver of that age in the year.
        """
        limits = parameters(period.stop).folketrygd.omsorgsopptjening.age_limits
        age = person("calendar_year_age", period)
        return from_bool(person("is_caregiver", period) * (age >= limits.carer_from) * (age <= limits.carer_to))


class omsorgsopptjening_condition_child(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: familien har et barn å ha omsorg for (the family lists a child; an expected child is not one)"
    reference = ftrl("20-8", ledd=1)

    def formula(person, period):
        """The credit is for care given (ftrl § 20-8 første ledd), here the care of a child in the family: not met
        while the family lists no child (an expected child is not yet cared for)."""
        return person.familie("family_has_child", period)


class omsorgsopptjening_automatic_child(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: et barn som gir opptjening uten krav – 0–5 år i året, eller 6–18 år med forhøyet hjelpestønad sats 3 eller 4 (a child that gives the credit without a claim)"
    # Two routes, two sources: the child under six is ftrl § 20-8 første ledd bokstav a; the child with forhøyet
    # hjelpestønad at sats 3 or 4 is forskrift om alderspensjon § 3-11 første ledd (review s21 M10). Each is cited.
    reference = [ftrl("20-8", ledd=1, bokstav="a"), alderspensjonsforskriften("3-11", ledd=1)]

    def formula(person, period, parameters):
        """Met when the family has a child who has not turned six by the year's end (ftrl § 20-8 første ledd
        bokstav a), or a child aged 6–18 in the year with forhøyet hjelpestønad at one of the two highest
        satser (forskrift om alderspensjon § 3-11 første ledd) that the model does not refuse on the child's need or
        care, and with barnetrygd for that child in at least six months of the year, one in its birth year
        (`omsorgsopptjening_child_condition_months`); not met otherwise. A child who has died counts up to and
        including the year of its death, with the months it had barnetrygd.
        """
        familie = person.simulation.populations["familie"]
        enough_months = index(familie.members("omsorgsopptjening_child_condition_months", period)) == MET
        found = any_over_role(familie, _route_child(familie, period, parameters) * enough_months, Familie.CHILD)
        return from_bool(familie.project(found))


def _route_child(familie, period, parameters):
    """Per member: a child of an automatic route's age and sats who lived in the year – 0–5 in the year, or 6–18
    with forhøyet hjelpestønad sats 3 or 4 the model does not refuse – whatever its months of barnetrygd."""
    limits = parameters(period.stop).folketrygd.omsorgsopptjening.age_limits
    age = familie.members("calendar_year_age", period)
    sats = familie.members("hjelpestonad_decided_sats", period.first_month)
    high_sats = (sats == sats.possible_values.sats_3) + (sats == sats.possible_values.sats_4)
    high_sats = high_sats * numpy.logical_not(_forhoyet_refused(familie, period.first_month))
    young = (age >= 0) * (age <= limits.young_child_to)
    with_sats = (age > limits.young_child_to) * (age <= limits.hjelpestonad_child_to) * high_sats
    lived = familie.members("child_alive_in_year", period)  # a child who died counts to its year of death
    return (young + with_sats) * lived


class omsorgsopptjening_automatic_months_short(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: et barn har alder og sats for opptjening uten krav, men barnetrygd i færre enn 6 av årets måneder (a child of an automatic route's age and rate, but with child benefit in under 6 months of the year)"
    reference = [ftrl("20-8", ledd=1, bokstav="a", punktum=1), NAV_OMSORGSOPPTJENING_MONTHS]

    def formula(person, period, parameters):
        """Met when the family has a child of an automatic route's age and sats who lived in the year, and no child
        gives the credit without a claim: the barnetrygd's months fall short of half the year (NAV's
        AntallMånederRegel), as in the year the child turns 18 early in the year or dies. The care-hours route
        (ftrl § 20-8 første ledd bokstav b, on a claim) decides then."""
        familie = person.simulation.populations["familie"]
        route = familie.project(any_over_role(familie, _route_child(familie, period, parameters), Familie.CHILD))
        return from_bool(route * (person("omsorgsopptjening_automatic_child", period) != MET))


# Forhøyet hjelpestønad's conditions on the child's need and care (ftrl §§ 6-4, 6-5 første ledd), not its age: the
# age is the route's own window, which runs through the year the right ends (forskrift § 3-11 tredje ledd).
FORHOYET_NEED_AND_CARE = ("hjelpestonad_conditions", "forhoyet_hjelpestonad_condition_greater_need",
                          "forhoyet_hjelpestonad_condition_stay_at_home")


def _forhoyet_refused(familie, month):
    """Per member: the family's own answers refuse forhøyet hjelpestønad on the child's need or care (no private
    care, no greater need …), whatever sats they say NAV granted. The sats-3/4 route then follows the model's
    forhøyet hjelpestønad, not the decided sats alone: an answer that refuses the one gives no credit by the other
    (review s21 caseworker M6)."""
    outcomes = [index(familie.members(name, month)) for name in FORHOYET_NEED_AND_CARE]
    return numpy.logical_or.reduce([outcome == NOT_MET for outcome in outcomes])


class omsorgsopptjening_condition_care(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: omsorg for et barn under 6 eller et barn med forhøyet hjelpestønad sats 3 eller 4, med barnetrygd minst halve året, eller minst 22 timer i uken omsorgsarbeid (care that gives pension credit)"
    reference = [ftrl("20-8", ledd=1), alderspensjonsforskriften("3-11", ledd=1), NAV_OMSORGSOPPTJENING_MONTHS]

    def formula(person, period, parameters):
        """Met with a child that gives the credit without a claim (with barnetrygd in at least six months of the year,
        one in its birth year), or with care work for a sick or disabled
        person of at least 22 hours a week (ftrl § 20-8 første ledd bokstav b, on a claim); unknown while the
        hours are not given; not met otherwise.
        """
        minimum = parameters(period.stop).folketrygd.omsorgsopptjening.care_hours_per_week
        automatic = person("omsorgsopptjening_automatic_child", period) == MET
        hours = person("care_hours_per_week", period)
        return numpy.select(
            [automatic, is_given(hours) * (hours >= minimum), numpy.logical_not(is_given(hours))],
            [MET, MET, UNKNOWN],
            NOT_MET,
        ).astype(numpy.int16)


class omsorgsopptjening_condition_child_needs(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: et barn som gir opptjening uten krav, eller et barn med sykdom, skade, funksjonsnedsettelse eller behov ut over andre barn på samme alder (a child whose care can give the credit)"
    reference = [ftrl("20-8", ledd=1), alderspensjonsforskriften("3-11", ledd=1)]

    def formula(person, period):
        """The credit is for the care of a child under six (ftrl § 20-8 første ledd bokstav a) or with forhøyet
        hjelpestønad at sats 3 or 4 (forskrift om alderspensjon § 3-11 første ledd), or for care of a sick or disabled
        person (bokstav b): not met when no child gives the credit without a claim and the family says no, for each
        child who lived in the year, to an illness, injury or disability or needs beyond other children of the same
        age (ADR 0026). Kleene OR."""
        return any_of(
            person("omsorgsopptjening_automatic_child", period),
            person.familie("family_has_child_with_needs_in_year", period),
        )


class omsorgsopptjening_condition_barnetrygd(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: omsorgsyteren får barnetrygden for barnet, når opptjeningen gis uten krav (the carer receives the child benefit, for the automatic routes)"
    reference = [ftrl("20-8", ledd=1, bokstav="a", punktum=3), alderspensjonsforskriften("3-11", ledd=2, punktum=1)]

    def formula(person, period):
        """"Opptjening gis den som mottar barnetrygd for barnet" (ftrl § 20-8 første ledd bokstav a tredje punktum);
        "Omsorgsopptjening etter første ledd gis den av foreldrene som mottar barnetrygd for barnet" (forskrift om
        alderspensjon § 3-11 andre ledd første punktum, for forhøyet hjelpestønad): met when the caregiver receives
        all or part of it, or when only the claim route applies (care hours); not met when the other parent receives
        it; unknown when not given.
        """
        receipt = person("barnetrygd_receipt", period)
        kind = receipt.possible_values
        automatic = person("omsorgsopptjening_automatic_child", period) == MET
        return numpy.select(
            [numpy.logical_not(automatic), receipt == kind.unknown, receipt == kind.none],
            [MET, UNKNOWN, NOT_MET],
            MET,
        ).astype(numpy.int16)


class omsorgsopptjening_conditions(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: alle vilkår (all conditions, combined)"
    reference = ftrl("20-8")

    def formula(person, period):
        """The carer's age, a child in the family, a child whose care can give the credit, care that gives it, and
        the barnetrygd where the credit is automatic. Kleene AND."""
        return all_of(
            person("omsorgsopptjening_condition_caregiver_age", period),
            person("omsorgsopptjening_condition_child", period),
            person("omsorgsopptjening_condition_child_needs", period),
            person("omsorgsopptjening_condition_care", period),
            person("omsorgsopptjening_condition_barnetrygd", period),
        )


class omsorgsopptjening_is_automatic(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening gis uten krav: et barn som gir det, og omsorgsyteren får hele barnetrygden (credited without a claim)"
    reference = [
        ftrl("20-8", ledd=1, bokstav="a", punktum=3),
        alderspensjonsforskriften("3-11", ledd=1),
        alderspensjonsforskriften("3-4", ledd=3),
    ]

    def formula(person, period):
        """Without a claim when a child gives the credit and the caregiver receives all the barnetrygd; with
        shared barnetrygd the parents must claim and say who gets it (forskrift § 3-4 tredje ledd).
        """
        receipt = person("barnetrygd_receipt", period)
        full = receipt == receipt.possible_values.full
        return from_bool((person("omsorgsopptjening_automatic_child", period) == MET) * full)


class omsorgsopptjening_status(ChildRightStatus, while_alive="omsorgsopptjening_condition_child_lived_in_year"):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening (pension credit for care work), status"
    reference = ftrl("20-8")

    def formula(person, period):
        """Entitled when NAV credits it without a claim; to be assessed when the conditions are met but the
        parents must claim (shared barnetrygd, or care hours); otherwise as the conditions say.
        """
        claim_needed = person("omsorgsopptjening_is_automatic", period) != MET
        return status_from(person("omsorgsopptjening_conditions", period), needs_assessment=claim_needed)
