"""A read-only HTTP API over the store: events, incidents, timelines, analytics and the report.

A Starlette (ASGI) application, served by uvicorn from ``communique serve``::

    GET /api/events?dyad=RUS-TUR&type=CONSULT&from=2020&to=2021&modality=asserted&limit=50&offset=50
    GET /api/incidents?dyad=RUS-TUR&modality=asserted&limit=100
    GET /api/timeline?dyad=RUS-TUR&from=2020&topic=Syria
    GET /api/analytics?dyad=RUS-TUR&freq=month        (also what=topics|contexts|network)
    GET /api/openapi.json                             the OpenAPI schema of these routes
    GET /report?dyad=RUS-TUR  (and /)                 the HTML report
    GET /explore, /explore/events?q=..&dyad=RUS-TUR&sort=..., /explore/incidents?...,
        /explore/map?..., /explore/articles/{id}, /explore/dyads/{A-B}, /explore/actors/{code}
                                                      the explorer's pages (:mod:`.explorer`)

Answers are JSON ``{"ok": true, ...}``. Lists come in pages: ``limit`` (default
:data:`DEFAULT_LIMIT`, at most :data:`MAX_LIMIT`) and ``offset``; ``next`` is the path of the
next page when there may be one. Errors are ``{"ok": false, "code": "E111", "error": "..."}``:
400 for bad input (the CLI's messages), 404 for no store yet, an unknown route (E150) or article
(E155), 405 for a method other than GET (E151), 400 for a refused ``Host`` (E152), 503 with
``Retry-After`` while a writer holds the store (E401), 500 otherwise. The API never changes the store: every request
opens it read-only and nothing is held between requests (:class:`~communique.api.lease.ReadLease`).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import asdict
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.schemas import SchemaGenerator

from communique.analytics import actor_network, context_shares, dyad_series, timeline, topic_shares
from communique.api import explorer, profiles
from communique.api.article_view import article_page
from communique.api.lease import ReadLease
from communique.api.security import HostCheck, SecurityHeaders
from communique.app import Communique, version
from communique.errors import CommuniqueError, InputError, StoreError
from communique.model import Event
from communique.settings import Settings
from communique.store import EventFilter
from communique.store.browse import browse_events, search_terms

__all__ = ["DEFAULT_HOSTS", "DEFAULT_LIMIT", "MAX_LIMIT", "REQUEST_WAIT", "make_app"]

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
#: names the server answers to besides the address it is bound to (DNS rebinding defence)
DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1")
#: seconds a request waits for a writer to let the store go before answering 503
REQUEST_WAIT = 5.0
#: the API takes no request bodies
MAX_BODY = 16_384
EVENT_FILTERS = {"dyad": "dyad", "type": "event_type", "from": "date_from", "to": "date_to", "actor": "actor",
                 "recipient": "recipient", "modality": "modality", "doc": "doc_id",
                 "min_confidence": "min_confidence", "date_source": "date_source"}

Params = dict[str, str]


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "code": code, "error": message}, status_code=status, headers=headers)


def _status_of(exc: CommuniqueError) -> int:
    if exc.code == "E155":  # no such article
        return 404
    if isinstance(exc, InputError):
        return 400
    if isinstance(exc, StoreError) and exc.code == "E404":
        return 404
    if isinstance(exc, StoreError) and exc.code == "E401":
        return 503
    return 500


def _int(params: Params, name: str, default: int, most: int | None = None) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise InputError(f"{name}={raw!r} is not a whole number", origin="query", code="E111") from exc
    if value < 0 or (most is not None and value > most):
        raise InputError(f"{name}={raw} is not between 0 and {most if most is not None else 2**63 - 1}",
                         origin="query", code="E111", hint=f"page through with {name} and offset")
    if value >= 2**63:
        raise InputError(f"{name}={raw} is too large", origin="query", code="E111")
    return value


def _event_filters(params: Params) -> dict[str, Any]:
    """The :class:`~communique.store.EventFilter` fields named by the query (empty values ignored)."""
    filters: dict[str, Any] = {EVENT_FILTERS[k]: v for k, v in params.items() if k in EVENT_FILTERS and v}
    if "min_confidence" in filters:
        try:
            filters["min_confidence"] = float(filters["min_confidence"])
        except ValueError as exc:
            raise InputError(f"min_confidence={params['min_confidence']!r} is not a number", origin="query",
                             code="E111") from exc
    return filters


def _modality(params: Params) -> str | None:
    value = params.get("modality") or "asserted"  # an empty form field: the default
    return None if value == "all" else value


def _page(request: Request, params: Params, items: Sequence[Any], limit: int, offset: int,
          fetched_extra: bool = False) -> dict[str, Any]:
    """``count``, ``limit``, ``offset`` and ``next`` (a path) for one page of ``items``."""
    more = len(items) > limit if fetched_extra else len(items) >= limit
    page: dict[str, Any] = {"count": min(len(items), limit), "limit": limit, "offset": offset, "next": None}
    if more and limit:
        page["next"] = f"{request.url.path}?{urlencode({**params, 'offset': str(offset + limit)})}"
    return page


class _Api:
    """The route handlers; each request opens the store read-only inside the shared lease."""

    def __init__(self, settings: Settings, lease: ReadLease, wait: float) -> None:
        self.settings = settings
        self.lease = lease
        self.wait = wait

    def answer(self, request: Request, work: Callable[[Communique, Params], Any]) -> Any:
        params = dict(request.query_params)
        with self.lease.enter(timeout=self.wait), Communique(self.settings, read_only=True,
                                                             wait=self.wait) as communique:
            return work(communique, params)

    def events(self, request: Request) -> Response:
        """Stored events matching the filters, by date.
        ---
        summary: Events (dyad, type, from, to, actor, recipient, modality, doc, min_confidence, date_source,
          limit, offset)
        responses:
          200: {description: "{ok, count, limit, offset, next, events}"}
          400: {description: a bad filter (E111)}
        """
        def work(c: Communique, p: Params) -> dict[str, Any]:
            limit, offset = _int(p, "limit", DEFAULT_LIMIT, MAX_LIMIT), _int(p, "offset", 0)
            found = c.events(**_event_filters(p), limit=limit + 1, offset=offset)
            return {**_page(request, p, found, limit, offset, fetched_extra=True),
                    "events": [e.to_record() for e in found[:limit]]}

        return JSONResponse({"ok": True, **self.answer(request, work)})

    def incidents(self, request: Request) -> Response:
        """Stored incidents (events merged across reports), by date.
        ---
        summary: Incidents (dyad, modality=asserted|all|..., limit, offset)
        responses:
          200: {description: "{ok, count, limit, offset, next, incidents}"}
        """
        def work(c: Communique, p: Params) -> dict[str, Any]:
            limit, offset = _int(p, "limit", DEFAULT_LIMIT, MAX_LIMIT), _int(p, "offset", 0)
            found = c.incidents(p.get("dyad"), _modality(p))[offset:offset + limit + 1]
            return {**_page(request, p, found, limit, offset, fetched_extra=True),
                    "incidents": [i.model_dump(mode="json") for i in found[:limit]]}

        return JSONResponse({"ok": True, **self.answer(request, work)})

    def timeline(self, request: Request) -> Response:
        """One row per incident (per event with events=1) of a dyad, by date.
        ---
        summary: Timeline rows (dyad, from, to, topic, modality, events=1, limit, offset)
        responses:
          200: {description: "{ok, count, limit, offset, next, rows}"}
        """
        def work(c: Communique, p: Params) -> dict[str, Any]:
            limit, offset = _int(p, "limit", DEFAULT_LIMIT, MAX_LIMIT), _int(p, "offset", 0)
            rows = c.timeline(p.get("dyad"), date_from=p.get("from"), date_to=p.get("to"), topic=p.get("topic"),
                              modality=_modality(p), events=p.get("events") == "1")[offset:offset + limit + 1]
            return {**_page(request, p, rows, limit, offset, fetched_extra=True),
                    "rows": [r.to_record() for r in rows[:limit]]}

        return JSONResponse({"ok": True, **self.answer(request, work)})

    def analytics(self, request: Request) -> Response:
        """Counts over incidents: a series by period, topic or context shares, or the actor network.
        ---
        summary: Analytics (dyad, what=series|topics|contexts|network, freq=month|quarter|year, modality)
        responses:
          200: {description: "{ok, series} or {ok, topics} or {ok, contexts} or {ok, nodes, edges}"}
        """
        def work(c: Communique, p: Params) -> dict[str, Any]:
            what, freq = p.get("what", "series"), p.get("freq", "month")
            if what not in ("series", "topics", "contexts", "network"):
                raise InputError(f"what={what!r}: one of series, topics, contexts, network", origin="query",
                                 code="E111")
            if freq not in ("month", "quarter", "year"):
                raise InputError(f"freq {freq!r} is not month, quarter or year", origin="query", code="E111")
            dyad = p.get("dyad")
            items = c.items(dyad, modality=_modality(p))
            if what == "topics":
                return {"topics": [asdict(s) for s in topic_shares(items, dyad)]}
            if what == "contexts":
                return {"contexts": [asdict(s) for s in context_shares(items, dyad)]}
            if what == "network":
                nodes, edges = actor_network(items)
                return {"nodes": [n.to_record() for n in nodes], "edges": [e.to_record() for e in edges]}
            return {"series": [s.to_record() for s in dyad_series(items, dyad, freq)]}  # type: ignore[arg-type]

        return JSONResponse({"ok": True, **self.answer(request, work)})

    def report(self, request: Request) -> Response:
        """The self-contained HTML report of a dyad's incidents (every dyad without one).
        ---
        summary: HTML report (dyad, modality)
        responses:
          200: {description: an HTML page}
        """
        page = self.answer(request, lambda c, p: c.report(p.get("dyad"), modality=_modality(p)))
        return HTMLResponse(page)

    def explore(self, request: Request) -> Response:
        """The explorer's start: dyads by number of incidents."""
        return HTMLResponse(self.answer(request, lambda c, p: explorer.dyads_page(c.incidents(modality=None))))

    def explore_events(self, request: Request) -> Response:
        """The explorer's event table: the /api/events filters and a search as a form, sortable, paged."""
        def work(c: Communique, p: Params) -> str:
            limit, offset = _int(p, "limit", 50, MAX_LIMIT), _int(p, "offset", 0)
            sort, q = p.get("sort") or "date", p.get("q", "").strip()
            store = c.store(create=False)
            found = browse_events(store, EventFilter(**_event_filters(p)), search=q or None, sort=sort,
                                  descending=p.get("desc") == "1", limit=limit + 1, offset=offset)
            shown = found[:limit]
            articles = {a.id: a for a in store.articles({e.doc_id for e in shown})}
            return explorer.events_page(shown, articles, p, limit=limit, offset=offset, more=len(found) > limit,
                                        terms=search_terms(q) if q else ())

        return HTMLResponse(self.answer(request, work))

    def explore_incidents(self, request: Request) -> Response:
        """The explorer's incident table: filters (type, dyad, participant, dates, topic, modality, date
        source), sortable, paged."""
        def work(c: Communique, p: Params) -> str:
            limit, offset = _int(p, "limit", 50, MAX_LIMIT), _int(p, "offset", 0)
            sort = p.get("sort") or "date"
            if sort not in explorer.INCIDENT_SORTS:
                raise InputError(f"sort={sort!r} is not one of {', '.join(explorer.INCIDENT_SORTS)}", origin="query",
                                 code="E111")
            f = EventFilter(**{k: v for k, v in _event_filters(p).items() if k != "modality"})
            chosen = [i for i in c.incidents(f.dyad, _modality(p))
                      if f.event_type in (None, i.event_type)]
            events = c.incident_events(chosen)
            rows = [r for r in timeline(chosen, events=events, dyad=f.dyad, date_from=f.date_from,
                                        date_to=f.date_to, topic=p.get("topic") or None)
                    if (f.actor is None or f.actor in (*r.actor_codes, *r.recipient_codes))
                    and f.date_source in (None, r.date_source)]
            ordered = explorer.sort_rows(rows, sort, p.get("desc") == "1")
            return explorer.incidents_page(ordered[offset:offset + limit], {i.id: i for i in chosen},
                                           {e.id: e.doc_id for e in events}, p, limit=limit, offset=offset,
                                           total=len(rows))

        return HTMLResponse(self.answer(request, work))

    def explore_map(self, request: Request) -> Response:
        """The explorer's map: the filtered events' geocoded places on country outlines."""
        return HTMLResponse(self.answer(request, lambda c, p: explorer.map_page(
            c.events(**_event_filters(p)), p)))

    def explore_article(self, request: Request) -> Response:
        """One article, its events' evidence marked in its paragraphs and each coded field's reason."""
        doc_id = request.path_params["doc_id"]

        def work(c: Communique, p: Params) -> str:
            store = c.store(create=False)
            found = store.articles([doc_id])
            if not found:
                raise InputError(f"no article {doc_id!r} in this store", origin="query", code="E155",
                                 hint="the event tables link to the articles they come from")
            return article_page(found[0], c.events(doc_id=doc_id))

        return HTMLResponse(self.answer(request, work))

    def explore_dyad(self, request: Request) -> Response:
        """A dyad's page: counts by type and year, its incident timeline and a map."""
        def work(c: Communique, p: Params) -> str:
            dyad = "-".join(sorted(str(EventFilter(dyad=request.path_params["dyad"]).dyad).split("-")))
            chosen = c.incidents(dyad, _modality(p))
            events = c.incident_events(chosen)
            rows = timeline(chosen, events=events, dyad=dyad)
            return profiles.dyad_page(dyad, rows, chosen, events, p.get("modality", "asserted"))

        return HTMLResponse(self.answer(request, work))

    def explore_actor(self, request: Request) -> Response:
        """An actor's page: its events as actor and as recipient, counts, counterparts and a map."""
        def work(c: Communique, p: Params) -> str:
            code = str(EventFilter(actor=request.path_params["code"]).actor)
            modality = _modality(p)
            as_actor: list[Event] = c.events(actor=code, modality=modality)
            as_recipient: list[Event] = c.events(recipient=code, modality=modality)
            docs = {e.doc_id for e in (*as_actor, *as_recipient)}
            articles = {a.id: a for a in c.store(create=False).articles(docs)}
            return profiles.actor_page(code, as_actor, as_recipient, articles, p.get("modality", "asserted"))

        return HTMLResponse(self.answer(request, work))


