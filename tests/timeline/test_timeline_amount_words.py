"""An amount change in a timeline says the amounts before and after (review s22 caseworker L5): «beløpet endres»
alone hid a pleiepenger month of 214 000 kr (H2)."""

from types import SimpleNamespace

import pytest

from openfisca_asb.answer.models import Amount, AmountRange
from openfisca_asb.answer.timeline_amounts import amount_change_text


def _right(amount=None, range_=None):
    return SimpleNamespace(amount=amount, range=range_)


@pytest.mark.parametrize(("old", "new", "language", "said"), [
    (_right(Amount(value=44000, unit="NOK", period="month")), _right(Amount(value=42000, unit="NOK", period="month")), "nb",
     "Pleiepenger: beløpet endres fra 44 000 kr til 42 000 kr i måneden"),
    # A range from nothing reads «inntil», as `asb entitlements` shows it (review s16).
    (_right(range_=AmountRange(min=0, max=40, unit="days", period="year")),
     _right(range_=AmountRange(min=0, max=20, unit="days", period="year")), "nb",
     "Pleiepenger: beløpet endres fra inntil 40 dager til inntil 20 dager i året"),
    (_right(range_=AmountRange(min=20, max=40, unit="days", period="year")),
     _right(Amount(value=20, unit="days", period="year")), "en",
     "Pleiepenger: the amount changes from 20 – 40 days to 20 days a year"),
    (_right(Amount(value=1263, unit="NOK", period="month")), _right(Amount(value=15162, unit="NOK", period="year")), "en",
     "Pleiepenger: the amount changes from 1 263 kr a month to 15 162 kr a year"),
    (_right(), _right(Amount(value=1263, unit="NOK", period="month")), "en", "Pleiepenger: the amount changes"),
])
def test_the_amounts_before_and_after_are_said(old, new, language, said):
    assert amount_change_text("Pleiepenger", old, new, language) == said
