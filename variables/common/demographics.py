"""Birth date, age and the two roles in the family."""

from datetime import date

import numpy

from openfisca_core.periods import ETERNITY, MONTH, YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.date_arithmetic import add_years
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.row_dates import calendar_year, day_asked, first_day


class birth_date(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Fødselsdato (birth date)"
    reference = ftrl("9-5")


class age(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Alder (age in whole years on the first day of the month)"
    reference = ftrl("9-10")

    def formula(person, period):
        """Age in whole years on the first day of the month: years since birth, less one while this year's
        birthday is still ahead.
        """
        return _age_on(person("birth_date", period), first_day(person, period))


class age_before_the_month(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Alder dagen før måneden begynner (age in whole years on the last day of the month before, for a monthly benefit's age limit)"
    reference = ftrl("22-12", ledd=6)

    def formula(person, period):
        """Age in whole years on the last day of the month before: for the age limit of a benefit given per month,
        which «stanses ved utgangen av den måneden retten til ytelsen faller bort» (ftrl § 22-12 sjette ledd). The
        month a child turns the limit is paid whatever the day of the birthday, the 1st too, where the age on the 1st
        (`age`) would already count the new age and lose the month (review s24 caseworker M1).
        """
        return _age_on(person("birth_date", period), first_day(person, period) - numpy.timedelta64(1, "D"))


class age_on_the_day(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Alder på dagen svaret gjelder (age in whole years on the day asked, for an age limit judged by the day)"
    reference = ftrl("9-10", ledd=1)

    def formula(person, period):
        """Age in whole years on the day of the month the answer is asked for (`day_of_month_asked`; the 1st when
        not set): for a right judged by the day, such as pleiepenger for «barn under 18 år», which ends on the 18th
        birthday itself (ADR 0037). A benefit given per month counts it on the day before the month
        (`age_before_the_month`); the month's other rules on the 1st (`age`).
        """
        return _age_on(person("birth_date", period), day_asked(person, period))


def _age_on(birth_dates, days):
    """Whole years from each birth date to each day: years since birth, less one while that year's birthday is
    still ahead — one born on 29 February has it on 28 February in other years, as NAV counts (Java's
    LocalDate.plusYears) and as the timeline dates it (`add_years`); on a month's first day that is the same age."""
    born = birth_dates.astype("datetime64[D]")
    years = _year(days) - _year(born)
    return years - (days < add_years(born, years))


def _year(days):
    return days.astype("datetime64[Y]").astype(int) + 1970


class calendar_year_age(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Alder i kalenderåret (the age the person turns during the calendar year)"
    reference = ftrl("9-5")

    def formula(person, period):
        """The age the person turns during the calendar year (the year less the birth year), as the age rules
        that count by calendar year use it.
        """
        return calendar_year(person, period) - _year(person("birth_date", period.first_month))


class is_child(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Barn i familien (has the child role in the family)"
    reference = ftrl("9-5")

    def formula(person, period):
        """Whether the person has the child role in the family."""
        return person.has_role(Familie.CHILD)


class is_caregiver(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Omsorgsperson (has the caregiver role in the family)"
    reference = ftrl("9-10")

    def formula(person, period):
        """Whether the person has the caregiver role in the family."""
        return person.has_role(Familie.CAREGIVER)
