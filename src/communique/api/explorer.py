"""The explorer's pages, rendered on the server as plain HTML and inline SVG (no script at all).

    GET /explore                 dyads by number of incidents, each linking to its page and events
    GET /explore/events?q=grain&dyad=RUS-TUR&type=CONSULT&from=2020&to=2021&actor=TUR&modality=asserted
                        &date_source=text&sort=date&desc=1&limit=50&offset=0
                                 a filter form with a search over evidence sentences, one page of
                                 events sortable by column, each linking to its article's view
    GET /explore/incidents?dyad=..&type=..&modality=..&from=..&to=..&actor=..&topic=..&date_source=..
                        &sort=date|type|participants|place|sources&desc=1&limit=50&offset=0
    GET /explore/map?dyad=..&type=..&...       the events' geocoded places on country outlines
    GET /explore/articles/{id}   one article (:mod:`.article_view`)
    GET /explore/dyads/{A-B}, /explore/actors/{code}   (:mod:`.profiles`)

Every value is HTML-escaped; an external article link is rendered only for an ``http(s)`` URL.
The pages use the API's read-only store access, errors and headers (:mod:`communique.api`);
under its Content-Security-Policy they need no script and load nothing.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from communique.analytics import TimelineRow
from communique.model import EVENT_TYPES, Article, Event, Incident
from communique.web.worldmap import OUTLINE_SOURCE, MapPoint, map_svg

__all__ = ["EVENT_HEADER", "EVENT_SORTS", "FORM_FIELDS", "INCIDENT_FIELDS", "INCIDENT_SORTS", "article_href",
           "dyads_page", "event_row", "events_page", "highlight_terms", "incident_table", "incidents_page", "map_page",
           "map_points", "page", "safe_url", "sort_rows"]

Field = tuple[str, str, Sequence[str] | None]
#: (query parameter, label, choices or None for free text) of the event form
FORM_FIELDS: tuple[Field, ...] = (
    ("q", "search evidence", None),
    ("dyad", "dyad (RUS-TUR)", None), ("type", "type", ("", *EVENT_TYPES)), ("from", "from", None),
    ("to", "to", None), ("actor", "actor", None), ("recipient", "recipient", None),
    ("modality", "modality", ("", "asserted", "future", "hypothetical", "negated")),
    ("date_source", "date from", ("", "text", "discourse", "publication")),
)
#: the incident form: no search; a participant (either side) and a topic instead
INCIDENT_FIELDS: tuple[Field, ...] = (
    ("dyad", "dyad (RUS-TUR)", None), ("type", "type", ("", *EVENT_TYPES)), ("from", "from", None),
    ("to", "to", None), ("actor", "participant", None), ("topic", "topic", None),
    ("modality", "modality", ("asserted", "all", "future", "hypothetical", "negated")),
    ("date_source", "date from", ("", "text", "discourse", "publication")),
)
#: event table columns: (label, sort name or None)
EVENT_HEADER = ("<thead><tr><th>date</th><th>type</th><th>modality</th><th>actor</th><th>recipient</th>"
                "<th>evidence</th><th>conf.</th><th>article</th></tr></thead>")
_EVENT_COLUMNS = (("date", "date"), ("type", "type"), ("modality", "modality"), ("actor", "actor"),
                  ("recipient", None), ("evidence", None), ("conf.", "confidence"), ("article", "article"))
EVENT_SORTS = tuple(s for _, s in _EVENT_COLUMNS if s)
_INCIDENT_COLUMNS = (("date", "date"), ("type", "type"), ("participants", "participants"), ("place", "place"),
                     ("topics", None), ("sources", "sources"), ("reports", None))
INCIDENT_SORTS = tuple(s for _, s in _INCIDENT_COLUMNS if s)
_STYLE = ("body{font:14px system-ui,sans-serif;margin:1.5em;color:#222;max-width:80em}"
          "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;"
          "vertical-align:top}th a{color:inherit}form label{margin-right:.8em;white-space:nowrap}"
          "nav a{margin-right:1em}.muted{color:#777}mark{background:#fff176;padding:0 .1em}"
          "mark.ev{background:#ffe082}mark.ev:target,.event:target{outline:2px solid #f57c00}"
          "p.para{line-height:1.6;max-width:50em}.event{border-left:3px solid #ffb300;margin:.5em 0 1em 1em;"
          "padding:.2em .8em}.event table{font-size:13px}svg.map{width:100%;max-width:960px;height:auto}"
          ".counts td{text-align:right}.counts td:first-child{text-align:left}")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is ``http`` or ``https`` (never ``javascript:``, ``data:``, ``file:``), else None."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def article_href(doc_id: str, event_id: str | None = None) -> str:
    """The (unescaped) path of an article's view, at one event's evidence when given."""
    return f"/explore/articles/{quote(doc_id, safe='')}" + (f"#ev-{quote(event_id, safe='')}" if event_id else "")


def page(title: str, body: str) -> str:
    """A whole explorer page: navigation, heading ``title`` (escaped here) and ``body`` (HTML)."""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head>'
            '<body><nav><a href="/explore">dyads</a><a href="/explore/events">events</a>'
            '<a href="/explore/incidents">incidents</a><a href="/explore/map">map</a><a href="/report">report</a>'
            f"</nav><h1>{html.escape(title)}</h1>{body}</body></html>")


def _link(path: str, params: Mapping[str, Any]) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in ("", None)})
    return html.escape(f"{path}?{query}" if query else path)


def dyads_page(incidents: Iterable[Incident], limit: int = 200) -> str:
    """The dyads of ``incidents``, most incidents first, each linking to its page and its events."""
    counts: Counter[str] = Counter()
    for incident in incidents:
        codes = sorted(set(incident.participants))
        counts.update(f"{a}-{b}" for i, a in enumerate(codes) for b in codes[i + 1:])
    rows = "".join(f'<tr><td><a href="/explore/dyads/{html.escape(quote(dyad, safe=""))}">{html.escape(dyad)}</a>'
                   f'</td><td>{n}</td><td><a href="{_link("/explore/events", {"dyad": dyad})}">events</a></td></tr>'
                   for dyad, n in counts.most_common(limit))
    body = ("<table><thead><tr><th>dyad</th><th>incidents</th><th></th></tr></thead>"
            f"<tbody>{rows}</tbody></table>" if rows else '<p class="muted">No incidents in this store yet.</p>')
    return page("Dyads", body)


def _form(params: Mapping[str, str], fields: Sequence[Field], action: str) -> str:
    parts = []
    for name, label, choices in fields:
        value = params.get(name, "")
        if choices is None:
            size = 24 if name == "q" else 10
            field = f'<input name="{name}" value="{html.escape(value)}" size="{size}">'
        else:
            options = "".join(f'<option{" selected" if c == value else ""}>{html.escape(c)}</option>' for c in choices)
            field = f'<select name="{name}">{options}</select>'
        parts.append(f"<label>{html.escape(label)} {field}</label>")
    for name in ("sort", "desc", "limit"):  # kept across a new filter
        if params.get(name):
            parts.append(f'<input type="hidden" name="{name}" value="{html.escape(params[name])}">')
    return f'<form method="get" action="{action}">{"".join(parts)}<button>filter</button></form>'


def _header(columns: Sequence[tuple[str, str | None]], params: Mapping[str, str], path: str) -> str:
    """Column heads; a sortable one links to this page sorted by it (again: the other way)."""
    current, desc = params.get("sort", "date"), params.get("desc") == "1"
    kept = {k: v for k, v in params.items() if k not in ("offset", "sort", "desc")}
    cells = []
    for label, sort in columns:
        if sort is None:
            cells.append(f"<th>{html.escape(label)}</th>")
            continue
        arrow = (" ▼" if desc else " ▲") if sort == current else ""
        again = "1" if sort == current and not desc else ""
        cells.append(f'<th><a href="{_link(path, {**kept, "sort": sort, "desc": again})}">'
                     f"{html.escape(label)}</a>{arrow}</th>")
    return f"<thead><tr>{''.join(cells)}</tr></thead>"


def _pager(path: str, params: Mapping[str, str], *, limit: int, offset: int, more: bool) -> str:
    kept = {k: v for k, v in params.items() if v and k != "offset"}
    links = []
    if offset > 0:
        links.append(f'<a href="{_link(path, {**kept, "offset": max(0, offset - limit)})}">previous</a>')
    if more:
        links.append(f'<a href="{_link(path, {**kept, "offset": offset + limit})}">next</a>')
    return f"<nav>{''.join(links)}</nav>"


def highlight_terms(text: str, terms: Sequence[str]) -> str:
    """``text`` escaped, every case-insensitive occurrence of a term in ``<mark>``."""
    if not terms:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    out, at = [], 0
    for match in pattern.finditer(text):
        out += [html.escape(text[at:match.start()]), f"<mark>{html.escape(match.group())}</mark>"]
        at = match.end()
    out.append(html.escape(text[at:]))
    return "".join(out)


def _codes(refs: Iterable[object]) -> str:
    links = []
    for ref in refs:
        code = str(getattr(ref, "code", ""))
        links.append(f'<a href="/explore/actors/{html.escape(quote(code, safe=""))}">{html.escape(code)}</a>')
    return ", ".join(links)


def _date_cell(date: str | None, source: str | None) -> str:
    text = html.escape(date or "(undated)")
    if source == "publication" and date:
        text += ' <span class="muted" title="the article\'s date, a guess">(pub.)</span>'
    return text


def event_row(event: Event, articles: Mapping[str, Article], terms: Sequence[str] = ()) -> str:
    """One row of an event table (date, type, modality, actor, recipient, evidence, confidence, article)."""
    article = articles.get(event.doc_id)
    url = safe_url(article.url if article else None)
    view = f'<a href="{html.escape(article_href(event.doc_id, event.id))}">{html.escape(event.doc_id)}</a>'
    source = f' <a href="{html.escape(url)}" rel="noopener noreferrer">source</a>' if url else ""
    evidence = " … ".join(highlight_terms(s.text, terms) for s in event.text_info)
    confidence = "" if event.confidence is None else f"{event.confidence:.2f}"
    return (f"<tr><td>{_date_cell(event.date, event.date_source)}</td><td>{html.escape(event.event_type)}</td>"
            f"<td>{html.escape(event.modality)}</td><td>{_codes(event.actor)}</td><td>{_codes(event.recipient)}</td>"
            f'<td class="evidence">{evidence}</td><td>{confidence}</td><td>{view}{source}</td></tr>')


def events_page(events: Sequence[Event], articles: Mapping[str, Article], params: Mapping[str, str], *,
                limit: int, offset: int, more: bool, terms: Sequence[str] = ()) -> str:
    """One page of ``events`` (already filtered, searched and sorted) under the form, with paging links.

    ``terms`` (the search's words) are marked in the evidence.
    """
    rows = "".join(event_row(e, articles, terms) for e in events)
    table = (f'<table id="events">{_header(_EVENT_COLUMNS, params, "/explore/events")}<tbody>{rows}</tbody></table>'
             if rows else '<p class="muted">No events match these filters.</p>')
    shown = f"<p>events {offset + 1}–{offset + len(events)}</p>" if events else ""
    found = (f'<p>Evidence sentences holding {", ".join("“" + html.escape(t) + "”" for t in terms)} '
             '(a plain substring match, no ranking).</p>' if terms else "")
    return page("Events", _form(params, FORM_FIELDS, "/explore/events") + found + shown + table
                + _pager("/explore/events", params, limit=limit, offset=offset, more=more))


_RowKey = Callable[[TimelineRow], Any]
_INCIDENT_KEYS: dict[str, _RowKey] = {
    "date": lambda r: r.date, "type": lambda r: r.event_type, "participants": lambda r: r.participants_text(),
    "place": lambda r: r.place, "sources": lambda r: r.n_sources,
}


def sort_rows(rows: Sequence[TimelineRow], sort: str, descending: bool) -> list[TimelineRow]:
    """``rows`` sorted by one of :data:`INCIDENT_SORTS` (missing values last either way)."""
    key = _INCIDENT_KEYS[sort]
    present = [r for r in rows if key(r) is not None]
    return sorted(present, key=key, reverse=descending) + [r for r in rows if key(r) is None]


def _incident_row(row: TimelineRow, incident: Incident | None, event_docs: Mapping[str, str]) -> str:
    reports = []
    evidence = {ev.doc_id: ev.text for ev in row.evidence}
    for event_id in incident.event_ids if incident is not None else ():
        doc = event_docs.get(event_id)
        if doc is not None:
            reports.append(f'<a href="{html.escape(article_href(doc, event_id))}" '
                           f'title="{html.escape(evidence.get(doc, ""))}">{html.escape(doc)}</a>')
    warn = ' <span title="sources disagree">⚠</span>' if row.disagreement else ""
    mode = f" {html.escape(row.mode)}" if row.mode else ""
    return (f"<tr><td>{_date_cell(row.date, row.date_source)}</td><td>{html.escape(row.event_type)}{mode}</td>"
            f"<td>{html.escape(row.participants_text())}</td><td>{html.escape(row.place or '')}</td>"
            f"<td>{html.escape(', '.join(row.topics))}</td><td>{row.n_sources}{warn}</td>"
            f"<td>{' '.join(reports)}</td></tr>")


def incident_table(rows: Sequence[TimelineRow], incidents: Mapping[str, Incident], event_docs: Mapping[str, str],
                   header: str | None = None) -> str:
    """The incident ``rows`` as a table (``header``: its ``<thead>``, default unsortable column heads)."""
    body = "".join(_incident_row(r, incidents.get(r.id), event_docs) for r in rows)
    if not body:
        return '<p class="muted">No incidents match these filters.</p>'
    if header is None:
        header = f"<thead><tr>{''.join(f'<th>{label}</th>' for label, _ in _INCIDENT_COLUMNS)}</tr></thead>"
    return f'<table id="incidents">{header}<tbody>{body}</tbody></table>'


def incidents_page(rows: Sequence[TimelineRow], incidents: Mapping[str, Incident], event_docs: Mapping[str, str],
                   params: Mapping[str, str], *, limit: int, offset: int, total: int) -> str:
    """One page of incident ``rows`` (already filtered and sorted; ``total`` match) under the form;
    ``event_docs`` (event id -> article id) links each report to its article's view."""
    table = incident_table(rows, incidents, event_docs, _header(_INCIDENT_COLUMNS, params, "/explore/incidents"))
    shown = f"<p>incidents {offset + 1}–{offset + len(rows)} of {total}</p>" if rows else ""
    return page("Incidents", _form(params, INCIDENT_FIELDS, "/explore/incidents") + shown + table
                + _pager("/explore/incidents", params, limit=limit, offset=offset, more=offset + len(rows) < total))


#: PLOVER quad classes: verbal/material cooperation (greens), verbal/material conflict
_QUAD_COLOURS = {1: "#66bb6a", 2: "#1b5e20", 3: "#ffa726", 4: "#c62828"}


def map_points(events: Iterable[Event]) -> list[MapPoint]:
    """The geocoded events as map points (events without coordinates are left out)."""
    out = []
    for e in events:
        loc = e.event_loc
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        who = "–".join(sorted(e.participants()))
        out.append(MapPoint(lat=loc.lat, lon=loc.lon, place=loc.resolved_place or loc.extracted_place,
                            label=f"{e.date or '(undated)'} {e.event_type} {who}",
                            colour=_QUAD_COLOURS.get(e.quad_code or 0, "#607d8b")))
    return out


def map_page(events: Sequence[Event], params: Mapping[str, str]) -> str:
    """The events' geocoded places on the world's country outlines, under the event form."""
    points = map_points(events)
    fields = tuple(f for f in FORM_FIELDS if f[0] != "q")
    note = (f'<p class="muted">{len(points)} of {len(events)} matching events have a geocoded place; '
            f"one dot per place, larger for more events. {html.escape(OUTLINE_SOURCE)}; equirectangular.</p>")
    return page("Map", _form(params, fields, "/explore/map") + note + map_svg(points, element_id="map"))
