"""What the family tells about the child's outcome from ordinary teaching (opplæringslova 2023 §§ 11-6, 11-7)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.variable_bases import YesNoFact


class benefits_satisfactorily_from_ordinary_teaching(YesNoFact):
    entity = Person
    label = "Tilfredsstillende utbytte av det ordinære opplæringstilbudet (the pupil benefits satisfactorily from ordinary teaching)"
    reference = [opplaringslova_2023("11-6"), opplaringslova_1998("5-1")]


class has_sakkyndig_vurdering(YesNoFact):
    entity = Person
    label = "Sakkyndig vurdering fra PP-tjenesten foreligger (an expert assessment by the educational-psychological service exists)"
    reference = [opplaringslova_2023("11-7"), opplaringslova_1998()]
