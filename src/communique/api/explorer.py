"""The explorer's first pages, rendered on the server (no script): dyads, and events with filters.

    GET /explore                 dyads by number of incidents, each linking to its events
    GET /explore/events?dyad=RUS-TUR&type=CONSULT&from=2020&to=2021&actor=TUR&modality=asserted
                        &date_source=text&limit=50&offset=0
                                 a filter form, one page of events (date, type, modality, actor,
                                 recipient, evidence, article) and links to the next and previous pages

Every value is HTML-escaped; an article link is rendered only for an ``http(s)`` URL. The pages
use the API's read-only store access, errors and headers (:mod:`communique.api`).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlencode, urlsplit

from communique.model import EVENT_TYPES, Article, Event, Incident

__all__ = ["FORM_FIELDS", "dyads_page", "events_page", "safe_url"]

#: (query parameter, label, choices or None for free text)
FORM_FIELDS: tuple[tuple[str, str, Sequence[str] | None], ...] = (
    ("dyad", "dyad (RUS-TUR)", None), ("type", "type", ("", *EVENT_TYPES)), ("from", "from", None),
    ("to", "to", None), ("actor", "actor", None),
    ("modality", "modality", ("", "asserted", "future", "hypothetical", "negated")),
    ("date_source", "date from", ("", "text", "discourse", "publication")),
)
_STYLE = ("body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse}"
          "td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
          "form label{margin-right:.8em}nav a{margin-right:1em}.muted{color:#777}")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is ``http`` or ``https`` (never ``javascript:``, ``data:``, ``file:``), else None."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def _page(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body><nav><a href=\"/explore\">dyads</a>"
            f'<a href="/explore/events">events</a><a href="/report">report</a></nav>'
            f"<h1>{html.escape(title)}</h1>{body}</body></html>")


def dyads_page(incidents: Iterable[Incident], limit: int = 200) -> str:
    """The dyads of ``incidents``, most incidents first, each linking to its events."""
    counts: Counter[str] = Counter()
    for incident in incidents:
        codes = sorted(set(incident.participants))
        counts.update(f"{a}-{b}" for i, a in enumerate(codes) for b in codes[i + 1:])
    rows = "".join(f'<tr><td><a href="/explore/events?{html.escape(urlencode({"dyad": dyad}))}">'
                   f"{html.escape(dyad)}</a></td><td>{n}</td></tr>"
                   for dyad, n in counts.most_common(limit))
    body = (f"<table><thead><tr><th>dyad</th><th>incidents</th></tr></thead><tbody>{rows}</tbody></table>"
            if rows else '<p class="muted">No incidents in this store yet.</p>')
    return _page("Dyads", body)


def _form(params: Mapping[str, str]) -> str:
    parts = []
    for name, label, choices in FORM_FIELDS:
        value = params.get(name, "")
        if choices is None:
            field = f'<input name="{name}" value="{html.escape(value)}" size="10">'
        else:
            options = "".join(f'<option{" selected" if c == value else ""}>{html.escape(c)}</option>' for c in choices)
            field = f'<select name="{name}">{options}</select>'
        parts.append(f"<label>{html.escape(label)} {field}</label>")
    return f'<form method="get" action="/explore/events">{"".join(parts)}<button>filter</button></form>'


def _codes(refs: Iterable[object]) -> str:
    return ", ".join(html.escape(str(getattr(r, "code", ""))) for r in refs)


def _row(event: Event, articles: Mapping[str, Article]) -> str:
    article = articles.get(event.doc_id)
    url = safe_url(article.url if article else None)
    doc = html.escape(event.doc_id)
    source = f'<a href="{html.escape(url)}" rel="noopener noreferrer">{doc}</a>' if url else doc
    evidence = " … ".join(html.escape(s.text) for s in event.text_info)
    date = html.escape(event.date or "(undated)")
    if event.date_source == "publication":
        date += ' <span class="muted" title="the article\'s date, a guess">(pub.)</span>'
    return (f"<tr><td>{date}</td><td>{html.escape(event.event_type)}</td><td>{html.escape(event.modality)}</td>"
            f"<td>{_codes(event.actor)}</td><td>{_codes(event.recipient)}</td><td>{evidence}</td>"
            f"<td>{source}</td></tr>")


def events_page(events: Sequence[Event], articles: Mapping[str, Article], params: Mapping[str, str], *,
                limit: int, offset: int, more: bool) -> str:
    """One page of ``events`` (already filtered) under a filter form, with paging links."""
    kept = {k: v for k, v in params.items() if v and k not in ("offset",)}
    links = []
    if offset > 0:
        links.append(f'<a href="/explore/events?{html.escape(urlencode({**kept, "offset": max(0, offset - limit)}))}">'
                     "previous</a>")
    if more:
        links.append(f'<a href="/explore/events?{html.escape(urlencode({**kept, "offset": offset + limit}))}">'
                     "next</a>")
    rows = "".join(_row(e, articles) for e in events)
    table = (("<table><thead><tr><th>date</th><th>type</th><th>modality</th><th>actor</th><th>recipient</th>"
              f"<th>evidence</th><th>article</th></tr></thead><tbody>{rows}</tbody></table>")
             if rows else '<p class="muted">No events match these filters.</p>')
    shown = f"<p>events {offset + 1}–{offset + len(events)}</p>" if events else ""
    return _page("Events", _form(params) + shown + table + f"<nav>{''.join(links)}</nav>")
