"""The calculation basis (beregningsgrunnlag) behind the chapter-9 daily rate, and who is paid (ftrl § 9-15).

As NAV's ft-beregning computes it (navikt/ft-beregning @ e487bf44c5b61128af9da3a7b44680597e971c6b,
beregningsregler/.../reduksjon/FastsettDagsatsPrAndel.java and regelmodell/fastsett/
BeregningsgrunnlagPrArbeidsforhold.java): the yearly basis is capped at 6 G (the grenseverdi,
Konstanter.antallGØvreGrenseverdi = 6); when the employer pays salary during the leave and claims
a refund (refusjonskrav), that share of the capped basis goes to the employer and the rest to the
member, each divided by 260 (ytelsedagerIPrÅr) and rounded to whole kroner, HALF_UP, on its own.
The refund claim is a caseworker's input; without it everything is paid to the member.
"""

import numpy
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import NOT_GIVEN, is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount


class employer_refund_claim_yearly(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    unit = "currency-NOK"
    label = "Refusjonskrav: årlig lønn arbeidsgiveren betaler under fraværet og krever refundert fra NAV (the employer's yearly refund claim; -1 when not given)"
    reference = ftrl("9-15")


class chapter_9_basis_before_cap(MonthlyAmount):
    entity = Person
    label = "Beregningsgrunnlag per år før 6G-grensen (yearly calculation basis before the 6 G cap; 0 while the income is not given)"
    reference = ftrl("9-15")

    def formula(person, period):
        """The yearly income basis the caregiver gives (computed as for sykepenger, ftrl § 9-15), before any cap."""
        income = person("yearly_income", period)
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


class chapter_9_refund_share_yearly(MonthlyAmount):
    entity = Person
    label = "Den delen av beregningsgrunnlaget som refunderes arbeidsgiveren, per år (the share of the capped basis refunded to the employer)"
    reference = ftrl("9-15")

    def formula(person, period):
        """The employer's refund claim, at most the capped basis (NAV's refusjon/over6g rules keep the sum within
        6 G); 0 without a claim.
        """
        claim = person("employer_refund_claim_yearly", period)
        capped = person("chapter_9_basis_after_cap", period)
        return numpy.where(is_given(claim), numpy.minimum(numpy.maximum(claim, 0), capped), 0)


class chapter_9_daily_rate_to_employer(MonthlyAmount):
    entity = Person
    label = "Dagsats som refunderes arbeidsgiveren: refusjonsandelen / 260, hele kroner (daily rate refunded to the employer)"
    reference = ftrl("9-15")

    def formula(person, period, parameters):
        """The refunded share of the basis divided by 260, rounded half up to whole kroner on its own
        (ft-beregning: dagsatsArbeidsgiver = redusertRefusjonPrÅr / 260, HALF_UP).
        """
        days = parameters(period).folketrygd.sykepenger_common.working_days_per_year
        return whole_kroner(person("chapter_9_refund_share_yearly", period) / days)


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
        return whole_kroner(rest / days)
