"""Store: articles, events, rejects and runs in one DuckDB file; exports.

::

    with Store("communique.duckdb") as store:
        store.add_articles(articles)                       # -> (new, unchanged)
        store.save_events(article.id, events)              # replaces that article's events
        store.save_incidents([(incident, "asserted")], {event.id: incident.id})
        store.events(EventFilter(dyad="RUS-TUR", date_from="2020"))
        export(store.events(), "csv", Path("events.csv"))

See :mod:`communique.store.duckdb` for the tables and error codes, :mod:`.migrations` for
schema versions and :mod:`.export` for the formats.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from communique.store.duckdb import DEFAULT_PATH, MEMORY, ArticleKey, Store, event_key, incident_key
from communique.store.migrations import LATEST, MIGRATIONS, Migration

if TYPE_CHECKING:
    from communique.store.export import FORMATS, export, export_store
    from communique.store.filters import EventFilter

#: names imported when first used (PEP 562): opening a store needs neither the models nor the exports
_LAZY = {"FORMATS": "communique.store.export", "export": "communique.store.export",
         "export_store": "communique.store.export", "EventFilter": "communique.store.filters"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "DEFAULT_PATH",
    "FORMATS",
    "LATEST",
    "MEMORY",
    "MIGRATIONS",
    "ArticleKey",
    "EventFilter",
    "Migration",
    "Store",
    "event_key",
    "export",
    "export_store",
    "incident_key",
]
