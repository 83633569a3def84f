"""Stønad til bil, gruppe 2: how much of the means-tested part of the van's price NAV lends.

NAV lends the part of the price above 150 000 kr in full; "De første 150 000
kronene behovsprøves" on income (nav.no). The share it lends of those first
150 000 kr follows the income bands in G (nav.no's table «Inntekter mellom …
Lån/tilskudd i prosent»: 0–3 G 100 %, … 5.5–6 G 20 %); above 6 G nothing, and
"egenandelen ved rente- og avdragsfritt lån blir på 150 000 kroner". For a child
"Foreldrenes inntekt legges til grunn". The egenandel is what NAV does not lend.

The income NAV uses is the parents' alminnelig inntekt før særfradrag, and a
secondary source says NAV also takes account of supporting children under 18
(how was not found). The model reads the household's income before deductions
(`household_income`), which is at least the parents' alminnelig inntekt; a
higher income can only give a lower share. So the share from it is the least
NAV lends (the lower end of the range); the upper end is the whole means-tested
part. Both are shown only while NAV assesses the van (status to_be_assessed).
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import NAV_KASSEBIL, bilstonadsforskriften, ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import BenefitReason, MonthlyAmount


class BilReason(Enum):
    none = "Ingen særskilt regel (no binding rule)"
    income_not_given = "Inntekten er ikke oppgitt (income not given)"
    no_own_share = "Inntekt til og med 3 G: ingen egenandel (income up to 3 G: no own share)"
    own_share_by_income = "Inntekt mellom 3 og 6 G: egenandel etter inntekt (income between 3 and 6 G: own share by income)"
    full_own_share = "Inntekt over 6 G: egenandel på hele den behovsprøvde delen (income above 6 G: the whole means-tested part)"


def loan_share(income, law):
    """The share of the means-tested part NAV lends at `income` (kroner a year): the first band whose upper
    limit in G the income does not exceed; 0 above the last band."""
    multiple = income / law.grunnbelop
    bands = law.bil.income_bands
    limits = [bands[band].up_to for band in bands]
    shares = [bands[band].loan_share for band in bands]
    return numpy.select([multiple <= limit for limit in limits], shares, 0.0)


class bil_means_tested_loan_min(MonthlyAmount):
    entity = Person
    label = (
        "Stønad til bil, gruppe 2: minste lån til den behovsprøvde delen av bilprisen, etter husholdningens inntekt "
        "(least loan for the means-tested part of the van's price; 0 when the income is not given)"
    )
    reference = [bilstonadsforskriften(), NAV_KASSEBIL]

    def formula(person, period, parameters):
        """While NAV assesses the van: the share of the means-tested part (150 000 kr) that the income band of
        the household's yearly income in G gives (0–3 G 100 %, … 5.5–6 G 20 %, above 6 G 0), in whole kroner;
        0 when the income is not given or the van is not being assessed.
        """
        law = parameters(period).folketrygd
        income = person.familie("household_income", period)
        assessed = person("bil_status", period) == Status.to_be_assessed
        loan = whole_kroner(loan_share(numpy.maximum(income, 0), law) * law.bil.means_tested_part)
        return numpy.where(assessed * is_given(income), loan, 0)


class bil_means_tested_loan_max(MonthlyAmount):
    entity = Person
    label = "Stønad til bil, gruppe 2: største lån til den behovsprøvde delen av bilprisen (the whole means-tested part)"
    reference = [bilstonadsforskriften(), NAV_KASSEBIL]

    def formula(person, period, parameters):
        """While NAV assesses the van: the whole means-tested part of the price (150 000 kr), which NAV lends in
        full at an income up to 3 G; 0 otherwise.
        """
        assessed = person("bil_status", period) == Status.to_be_assessed
        return numpy.where(assessed, parameters(period).folketrygd.bil.means_tested_part, 0)


class bil_reason(BenefitReason, values=BilReason):
    entity = Person
    label = "Stønad til bil: hva som avgjør lånet til den behovsprøvde delen (what bound the loan for the means-tested part)"
    reference = [bilstonadsforskriften(), ftrl("10-7", ledd=1, bokstav="h")]

    def formula(person, period, parameters):
        """While NAV assesses the van: the household's income not given; up to 3 G (no own share); above 6 G
        (the whole means-tested part is the own share); in between (an own share by income band).
        """
        law = parameters(period).folketrygd
        income = person.familie("household_income", period)
        assessed = person("bil_status", period) == Status.to_be_assessed
        share = loan_share(numpy.maximum(income, 0), law)
        given = assessed * is_given(income)
        return numpy.select(
            [assessed * numpy.logical_not(is_given(income)), given * (share >= 1), given * (share <= 0), given],
            [
                BilReason.income_not_given.index,
                BilReason.no_own_share.index,
                BilReason.full_own_share.index,
                BilReason.own_share_by_income.index,
            ],
            BilReason.none.index,
        )
