"""The explorer's pages for one dyad and one actor: counts by type and year, a timeline, a map.

    GET /explore/dyads/{A-B}?modality=asserted|all|...   the dyad's incidents: counts by type and
        year, the timeline (each report linking to its article's view) and a map of its places
    GET /explore/actors/{code}?modality=...              the events the actor takes part in (as
        actor or recipient): counts by type and year, by role, its counterparts (each linking to
        the dyad's page), a map, and the latest events

Every value is HTML-escaped; codes and dyads are validated by the caller (unknown codes are the
API's E112 with suggestions).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import quote, urlencode

from communique.analytics import TimelineRow
from communique.analytics.series import period_of
from communique.model import EVENT_TYPES, Article, Event, Incident
from communique.web.worldmap import map_svg

from .explorer import EVENT_HEADER, event_row, incident_table, map_points, page

__all__ = ["LATEST_EVENTS", "actor_page", "counts_table", "dyad_page"]

#: the actor page lists this many of its latest events (the event table has them all)
LATEST_EVENTS = 100


def counts_table(pairs: Iterable[tuple[str | None, str]]) -> str:
    """A table of (date, event type) counts: one row per year (undated last), one column per type."""
    counts: Counter[tuple[str, str]] = Counter()
    for date, event_type in pairs:
        counts[(period_of(date, "year") or "undated", event_type)] += 1
    if not counts:
        return '<p class="muted">Nothing to count.</p>'
    types = [t for t in EVENT_TYPES if any(k[1] == t for k in counts)]
    years = sorted({y for y, _ in counts}, key=lambda y: (y == "undated", y))
    head = "".join(f"<th>{html.escape(t)}</th>" for t in types)
    rows = "".join(f"<tr><td>{html.escape(y)}</td>" + "".join(f"<td>{counts[(y, t)] or ''}</td>" for t in types)
                   + f"<td><b>{sum(counts[(y, t)] for t in types)}</b></td></tr>" for y in years)
    return (f'<table class="counts"><thead><tr><th>year</th>{head}<th>all</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _links(pairs: Sequence[tuple[str, str]]) -> str:
    return " · ".join(f'<a href="{html.escape(href)}">{html.escape(text)}</a>' for text, href in pairs)


def dyad_page(dyad: str, rows: Sequence[TimelineRow], incidents: Sequence[Incident], events: Sequence[Event],
              modality: str) -> str:
    """The page of ``dyad``: its incident ``rows`` (by date) and the ``events`` behind them."""
    by_id = {i.id: i for i in incidents}
    docs = {e.id: e.doc_id for e in events}
    links = _links([("its events", f"/explore/events?{urlencode({'dyad': dyad})}"),
                    ("its incidents, sortable", f"/explore/incidents?{urlencode({'dyad': dyad})}"),
                    ("report", f"/report?{urlencode({'dyad': dyad})}")])
    codes = "".join(f' <a href="/explore/actors/{html.escape(quote(c, safe=""))}">{html.escape(c)}</a>'
                    for c in dyad.split("-"))
    body = (f"<p>{len(rows)} incidents ({html.escape(modality)}) of{codes}. {links}</p>"
            f"<h2>By type and year</h2>{counts_table((r.date, r.event_type) for r in rows)}"
            f"<h2>Timeline</h2>{incident_table(rows, by_id, docs)}"
            f"<h2>Places</h2>{map_svg(map_points(events), element_id='map')}")
    return page(f"Dyad {dyad}", body)


def _counterparts(code: str, events: Iterable[Event]) -> str:
    partners: Counter[str] = Counter()
    for e in events:
        partners.update(c for c in e.participants() if c != code)
    if not partners:
        return '<p class="muted">No counterparts.</p>'
    rows = "".join(f'<tr><td><a href="/explore/dyads/{html.escape(quote("-".join(sorted((code, c))), safe=""))}">'
                   f"{html.escape(c)}</a></td><td>{n}</td></tr>" for c, n in partners.most_common(50))
    return f'<table class="counts"><thead><tr><th>with</th><th>events</th></tr></thead><tbody>{rows}</tbody></table>'


def actor_page(code: str, as_actor: Sequence[Event], as_recipient: Sequence[Event],
               articles: Mapping[str, Article], modality: str) -> str:
    """The page of ``code``: the events it is an actor of and those it is a recipient of."""
    events = list({e.id: e for e in (*as_actor, *as_recipient)}.values())
    latest = sorted(events, key=lambda e: (e.date or "", e.id), reverse=True)[:LATEST_EVENTS]
    roles = (f"<p>{len(events)} events ({html.escape(modality)}): actor in {len(as_actor)}, "
             f"recipient in {len(as_recipient)}. "
             + _links([("as actor", f"/explore/events?{urlencode({'actor': code})}"),
                       ("as recipient", f"/explore/events?{urlencode({'recipient': code})}")]) + "</p>")
    rows = "".join(event_row(e, articles) for e in latest)
    table = f'<table id="events">{EVENT_HEADER}<tbody>{rows}</tbody></table>' if rows else ""
    body = (roles + f"<h2>By type and year</h2>{counts_table((e.date, e.event_type) for e in events)}"
            f"<h2>Counterparts</h2>{_counterparts(code, events)}"
            f"<h2>Places</h2>{map_svg(map_points(events), element_id='map')}"
            f"<h2>Latest {len(latest)} events</h2>{table}")
    return page(f"Actor {code}", body)
