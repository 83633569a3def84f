"""Opplæringspenger's amount (ftrl §§ 9-14, 9-15): the daily rate for each training day, capped at 6G."""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.basis_assessed import (AAP_ASSESSED, DAGPENGER_AND_WORK_ASSESSED, FOSTERHJEM_FRIKJOP_ASSESSED,
                                                SELF_EMPLOYED_INCOME_ASSESSED, chapter_9_assessed_reason)
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import NOT_MET, index
from openfisca_asb.rules.variable_bases import BenefitReason, MonthlyAmount


class opplaeringspenger_amount(MonthlyAmount):
    entity = Person
    label = "Opplæringspenger, beløp for måneden: dagsats × opplæringsdager (amount for the month; 0 while the days are not given)"
    reference = ftrl("9-14")
    # Not paid for Saturdays or Sundays (rundskriv): the days are capped at the
    # month's weekdays. A training day counts in full; partial days are not graded.

    def formula(person, period):
        """For an entitled caregiver: the daily rate (ftrl § 9-15) times the training days in the month (from the
        training periods or the answer, at most the month's weekdays: training_days.py); 0 while the days are not
        given.
        """
        entitled = person("opplaeringspenger_status", period) == Status.entitled
        days = numpy.maximum(person("opplaeringspenger_training_days", period), 0)
        return numpy.where(entitled, person("chapter_9_daily_rate", period) * days, 0)


class OpplaeringspengerReason(Enum):
    none = "Ingen begrensning (no limit applied)"
    capped_at_6g = "Begrenset til 6G (capped at 6 times G)"
    training_below_20_percent = "Opplæring under 20 % av uken (training below 20 % of the week)"
    income_below_half_g = "Inntekt under ½G (income below half of G)"
    aap_assessed_by_nav = AAP_ASSESSED
    dagpenger_and_work_assessed_by_nav = DAGPENGER_AND_WORK_ASSESSED
    fosterhjem_forsterkning = FOSTERHJEM_FRIKJOP_ASSESSED
    self_employed_income_assessed_by_nav = SELF_EMPLOYED_INCOME_ASSESSED


class opplaeringspenger_reason(BenefitReason, values=OpplaeringspengerReason):
    entity = Person
    label = "Opplæringspenger: hvilken regel som begrenset eller stengte retten (the rule that limited or refused the benefit)"
    reference = ftrl("9-14")

    def formula(person, period):
        """Which rule limited or refused the benefit for a caregiver: training below 20 % of a week, income
        below ½G (§ 9-3), a foster parent's forsterkning from barnevernet weighed (income lost from work, § 9-3), NAV
        to assess the basis (AAP, dagpenger and work, or a self-employed income changed lastingly), or, when entitled,
        the 6G cap (on the basis NAV uses: the dagpenger on dagpenger).
        """
        r = OpplaeringspengerReason
        status = person("opplaeringspenger_status", period)
        capped = person("chapter_9_basis_capped", period)
        assessed, assessed_reason = chapter_9_assessed_reason(person, period, status, r)
        forsterkning = person("foster_parent_with_forsterkning", period) * (status == Status.to_be_assessed)
        reason = numpy.select(
            [
                index(person("opplaeringspenger_condition_training_share", period)) == NOT_MET,
                index(person("chapter_9_condition_minimum_income", period)) == NOT_MET,
                forsterkning,
                assessed,
                (status == Status.entitled) * capped,
            ],
            [r.training_below_20_percent.index, r.income_below_half_g.index, r.fosterhjem_forsterkning.index,
             assessed_reason, r.capped_at_6g.index],
            r.none.index,
        )
        return numpy.where(person("is_caregiver", period), reason, r.none.index)
