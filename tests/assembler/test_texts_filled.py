"""Every text an answer carries has its figures filled in for the answer's date (rules/texts.py `fill_parameters`):
a catalogue text quotes a limit as `{p:path}` so it stays true on every date and under every reform, and no
family or portal may see the placeholder (review s15: the page showed «{p:folketrygd.bil.means_tested_part}
kroner» in «Om retten», read from the raw catalogue)."""

import json
from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family, example_names


@pytest.mark.parametrize("language", ["nb", "en"])
def test_no_answer_text_holds_a_placeholder(language):
    answers = assemble_many([example_family(name) for name in example_names()], date(2025, 6, 1), language=language)
    for name, answer in zip(example_names(), answers):
        assert "{p:" not in answer.model_dump_json(), name


def test_each_right_says_what_it_is_with_the_figures_of_the_date():
    # Bil (bilstønadsforskriften): the summary quotes the means-tested part of the grant; the page shows it under
    # «Om retten» from the answer, not from the catalogue's raw text.
    answer = assemble_many([example_family("toddler-cerebral-palsy-barnehage")], date(2025, 6, 1), language="nb")[0]
    assert all(result.summary for result in answer.benefits)
    bil = next(result for result in answer.benefits if result.benefit == "bil")
    assert "kroner" in bil.summary and "{" not in bil.summary
    assert json.loads(answer.model_dump_json())["benefits"][0]["summary"]


def test_a_summary_quoting_a_figure_not_verified_on_the_date_says_so():
    # The maximum barnehage price is known to hold until 1 August 2024 (2 000 kroner, regjeringen.no); on
    # 1 June 2025 it is quoted with the same caveat the reason gets (answer/quoted_rates.py, review s15b).
    answer = assemble_many([example_family("toddler-cerebral-palsy-barnehage")], date(2025, 6, 1), language="nb")[0]
    priority = next(result for result in answer.benefits if result.benefit == "barnehage_prioritet")
    assert "2 000 kroner" in priority.summary
    assert priority.summary.endswith("Tallet som er nevnt, er ikke bekreftet for 1. juni 2025; det kan ha endret seg.")