def _openapi(routes: list[BaseRoute]) -> Callable[[Request], Response]:
    generator = SchemaGenerator({"openapi": "3.0.0", "info": {
        "title": "communique", "version": version(),
        "description": "Read-only API over a communique store of PLOVER events."}})

    def openapi(request: Request) -> Response:
        """The OpenAPI schema of this API."""
        return JSONResponse(generator.get_schema(routes))

    return openapi


async def _communique_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CommuniqueError)
    status = _status_of(exc)
    headers = {"Retry-After": "1"} if status == 503 else None
    return _error(status, exc.code, str(exc), headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return _error(404, "E150", f"[E150] no route {request.url.path}; try /api/events, /api/incidents, "
                      "/api/timeline, /api/analytics, /api/openapi.json, /report or /explore")
    if exc.status_code == 405:
        return _error(405, "E151", "[E151] only GET: the API never changes the store", {"Allow": "GET, HEAD"})
    return _error(exc.status_code, "E100", str(exc.detail))


async def _internal_error(request: Request, exc: Exception) -> Response:
    return _error(500, "E000", f"[E000] internal error ({type(exc).__name__}); the server log has the traceback")


def _lifespan(lease: ReadLease) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        lease.close()  # never keep the file after shutdown

    return lifespan


def make_app(settings: Settings, *, hosts: Sequence[str] = DEFAULT_HOSTS, wait: float = REQUEST_WAIT,
             hold: float = 0.5, gap: float = 0.1) -> Starlette:
    """The ASGI application answering from the store of ``settings`` (opened read-only per request).

    ``hosts``: the ``Host`` names answered (``"*"`` for any); ``wait``: seconds a request waits for a
    writer before answering 503; ``hold``/``gap``: see :class:`~communique.api.lease.ReadLease`.
    """
    api = _Api(settings, ReadLease(settings.db, hold=hold, gap=gap, wait=wait), wait)
    routes: list[BaseRoute] = [Route("/api/events", api.events, methods=["GET"]),
              Route("/api/incidents", api.incidents, methods=["GET"]),
              Route("/api/timeline", api.timeline, methods=["GET"]),
              Route("/api/analytics", api.analytics, methods=["GET"]),
              Route("/report", api.report, methods=["GET"]),
              Route("/explore", api.explore, methods=["GET"], include_in_schema=False),
              Route("/explore/events", api.explore_events, methods=["GET"], include_in_schema=False),
              Route("/explore/incidents", api.explore_incidents, methods=["GET"], include_in_schema=False),
              Route("/explore/map", api.explore_map, methods=["GET"], include_in_schema=False),
              Route("/explore/articles/{doc_id:path}", api.explore_article, methods=["GET"], include_in_schema=False),
              Route("/explore/dyads/{dyad}", api.explore_dyad, methods=["GET"], include_in_schema=False),
              Route("/explore/actors/{code}", api.explore_actor, methods=["GET"], include_in_schema=False),
              Route("/", api.report, methods=["GET"], include_in_schema=False)]
    routes.append(Route("/api/openapi.json", _openapi(list(routes)), methods=["GET"], include_in_schema=False))
    app = Starlette(routes=routes,
                    middleware=[Middleware(SecurityHeaders), Middleware(HostCheck, allowed_hosts=list(hosts))],
                    exception_handlers={CommuniqueError: _communique_error, HTTPException: _http_error,
                                        Exception: _internal_error},
                    lifespan=_lifespan(api.lease), max_body_size=MAX_BODY)
    app.state.lease = api.lease
    return app
