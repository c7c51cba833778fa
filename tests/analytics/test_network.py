"""The actor network, checked by hand on the shared incidents."""

from __future__ import annotations

import pytest

from communique.analytics.network import actor_network
from communique.model import Incident


def test_network_nodes_and_edges(incidents: list[Incident]) -> None:
    nodes, edges = actor_network(incidents)
    # RUS takes part in all five, TUR in I1, I2, I3, I5, SYR in I4
    assert [(n.code, n.n) for n in nodes] == [("RUS", 5), ("TUR", 4), ("SYR", 1)]
    rus_tur, rus_syr = edges
    assert (rus_tur.source, rus_tur.target, rus_tur.n) == ("RUS", "TUR", 4)
    assert rus_tur.by_type == {"CONSULT": 2, "ACCUSE": 1, "AGREE": 1}
    # scales 1.9 (visit), -2.0 (accuse), 5.0 (given), 1.0 (phone): mean 5.9 / 4
    assert rus_tur.scale_mean == pytest.approx(1.475)
    assert rus_tur.by_quad == {1: 3, 3: 1}
    assert (rus_syr.source, rus_syr.target, rus_syr.n, rus_syr.scale_mean) == ("RUS", "SYR", 1, -10.0)
    assert rus_tur.to_record()["scale_mean"] == 1.475


def test_network_multilateral_and_untargeted() -> None:
    talks = Incident(id="m", event_type="CONSULT", mode="multilateral", participants=("FRA", "DEU", "ITA"),
                     actor=("FRA", "DEU", "ITA"), date="2021-05-01")
    protest = Incident(id="p", event_type="PROTEST", mode="demo", participants=("GRC",), actor=("GRC",))
    nodes, edges = actor_network([talks, protest])
    assert {(e.source, e.target) for e in edges} == {("DEU", "FRA"), ("DEU", "ITA"), ("FRA", "ITA")}
    assert ("GRC", 1) in [(n.code, n.n) for n in nodes]
