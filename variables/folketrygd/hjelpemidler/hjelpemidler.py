"""Hjelpemidler i dagliglivet (folketrygdloven § 10-6, § 10-7 første ledd bokstav a).

A member whose function is vesentlig og varig nedsatt (varig: more than two
years) can get aids that are nødvendige og hensiktsmessige to improve function
in daily life, or so that the person can be cared for at home (§ 10-6). NAV
lends most aids; there is no means test and no age limit. Whether an aid is
necessary and suitable is NAV Hjelpemiddelsentral's assessment, so the best
outcome is *to be assessed*. Not modelled: the membership rule (§ 10-2, with
exceptions for children), and aids that are the kommune's (special-needs
teaching equipment, what a tilrettelagt barnehagetilbud needs, aids in an
avlastningsbolig).
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.variable_bases import ChildRightStatus


class hjelpemidler_status(ChildRightStatus):
    entity = Person
    label = "Hjelpemidler fra NAV i dagliglivet (assistive devices for daily life), status"
    reference = [ftrl("10-6"), ftrl("10-7", ledd=1, bokstav="a")]

    def formula(person, period):
        """To be assessed when the conditions are met: "nødvendig og hensiktsmessig" is NAV
        Hjelpemiddelsentral's assessment, aid by aid; otherwise as the conditions say.
        """
        return status_from(person("hjelpemidler_conditions", period), needs_assessment=True)
