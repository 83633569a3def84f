"""A structural reform whose formula reads a variable that does not exist: it loads, and fails only when
hjelpestonad_amount is computed on or after 2027-01-01 (review s21 drafter M7; the tests' one copy, review s21 diff L12).
"""

from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable


class hjelpestonad_amount(Variable):
    def formula_2027_01(person, period, parameters):
        return person("no_such_variable", period) * 2


class BrokenFormula(Reform):
    metadata = {"id": "broken_formula", "title": {"nb": "B", "en": "B"}, "summary": {"nb": "S", "en": "S"},
                "author": "A drafter", "status": "proposal", "in_force": "2027-01-01",
                "legal_basis": [{"title": "x", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}]}

    def apply(self):
        self.update_variable(hjelpestonad_amount)
