"""The dates the model answers for.

Every benefit in the catalogue has rules encoded from 1 October 2017, when
today's pleiepenger rules (ftrl §§ 9-10 to 9-16, Prop. 48 L (2016–2017)) took
effect; older rates (G, hjelpestønad, grunnstønad) keep their history for
single variables through /calculate. Beyond 2030 nothing is known.
"""

from datetime import date

FIRST_DATE = date(2017, 10, 1)
LAST_DATE = date(2030, 12, 31)
