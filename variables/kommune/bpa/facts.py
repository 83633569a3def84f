"""What the family tells about the need for personal assistance (pbrl § 2-1 d)."""


from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import pbrl
from openfisca_asb.rules.variable_bases import NumberFact, YesNoFact


class bpa_assistance_hours_per_week(NumberFact):
    entity = Person
    unit = "hour"
    label = (
        "Behov for personlig assistanse, timer per uke: praktisk bistand og opplæring, støttekontakt og, "
        "for barn under 18, avlastning – uten punktvise behov for to hjelpere eller om natten "
        "(assistance need in hours per week; -1 when not given)"
    )
    reference = pbrl("2-1 d")


class bpa_need_expected_years(NumberFact):
    entity = Person
    unit = "year"
    label = "Hvor mange år behovet for assistanse ventes å vare (expected duration of the assistance need in years; -1 when not given)"
    reference = pbrl("2-1 d")


class bpa_granted_before_67(YesNoFact):
    entity = Person
    label = "BPA innvilget før fylte 67 år (BPA was granted before the person turned 67; matters only from 67)"
    reference = pbrl("2-1 d")


class bpa_kommune_documents_higher_cost(YesNoFact):
    entity = Person
    label = "Kommunen har dokumentert at BPA blir vesentlig mer kostnadskrevende (the kommune has documented substantially higher cost; matters at 25–32 hours)"
    reference = pbrl("2-1 d")
