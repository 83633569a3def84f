"""A Python pilot written to a file for a test: its metadata a pilot's in 5001 Trondheim for 2027–2029, its body the
variables or functions given, and `apply` the line given."""

from textwrap import dedent

from openfisca_asb.drafting.loading import load_reform_file

FORSOKSLOVEN = [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}]
METADATA = dedent('''
    metadata = {
        "id": "{id}", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A kommune",
        "status": "pilot", "legal_basis": FORSOKSLOVEN,
        "pilot": {"kommuner": {"5001": "Trondheim"}, "start": "2027-01-01", "end": "2029-12-31", "legal_basis": FORSOKSLOVEN},
    }
''')


def python_pilot(tmp_path, reform_id: str, body: str, apply: str):
    source = (
        "import numpy\nfrom openfisca_core.periods import period\nfrom openfisca_core.reforms import Reform\n"
        "from openfisca_core.variables import Variable\nfrom openfisca_asb.rules.status import Status\n\n"
        f"FORSOKSLOVEN = {FORSOKSLOVEN!r}\n\n{dedent(body)}\n\nclass Pilot(Reform):\n"
        + "\n".join("    " + line for line in METADATA.replace("{id}", reform_id).splitlines())
        + f"\n\n    def apply(self):\n        {apply}\n"
    )
    path = tmp_path / f"{reform_id}.py"
    path.write_text(source, encoding="utf-8")
    return load_reform_file(path)
