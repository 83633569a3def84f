"""The English names of the three rights for a caregiver's care of a sick child name their Norwegian terms (review s21
L4): «Care allowance days», «Care benefit for a sick child» and «Carer's allowance from the kommune» are easily
confused, and a caseworker or a family searches nav.no and the kommune's pages by the Norwegian word.

Far (examples/school-child-autism-single-parent.yaml) has all three on 1 September 2024: omsorgspenger (ftrl §§ 9-5
to 9-9), pleiepenger (ftrl § 9-10) and omsorgsstønad (hol § 3-6).
"""

from pathlib import Path

from openfisca_asb.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "school-child-autism-single-parent.yaml"


def test_each_english_name_carries_its_norwegian_term(capsys):
    assert main(["entitlements", str(EXAMPLE), "--date", "2024-09-01", "--lang", "en"]) == 0
    names = {line.split("  ")[0] for line in capsys.readouterr().out.splitlines()[2:] if "  far  " in line}
    for name, term in (("Care allowance days", "omsorgspenger"), ("Care benefit for a sick child", "pleiepenger"),
                       ("Carer's allowance from the kommune", "omsorgsstønad")):
        shown = next(shown for shown in names if shown.startswith(name))
        assert f"({term}" in shown, shown
