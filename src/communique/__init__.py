"""communique: news articles in, PLOVER event records out — who did what to whom, when, where.

In a notebook, :func:`open` gives relations that become pandas or polars DataFrames::

    import communique
    c = communique.open("news.duckdb")
    c.events(dyad="RUS-TUR", type="CONSULT").df()

The public API is what this module exports (``__all__``, kept complete and sorted by a test)::

    from communique import Communique, Settings

    with Communique(Settings.from_env(db="news.duckdb")) as app:
        app.ingest(["articles.jsonl"])
        app.extract()
        for event in app.events(dyad="RUS-TUR"):
            print(event.date, event.event_type, [a.code for a in event.actor])
"""

from __future__ import annotations

from communique.app import Communique, version
from communique.errors import CommuniqueError, ConfigError, DataFileError, InputError, ModelMissing, StoreError
from communique.ingest import fetch_url, read_paths
from communique.model import ActorRef, Article, Event, EventDate, Incident, Place, Quote, Span
from communique.notebook import Workspace
from communique.notebook import open_workspace as _open_workspace
from communique.settings import Settings
from communique.store import EventFilter, Store

__version__ = version()

#: ``communique.open("news.duckdb")``: a :class:`Workspace` over that store (the notebook API).
open = _open_workspace

__all__ = [
    "ActorRef",
    "Article",
    "Communique",
    "CommuniqueError",
    "ConfigError",
    "DataFileError",
    "Event",
    "EventDate",
    "EventFilter",
    "Incident",
    "InputError",
    "ModelMissing",
    "Place",
    "Quote",
    "Settings",
    "Span",
    "Store",
    "StoreError",
    "Workspace",
    "fetch_url",
    "open",
    "read_paths",
    "version",
]
