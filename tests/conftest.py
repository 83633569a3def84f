import pytest

from openfisca_asb import CountryTaxBenefitSystem


@pytest.fixture(scope="session")
def tax_benefit_system():
    return CountryTaxBenefitSystem()
