"""``communique serve``: the read-only HTTP API and the report page, on localhost (uvicorn).

Requests are served concurrently; a connection idle (or still without a whole request) for
``--keep-alive`` seconds is closed, and none holds up other clients. Each request opens the
store read-only, so ``ingest`` and ``extract`` can write it while the server runs (a request
waiting for a writer longer than ``--wait`` seconds gets 503 with ``Retry-After``).

``--get PATH`` answers one request in process and exits (as datasette's ``serve --get``): the
API from scripts and tests without opening a port::

    communique serve --get "/api/incidents?dyad=RUS-TUR" --db news.duckdb
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from communique.cli._app import app, state
from communique.errors import InputError

if TYPE_CHECKING:  # the server's libraries are imported when it runs, so that --help starts light
    import asyncio

    from starlette.applications import Starlette

__all__ = ["REQUEST_WAIT", "get", "serve"]

#: the default of ``--wait``: :data:`communique.api.REQUEST_WAIT` (a test keeps the two equal)
REQUEST_WAIT = 5.0


def get(asgi: Starlette, target: str) -> tuple[int, bytes]:
    """Answer one GET request for ``target`` (path and query) with ``asgi``, in process."""
    if not target.startswith("/"):
        raise InputError(f"{target!r} is not a path (like /api/events?dyad=RUS-TUR)", origin="--get", code="E111")
    from starlette.testclient import TestClient

    with TestClient(asgi, base_url="http://localhost", raise_server_exceptions=False) as client:
        response = client.get(target)
    return response.status_code, response.content


def _protocol() -> Any:
    """uvicorn's HTTP/1.1 protocol, also closing a connection that sends no whole request within the
    keep-alive time (uvicorn times out only the wait *between* requests)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class _Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self.loop.call_later(self.timeout_keep_alive, self._no_request)

        def _no_request(self) -> None:
            if self.cycle is None and not self.transport.is_closing():
                self.transport.close()

    return _Protocol


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (default: this machine only).")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8001,
    get_path: Annotated[str | None, typer.Option("--get", help="Answer this one request (e.g. "
                                                 "'/api/events?dyad=RUS-TUR'), print it and exit.")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="Also answer requests for this Host name (repeatable; '*' for any). "
        "Default: localhost, 127.0.0.1, ::1 and the --host address.")] = None,
    wait: Annotated[float, typer.Option("--wait", help="Seconds a request waits for a writer (ingest, extract) "
                                        "to let the store go before answering 503.")] = REQUEST_WAIT,
    keep_alive: Annotated[float, typer.Option("--keep-alive", help="Seconds an idle connection is kept.")] = 5.0,
    max_connections: Annotated[int, typer.Option("--max-connections", help="Connections served at once; "
                                                 "more are answered 503.")] = 100,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Serve the HTTP API (/api/events, /api/incidents, /api/timeline, /api/analytics,
    /api/openapi.json) and /report, read-only."""
    import uvicorn

    from communique.api import DEFAULT_HOSTS, make_app

    settings = state(ctx).settings(db)
    hosts = [*DEFAULT_HOSTS, host, *(allow_host or [])]
    asgi = make_app(settings, hosts=hosts, wait=wait)
    if get_path is not None:
        status, body = get(asgi, get_path)
        sys.stdout.write(body.decode("utf-8"))
        sys.stdout.write("\n")
        if status >= 400:
            raise typer.Exit(1)
        return
    if not state(ctx).quiet:
        typer.echo(f"serving http://{host}:{port}/ (the report) and /api/...; Ctrl-C stops", err=True)
    uvicorn.run(asgi, host=host, port=port, http=_protocol(), timeout_keep_alive=max(1, round(keep_alive)),
                limit_concurrency=max_connections, timeout_graceful_shutdown=5, server_header=False,
                log_level="warning" if state(ctx).quiet else "info", access_log=not state(ctx).quiet,
                h11_max_incomplete_event_size=16_384)
