"""The one tax-benefit system a process uses, built once."""

from functools import lru_cache

from openfisca_asb import CountryTaxBenefitSystem


@lru_cache(maxsize=1)
def baseline_system() -> CountryTaxBenefitSystem:
    return CountryTaxBenefitSystem()
