"""The calculation basis (beregningsgrunnlag) behind the chapter-9 daily rate, and who is paid (ftrl § 9-15).

As NAV's ft-beregning computes it (navikt/ft-beregning @ e487bf44c5b61128af9da3a7b44680597e971c6b,
beregningsregler/.../reduksjon/FastsettDagsatsPrAndel.java and regelmodell/fastsett/
BeregningsgrunnlagPrArbeidsforhold.java): the yearly basis is capped at 6 G (the grenseverdi,
Konstanter.antallGØvreGrenseverdi = 6); when the employer pays salary during the leave and claims
a refund (refusjonskrav), that share of the capped basis goes to the employer and the rest to the
member, each divided by 260 (ytelsedagerIPrÅr) and rounded to whole kroner, HALF_UP, on its own.
The refund claim is a caseworker's input (an amount a year, or "the employer pays salary during the
leave", which refunds the whole capped basis); without either, everything is paid to the member.

A member NAV treats as midlertidig inaktiv of type A (ftrl § 8-47; NAV's kodeverk "8-47 A") is paid
65 % of the graded basis (grenseverdi/FinnGrenseverdi.java: grenseverdi × midlertidigInaktivTypeA-
Reduksjonsfaktor, Konstanter = 0.65); the model applies the factor to the yearly basis paid, before the
division by 260. Which members are type A is the caseworker's input, not read in the law.

A member on dagpenger is paid as much as the dagpenger (ftrl § 9-15 with § 8-49; Prop. 10 L (2019–2020) 3.2: «nivået
på sykepengene etter denne bestemmelsen tilsvarer nivået på dagpengene»). NAV's ft-beregning sets the yearly basis to
the dagpenger's daily rate from the vedtak × 260 (ytelse/dagpengerelleraap/ForeslåBeregningsgrunnlagDPellerAAP.java and
MapDagsatsOgBeregnetPrÅr.java: dagsats × InntektPeriodeType.DAGLIG = 260, hjemmel "§§ 9-9 og 8-49" for chapter 9);
divided by 260 again it gives back the daily rate. Which daily rate the vedtak gives NAV's beregning (with or without
barnetillegg) was not read; NAV's dp-behandling keeps «Avrundet dagsats uten barnetillegg» for Arena
(regel/fastsetting/DagpengenesStørrelse.kt), so the family gives the rate without it. For a member on
arbeidsavklaringspenger, or with work beside dagpenger, the basis is left to NAV: see chapter_9_basis_to_be_assessed
(conditions.py).
"""

import numpy
from openfisca_core.periods import ETERNITY, MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import SELF_EMPLOYED_AVERAGE, ftrl
from openfisca_asb.rules.tristate import NOT_GIVEN, FactAnswer, is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount
from openfisca_asb.rules.work_situations import on


