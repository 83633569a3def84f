"""The credit (ftrl § 20-8 første ledd): 18.1 % of 4.5 G a calendar year, and why."""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import YEAR

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import any_over_role
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import (
    NAV_OMSORGSOPPTJENING,
    NAV_OMSORGSOPPTJENING_MONTHS,
    NOU_2018_18_TRYGD,
    alderspensjonsforskriften,
    ftrl,
)
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import MET, NOT_MET, is_given
from openfisca_asb.rules.variable_bases import BenefitReason, YearlyAmount


class omsorgsopptjening_credit_basis(YearlyAmount):
    entity = Person
    label = "Omsorgsopptjening: beløpet opptjeningen regnes av, 4,5 G med årets gjennomsnittlige G (the amount the credit is counted from: 4.5 times the year's average G)"
    reference = ftrl("20-8", ledd=1)

    def formula(person, period, parameters):
        """4.5 times G (ftrl § 20-8 første ledd: "et beløp på 4,5 ganger grunnbeløpet"), with the year's average
        G; which G NAV applies is not established.
        """
        law = parameters(period.stop).folketrygd
        average_g = parameters(period.start).folketrygd.grunnbelop_average
        return person.filled_array(whole_kroner(law.omsorgsopptjening.credit.basis_g * average_g))


def _credit(person, period, parameters):
    rate = parameters(period.stop).folketrygd.omsorgsopptjening.credit.accrual_rate
    return whole_kroner(rate * person("omsorgsopptjening_credit_basis", period))


class omsorgsopptjening_amount(YearlyAmount):
    entity = Person
    label = "Omsorgsopptjening: økning i pensjonsbeholdningen for året, 18,1 % av 4,5 G (the year's addition to the pension account)"
    reference = ftrl("20-8", ledd=1)

    def formula(person, period, parameters):
        """18.1 % of 4.5 G (ftrl § 20-8 første ledd), in whole kroner, when NAV credits it without a claim."""
        entitled = person("omsorgsopptjening_status", period) == Status.entitled
        return numpy.where(entitled, _credit(person, period, parameters), 0)


class omsorgsopptjening_amount_min(YearlyAmount):
    entity = Person
    label = "Omsorgsopptjening, laveste mulige beløp mens kravet vurderes: 0 (lowest possible credit while a claim is assessed)"
    reference = ftrl("20-8", ledd=1)

    def formula(person, period):
        """While the parents must claim, NAV may credit the other parent or refuse: the lowest is 0."""
        return person.filled_array(0.0)


class omsorgsopptjening_amount_max(YearlyAmount):
    entity = Person
    label = "Omsorgsopptjening, høyeste mulige beløp mens kravet vurderes: 18,1 % av 4,5 G (highest possible credit while a claim is assessed)"
    reference = ftrl("20-8", ledd=1)

    def formula(person, period, parameters):
        """While the claim is assessed, the most the caregiver can be credited: the full year's credit."""
        assessed = person("omsorgsopptjening_status", period) == Status.to_be_assessed
        return numpy.where(assessed, _credit(person, period, parameters), 0)


class OmsorgsopptjeningReason(Enum):
    none = "Ingen særskilt regel (no particular rule)"
    automatic_child_under_6 = "Uten krav: barn under 6 år og barnetrygd (automatic: a child under 6 and the child benefit)"
    automatic_forhoyet_hjelpestonad = "Uten krav: forhøyet hjelpestønad sats 3 eller 4 og barnetrygd (automatic: forhøyet hjelpestønad rate 3 or 4)"
    automatic_income_above_credit = "Uten krav, men egen inntekt over 4,5 G: gir ikke noe ekstra (automatic, but one's own income above 4.5 G: adds nothing)"
    claim_shared_barnetrygd = "Delt barnetrygd: foreldrene må kreve og si hvem som skal ha opptjeningen (shared child benefit: the parents must claim)"
    automatic_needs_six_months = "Barnetrygd under 6 av årets måneder: ikke uten krav, søk for omsorgsarbeidet (child benefit in under 6 months of the year: not without a claim)"
    fosterhjem_paid_care = "Fosterforelder: omsorgen må i utgangspunktet være ulønnet, og barnevernets godtgjøring og forsterkning vurderes (a foster parent: the care must as a rule be unpaid; barnevernet's pay is weighed)"
    claim_care_hours = "Omsorgsarbeid minst 22 timer i uken: må søkes (care of at least 22 hours a week: a claim is needed)"
    other_parent_receives_barnetrygd = "Den andre forelderen får barnetrygden og opptjeningen (the other parent receives the child benefit and the credit)"
    caregiver_age = "Omsorgsyteren er under 17 eller over 69 år i året (the carer is outside ages 17–69)"


