"""Conditions common to chapter 9 (ftrl §§ 9-2, 9-3): opptjening, ½G (1 G when midlertidig inaktiv) and age 70.

Pleiepenger and opplæringspenger both rest on them, and on the basis being one the sources settle: not for a member
on arbeidsavklaringspenger.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import MET, UNKNOWN, FactAnswer, from_answer, from_bool, from_known_bool, is_given


class chapter_9_minimum_income_g(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "G"
    label = "Minsteinntekt i G: ½G, eller 1 G for midlertidig inaktiv (the income floor in G: ½G, or 1 G when temporarily inactive)"
    reference = ftrl("9-3", ledd=2)

    def formula(person, period, parameters):
        """The income floor in G: half the grunnbeløp (ftrl § 9-3 andre ledd), or the whole grunnbeløp for a member
        NAV treats as midlertidig inaktiv (ftrl § 8-47 femte ledd as NAV's ft-beregning cites it:
        RegelVurderBeregningsgrunnlag → BeregningsgrunnlagUnderEnG).
        """
        law = parameters(period).folketrygd.sykepenger_common
        inactive = person("is_temporarily_inactive", period) == FactAnswer.yes
        return numpy.where(inactive, law.temporarily_inactive_minimum_income_g, law.minimum_income_g)


class chapter_9_condition_minimum_income(Condition):
    entity = Person
    label = "Beregningsgrunnlaget er minst halvparten av grunnbeløpet, 1 G for midlertidig inaktiv (income basis at least ½G; 1 G when temporarily inactive, § 8-47)"
    reference = ftrl("9-3", ledd=2)

    def formula(person, period, parameters):
        """«Inntektsgrunnlaget for sykepenger … må utgjøre minst 50 prosent av grunnbeløpet» (ftrl § 9-3 andre
        ledd), or the whole grunnbeløp for a member who is midlertidig inaktiv (§ 8-47, as NAV's ft-beregning checks
        it); unknown while the yearly income is not given.
        """
        law = parameters(period).folketrygd
        income = person("chapter_9_income_basis", period)
        floor = person("chapter_9_minimum_income_g", period) * law.grunnbelop
        return from_known_bool(is_given(income), income >= floor)


class chapter_9_condition_opptjening(Condition):
    entity = Person
    label = "Opptjening: i arbeid, eller med dagpenger eller en annen ytelse som regnes som arbeid, minst fire uker rett før fraværet (worked, or received a benefit that counts as work, four weeks immediately before the absence)"
    reference = [ftrl("9-2", ledd=1), ftrl("8-2", ledd=2)]

    def formula(person, period):
        """§ 9-2 applies § 8-2, whose andre ledd reads: «Likestilt med forutgående arbeid er tidsrom da medlemmet har
        mottatt en ytelse til livsopphold etter kapittel 4, 8, 9 eller 14» (nav.no's copy of ftrl chapter 8). Met for a
        member on dagpenger (chapter 4); otherwise the answer to the four weeks of work.
        """
        worked = from_answer(person("has_worked_four_weeks", period))
        employment = person("employment", period)
        return numpy.where(employment == employment.possible_values.dagpenger, MET, worked).astype(numpy.int16)


class chapter_9_condition_basis_settled(Condition):
    entity = Person
    label = "Grunnlaget er avklart: ikke for den som får arbeidsavklaringspenger, som NAV må vurdere (the basis is settled: not for a member on AAP)"
    reference = [ftrl("8-2", ledd=2), ftrl("9-15")]

    def formula(person, period):
        """Unknown for a member on arbeidsavklaringspenger (chapter 11), met for everyone else. § 8-2 andre ledd counts
        benefits under chapters 4, 8, 9 and 14 as work, not AAP; how NAV computes pleiepenger for an AAP receiver was not
        settled by the sources read: NAV's ft-beregning gives AAP a basis of its own (the AAP daily rate × 260, under
        ftrl § 14-7 for foreldrepenger), but § 8-48 and NAV's rule for chapter 9 were not read. So NAV must assess it,
        and the model does not compute it on the old pay.
        """
        employment = person("employment", period)
        on_aap = employment == employment.possible_values.arbeidsavklaringspenger
        return numpy.where(on_aap, UNKNOWN, MET).astype(numpy.int16)


class chapter_9_condition_caregiver_age(Condition):
    entity = Person
    label = "Omsorgspersonen har ikke fylt 70 år (the caregiver is under 70)"
    reference = ftrl("9-3", ledd=1, punktum=2)

    def formula(person, period, parameters):
        """«Det ytes ikke stønad til medlem som er fylt 70 år» (ftrl § 9-3 første ledd andre punktum): met while
        the caregiver is younger.
        """
        return from_bool(person("age", period) < parameters(period).folketrygd.sykepenger_common.maximum_age)
