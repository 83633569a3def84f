"""Days transferred between spouses or samboere (ftrl § 9-6 sixth ledd), and the quota after transfers and distributions.

Up to 10 days can be transferred to a spouse, or to a samboer after 12 months
together. See docs/adr/0010-omsorgsdager-transfers.md for the reading chosen:

- The giver (NAV's omsorgspenger-rammemeldinger, overføringer/Beregninger.kt):
  only days above the giver's own grunnrett can be given, at most 10, none while
  the giver is midlertidig alene, and none without a counted child of their own.
- The receiver: NAV's case-handler calculator (navikt/kalkuler-omsorgsdager,
  effektiveOverføringsdager) counts received ordinary days only beyond the
  receiver's own grunnrett. That is the certain quota; adding them in full, as
  the law text can be read, is the upper end of the range. Days received by
  distribution from a parent living apart (distribution.py) are counted with them.

Days the giver has distributed to the other parent (fordeling, § 9-6 fifth ledd)
reduce the giver's quota and what the giver can still transfer (ADR 0022).

The COVID doubling applies to the own quota only.
"""

import numpy
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import sum_over_role
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import MET, UNKNOWN, FactAnswer, is_given
from openfisca_asb.rules.variable_bases import YearlyDays


class omsorgsdager_received_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Overførte omsorgsdager mottatt, høyst 10 (days received by transfer, capped)"
    reference = ftrl("9-6")

    def formula(person, period, parameters):
        """Days received by transfer from a spouse or samboer, at most 10 (ftrl § 9-6)."""
        cap = parameters(period).folketrygd.omsorgspenger.transfer_cap
        return numpy.clip(person("omsorgsdager_received_by_transfer", period), 0, cap)


