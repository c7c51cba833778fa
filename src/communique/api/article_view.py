"""One article as the explorer shows it: its text paragraph by paragraph, each event's evidence
marked in its paragraph, and under the paragraph each event with every coded field and why.

    GET /explore/articles/{id}

A paragraph is a line of the article's text. An evidence span (``Event.text_info``) is marked
``<mark class="ev">`` where its offsets fall; spans of several events may overlap (the marked
piece names them all). Each event is described after the paragraph holding its first evidence
span (``id="ev-<event id>"``, the target of the event tables' links): type and mode with the rule
that fired and its trigger, modality, each actor and recipient (code, sector, name, office, the
reason and the words it came from), the date (value, precision, source, reason, words), the place
(as written, as geocoded, reason), contexts, topics, confidence and provenance. A span whose
offsets do not hold its text is not marked; its event is listed at the end.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from communique.api.explorer import page, safe_url
from communique.model import ActorRef, Article, Event, Span

__all__ = ["article_page", "event_anchor", "paragraphs"]

_PARAGRAPH = re.compile(r"[^\n]+")


def event_anchor(event_id: str) -> str:
    """The (unescaped) element id of an event's description: ``ev-`` and the id, percent-encoded."""
    return "ev-" + quote(event_id, safe="")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text``."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _placed(span: Span, text: str) -> bool:
    return 0 <= span.start < span.end <= len(text) and (not span.text or text[span.start:span.end] == span.text)


def _marked(text: str, start: int, end: int, spans: Sequence[tuple[int, int, Event]]) -> str:
    """``text[start:end]`` escaped, the pieces covered by evidence spans in ``<mark>``."""
    cuts = sorted({start, end, *(max(start, min(end, p)) for s, e, _ in spans for p in (s, e))})
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = [ev for s, e, ev in spans if s <= a and b <= e]
        piece = html.escape(text[a:b])
        if covering:
            names = ", ".join(dict.fromkeys(f"{ev.event_type} ({ev.id})" for ev in covering))
            piece = f'<mark class="ev" title="{html.escape(names)}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _words(span: Span | None) -> str:
    if span is None:
        return ""
    return f"“{html.escape(span.text)}” <span class=\"muted\">(characters {span.start}–{span.end})</span>"


def _ref(ref: ActorRef) -> str:
    who = " · ".join(html.escape(x) for x in (ref.identifier_text, ref.office) if x)
    seen = f"written “{html.escape(ref.entity_text)}”" if ref.entity_text else ""
    parts = [f"<b>{html.escape(ref.code)}</b>" + (f" {html.escape(ref.sector)}" if ref.sector else ""), who, seen]
    return "; ".join(p for p in parts if p)


def _rows(event: Event) -> list[tuple[str, str, str, str]]:
    """(field, value, reason, words) of each coded field (all but the reason already escaped)."""
    rows = [("type", html.escape(event.event_type + (f" / {event.mode}" if event.mode else "")), event.reason,
             f"trigger “{html.escape(event.trigger)}”" if event.trigger else ""),
            ("modality", html.escape(event.modality), "", "")]
    for role, refs in (("actor", event.actor), ("recipient", event.recipient)):
        rows += [(role, _ref(r), r.reason, _words(r.evidence)) for r in refs]
    when = event.when
    if event.date or when is not None:
        value = html.escape(event.date or "(none)")
        if when is not None and when.precision:
            value += f" ({when.precision})"
        source = event.date_source or (when.source if when else None)
        if source:
            value += f", from the {html.escape(source)}" + (" (a guess)" if source == "publication" else "")
        words = _words(when.evidence) if when and when.evidence else (
            f"“{html.escape(event.date_text)}”" if event.date_text else "")
        rows.append(("date", value, when.reason if when else "", words))
    else:
        rows.append(("date", "(none)", "the extractor gave no date, not even the article's", ""))
    loc = event.event_loc
    if loc is not None:
        geo = ", ".join(x for x in (loc.resolved_place, loc.country_code) if x)
        if loc.lat is not None and loc.lon is not None:
            geo += f" ({loc.lat:.2f}, {loc.lon:.2f})"
        rows.append(("place", html.escape(loc.extracted_place + (f" → {geo}" if geo else "")), loc.reason,
                     _words(loc.evidence)))
    for name, values in (("contexts", event.context), ("topics", event.topics)):
        if values:
            rows.append((name, html.escape(", ".join(values)), "", ""))
    scores = [f"{label} {value}" for label, value in (("confidence", event.confidence), ("quad", event.quad_code),
                                                      ("scale", event.event_scale)) if value is not None]
    if scores:
        rows.append(("scores", html.escape(", ".join(scores)), "", ""))
    if event.provenance:
        rows.append(("provenance", html.escape(event.provenance), "", ""))
    return rows


def _event_block(event: Event) -> str:
    rows = "".join(f"<tr><th>{name}</th><td>{value}</td><td>{html.escape(reason)}</td><td>{words}</td></tr>"
                   for name, value, reason, words in _rows(event))
    evidence = " … ".join(f"“{html.escape(s.text)}”" for s in event.text_info)
    return (f'<div class="event" id="{html.escape(event_anchor(event.id))}"><p><b>{html.escape(event.event_type)}'
            f"</b> <span class=\"muted\">{html.escape(event.id)}</span> — {evidence}</p>"
            "<table><thead><tr><th>field</th><th>value</th><th>reason</th><th>from the words</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>")


def _about(article: Article) -> str:
    facts = [html.escape(x) for x in (article.source, article.published.isoformat() if article.published else None,
                                      article.origin) if x]
    url = safe_url(article.url)
    if url:
        facts.append(f'<a href="{html.escape(url)}" rel="noopener noreferrer">original</a>')
    elif article.url:
        facts.append(html.escape(article.url))
    return f'<p class="muted">{" · ".join(facts)}</p>' if facts else ""


def article_page(article: Article, events: Iterable[Event]) -> str:
    """The article's view (see the module's description)."""
    text = article.text
    chosen = list(events)
    spans = [(s.start, s.end, e) for e in chosen for s in e.text_info if _placed(s, text)]
    first = {e.id: min(s.start for s in e.text_info if _placed(s, text)) for e in chosen
             if any(_placed(s, text) for s in e.text_info)}
    body = [_about(article), f'<p class="muted">{len(chosen)} events; evidence is marked.</p>' if chosen else
            '<p class="muted">No events were extracted from this article.</p>']
    shown: set[str] = set()
    for start, end in paragraphs(text):
        inside = [(s, e, ev) for s, e, ev in spans if s < end and e > start]
        body.append(f'<p class="para" id="p{start}">{_marked(text, start, end, inside)}</p>')
        here = [ev for ev in chosen if ev.id in first and start <= first[ev.id] < end]
        body += [_event_block(ev) for ev in here]
        shown.update(ev.id for ev in here)
    stray = [ev for ev in chosen if ev.id not in shown]
    if stray:
        body.append("<h2>Events whose evidence is not in this text</h2>" + "".join(_event_block(ev) for ev in stray))
    return page(article.title or article.id, "".join(body))
