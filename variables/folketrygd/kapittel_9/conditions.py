"""Conditions common to chapter 9 (ftrl §§ 9-2, 9-3): opptjening, ½G (1 G when midlertidig inaktiv) and age 70.

Pleiepenger and opplæringspenger both rest on them, and on the basis being one the model computes: not for a member
on arbeidsavklaringspenger, nor for one with work beside dagpenger, nor for a self-employed member whose income changed
lastingly by more than 25 %, whose basis NAV must assess (`to be assessed`).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import SELF_EMPLOYED_LASTING_CHANGE, ftrl
from openfisca_asb.rules.tristate import MET, UNKNOWN, FactAnswer, from_answer, from_bool, from_known_bool, is_given
from openfisca_asb.rules.work_situations import IN_WORK, on, work_kind


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
        mottatt en ytelse til livsopphold etter kapittel 4, 8, 9 eller 14» (nav.no's copy of ftrl chapter 8), but
        «Dette gjelder imidlertid ikke foreldrepenger som er opptjent på grunnlag av arbeidsavklaringspenger etter
        kapittel 11» (lovkommentar.no on § 8-2). The answer to the four weeks decides, for a member on dagpenger too:
        it is the time on dagpenger in the four weeks just before the absence that counts, not being on them now
        (review s22 law L2); the question names the benefits that count and the exception.
        """
        return from_answer(person("has_worked_four_weeks", period))


class chapter_9_basis_to_be_assessed(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Grunnlaget må vurderes av NAV: arbeidsavklaringspenger, dagpenger og arbeid ved siden av, eller næringsinntekt fastsatt ved skjønn: avvik over 25 % etter en varig endring eller oppstart, eller ny i arbeidslivet (the basis is NAV's to assess: AAP, dagpenger with work beside them, or a self-employed basis set by discretion)"
    reference = [ftrl("9-15"), ftrl("8-49"), SELF_EMPLOYED_LASTING_CHANGE]

    def formula(person, period):
        """True for a member on arbeidsavklaringspenger, and for one with work beside dagpenger. AAP: § 8-2 andre
        ledd counts benefits under chapters 4, 8, 9 and 14 as work, not AAP, and how NAV computes pleiepenger for an
        AAP receiver was not settled by the sources read (NAV's ft-beregning gives AAP a basis of its own, the AAP
        daily rate × 260, under ftrl § 14-7 for foreldrepenger; § 8-48 and NAV's chapter-9 rule were not read).
        Dagpenger with work beside: ft-beregning adds the work's own basis and the dagpenger × 260 × the average
        payment grade of the last two weeks (FP_BR_10.2, ForeslåBeregningsgrunnlagDPellerAAPKombinasjonMedAnnen-
        Status: «dagsats … * snitt utbetalingsgrad i forutgående periode»), a grade the family's facts do not give.
        A self-employed member whose income after a lasting change deviates more than 25 % from the three-year average,
        or who is new in working life: NAV sets the basis by skjønn (ftrl § 8-35 tredje ledd, self_employed_basis.py).
        """
        works_beside = numpy.isin(work_kind(person, period), IN_WORK)
        changed = on(person, period, "self_employed") * person("self_employed_basis_by_skjonn", period)
        return on(person, period, "arbeidsavklaringspenger") + on(person, period, "dagpenger") * works_beside + changed


class chapter_9_condition_basis_settled(Condition):
    entity = Person
    label = "Grunnlaget kan avklares: for den som får dagpenger, er det kjent om det er arbeid ved siden av (for a member on dagpenger, whether there is work beside them is known)"
    reference = [ftrl("9-15"), ftrl("8-49")]

    def formula(person, period):
        """Unknown while a member on dagpenger has not said whether she works beside them: without work the basis is
        the dagpenger (§ 8-49), with work NAV must assess it (chapter_9_basis_to_be_assessed); met for everyone
        else.
        """
        open_ = on(person, period, "dagpenger") * (work_kind(person, period) == "unknown")
        return numpy.where(open_, UNKNOWN, MET).astype(numpy.int16)


class chapter_9_condition_income_floor(Condition):
    entity = Person
    label = "Inntektsgrensen: minst ½G, eller grunnlaget er NAVs å vurdere (the ½G floor, or the basis is NAV's to assess)"
    reference = ftrl("9-3", ledd=2)

    def formula(person, period):
        """The ½G floor (chapter_9_condition_minimum_income), or met where NAV must assess the basis, the floor with
        it (chapter_9_basis_to_be_assessed): the right is then «to be assessed», not missing a figure no answer here
        could give (review s22 law M1).
        """
        assessed = person("chapter_9_basis_to_be_assessed", period)
        return numpy.where(assessed, MET, person("chapter_9_condition_minimum_income", period)).astype(numpy.int16)


class chapter_9_condition_caregiver_age(Condition):
    entity = Person
    label = "Omsorgspersonen har ikke fylt 70 år (the caregiver is under 70)"
    reference = ftrl("9-3", ledd=1, punktum=2)

    def formula(person, period, parameters):
        """«Det ytes ikke stønad til medlem som er fylt 70 år» (ftrl § 9-3 første ledd andre punktum): met while
        the caregiver is younger.
        """
        return from_bool(person("age", period) < parameters(period).folketrygd.sykepenger_common.maximum_age)
