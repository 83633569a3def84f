"""`asb entitlements` cites as the answer does (review s21 M1, M2, ADR 0040): every source of a condition in force on
the date, a provision's window after its citation, and once which text the citations are to.

Emil (examples/school-child-autism-single-parent.yaml) on 1 September 2024: skoleskyss cites opplæringslova 2023 by
chapter, in force from 1 August 2024 (rules/provisions.py); the home adaptation grant's means test cites forskrift
23. februar 2011 nr. 191 § 2 første ledd andre punktum, then Veiviseren's page by its title and address
(variables/kommune/tilpasning_bolig/conditions.py; rules/source_titles.py, review s21 page M4).
"""

from pathlib import Path

from openfisca_asb.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "school-child-autism-single-parent.yaml"
VEIVISEREN = ("https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/"
              "forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer")
NOTE = "Lovhenvisningene gjelder teksten i kraft 1. september 2024. Lenkene åpner dagens versjon, som kan avvike."


def _table(capsys, language: str = "nb") -> list[str]:
    assert main(["entitlements", str(EXAMPLE), "--date", "2024-09-01", "--lang", language]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_condition_prints_every_source_and_a_provision_its_window(capsys):
    lines = _table(capsys)
    means = next(line for line in lines if "økonomisk behovsprøving" in line)
    assert means.endswith("(Forskrift om tilskudd til etablering og tilpasning av bolig § 2 første ledd andre punktum: "
                          f"https://lovdata.no/forskrift/2011-02-23-191/§2; "
                          f"Veiviseren: Forskrift om tilskudd til etablering og tilpasning av bolig: {VEIVISEREN})")
    skyss = [line for line in lines if "https://lovdata.no/lov/2023-06-09-30)" in line and "kapittel 4" in line]
    # The window, then what of the citation was not verified, in the answer's language (ADR 0043, review s21 diff M8).
    assert skyss and all(", i kraft fra 1. august 2024 – paragrafen er ikke verifisert: " in line for line in skyss)
    english = [line for line in _table(capsys, "en") if "https://lovdata.no/lov/2023-06-09-30)" in line and "kapittel 4" in line]
    assert english and all(", in force from 1 August 2024 – the section is not verified: " in line for line in english)


def test_the_note_on_the_citations_follows_them_once(capsys):
    lines = _table(capsys)
    assert lines.count(NOTE) == 1
    assert lines[lines.index(NOTE) - 1].startswith("  ")  # the last condition line above it

