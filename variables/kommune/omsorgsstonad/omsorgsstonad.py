"""Omsorgsstønad (hol § 3-6 første ledd nr. 3, pbrl § 2-8): conditions and status.

Paid to the caregiver. The kommune must offer necessary pårørendestøtte to those with
særlig tyngende omsorgsarbeid, but nobody has a right to a particular measure: whether
the support is omsorgsstønad, avlastning or services, and how much, is the kommune's
discretion. So the best outcome is *to be assessed*.
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl, hol, pbrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import all_of, from_answer
from openfisca_asb.rules.variable_bases import BenefitStatus


class omsorgsstonad_condition_heavy_care(Condition, fact="has_particularly_heavy_care_work"):
    entity = Person
    label = "Omsorgsstønad: særlig tyngende omsorgsarbeid (particularly heavy care work, as the kommune assesses it)"
    reference = hol("3-6", ledd=1)


class omsorgsstonad_condition_necessary_and_wanted(Condition, fact="care_is_necessary_and_wanted"):
    entity = Person
    label = "Omsorgsstønad: omsorgsarbeidet er nødvendig, og begge ønsker at det fortsetter (the care is necessary and both want it to continue)"
    reference = hol("3-6", ledd=1, nr=3)


class omsorgsstonad_condition_hjelpestonad_first(Condition):
    entity = Person
    label = "Omsorgsstønad: hjelpestønad er søkt først (hjelpestønad from NAV has been applied for first)"
    reference = ftrl("6-4", ledd="siste")
    documentation = "Hjelpestønad goes before omsorgsstønad (ftrl § 6-4 last ledd); kommuner require it to be applied for first."

    def formula(person, period):
        """Where both could apply, hjelpestønad is used first (ftrl § 6-4 siste ledd); modelled as the family
        having applied for hjelpestønad, from the family's answer.
        """
        return from_answer(person.familie("hjelpestonad_applied_for", period))


class omsorgsstonad_conditions(Condition):
    entity = Person
    label = "Omsorgsstønad: alle vilkår (all conditions, combined)"
    reference = hol("3-6")

    def formula(person, period):
        """Omsorgsstønad needs particularly heavy care work, care that is necessary and wanted by both, and
        hjelpestønad applied for first. Kleene AND.
        """
        return all_of(
            person("omsorgsstonad_condition_heavy_care", period),
            person("omsorgsstonad_condition_necessary_and_wanted", period),
            person("omsorgsstonad_condition_hjelpestonad_first", period),
        )


class omsorgsstonad_status(BenefitStatus):
    entity = Person
    label = "Omsorgsstønad (carer's allowance from the kommune), status"
    reference = pbrl("2-8")

    def formula(person, period):
        """To be assessed when the conditions are met: whether and how much is the kommune's discretion (hol §
        3-6); otherwise as the conditions say.
        """
        return status_from(person("omsorgsstonad_conditions", period), needs_assessment=True)
