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

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:  # the names below are imported on first use (PEP 562): `import communique` stays light
    from communique.app import Communique, version
    from communique.errors import CommuniqueError, ConfigError, DataFileError, InputError, ModelMissing, StoreError
    from communique.ingest import fetch_url, read_paths
    from communique.model import ActorRef, Article, Event, EventDate, Incident, Place, Quote, Span
    from communique.notebook import Workspace
    from communique.notebook import open_workspace as open
    from communique.settings import Settings
    from communique.store import EventFilter, Store

    __version__: str

#: where each public name lives: ``(module, attribute)``
_LAZY: dict[str, tuple[str, str]] = {
    **{name: ("communique.app", name) for name in ("Communique", "version")},
    **{name: ("communique.errors", name) for name in ("CommuniqueError", "ConfigError", "DataFileError",
                                                       "InputError", "ModelMissing", "StoreError")},
    **{name: ("communique.ingest", name) for name in ("fetch_url", "read_paths")},
    **{name: ("communique.model", name) for name in ("ActorRef", "Article", "Event", "EventDate", "Incident",
                                                      "Place", "Quote", "Span")},
    "Workspace": ("communique.notebook", "Workspace"),
    #: ``communique.open("news.duckdb")``: a :class:`Workspace` over that store (the notebook API).
    "open": ("communique.notebook", "open_workspace"),
    "Settings": ("communique.settings", "Settings"),
    **{name: ("communique.store", name) for name in ("EventFilter", "Store")},
}


def __getattr__(name: str) -> _typing.Any:
    """The public names, imported on first use; ``__version__`` too."""
    if name == "__version__":
        value: _typing.Any = _importlib.import_module("communique.app").version()
    elif name in _LAZY:
        module, attribute = _LAZY[name]
        value = getattr(_importlib.import_module(module), attribute)
    else:
        raise AttributeError(f"module 'communique' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, "__version__"})


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
