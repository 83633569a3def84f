"""A child's grade on a day in the answer's words: the grades by age (answer/grades_by_age.py) and the grades moved
from family_date (facts/described_date.py) say it alike; the page's i18n.js has the same words."""

from openfisca_asb.rules.texts import Text

GRADE = Text(nb="{child} {grade}. trinn", en="{child} grade {grade}")
NOT_STARTED = Text(nb="{child} har ikke begynt på skolen", en="{child} has not started school")
