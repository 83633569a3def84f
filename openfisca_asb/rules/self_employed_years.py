"""The facts that give a self-employed parent's three years of pensjonsgivende inntekt (ftrl § 8-35 andre ledd), named
once: the formulas average them (variables/folketrygd/kapittel_9/self_employed_basis.py), the family model takes
them together or not at all (facts/income_years.py), and the date checks read the latest year (rules/dates.py).
"""

LATEST_YEAR = "pensionable_income_latest_year"  # the last of the three years
# Each year's income, the latest first: (fact, years before the latest year).
YEARS = (("pensionable_income_latest", 0), ("pensionable_income_one_year_earlier", 1),
         ("pensionable_income_two_years_earlier", 2))
