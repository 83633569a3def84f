"""What the family tells for the right to a barnekoordinator (pbrl § 2-5 c)."""

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.provisions import pbrl
from openfisca_asb.rules.variable_bases import YesNoFact


class has_serious_illness_injury_or_disability(YesNoFact):
    entity = Person
    label = "Alvorlig sykdom, skade eller nedsatt funksjonsevne (serious illness, injury or reduced function)"
    reference = pbrl("2-5 c")


class needs_long_term_complex_health_services(YesNoFact):
    entity = Person
    label = "Behov for langvarige og sammensatte helse- og omsorgstjenester (needs long-term and complex health and care services)"
    reference = pbrl("2-5 c")


class needs_other_welfare_services(YesNoFact):
    entity = Person
    label = "Behov for andre velferdstjenester, f.eks. NAV, barnehage, skole (needs other welfare services besides health and care)"
    reference = pbrl("2-5 c")


class expects_child_with_serious_condition(YesNoFact):
    entity = Familie
    label = (
        "Venter barn med alvorlig sykdom, skade eller nedsatt funksjonsevne som vil trenge langvarige, sammensatte "
        "eller koordinerte helse- og omsorgstjenester og andre velferdstjenester (expecting such a child)"
    )
    reference = pbrl("2-5 c")
