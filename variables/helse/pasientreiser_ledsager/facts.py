"""What the family tells about the child's travel to treatment and hospital stays (pbrl § 2-6)."""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import Document, pbrl
from openfisca_asb.rules.variable_bases import YesNoFact


class has_treatment_travel(YesNoFact):
    entity = Person
    label = "Reiser til undersøkelse eller behandling i helsetjenesten (travels to examination or treatment)"
    reference = pbrl("2-6")
    documentation = "Yes when the child travels to examination or treatment in the health service."


class child_admitted_to_hospital(YesNoFact):
    entity = Person
    label = "Er eller har vært innlagt på sykehus (is or has been admitted to hospital)"
    reference = Document("https://www.pasientreiser.no/pasientreiseordningen/nasjonal-veileder-regelverk/temaer/forskrift-om-barns-opphold-i-helseinstitusjon--10/")
    documentation = "Yes when the child is, or has been, admitted to hospital: both parents' travel can then be covered."