class employer_refund_claim_yearly(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "currency-NOK"
    label = "Refusjonskrav: årlig lønn arbeidsgiveren betaler under fraværet og krever refundert fra NAV (the employer's yearly refund claim)"
    reference = ftrl("9-15")


class chapter_9_basis_from_dagpenger(MonthlyAmount):
    entity = Person
    label = "Beregningsgrunnlag per år for den som får dagpenger: dagpengene per dag × 260 (yearly basis of a member on dagpenger: the daily dagpenger × 260; 0 otherwise or while not given)"
    reference = [ftrl("9-15"), ftrl("8-49")]

    def formula(person, period, parameters):
        """For a member on dagpenger, the dagpenger's daily rate × 260, so that the chapter-9 daily rate equals the
        dagpenger (ftrl § 9-15 with § 8-49; NAV's ft-beregning: dagsats × 260); 0 for anyone else or while the rate is
        not given.
        """
        days = parameters(period).folketrygd.sykepenger_common.working_days_per_year
        daily = person("dagpenger_daily_rate", period)
        on_dagpenger = on(person, period, "dagpenger")
        return numpy.where(on_dagpenger * is_given(daily), numpy.maximum(daily, 0) * days, 0)


class chapter_9_income_basis(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Inntektsgrunnlaget per år: årsinntekten, dagpengene × 260 for den som får dagpenger, eller treårsgjennomsnittet for selvstendig næringsdrivende (yearly income basis; the dagpenger × 260 on dagpenger alone; the three-year average for the self-employed; -1 while not known, and where NAV must assess it)"
    reference = [ftrl("9-15"), ftrl("8-49"), SELF_EMPLOYED_AVERAGE]

    def formula(person, period):
        """The yearly income the caregiver gives (computed as for sykepenger, ftrl § 9-15); for a member on dagpenger
        alone the dagpenger's daily rate × 260 (§ 8-49), not the old pay; for a self-employed member the average of
        three years' pensjonsgivende inntekt (§ 8-35 andre ledd, self_employed_basis.py), or her own figure for it;
        not known (-1) while the figure it needs is not given, and where NAV must assess the basis
        (arbeidsavklaringspenger, work beside dagpenger, or a lasting change of a business: chapter_9_basis_to_be_assessed).
        """
        daily = person("dagpenger_daily_rate", period)
        from_dagpenger = numpy.where(is_given(daily), person("chapter_9_basis_from_dagpenger", period), NOT_GIVEN)
        return numpy.select(
            [person("chapter_9_basis_to_be_assessed", period), on(person, period, "dagpenger"),
             on(person, period, "self_employed")],
            [NOT_GIVEN, from_dagpenger, person("self_employed_income_average", period)],
            person("yearly_income", period),
        )


class chapter_9_basis_before_cap(MonthlyAmount):
    entity = Person
    label = "Beregningsgrunnlag per år før 6G-grensen (yearly calculation basis before the 6 G cap; 0 while the income is not given)"
    reference = ftrl("9-15")

    def formula(person, period):
        """The yearly income basis (computed as for sykepenger, ftrl § 9-15; the dagpenger × 260 on dagpenger,
        § 8-49), before any cap; 0 while it is not known."""
        income = person("chapter_9_income_basis", period)
        return numpy.where(is_given(income), numpy.maximum(income, 0), 0)


class chapter_9_basis_after_cap(MonthlyAmount):
    entity = Person
    label = "Beregningsgrunnlag per år etter 6G-grensen (yearly calculation basis capped at 6 G)"
    reference = ftrl("9-15")

    def formula(person, period, parameters):
        """The yearly basis, at most six times the G in force on the first day of the month (ftrl § 9-15)."""
        law = parameters(period).folketrygd
        cap = law.sykepenger_common.income_cap_g * law.grunnbelop
        return numpy.minimum(person("chapter_9_basis_before_cap", period), cap)


class chapter_9_basis_capped(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Beregningsgrunnlaget er over 6G-grensen (the yearly basis is above the 6 G cap, so G sets the amount)"
    reference = ftrl("9-15")

    def formula(person, period):
        """True when the income basis is above 6 G: only then does G (the cap) set the daily rate; below it a
        higher G changes nothing paid."""
        return person("chapter_9_basis_before_cap", period) > person("chapter_9_basis_after_cap", period)


class chapter_9_basis_follows_g(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "G setter beløpet: grunnlaget er over 6G-grensen, eller er treårsgjennomsnittet for selvstendig næringsdrivende regnet i G (G sets the amount: the basis is above 6 G, or is the self-employed's three-year average counted in G)"
    reference = [ftrl("9-15"), SELF_EMPLOYED_AVERAGE]

    def formula(person, period):
        """True when a change of G changes the basis: above the 6 G cap, and for a self-employed member whose average
        the model counts in G (§ 8-35 andre ledd: each year «reguleres i samsvar med grunnbeløpet»). An amount after an
        unknown adjustment of G is then a lower bound (ADR 0009)."""
        counted_in_g = on(person, period, "self_employed") * is_given(person("self_employed_income_in_g", period))
        return person("chapter_9_basis_capped", period) + counted_in_g


class chapter_9_refund_share_yearly(MonthlyAmount):
    entity = Person
    label = "Den delen av beregningsgrunnlaget som refunderes arbeidsgiveren, per år (the share of the capped basis refunded to the employer)"
    reference = ftrl("9-15")

    def formula(person, period):
        """The employer's refund claim, at most the capped basis (NAV's refusjon/over6g rules keep the sum within
        6 G); without a claim amount, the whole capped basis when the employer pays salary during the leave;
        else 0.
        """
        claim = person("employer_refund_claim_yearly", period)
        capped = person("chapter_9_basis_after_cap", period)
        pays_salary = person("employer_pays_salary_during_leave", period) == FactAnswer.yes
        return numpy.where(is_given(claim), numpy.minimum(numpy.maximum(claim, 0), capped),
                           numpy.where(pays_salary, capped, 0))


class chapter_9_reduction_factor(Variable):
    value_type = float
    default_value = 1.0
    entity = Person
    definition_period = MONTH
    unit = "/1"
    label = "Reduksjonsfaktor for midlertidig inaktiv type A: 0,65, ellers 1 (the share of the graded basis paid: 0.65 for type A, else 1)"
    reference = ftrl("8-47")

    def formula(person, period, parameters):
        """NAV pays a member who is midlertidig inaktiv of type A (ftrl § 8-47, NAV's "8-47 A") 65 % of the
        graded basis (ft-beregning FinnGrenseverdi); everyone else, including type B, in full.
        """
        law = parameters(period).folketrygd.sykepenger_common
        type_a = (person("is_temporarily_inactive", period) == FactAnswer.yes) * (
            person("temporarily_inactive_type_a", period) == FactAnswer.yes)
        return numpy.where(type_a, law.temporarily_inactive_type_a_factor, 1.0)


class chapter_9_daily_rate_to_employer(MonthlyAmount):
    entity = Person
    label = "Dagsats som refunderes arbeidsgiveren: refusjonsandelen / 260, hele kroner (daily rate refunded to the employer)"
    reference = ftrl("9-15")

    def formula(person, period, parameters):
        """The refunded share of the basis divided by 260, rounded half up to whole kroner on its own
        (ft-beregning: dagsatsArbeidsgiver = redusertRefusjonPrÅr / 260, HALF_UP).
        """
        days = parameters(period).folketrygd.sykepenger_common.working_days_per_year
        share = person("chapter_9_refund_share_yearly", period) * person("chapter_9_reduction_factor", period)
        return whole_kroner(share / days)


class chapter_9_daily_rate_to_member(MonthlyAmount):
    entity = Person
    label = "Dagsats som utbetales direkte til omsorgspersonen: resten av grunnlaget / 260, hele kroner (daily rate paid directly to the caregiver)"
    reference = ftrl("9-15")

    def formula(person, period, parameters):
        """The rest of the capped basis divided by 260, rounded half up to whole kroner on its own
        (ft-beregning: dagsatsBruker = redusertBrukersAndelPrÅr / 260, HALF_UP). The two shares can differ by
        1 kr from one rounding of the whole.
        """
        days = parameters(period).folketrygd.sykepenger_common.working_days_per_year
        rest = person("chapter_9_basis_after_cap", period) - person("chapter_9_refund_share_yearly", period)
        return whole_kroner(rest * person("chapter_9_reduction_factor", period) / days)
