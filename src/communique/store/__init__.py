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

from communique.store.duckdb import DEFAULT_PATH, MEMORY, ArticleKey, Store, event_key, incident_key
from communique.store.export import FORMATS, export, export_store
from communique.store.filters import EventFilter
from communique.store.migrations import LATEST, MIGRATIONS, Migration

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
