"""Forhøyet hjelpestønad (ftrl § 6-5): 2, 4 or 6 times the ordinary rate, under 18.

The choice of sats is NAV's discretion, weighing reduced function, the extent of
care and supervision, the need for stimulation and training, and how tied down
the carer is. Without a decided sats the answer is *to be assessed*, with the
range from sats 2 to sats 4. A child who lives at home less than half the time
may have the sats reduced (nav.no): *to be assessed* too, from sats 2 up to the
sats NAV has granted. By how much NAV reduces it was not found: sats 2 as the
floor is the model's assumption, and the reason says so.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.date_arithmetic import add_years
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import NAV_FORHOYET_HJELPESTONAD, ftrl
from openfisca_asb.rules.row_dates import first_day
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, FactAnswer, from_answer, from_bool, index
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus, MonthlyAmount

SATS = ("sats_2", "sats_3", "sats_4")  # the forhøyet satser (ftrl § 6-5 andre ledd: 2, 4 or 6 times the ordinary rate)


class forhoyet_hjelpestonad_condition_age(Condition):
    entity = Person
    label = "Forhøyet hjelpestønad: under 18 år, eller fyller 18 år denne måneden (under the age limit, or turns it this month)"
    reference = [ftrl("6-5", ledd=1), ftrl("22-12", ledd=6)]

    def formula(person, period, parameters):
        """Forhøyet hjelpestønad is for a member under 18 (ftrl § 6-5 første ledd), and a benefit given per month
        stops at the end of the month the right falls away (§ 22-12 sjette ledd): met while the person was under the
        age limit on the day before the month, so the month of the 18th birthday is paid, a birthday on the 1st too.
        """
        limit = parameters(period).folketrygd.hjelpestonad.forhoyet_age_limit
        return from_bool(person("age_before_the_month", period) < limit)


class forhoyet_hjelpestonad_multiplier(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Forhøyet hjelpestønad: multiplum av ordinær sats innvilget av NAV (0 if no forhøyet sats is decided)"
    reference = ftrl("6-5", ledd=2)

    def formula(person, period, parameters):
        """The sats NAV has granted as a multiple of the ordinary rate (ftrl § 6-5 andre ledd: 2, 4 or 6
        times); 0 while no forhøyet sats is decided.
        """
        multiplier = parameters(period).folketrygd.hjelpestonad.forhoyet_multiplier
        decided = person("hjelpestonad_decided_sats", period)
        sats = decided.possible_values
        return numpy.select(
            [decided == sats.sats_2, decided == sats.sats_3, decided == sats.sats_4],
            [multiplier.sats_2, multiplier.sats_3, multiplier.sats_4],
            0,
        )


class forhoyet_hjelpestonad_condition_after_death(Condition):
    entity = Person
    label = "Forhøyet hjelpestønad: barnet lever, eller satsen beholdes i tre måneder etter dødsfallet (the child is alive, or the rate is kept for three months after the death)"
    reference = ftrl("6-5", ledd=4)

    def formula(person, period, parameters):
        """Met while the child lives and in the month of its death. Parents who had received forhøyet
        hjelpestønad for at least three years keep the same sats for three months after the need ended because
        the child died (ftrl § 6-5 fjerde ledd): in the three calendar months after the month of the death the
        condition is their answer to that, where forhøyet can have been paid — a lasting illness not denied, no
        ordinary sats granted instead, and a child who lived three years; not met otherwise. The months are
        counted from the month after the death because a monthly benefit is paid for the month in which the right
        falls away (ftrl § 22-12 sjette ledd) — the model's reading; NAV's count was not found.
        """
        law = parameters(period).folketrygd.hjelpestonad.continuation_after_death
        died = person("date_of_death", period).astype("datetime64[D]")
        months_after = (first_day(person, period).astype("datetime64[M]") - died.astype("datetime64[M]")).astype(int)
        kept = numpy.where(_can_have_been_paid(person, period, died, law.minimum_years_received),
                           from_answer(person("forhoyet_hjelpestonad_received_three_years", period)), NOT_MET)
        return numpy.select([months_after <= 0, months_after <= law.months_paid], [MET, kept], NOT_MET).astype(numpy.int16)


def _can_have_been_paid(person, period, died, years):
    """Whether forhøyet hjelpestønad can have been paid for `years` when the child died, as far as the family's
    answers say: a lasting illness not denied, not the ordinary sats granted instead, and the child that old.
    (The need's other conditions are not asked again: three years of receipt presuppose them.)"""
    sats = person("hjelpestonad_decided_sats", period)
    refused = index(person("hjelpestonad_condition_lasting_illness", period)) == NOT_MET
    lived = add_years(person("birth_date", period).astype("datetime64[D]"), int(years)) <= died
    return ~refused & (sats != sats.possible_values.sats_1) & lived


class forhoyet_hjelpestonad_status(ChildRightStatus, while_alive="forhoyet_hjelpestonad_condition_after_death"):
    entity = Person
    label = "Forhøyet hjelpestønad (increased assistance allowance), status"
    reference = ftrl("6-5")

    def formula(person, period):
        """Entitled when every condition is met and NAV has granted a sats; to be assessed when the conditions
        are met but the choice of sats, which is NAV's discretion, is not made, or when the child lives at home
        less than half the time, so that NAV may reduce the sats (nav.no); otherwise as the conditions say. From
        the month after the child's death the right is § 6-5 fjerde ledd's alone — the same sats for three months
        after three years of receipt — so the conditions on the child's need are not asked again.
        """
        sats_not_decided = person("forhoyet_hjelpestonad_multiplier", period) == 0
        died = index(person("child_alive", period)) == NOT_MET
        conditions = numpy.where(died, index(person("forhoyet_hjelpestonad_condition_after_death", period)),
                                 index(person("forhoyet_hjelpestonad_conditions", period)))
        sats_may_be_reduced = _at_home_less_than_half_the_time(person, period) * numpy.logical_not(died)
        return status_from(conditions, needs_assessment=sats_not_decided + sats_may_be_reduced)


def _at_home_less_than_half_the_time(person, period):
    """The family says the child lives at home less than half the time: then «kan satsen for forhøyet hjelpestønad bli
    redusert» (nav.no, forhøyet hjelpestønad). Not given, the child lives at home, as a yes to private care said
    before the question asked it (review s21 caseworker M6)."""
    return person("lives_at_home_at_least_half_the_time", period) == FactAnswer.no


class ForhoyetHjelpestonadReason(Enum):
    none = "Ingen regel å nevne: retten er ikke innvilget eller til vurdering (no rule to name: not entitled or to be assessed)"
    sats_chosen_by_nav = "Satsen er NAVs valg (the sats is NAV's choice)"
    lives_at_home_less_than_half_the_time = "Barnet bor hjemme mindre enn halvparten av tiden: NAV kan sette ned satsen (the child lives at home less than half the time: NAV may reduce the sats)"


class forhoyet_hjelpestonad_reason(BenefitReason, values=ForhoyetHjelpestonadReason):
    entity = Person
    label = "Forhøyet hjelpestønad: hvorfor beløpet er det det er (why the amount is what it is)"
    reference = [ftrl("6-5"), NAV_FORHOYET_HJELPESTONAD]

    def formula(person, period):
        """For a right entitled or to be assessed, NAV's choice of sats (ftrl § 6-5 tredje ledd), or, for a child who
        lives at home less than half the time and is to be assessed, that NAV may reduce it (nav.no: «kan satsen for
        forhøyet hjelpestønad bli redusert»; from sats 2 is the model's assumption). A refusal names its condition
        instead (`none`, which the answer does not show for it)."""
        status = person("forhoyet_hjelpestonad_status", period)
        assessed = status == Status.to_be_assessed
        reduced = _at_home_less_than_half_the_time(person, period) * assessed
        open_or_granted = assessed + (status == Status.entitled)
        return numpy.select([reduced, open_or_granted],
                            [ForhoyetHjelpestonadReason.lives_at_home_less_than_half_the_time.index,
                             ForhoyetHjelpestonadReason.sats_chosen_by_nav.index],
                            ForhoyetHjelpestonadReason.none.index)


class forhoyet_hjelpestonad_amount(MonthlyAmount):
    entity = Person
    label = "Forhøyet hjelpestønad (increased assistance allowance), monthly amount at the sats NAV granted"
    reference = ftrl("6-5", ledd=2)

    def formula(person, period, parameters):
        """The granted sats as NAV pays it (ftrl § 6-5 andre ledd), only when the status is entitled: the
        multiplier applied to the ordinary yearly rate, divided into months and rounded to whole kroner; where
        NAV's monthly amount per sats is published on its own (2023: 2 527 / 5 054 / 7 580), that amount.
        """
        entitled = person("forhoyet_hjelpestonad_status", period) == Status.entitled
        return numpy.where(entitled, _decided_monthly(person, period, parameters), 0)


def _decided_monthly(person, period, parameters):
    """The monthly amount of the forhøyet sats NAV has granted; 0 while none is."""
    decided = person("hjelpestonad_decided_sats", period)
    sats = decided.possible_values
    return numpy.select(
        [decided == sats.sats_2, decided == sats.sats_3, decided == sats.sats_4],
        [_monthly(parameters, period, name) for name in SATS],
        0,
    )


class forhoyet_hjelpestonad_amount_min(MonthlyAmount):
    entity = Person
    label = "Forhøyet hjelpestønad, lowest possible monthly amount (sats 2) while NAV has not decided"
    reference = ftrl("6-5", ledd=2)

    def formula(person, period, parameters):
        """While NAV has not chosen the sats, the lowest amount it can grant: sats 2, twice the ordinary
        yearly rate a month (or its published monthly amount).
        """
        return _amount_while_assessed(person, period, _monthly(parameters, period, "sats_2"))


class forhoyet_hjelpestonad_amount_max(MonthlyAmount):
    entity = Person
    label = "Forhøyet hjelpestønad, highest possible monthly amount (sats 4) while NAV has not decided"
    reference = ftrl("6-5", ledd=2)

    def formula(person, period, parameters):
        """While NAV has not chosen the sats, the highest amount it can grant: sats 4, six times the ordinary
        yearly rate a month (or its published monthly amount); where it has, and may reduce it because the child
        lives at home less than half the time, the sats granted.
        """
        decided = _decided_monthly(person, period, parameters)
        return _amount_while_assessed(person, period, numpy.where(decided > 0, decided, _monthly(parameters, period, "sats_4")))


def _monthly(parameters, period, name):
    """The monthly amount for one sats: multiplier × ordinary yearly rate / 12, whole kroner – or NAV's
    separately published amount where it stands for that rule (`_published_holds`).
    """
    law = parameters(period).folketrygd.hjelpestonad
    if _published_holds(law, name):
        return float(law.forhoyet_published_monthly_rate[name])
    return float(whole_kroner(law.forhoyet_multiplier[name] * law.ordinary_yearly_rate / 12))


def _published_holds(law, name) -> bool:
    """NAV's published monthly amount for a sats stands for § 6-5's rule while the ordinary monthly rate in force
    (yearly / 12, whole kroner) is that table's sats 1 and the amount is the multiplier in force times the ordinary
    rate (to a hundredth): a reform of the rate or of a multiplier is derived by the rule (review s16d drafter #1)."""
    published, ordinary = law.forhoyet_published_monthly_rate, law.ordinary_yearly_rate
    if not (ordinary > 0 and published.sats_1 > 0 and published[name] > 0):  # a reform may set the ordinary rate to 0
        return False
    same_table = published.sats_1 == whole_kroner(ordinary / 12)
    return bool(same_table and abs(published[name] * 12 / ordinary - law.forhoyet_multiplier[name]) < 0.01)


class forhoyet_hjelpestonad_published_amounts_used(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Forhøyet hjelpestønad: NAVs publiserte månedsbeløp gir beløpet (NAV's published monthly amounts set the amount)"
    reference = ftrl("6-5", ledd=2)

    def formula(person, period, parameters):
        """True while a published amount stands for some sats (`_published_holds`): only then is that table behind the
        amount, so only then do its adjustments qualify it (ADR 0009)."""
        law = parameters(period).folketrygd.hjelpestonad
        return person.filled_array(any(_published_holds(law, name) for name in SATS))


def _amount_while_assessed(person, period, monthly):
    assessed = person("forhoyet_hjelpestonad_status", period) == Status.to_be_assessed
    return numpy.where(assessed, monthly, 0)
