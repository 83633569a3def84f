"""The dates every example family is answered on in tests: the model's first and
last day, each rule date in the catalogue's history (G on 1 May, rates on
1 January and 1 July 2023, barnekoordinator 1 August 2022, opplæringslova
1 August 2024, the chapter-15 rules for barnetilsyn 1 July 2026), and the day before each."""

from datetime import date, timedelta

from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE

RULE_DATES = [date(2018, 5, 1), date(2019, 7, 1), date(2020, 5, 1), date(2022, 8, 1), date(2023, 1, 1),
              date(2023, 7, 1), date(2024, 8, 1), date(2026, 5, 1),
              date(2026, 7, 1)]
DATES = sorted({FIRST_DATE, LAST_DATE, *RULE_DATES, *(d - timedelta(days=1) for d in RULE_DATES)})
