"""Reforms and Trial Act pilots (DESIGN §4): `<id>.yaml` (parametric) or `<id>.py` (structural).

OpenFisca takes a reform by import path (`reforms:` in a YAML test,
`TaxBenefitSystem.apply_reform`). A Python reform is
`openfisca_asb.reforms.<id>.<Class>`; a YAML reform has no module of its own,
so this package gives its Reform class as `openfisca_asb.reforms.<id>`.
"""


def __getattr__(name: str):
    from openfisca_asb.drafting.loading import load_reform, reforms_folder

    if not name.startswith("_") and (reforms_folder() / f"{name}.yaml").is_file():
        return load_reform(name).reform_class
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
