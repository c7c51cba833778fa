"""``communique serve``: the read-only HTTP API and the report page, on localhost.

``--get PATH`` answers one request and exits (as datasette's ``serve --get``): the API from scripts
and tests without opening a port::

    communique serve --get "/api/incidents?dyad=RUS-TUR" --db news.duckdb
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit
from wsgiref.simple_server import make_server
from wsgiref.util import setup_testing_defaults

import typer

from communique.api import make_app
from communique.cli._app import app, open_app, state

__all__ = ["get", "serve"]


def get(wsgi: Any, target: str) -> tuple[int, bytes]:
    """Answer one GET request for ``target`` (path and query) with the WSGI app ``wsgi``."""
    parts = urlsplit(target)
    environ: dict[str, Any] = {"PATH_INFO": parts.path or "/", "QUERY_STRING": parts.query,
                               "REQUEST_METHOD": "GET", "wsgi.input": io.BytesIO()}
    setup_testing_defaults(environ)
    status: list[str] = []

    def start_response(line: str, headers: list[tuple[str, str]]) -> None:
        status.append(line)

    body = b"".join(wsgi(environ, start_response))
    return int(status[0].split()[0]), body


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (default: this machine only).")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8001,
    get_path: Annotated[str | None, typer.Option("--get", help="Answer this one request (e.g. "
                                                 "'/api/events?dyad=RUS-TUR'), print it and exit.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Serve the HTTP API (/api/events, /api/incidents, /api/timeline, /api/analytics) and /report."""
    with open_app(ctx, db) as communique:
        wsgi = make_app(communique)
        if get_path is not None:
            status, body = get(wsgi, get_path)
            sys.stdout.write(body.decode("utf-8"))
            sys.stdout.write("\n")
            if status >= 400:
                raise typer.Exit(1)
            return
        with make_server(host, port, wsgi) as server:
            if not state(ctx).quiet:
                typer.echo(f"serving http://{host}:{port}/ (the report) and /api/...; Ctrl-C stops", err=True)
            server.serve_forever()
