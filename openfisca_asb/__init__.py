"""openfisca-asb: what a family with a seriously ill or disabled child is entitled to.

`CountryTaxBenefitSystem` is the name every OpenFisca tool looks for. It is defined in
`openfisca_asb.system` and looked up from here only when asked for, so that importing a
part of the package (`asb --help`, say) does not import openfisca-core.
"""


def __getattr__(name: str):
    if name == "CountryTaxBenefitSystem":
        from openfisca_asb.system import CountryTaxBenefitSystem

        return CountryTaxBenefitSystem
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("openfisca-asb")
        except PackageNotFoundError:  # running from a checkout that was never installed
            return "0.0.0+checkout"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