class omsorgsdager_received_days_counted(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Mottatte omsorgsdager som teller, slik NAVs kalkulator regner: bare dager ut over egen grunnrett (received days counted beyond the receiver's own basic quota)"
    reference = ftrl("9-6", ledd=6)
    documentation = """
    navikt/kalkuler-omsorgsdager @ 82a4efd, src/kalkulerOmsorgsdager.ts, effektiveOverføringsdager:
    dagerMottattEtterGrunnretten = mottatteNormaldager > grunnrettsdager ? mottatteNormaldager − grunnrettsdager : 0
    ("Man får mellomlegget av tildelte dager og grunnretten"). The calculator sums every
    received ordinary day, so days received by transfer and by distribution (§ 9-6 femte
    ledd) are counted together. NAV's production rule (k9-aarskvantum) was not
    available; see ADR 0010 and ADR 0022.
    """

    def formula(person, period):
        """Received ordinary days (by transfer and by distribution) count only beyond the receiver's own
        grunnrett, as NAV's calculator counts them; a receiver without a counted child of their own
        (grunnrett 0) counts them all.
        """
        received = person("omsorgsdager_received_days", period) + person("omsorgsdager_received_by_distribution_days", period)
        return numpy.maximum(received - person("omsorgsdager_base_days", period), 0)


class omsorgsdager_transferable_days(YearlyDays):
    entity = Person
    label = "Omsorgsdager giveren kan overføre: dager ut over egen grunnrett, høyst 10, ingen når giveren er midlertidig alene (days the giver may transfer)"
    reference = ftrl("9-6", ledd=6)
    documentation = """
    navikt/omsorgspenger-rammemeldinger @ 68a76c7, overføringer/Beregninger.kt,
    beregnTilgjenegeligeDagerForPeriode: 0 with a midlertidig-alene vedtak; 0 without
    a child in the giver's care; else grunnrett + aleneomsorg + utvidet rett − grunnrett
    − days fordelt (FordeltBortOmsorgsdager, § 9-6 femte ledd), clamped to 0..10
    (DagerMaksForOverføring). Not coded: NAV also subtracts the days the giver has used
    beyond the grunnrett this year; the model has no input for days used.
    """

    def formula(person, period, parameters):
        """Only days above the giver's own grunnrett, less the days distributed to the other parent, can be
        given, at most 10; none while the giver is midlertidig alene, and none without a counted child of
        their own (NAV's Beregninger.kt).
        """
        cap = parameters(period).folketrygd.omsorgspenger.transfer_cap
        above_basic = (
            person("omsorgsdager_chronic_illness_days", period)
            + person("omsorgsdager_sole_care_days", period)
            - person("omsorgsdager_distributed_days", period)
        )
        temporarily_alone = person("omsorgspenger_temporarily_alone", period) == FactAnswer.yes
        has_child = person("omsorgspenger_counted_children", period) > 0
        return numpy.where(temporarily_alone + numpy.logical_not(has_child), 0, numpy.clip(above_basic, 0, cap))


class omsorgsdager_given_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager overført til ektefelle eller samboer, høyst det giveren kan overføre (days transferred away, capped at the days the giver may give)"
    reference = ftrl("9-6", ledd=6)

    def formula(person, period):
        """Days transferred to a spouse or samboer (ftrl § 9-6 sjette ledd), at most the days the giver may
        give (omsorgsdager_transferable_days).
        """
        return numpy.clip(person("omsorgsdager_transferred_away", period), 0, person("omsorgsdager_transferable_days", period))


class omsorgsdager_transfer_capped(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Overføringen er større enn 10 dager og er avkortet (a transfer above the 10-day cap was cut)"
    reference = ftrl("9-6")

    def formula(person, period):
        """Whether a transfer given or received was cut: received above the 10-day cap, or given above the days
        the giver may give.
        """
        received_cut = person("omsorgsdager_received_by_transfer", period) > person("omsorgsdager_received_days", period)
        given_cut = person("omsorgsdager_transferred_away", period) > person("omsorgsdager_given_days", period)
        return received_cut + given_cut


class omsorgsdager_quota(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager etter overføringer, før vilkårene prøves (quota after transfers; unknown facts counted as no)"
    reference = ftrl("9-6")

    def formula(person, period):
        """The own quota plus days received as NAV's calculator counts them (beyond the receiver's grunnrett),
        less days transferred or distributed away, before the conditions are tried; unknown facts count as no.
        """
        received = person("omsorgsdager_received_days_counted", period)
        return _after_transfers(person, period, person("omsorgsdager_own_days", period), received)


class omsorgsdager_quota_max(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager etter overføringer hvis ukjente forhold avgjøres til fordel for familien (quota after transfers; unknown facts counted as yes)"
    reference = ftrl("9-6")

    def formula(person, period):
        """The same quota after transfers, with unknown facts counted in the family's favour and days received
        by transfer or distribution counted in full (the upper reading, ADR 0010 and 0022).
        """
        received = person("omsorgsdager_received_days", period) + person("omsorgsdager_received_by_distribution_days_max", period)
        return _after_transfers(person, period, person("omsorgsdager_own_days_max", period), received)


class omsorgspenger_condition_days_given_known(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgspenger: dagene omsorgspersonen har overført eller fordelt er kjent, der en annen i familien har fått dager overført eller fordelt (the days given away are known where another caregiver of the family received days)"
    reference = ftrl("9-6", ledd=(5, 6))
    documentation = """
    A transfer (sjette ledd) and a distribution (femte ledd) are each one notice to NAV: the days the receiver gets are
    the days the giver no longer has. The family tells the two sides apart, so where a caregiver says they received
    days and the caregiver who may have given them has not said how many they gave, the giver's days are open.
    Met, or unknown; never not met (review s23 caseworker H3: mor, alone with three children, was shown 70 days after
    her husband said he had 10 by transfer and the father 8 by distribution).
    """

    def formula(person, period):
        """Unknown where another caregiver of the family says they received days by transfer and this caregiver, who
        has days above the grunnrett to give (`omsorgsdager_transferable_days`), has not said how many they transferred;
        or another says they received days by distribution and this caregiver, alone in the daily care (only they may
        distribute), has not said how many they distributed. Met otherwise."""
        may_transfer = person("omsorgsdager_transferable_days", period) > 0
        transfer_open = _another_received(person, period, "omsorgsdager_received_by_transfer") * may_transfer * numpy.logical_not(
            is_given(person("omsorgsdager_transferred_away", period)))
        distribution_open = _another_received(person, period, "omsorgsdager_received_by_distribution") * numpy.logical_not(
            is_given(person("omsorgsdager_distributed_away", period))) * person("omsorgspenger_alone_in_daily_care", period)
        open_ = person("is_caregiver", period) * (transfer_open + distribution_open)
        return numpy.where(open_, UNKNOWN, MET).astype(numpy.int16)


def _another_received(person, period, fact: str) -> numpy.ndarray:
    """Per caregiver: whether another caregiver of the family says they received days (`fact` above 0)."""
    familie = person.simulation.populations["familie"]
    received = (person(fact, period) > 0).astype(int)
    return familie.project(sum_over_role(familie, received, Familie.CAREGIVER)) - received > 0


def _after_transfers(person, period, own_days, received):
    given = person("omsorgsdager_given_days", period) + person("omsorgsdager_distributed_days", period)
    return numpy.maximum(own_days + received - given, 0)
