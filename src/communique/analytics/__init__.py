"""Analytics: pure functions over incidents (or raw events) -- series, network, timelines.

Nothing here reads the store; callers pass lists of :class:`communique.model.Incident` or
:class:`communique.model.Event`, so the CLI, the API, the HTML report and the tests share them.
"""

from __future__ import annotations

from communique.analytics.network import Edge, Node, actor_network
from communique.analytics.series import (
    PeriodCounts,
    SeriesPoint,
    Share,
    context_shares,
    dyad_series,
    event_item,
    parse_dyad,
    plover_scale,
    topic_shares,
    type_counts_by_quarter,
)
from communique.analytics.timeline import (
    Evidence,
    TimelineRow,
    format_line,
    render_timeline,
    render_timeline_parts,
    timeline,
)

__all__ = [
    "Edge",
    "Evidence",
    "Node",
    "PeriodCounts",
    "SeriesPoint",
    "Share",
    "TimelineRow",
    "actor_network",
    "context_shares",
    "dyad_series",
    "event_item",
    "format_line",
    "parse_dyad",
    "plover_scale",
    "render_timeline",
    "render_timeline_parts",
    "timeline",
    "topic_shares",
    "type_counts_by_quarter",
]
