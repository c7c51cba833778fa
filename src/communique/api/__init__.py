"""A read-only HTTP API over the store: events, incidents, timelines, analytics and the report.

A plain WSGI application (no framework, served by :mod:`wsgiref` from ``communique serve``)::

    GET /api/events?dyad=RUS-TUR&type=CONSULT&from=2020&to=2021&modality=asserted&limit=50
    GET /api/incidents?dyad=RUS-TUR&modality=asserted
    GET /api/timeline?dyad=RUS-TUR&from=2020&topic=Syria
    GET /api/analytics?dyad=RUS-TUR&freq=month        (also what=topics|contexts|network)
    GET /report?dyad=RUS-TUR                          the HTML report

Answers are JSON ``{"ok": true, ...}``; errors are ``{"ok": false, "code": "E111", "error": "..."}``
with status 400 (bad input), 404 (no store yet, unknown route) or 500 — the same messages the CLI
prints. Only GET: the API never changes the store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any
from urllib.parse import parse_qs

from communique.analytics import actor_network, context_shares, dyad_series, topic_shares
from communique.app import Communique
from communique.errors import CommuniqueError, InputError, StoreError

__all__ = ["make_app"]

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

STATUS = {200: "200 OK", 400: "400 Bad Request", 404: "404 Not Found", 405: "405 Method Not Allowed",
          500: "500 Internal Server Error"}
EVENT_FILTERS = {"dyad": "dyad", "type": "event_type", "from": "date_from", "to": "date_to", "actor": "actor",
                 "recipient": "recipient", "modality": "modality", "doc": "doc_id", "limit": "limit",
                 "min_confidence": "min_confidence", "date_source": "date_source"}


def _status_of(exc: CommuniqueError) -> int:
    if isinstance(exc, InputError):
        return 400
    if isinstance(exc, StoreError) and exc.code == "E404":
        return 404
    return 500


def _modality(params: dict[str, str]) -> str | None:
    value = params.get("modality", "asserted")
    return None if value == "all" else value


def make_app(communique: Communique) -> WSGIApp:
    """The WSGI application answering from ``communique``'s store."""

    def events(p: dict[str, str]) -> dict[str, Any]:
        filters: dict[str, Any] = {EVENT_FILTERS[k]: v for k, v in p.items() if k in EVENT_FILTERS}
        try:
            if "limit" in filters:
                filters["limit"] = int(filters["limit"])
            if "min_confidence" in filters:
                filters["min_confidence"] = float(filters["min_confidence"])
        except ValueError as exc:
            raise InputError(f"bad number: {exc}", origin="query", code="E111") from exc
        found = communique.events(**filters)
        return {"count": len(found), "events": [e.to_record() for e in found]}

    def incidents(p: dict[str, str]) -> dict[str, Any]:
        found = communique.incidents(p.get("dyad"), _modality(p))
        return {"count": len(found), "incidents": [i.model_dump(mode="json") for i in found]}

    def timeline(p: dict[str, str]) -> dict[str, Any]:
        rows = communique.timeline(p.get("dyad"), date_from=p.get("from"), date_to=p.get("to"),
                                   topic=p.get("topic"), modality=_modality(p), events=p.get("events") == "1")
        return {"count": len(rows), "rows": [r.to_record() for r in rows]}

    def analytics(p: dict[str, str]) -> dict[str, Any]:
        items = communique.items(p.get("dyad"), modality=_modality(p))
        dyad = p.get("dyad")
        what = p.get("what", "series")
        if what == "series":
            freq = p.get("freq", "month")
            if freq not in ("month", "quarter", "year"):
                raise InputError(f"freq {freq!r} is not month, quarter or year", origin="query", code="E111")
            return {"series": [s.to_record() for s in dyad_series(items, dyad, freq)]}  # type: ignore[arg-type]
        if what == "topics":
            return {"topics": [asdict(s) for s in topic_shares(items, dyad)]}
        if what == "contexts":
            return {"contexts": [asdict(s) for s in context_shares(items, dyad)]}
        if what == "network":
            nodes, edges = actor_network(items)
            return {"nodes": [n.to_record() for n in nodes], "edges": [e.to_record() for e in edges]}
        raise InputError(f"what={what!r}: one of series, topics, contexts, network", origin="query", code="E111")

    routes: dict[str, Callable[[dict[str, str]], dict[str, Any]]] = {
        "/api/events": events, "/api/incidents": incidents, "/api/timeline": timeline, "/api/analytics": analytics,
    }

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "/") or "/"
        params = {k: v[-1] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        status, body, ctype = 200, b"", "application/json"
        try:
            if environ.get("REQUEST_METHOD", "GET") != "GET":
                status, body = 405, json.dumps({"ok": False, "error": "only GET"}).encode()
            elif path in ("/", "/report"):
                body, ctype = communique.report(params.get("dyad"), modality=_modality(params)).encode(), "text/html"
            elif path in routes:
                body = json.dumps({"ok": True, **routes[path](params)}, ensure_ascii=False, default=str).encode()
            else:
                status = 404
                body = json.dumps({"ok": False, "error": f"no route {path}; try {', '.join(routes)}"}).encode()
        except CommuniqueError as exc:
            status = _status_of(exc)
            body = json.dumps({"ok": False, "code": exc.code, "error": str(exc)}, ensure_ascii=False).encode()
        start_response(STATUS[status], [("Content-Type", f"{ctype}; charset=utf-8"),
                                        ("Content-Length", str(len(body)))])
        return [body]

    return app
