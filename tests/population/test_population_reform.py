"""Reforms and pilots on a population: winners and losers, pilot selection per family, and the
shortcut (only changed variables recomputed) giving exactly the full recomputation."""

from datetime import date
from types import SimpleNamespace

import numpy
import pytest
from openfisca_core.periods import period
from openfisca_core.reforms import Reform

from openfisca_asb.population import runner
from openfisca_asb.population.results import tables
from openfisca_asb.rules.texts import Text
from openfisca_asb.system import baseline_system
from population_helpers import ON, ORDINARY_MONTHLY, SATS_3_MONTHLY

DOUBLED_YEARLY = 2 * 14_748  # a test reform: the ordinary hjelpestønad rate doubled from 2020


class DoubleHjelpestonad(Reform):
    def apply(self):
        def modify(parameters):
            parameters.folketrygd.hjelpestonad.ordinary_yearly_rate.update(period=period("year:2020:10"), value=DOUBLED_YEARLY)
            return parameters

        self.modify_parameters(modify)


class OnlyIn:
    """A pilot scope with the loader's interface: applies(kommunenummer, on)."""

    def __init__(self, kommuner, start, end):
        self.kommuner, self.start, self.end = kommuner, start, end

    def applies(self, kommunenummer, on):
        return kommunenummer in self.kommuner and self.start <= on <= self.end


class Loaded:
    """A loaded reform as openfisca_asb.drafting.loading gives it: id, metadata, system, pilot."""

    def __init__(self, pilot=None):
        self.id, self.pilot = "double_hjelpestonad", pilot
        self.metadata = SimpleNamespace(title=Text(nb="Dobbel", en="Double"), in_force=None)
        self.system = DoubleHjelpestonad(baseline_system())


def test_everyone_with_hjelpestonad_gains(two_families):
    # Doubled ordinary rate: 29 496 / 12 = 2 458 a month. Sats 1 family: 2 458 − 1 229 = +1 229;
    # sats 3 family: 4 × 2 458 − 4 916 = +4 916. Both win, nobody loses; NAV pays 6 145 more a month.
    result = runner.run(two_families, on=ON, reform=Loaded())
    change = tables.change_summary(result)
    assert (change["winners"], change["losers"]) == (2, 0)
    assert change["gain_per_month"] == ORDINARY_MONTHLY + SATS_3_MONTHLY
    assert change["largest_gain_per_month"] == SATS_3_MONTHLY
    nav = next(row for row in tables.payer_table(result, "en") if row["payer"] == "nav")
    assert nav["change_per_year"] == 12 * (ORDINARY_MONTHLY + SATS_3_MONTHLY)


def test_a_pilot_changes_only_families_inside_its_kommuner(two_families):
    # DESIGN §4: families outside the scope get baseline results. Only Oslo (0301) is in the pilot,
    # so only family 0 (sats 1) gains 1 229; Bergen's family is unchanged.
    pilot = OnlyIn({"0301"}, date(2021, 1, 1), date(2024, 12, 31))
    result = runner.run(two_families, on=ON, reform=Loaded(pilot))
    assert tables.change_summary(result)["winners"] == 1
    assert result.sums.scalar("changes.gain") == ORDINARY_MONTHLY
    rows = {row["kommunenummer"]: row for row in tables.kommune_table(result)}
    assert rows["0301"]["net_change"] == ORDINARY_MONTHLY and rows["4601"]["net_change"] == 0


def test_a_pilot_outside_its_window_changes_nothing(two_families):
    # Property (DESIGN §7): a pilot outside its window changes nothing.
    pilot = OnlyIn({"0301", "4601"}, date(2026, 1, 1), date(2028, 12, 31))
    result = runner.run(two_families, on=ON, reform=Loaded(pilot))
    assert tables.change_summary(result)["winners"] == 0
    assert result.sums.scalar("reform.hjelpestonad.amount") == result.sums.scalar("base.hjelpestonad.amount")


def test_only_the_variables_the_reform_touches_are_recomputed(small_population):
    plan, _, _ = runner.plan_run(runner.open_source(small_population), ON, Loaded(), 50_000)
    assert "hjelpestonad_monthly_rate" in plan.reform.affected
    assert "pleiepenger_amount" not in plan.reform.affected  # pleiepenger reads no hjelpestønad rate


def test_recomputing_only_changed_variables_equals_recomputing_all(small_population, monkeypatch):
    shortcut = runner.run(small_population, on=ON, reform=Loaded())
    monkeypatch.setattr(runner, "affected_variables", lambda *args, **kwargs: None)  # None: recompute everything
    full = runner.run(small_population, on=ON, reform=Loaded())
    assert full.changed_variables is None and shortcut.changed_variables > 0
    for name in full.sums.totals:
        assert numpy.array_equal(full.sums.totals[name], shortcut.sums.totals[name]), name


def test_an_unknown_reform_id_is_refused(two_families):
    from openfisca_asb.population.reforms import PopulationRunError

    with pytest.raises(PopulationRunError, match="no_such_reform"):
        runner.run(two_families, on=ON, reform="no_such_reform")
