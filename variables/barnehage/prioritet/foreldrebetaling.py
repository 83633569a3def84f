"""Foreldrebetaling for the place the priority admission is for: the most the family can be charged a month.

"Foreldrebetaling for en plass i barnehage skal ikke settes høyere enn en
maksimalgrense", set in Stortinget's yearly budget, for a full-time place of 41
hours a week or more; kost comes in addition (forskrift om foreldrebetaling § 1).
A household may also pay no more than 6 % of its total yearly income for a place
(the national reduction since 2015; the kommune's decision on application), and
the yearly maximum is paid over eleven months. So the most is the lower of the
maximum price and 6 % of the yearly income / 11. The kommune may charge less, the
most spread-out kommuner have a lower maximum from August 2024, Nord-Troms and
Finnmark have free barnehage, and siblings and gratis kjernetid lower the price:
none of these is known to the model, so the lower end is 0.
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import foreldrebetalingsforskriften
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import BenefitReason, MonthlyAmount


class BarnehageFeeReason(Enum):
    none = "Ingen særskilt regel (no binding rule)"
    maximum_price = "Maksimalprisen gjelder (the maximum price applies)"
    reduced_by_income = "Redusert foreldrebetaling: høyst 6 % av inntekten (reduced fee: at most 6 % of income)"


def income_cap(income, fees):
    """The monthly fee that makes the yearly payment (eleven months) the income share limit (percent) of `income`."""
    return whole_kroner(fees.income_share_limit / 100 * income / fees.payments_per_year)


class barnehage_fee_max(MonthlyAmount):
    entity = Person
    label = (
        "Foreldrebetaling i barnehage, høyeste per måned for en heltidsplass: maksimalprisen, eller 6 % av "
        "husholdningens årsinntekt / 11 når det er lavere (the most the family can be charged a month)"
    )
    reference = [foreldrebetalingsforskriften("1"), foreldrebetalingsforskriften("3")]

    def formula(person, period, parameters):
        """The maximum price for a full-time place; when the household's yearly income is given, the lower of
        that and the income share limit (6 %) of the income over eleven monthly payments, in whole kroner.
        """
        fees = parameters(period).barnehage.foreldrebetaling
        income = person.familie("household_income", period)
        capped = numpy.minimum(fees.maximum_price, income_cap(numpy.maximum(income, 0), fees))
        return numpy.where(is_given(income), capped, fees.maximum_price)


class barnehage_prioritet_reason(BenefitReason, values=BarnehageFeeReason):
    entity = Person
    label = "Prioritet i barnehage: hva som avgjør den høyeste foreldrebetalingen (what bounds the highest fee)"
    reference = [foreldrebetalingsforskriften("1"), foreldrebetalingsforskriften("3")]

    def formula(person, period, parameters):
        """While the admission is open (to be assessed or missing information): the reduced fee when the
        household's income gives less than the maximum price, the maximum price otherwise (also when the income
        is not given). None once the answer is settled otherwise.
        """
        fees = parameters(period).barnehage.foreldrebetaling
        income = person.familie("household_income", period)
        status = person("barnehage_prioritet_status", period)
        is_open = (status == Status.to_be_assessed) + (status == Status.missing_information)
        reduced = is_given(income) * (income_cap(numpy.maximum(income, 0), fees) < fees.maximum_price)
        return numpy.select(
            [is_open * reduced, is_open],
            [BarnehageFeeReason.reduced_by_income.index, BarnehageFeeReason.maximum_price.index],
            BarnehageFeeReason.none.index,
        )