class omsorgsopptjening_reason(BenefitReason, values=OmsorgsopptjeningReason):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: hvilken regel som ga eller stengte opptjeningen (the rule that gave or refused the credit)"
    reference = [ftrl("20-8"), alderspensjonsforskriften("3-4", ledd=(1, 3)), NAV_OMSORGSOPPTJENING, NAV_OMSORGSOPPTJENING_MONTHS,
                 NOU_2018_18_TRYGD]

    def formula(person, period, parameters):
        """Why: the carer's age; the other parent receiving the barnetrygd; a credit without a claim that adds nothing
        to an income of 4.5 G or more; a credit without a claim for a child under 6 or with forhøyet hjelpestønad
        sats 3 or 4; or a claim needed: shared barnetrygd (forskrift § 3-4 tredje ledd, whether the right is to be
        assessed or still missing information), barnetrygd in fewer than six months of the year for the child of an
        automatic route (the year it turns 18 or dies early in the year: NAV's AntallMånederRegel, whether to be
        assessed or still missing the care hours), a foster parent's care hours (the care must as a rule be unpaid,
        and barnevernet pays for it: nav.no; NOU 2018: 18 9.2), or care hours.
        """
        r = OmsorgsopptjeningReason
        status = person("omsorgsopptjening_status", period)
        automatic = person("omsorgsopptjening_is_automatic", period) == MET
        young = _has_young_child(person, period, parameters)
        receipt = person("barnetrygd_receipt", period)
        caregiver = person("is_caregiver", period)
        # Open: to be assessed, or missing information. With shared barnetrygd the credit is never automatic, so the
        # parents are told to claim and agree even while other facts are missing (review s22 M3).
        open_ = (status == Status.to_be_assessed) + (status == Status.missing_information)
        return numpy.select(
            [
                caregiver * (person("omsorgsopptjening_condition_caregiver_age", period) == NOT_MET),
                person("omsorgsopptjening_condition_barnetrygd", period) == NOT_MET,
                automatic * _income_at_least_the_basis(person, period),
                automatic * young,
                automatic,
                open_ * (receipt == receipt.possible_values.shared),
                open_ * (person("omsorgsopptjening_automatic_months_short", period) == MET),
                (status == Status.to_be_assessed) * person("cares_for_foster_child", period),
                status == Status.to_be_assessed,
            ],
            [
                r.caregiver_age.index,
                r.other_parent_receives_barnetrygd.index,
                r.automatic_income_above_credit.index,
                r.automatic_child_under_6.index,
                r.automatic_forhoyet_hjelpestonad.index,
                r.claim_shared_barnetrygd.index,
                r.automatic_needs_six_months.index,
                r.fosterhjem_paid_care.index,
                r.claim_care_hours.index,
            ],
            r.none.index,
        )


def _income_at_least_the_basis(person, period):
    """The caregiver's own yearly income, as given, is at least the 4.5 G the credit is counted from. NAV: «Hvis du har
    høyere arbeidsinntekt enn 4,5 G, får du ikke ekstra pensjonsopptjening selv om du får innvilget omsorgsopptjening»
    and «Har du allerede opptjening som er lik eller større enn omsorgsopptjeningen, vil ikke omsorgsopptjeningen få
    betydning for opptjeningen det året» (navikt/navno-prototype, omsorgsopptjening/innhold/02-hva-kan-du-fa.md; nav.no:
    «blir pensjonsoppteninga basert på lønnsinntekta di i staden»). The income given (the chapter 9 basis) stands for
    the pensjonsgivende inntekt: the model's reading (review s21 caseworker L3)."""
    income = person("yearly_income", period.first_month)
    return is_given(income) * (income >= person("omsorgsopptjening_credit_basis", period))


def _has_young_child(person, period, parameters):
    limit = parameters(period.stop).folketrygd.omsorgsopptjening.age_limits.young_child_to
    familie = person.simulation.populations["familie"]
    age = familie.members("calendar_year_age", period)
    lived = familie.members("child_alive_in_year", period)
    return familie.project(any_over_role(familie, (age >= 0) * (age <= limit) * lived, Familie.CHILD))
