"""A self-contained HTML report of incidents: charts, network, map, timeline and evidence.

One file, readable offline: the CSS and the drawing script (``static/report.css``,
``static/report.js``, written for communique) are inlined into ``templates/report.html`` with
the data as JSON; nothing is fetched from a network. The timeline and the evidence are plain
HTML made here, so they read without JavaScript; three charts are SVG drawn by the script, the map (country
outlines and located incidents, :mod:`communique.web.worldmap`) is SVG made here::

    html = render_report(incidents, events, articles, dyad="RUS-TUR", title="Russia–Turkey")
    Path("report.html").write_text(html, encoding="utf-8")

Each timeline row links to its evidence sentences (``#ev-<n>``), which name their article,
outlet and date; an article's URL is a link only when it is ``http(s)`` (anything else,
``javascript:`` or ``data:`` included, is shown as text).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

from communique.analytics.network import actor_network
from communique.analytics.series import Dyad, as_item, dyad_series, in_dyad, parse_dyad, type_counts_by_quarter
from communique.analytics.timeline import TimelineRow, format_line, timeline
from communique.model import EVENT_TYPES, Article, Event, Incident
from communique.web.worldmap import OUTLINE_SOURCE, MapPoint, map_svg

__all__ = ["QUAD_COLOURS", "TYPE_COLOURS", "render_report"]

_WEB = resources.files("communique") / "web"

#: PLOVER quad classes: verbal/material cooperation (greens), verbal/material conflict.
QUAD_COLOURS = {1: "#66bb6a", 2: "#1b5e20", 3: "#ffa726", 4: "#c62828"}

#: One colour per event type, cooperative types green to blue, conflictual ones orange to red.
TYPE_COLOURS = dict(zip(EVENT_TYPES, (
    "#a5d6a7", "#66bb6a", "#43a047", "#2e7d32", "#26a69a", "#00897b", "#1e88e5",
    "#ffcc80", "#ffa726", "#fb8c00", "#ef6c00", "#8d6e63", "#e57373", "#e53935", "#c62828", "#7f0000",
), strict=True))


def _version() -> str:
    try:
        return version("communique")
    except PackageNotFoundError:
        return "dev"


def _json_for_script(value: Any) -> str:
    """JSON safe inside ``<script>``: no ``</`` and no HTML comment openers."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def _timeline_html(rows: Sequence[TimelineRow], evidence_ids: dict[tuple[str, int, int], int]) -> str:
    if not rows:
        return '<p class="note">No incidents match.</p>'
    out = ['<table class="timeline"><thead><tr><th>date</th><th>event</th><th>participants</th>'
           '<th>place</th><th>topics</th><th>sources</th><th>evidence</th></tr></thead><tbody>']
    for r in rows:
        links = []
        for ev in r.evidence:
            n = evidence_ids.get((ev.doc_id, ev.start, ev.end))
            if n is not None:
                links.append(f'<a href="#ev-{n}" title="{html.escape(ev.text)}">[{n}]</a>')
        sources = f"{r.n_sources}" + (' <span class="warn" title="sources disagree">⚠</span>' if r.disagreement else "")
        quad = f' class="q{r.quad_code}"' if r.quad_code else ""
        out.append(
            f'<tr id="row-{html.escape(r.id)}"{quad} title="{html.escape(format_line(r))}">'
            f'<td class="date" title="date from: {r.date_source or "unknown"}">{html.escape(r.date_label())}</td>'
            f"<td>{html.escape(r.event_type)}{' ' + html.escape(r.mode) if r.mode else ''}</td>"
            f"<td>{html.escape(r.participants_text())}</td>"
            f"<td>{html.escape(r.place or '')}</td>"
            f"<td>{html.escape(', '.join(r.topics))}</td>"
            f"<td>{sources}</td><td>{' '.join(links)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)


_EvidenceIds = dict[tuple[str, int, int], int]


def _linkable(url: str) -> bool:
    """Whether ``url`` may become a link: ``http(s)`` with a host only (never ``javascript:``,
    ``data:``, ``file:``, or a scheme hidden behind control characters or spaces)."""
    if url != url.strip() or any(ord(c) < 0x21 or c == "\x7f" for c in url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def _evidence_html(rows: Sequence[TimelineRow], articles: dict[str, Article]) -> tuple[str, _EvidenceIds]:
    ids: _EvidenceIds = {}
    items = []
    for r in rows:
        for ev in r.evidence:
            key = (ev.doc_id, ev.start, ev.end)
            if key in ids:
                continue
            ids[key] = n = len(ids) + 1
            art = articles.get(ev.doc_id)
            about = [html.escape(ev.doc_id)]
            if art is not None:
                if art.title:
                    about.append(f"“{html.escape(art.title)}”")
                if art.source:
                    about.append(html.escape(art.source))
                if art.published:
                    about.append(art.published.isoformat())
                if art.url and _linkable(art.url):
                    about[0] = f'<a href="{html.escape(art.url)}">{html.escape(ev.doc_id)}</a>'
                elif art.url:
                    about.append(f'<span class="url">{html.escape(art.url)}</span>')  # shown, never a link
            items.append(f'<li id="ev-{n}" value="{n}">{html.escape(ev.text)} '
                         f'<span class="src">— {", ".join(about)}, characters {ev.start}–{ev.end}</span>'
                         f' <a href="#row-{html.escape(r.id)}">↑</a></li>')
    if not items:
        return '<p class="note">No evidence sentences were given.</p>', ids
    return '<ol class="evidence">' + "\n".join(items) + "</ol>", ids


def render_report(incidents: Iterable[Incident], events: Iterable[Event] = (), articles: Iterable[Article] = (),
                  dyad: Dyad | None = None, title: str | None = None) -> str:
    """The report as one HTML string.

    ``incidents`` are what is counted and drawn (restricted to ``dyad`` when given, e.g.
    ``"RUS-TUR"``); ``events`` give names and evidence sentences; ``articles`` give titles, outlets
    and links for the evidence. Raises ``ValueError`` for a malformed dyad.
    """
    pair = parse_dyad(dyad) if dyad is not None else None
    chosen = [i for i in incidents if in_dyad(as_item(i), pair)]
    event_list = list(events)
    by_article = {a.id: a for a in articles}
    rows = timeline(chosen, events=event_list)
    evidence_html, evidence_ids = _evidence_html(rows, by_article)
    series = dyad_series(chosen, None, "month")
    quarters = type_counts_by_quarter(chosen)
    nodes, edges = actor_network(chosen)
    used_types = [t for t in EVENT_TYPES if any(t in q.counts for q in quarters)]
    located = [MapPoint(lat=r.lat, lon=r.lon, place=r.place or "", label=f"{r.date or '(undated)'} {r.event_type} "
                        f"{r.participants_text()}", colour=QUAD_COLOURS.get(r.quad_code or 0, "#607d8b"))
               for r in rows if r.lat is not None and r.lon is not None]
    data = {
        "series": [p.to_record() for p in series],
        "quarters": [{"period": q.period, "counts": q.counts} for q in quarters],
        "types": used_types,
        "type_colours": TYPE_COLOURS,
        "network": {"nodes": [n.to_record() for n in nodes], "edges": [e.to_record() for e in edges]},
    }
    label = "–".join(pair) if pair else "all dyads"
    heading = title or f"Incidents: {label}"
    dated = [r.date for r in rows if r.date]
    span = f"{min(dated)} to {max(dated)}" if dated else "no dated incidents"
    n_sources = sum(r.n_sources for r in rows)
    summary = (f"{len(rows)} incidents ({label}), {span}, from {n_sources} reports; "
               f"made {dt.date.today().isoformat()}.")
    template = (_WEB / "templates" / "report.html").read_text(encoding="utf-8")
    parts = {
        "title": html.escape(heading),
        "summary": html.escape(summary),
        "version": html.escape(_version()),
        "css": (_WEB / "static" / "report.css").read_text(encoding="utf-8"),
        "js": (_WEB / "static" / "report.js").read_text(encoding="utf-8"),
        "timeline": _timeline_html(rows, evidence_ids),
        "evidence": evidence_html,
        "data": _json_for_script(data),
        "map": map_svg(located, empty="No located incidents."),
        "map_source": html.escape(OUTLINE_SOURCE),
    }
    # one pass, so text inserted from the data is never read as a placeholder
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)
