"""The gate of folketrygdloven chapter 10 that hjelpemidler, aktivitetshjelpemidler and stønad til bil share.

§ 10-6 first ledd: a member whose function in daily life is vesentlig og varig
nedsatt because of sykdom, skade eller lyte. The statute says «varig»; more than two years
is the ministry's reading («varige funksjonsnedsettelser (over to år)», regjeringen.no, cited
beside the statute). A child not yet born has no claim.
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import HJELPEMIDLER_LASTING_OVER_TWO_YEARS, ftrl
from openfisca_asb.rules.tristate import NOT_MET, all_of, from_answer


class has_lasting_reduced_function(Condition):
    entity = Person
    label = (
        "Funksjonsevnen i dagliglivet er vesentlig og varig (over to år) nedsatt på grunn av sykdom, skade eller "
        "lyte (function in daily life substantially reduced for more than two years by illness, injury or disability)"
    )
    reference = [ftrl("10-6", ledd=1), HJELPEMIDLER_LASTING_OVER_TWO_YEARS]

    def formula(person, period):
        """A lasting illness, injury or disability, and function substantially reduced for more than two years.
        Kleene AND; not met before birth.
        """
        reduced = all_of(
            from_answer(person("has_lasting_illness", period)),
            from_answer(person("function_reduced_over_two_years", period)),
        )
        return numpy.where(person("age", period) >= 0, reduced, NOT_MET).astype(numpy.int16)
