"""A change the model's missing rates bring is said as such (review s16d portal #2, ADR 0009)."""

from datetime import date

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family


def test_a_status_the_models_missing_rates_change_is_said_so_with_nothing_to_do():
    # Grunnstønad's rates are set each 1 January; the model has none after 2024 (ADR 0009), so on 2025-01-01 Jonas's
    # grunnstønad is «to be assessed» by the model's gap, not by the law: no re-application, and the cause named
    # is the rates not found, not other rights' parameters (review s16d portal #2).
    events = timeline(example_family("cerebral-palsy-large-assistance-need"), date(2024, 9, 1), years=1, language="en").events
    (change,) = [e for e in events if e.benefit == "grunnstonad" and e.date == "2025-01-01"]
    assert [t.kind for t in change.because] == ["rates_not_found"] and change.actions == []
    assert all(name.startswith("folketrygd.grunnstonad.") for t in change.because for name in t.parameters)
