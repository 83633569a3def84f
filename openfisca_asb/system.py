"""The tax-benefit system, and the one a process uses, built once."""

from functools import lru_cache

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_asb.paths import PARAMETERS_DIR, VARIABLES_DIR
from openfisca_asb.rules import entities
from openfisca_asb.rules.declared import declared_variables

EXAMPLE_SITUATION = {
    "persons": {
        "mor": {"birth_date": {"ETERNITY": "1988-03-14"}},
        "ida": {
            "birth_date": {"ETERNITY": "2019-06-02"},
            "has_lasting_illness": {"ETERNITY": "yes"},
            "hjelpestonad_amount": {"2024-05": None},
        },
    },
    "familier": {"familie": {"caregivers": ["mor"], "children": ["ida"]}},
}


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The rules, as parameters (dated YAML) and variables (formulas, and facts and conditions declared in YAML)."""

    def __init__(self):
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(VARIABLES_DIR))
        self.add_variables(*declared_variables(VARIABLES_DIR))  # facts and simple conditions written in YAML (ADR 0013)
        self.load_parameters(str(PARAMETERS_DIR))
        self.open_api_config = {
            "variable_example": "hjelpestonad_amount",
            "parameter_example": "folketrygd.grunnbelop",
            "simulation_example": EXAMPLE_SITUATION,
        }

    def get_package_metadata(self) -> dict[str, str]:
        """The package's name, version and location, looked up once: openfisca-core asks for it once per formula file."""
        if getattr(self, "_package_metadata", None) is None:
            self._package_metadata = super().get_package_metadata()
        return dict(self._package_metadata)


@lru_cache(maxsize=1)
def baseline_system() -> CountryTaxBenefitSystem:
    return CountryTaxBenefitSystem()
