"""The actor network: who interacts with whom, how often, and how.

Nodes are participant codes; an undirected edge joins two codes that take part in one item,
actor with recipient for directed types, every pair of participants for the symmetric ones
(CONSULT, AGREE, COOPERATE). Each edge counts its items by type and quad class and averages the
cooperation-conflict scale::

    >>> nodes, edges = actor_network(incidents)
    >>> [(e.source, e.target, e.n, e.by_type) for e in edges][:1]
    [('RUS', 'TUR', 3, {'CONSULT': 2, 'ACCUSE': 1})]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from communique.analytics.series import Item, as_item
from communique.model import SYMMETRIC_TYPES, Event, Incident

__all__ = ["Edge", "Node", "actor_network"]


@dataclass
class Node:
    """A participant code and the number of items it takes part in."""

    code: str
    n: int = 0

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"code": self.code, "n": self.n}


@dataclass
class Edge:
    """Interactions between two codes (``source`` < ``target``)."""

    source: str
    target: str
    n: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[int, int] = field(default_factory=dict)
    scale_sum: float = 0.0
    scale_n: int = 0

    @property
    def scale_mean(self) -> float | None:
        """Mean cooperation-conflict scale of the edge's items."""
        return self.scale_sum / self.scale_n if self.scale_n else None

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"source": self.source, "target": self.target, "n": self.n, "by_type": dict(self.by_type),
                "by_quad": {str(k): v for k, v in self.by_quad.items()},
                "scale_mean": None if self.scale_mean is None else round(self.scale_mean, 3)}


def _pairs(item: Item) -> set[tuple[str, str]]:
    if item.event_type in SYMMETRIC_TYPES or not item.recipient:
        codes = sorted(item.participants)
        return set(combinations(codes, 2))
    return {(min(a, b), max(a, b)) for a in item.actor for b in item.recipient if a != b}


def actor_network(items: Iterable[Incident | Event | Item]) -> tuple[list[Node], list[Edge]]:
    """Nodes (most active first) and edges (heaviest first) of the items.

    A node's ``n`` counts items it takes part in, with or without a partner; an item with a
    single participant (a protest with no named target) adds to the node and to no edge.
    """
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str], Edge] = {}
    for obj in items:
        item = as_item(obj)
        for code in item.participants:
            nodes.setdefault(code, Node(code)).n += 1
        for a, b in _pairs(item):
            e = edges.setdefault((a, b), Edge(a, b))
            e.n += 1
            e.by_type[item.event_type] = e.by_type.get(item.event_type, 0) + 1
            if item.quad_code is not None:
                e.by_quad[item.quad_code] = e.by_quad.get(item.quad_code, 0) + 1
            if item.event_scale is not None:
                e.scale_sum += item.event_scale
                e.scale_n += 1
    return (sorted(nodes.values(), key=lambda n: (-n.n, n.code)),
            sorted(edges.values(), key=lambda e: (-e.n, e.source, e.target)))
