"""Stønad til barnetilsyn: the monthly amount (NAV's code, BeregningBarnetilsynUtil.kt).

amount = min(64 % × the month's childcare costs, the maximum for the number of
children with costs), rounded up to whole kroner (RoundingMode.UP). "3" means 3
or more children. NAV first deducts kontantstøtte from the costs and
tilleggsstønad from the result: neither is modelled (a child with a full-time
paid barnehage place has no kontantstøtte).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.care_network import sum_over_children_in_sole_care
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import Document, ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import MET, NOT_MET, index
from openfisca_asb.rules.variable_bases import MonthlyAmount

NAV_CODE = Document("https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/familie/ef/sak/beregning/barnetilsyn/BeregningBarnetilsynUtil.kt")


def _costs(person, period):
    cost = numpy.asarray(person("monthly_childcare_cost", period), dtype=numpy.float64)
    return numpy.round(numpy.maximum(cost, 0.0), 2)


def _children_and_costs(person, period, counted):
    """(number of the caregiver's sole-care children counted with costs, their costs together)."""
    costs = _costs(person, period)
    alive = index(person("child_alive", period)) != NOT_MET  # a child who has died has no childcare costs to cover
    with_costs = counted * (costs > 0) * alive
    return (sum_over_children_in_sole_care(person, period, with_costs),
            sum_over_children_in_sole_care(person, period, costs * with_costs))


def _share_and_maximum(parameters, period, children, costs):
    """(64 % of the costs, the maximum for the number of children with costs)."""
    law = parameters(period).folketrygd.barnetilsyn
    maxima = law.maximum_per_month_by_children
    maximum = numpy.select([children <= 0, children == 1, children == 2],
                           [0, maxima.one_child, maxima.two_children], maxima.three_or_more_children)
    # Round the 64 % share to micro-kroner first, so float noise never rounds a whole krone up.
    return numpy.round(law.coverage_rate * costs, 6), maximum


def _amount(parameters, period, children, costs):
    share, maximum = _share_and_maximum(parameters, period, children, costs)
    return numpy.ceil(numpy.minimum(share, maximum))


class barnetilsyn_children_within_main_rule_with_costs(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Barnetilsyn: antall barn forelderen er alene om, innenfor aldersgrensen og med tilsynsutgifter (children within the age limit with costs)"
    reference = ftrl("15-10")

    def formula(person, period):
        """How many of the caregiver's sole-care children are within the age limit and cost something."""
        within = person("barnetilsyn_child_within_main_rule", period) == MET
        return _children_and_costs(person, period, within)[0].astype(int)


class barnetilsyn_amount(MonthlyAmount):
    entity = Person
    label = "Stønad til barnetilsyn per måned: 64 % av utgiftene for barn innenfor aldersgrensen, opp til høyeste beløp, rundet opp (monthly amount)"
    reference = [ftrl("15-10"), NAV_CODE]

    def formula(person, period, parameters):
        """min(64 % × the costs of the sole-care children within the age limit, the maximum for their number),
        rounded up to whole kroner.
        """
        within = person("barnetilsyn_child_within_main_rule", period) == MET
        return _amount(parameters, period, *_children_and_costs(person, period, within))


class barnetilsyn_amount_max(MonthlyAmount):
    entity = Person
    label = (
        "Stønad til barnetilsyn per måned hvis NAV også godtar barn som trenger vesentlig mer tilsyn enn jevnaldrende "
        "(monthly amount if NAV also accepts the children needing extra supervision; upper end while to be assessed)"
    )
    reference = [ftrl("15-10"), NAV_CODE]

    def formula(person, period, parameters):
        """As the amount, counting also the children who need substantially more supervision than peers."""
        qualifies = person("barnetilsyn_child_qualifies", period) == MET
        return _amount(parameters, period, *_children_and_costs(person, period, qualifies))


class barnetilsyn_maximum_reached(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Stønad til barnetilsyn: 64 % av utgiftene er over høyeste beløp, så høyeste beløp gir stønaden (the maximum sets the amount shown)"
    reference = [ftrl("15-10"), NAV_CODE]

    def formula(person, period, parameters):
        """True when the maximum sets an amount shown: the amount, 64 % of the costs of the children within the age
        limit; and while NAV has to assess a child needing substantially more supervision, the range's upper end too,
        counting that child. Below the maximum a higher maximum changes nothing paid."""
        within = person("barnetilsyn_child_within_main_rule", period) == MET
        qualifies = person("barnetilsyn_child_qualifies", period) == MET
        assessed = person("barnetilsyn_status", period) != Status.entitled
        return _reached(parameters, period, person, within) + assessed * _reached(parameters, period, person, qualifies)


def _reached(parameters, period, person, counted):
    share, maximum = _share_and_maximum(parameters, period, *_children_and_costs(person, period, counted))
    return share > maximum
