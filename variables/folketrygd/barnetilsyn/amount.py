"""Stønad til barnetilsyn: the monthly amount (NAV's code, BeregningBarnetilsynUtil.kt).

amount = min(64 % × the month's childcare costs, the maximum for the number of
children with costs), rounded up to whole kroner (RoundingMode.UP). "3" means 3
or more children. NAV first deducts kontantstøtte from the costs and
tilleggsstønad from the result: neither is modelled (a child with a full-time
paid barnehage place has no kontantstøtte). The amount counts the children in
the caregiver's sole care; a child with delt bosted, whose daily care NAV
assesses (README.md, «Delt bosted»), counts only in the upper end, and where it
may raise the amount the answer is to be assessed, the amount its lower end.
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.care_network import sums_alone_and_in_delt_bosted
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import BARNETILSYN_AGE_RULE, NAV_ALENEOMSORG_RULE, Document, ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import MET, NOT_MET, index
from openfisca_asb.rules.variable_bases import MonthlyAmount

NAV_CODE = Document("https://github.com/navikt/familie-ef-sak/blob/c6029f3d38404c7026c6a59a0fc915a545c71587/src/main/kotlin/no/nav/familie/ef/sak/beregning/barnetilsyn/BeregningBarnetilsynUtil.kt")


def _costs(person, period):
    cost = numpy.asarray(person("monthly_childcare_cost", period), dtype=numpy.float64)
    return numpy.round(numpy.maximum(cost, 0.0), 2)


def _children_and_costs(person, period, counted, with_delt_bosted=False, delt_bosted_counted=None):
    """(number of the children counted with costs, their costs together): the caregiver's sole-care children `counted`
    holds for, and with `with_delt_bosted` the family's children with delt bosted too, those `delt_bosted_counted`
    holds for (by default `counted`)."""
    costs = _costs(person, period)
    alive = index(person("child_alive", period)) != NOT_MET  # a child who has died has no childcare costs to cover
    has_costs = (costs > 0) * alive
    alone_children, alone_costs = _sums(person, period, counted * has_costs, costs, part=0)
    if not with_delt_bosted:
        return alone_children, alone_costs
    shared = counted if delt_bosted_counted is None else delt_bosted_counted
    shared_children, shared_costs = _sums(person, period, shared * has_costs, costs, part=1)
    return alone_children + shared_children, alone_costs + shared_costs


def _sums(person, period, with_costs, costs, part):
    """(children, costs) over the caregiver's sole-care children (`part` 0) or the family's with delt bosted (1)."""
    return (sums_alone_and_in_delt_bosted(person, period, with_costs)[part],
            sums_alone_and_in_delt_bosted(person, period, costs * with_costs)[part])


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
    label = "Barnetilsyn: antall barn forelderen er alene om, innenfor aldersgrensen og med tilsynsutgifter (children in sole care within the age limit with costs)"
    reference = ftrl("15-10")

    def formula(person, period):
        """How many of the caregiver's sole-care children (not those with delt bosted) are within the age limit and
        cost something."""
        within = person("barnetilsyn_child_within_main_rule", period) == MET
        return _children_and_costs(person, period, within)[0].astype(int)


class barnetilsyn_children_qualifying_with_costs(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = (
        "Barnetilsyn: antall barn forelderen er alene om, innenfor aldersgrensen eller med behov for vesentlig mer tilsyn "
        "enn jevnaldrende, og med tilsynsutgifter (children in sole care who qualify and have costs)"
    )
    reference = list(BARNETILSYN_AGE_RULE)

    def formula(person, period):
        """How many of the caregiver's sole-care children (not those with delt bosted) are within the age limit or need
        substantially more supervision than peers, and cost something."""
        qualifies = person("barnetilsyn_child_qualifies", period) == MET
        return _children_and_costs(person, period, qualifies)[0].astype(int)


class barnetilsyn_amount(MonthlyAmount):
    entity = Person
    label = "Stønad til barnetilsyn per måned: 64 % av utgiftene for barn innenfor aldersgrensen, opp til høyeste beløp, rundet opp (monthly amount)"
    reference = [ftrl("15-10"), NAV_CODE]

    def formula(person, period, parameters):
        """min(64 % × the costs of the sole-care children within the age limit, the maximum for their number),
        rounded up to whole kroner; a child with delt bosted is not counted (NAV assesses the daily care).
        """
        within = person("barnetilsyn_child_within_main_rule", period) == MET
        return _amount(parameters, period, *_children_and_costs(person, period, within))


class barnetilsyn_amount_max(MonthlyAmount):
    entity = Person
    label = (
        "Stønad til barnetilsyn per måned hvis NAV også godtar barn som trenger vesentlig mer tilsyn enn jevnaldrende, "
        "og barn med delt bosted (monthly amount if NAV also accepts the children needing extra supervision and those "
        "with delt bosted; upper end while to be assessed)"
    )
    reference = [ftrl("15-10"), NAV_CODE]

    def formula(person, period, parameters):
        """As the amount, counting also the children who need substantially more supervision than peers, and the
        family's children with delt bosted (if NAV finds this parent has clearly more of their daily care)."""
        qualifies = person("barnetilsyn_child_qualifies", period) == MET
        return _amount(parameters, period, *_children_and_costs(person, period, qualifies, with_delt_bosted=True))


class barnetilsyn_delt_bosted_may_add(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = (
        "Stønad til barnetilsyn: et barn med delt bosted og utgifter kan gi et høyere beløp, om NAV finner at forelderen "
        "har klart mer av den daglige omsorgen (a child with delt bosted and costs may raise the amount)"
    )
    reference = [ftrl("15-4"), ftrl("15-10"), NAV_ALENEOMSORG_RULE, NAV_CODE]

    def formula(person, period, parameters):
        """True when the amount counting also the family's children with delt bosted who qualify and cost something is
        above the amount: NAV assesses aleneomsorg child by child and pays on the costs of every child the parent has
        it for (AleneomsorgRegel.kt, BeregningBarnetilsynUtil.kt), so the amount without them is only the lower end."""
        within = person("barnetilsyn_child_within_main_rule", period) == MET
        qualifies = person("barnetilsyn_child_qualifies", period) == MET
        counted = _children_and_costs(person, period, within, with_delt_bosted=True, delt_bosted_counted=qualifies)
        return _amount(parameters, period, *counted) > person("barnetilsyn_amount", period)


class barnetilsyn_maximum_reached(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Stønad til barnetilsyn: 64 % av utgiftene er over høyeste beløp, så høyeste beløp gir stønaden (the maximum sets the amount shown)"
    reference = [ftrl("15-10"), NAV_CODE]

    def formula(person, period, parameters):
        """True when the maximum sets an amount shown: the amount, 64 % of the costs of the children within the age
        limit; and while NAV has to assess a child needing substantially more supervision, or a child with delt
        bosted, the range's upper end too, counting that child. Below the maximum a higher maximum changes nothing
        paid."""
        within = person("barnetilsyn_child_within_main_rule", period) == MET
        qualifies = person("barnetilsyn_child_qualifies", period) == MET
        assessed = person("barnetilsyn_status", period) != Status.entitled
        upper = _reached(parameters, period, person, qualifies, with_delt_bosted=True)
        return _reached(parameters, period, person, within) + assessed * upper


def _reached(parameters, period, person, counted, with_delt_bosted=False):
    children, costs = _children_and_costs(person, period, counted, with_delt_bosted)
    share, maximum = _share_and_maximum(parameters, period, children, costs)
    return share > maximum
