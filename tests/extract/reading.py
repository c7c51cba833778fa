"""What the reading tests (``test_reading_s*.py`` and the like) share: the ``extract`` fixture's
type, and an event told as its type, mode and codes."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import Event

#: the ``extract`` fixture of ``conftest.py``: text (and keywords for the article) to events
Extract = Callable[..., list[Event]]


def coded(ev: Event) -> tuple[str, str | None, list[str | None], list[str | None]]:
    """An event as its type, mode, actor codes and recipient codes."""
    return ev.event_type, ev.mode, [a.code for a in ev.actor], [r.code for r in ev.recipient]


def of_type(events: list[Event], event_type: str) -> list[Event]:
    """The events of one type."""
    return [e for e in events if e.event_type == event_type]


def parties(ev: Event) -> set[str | None]:
    """The codes of every participant, actor or recipient."""
    return {p.code for p in ev.actor + ev.recipient}


def dated(events: list[Event], event_type: str) -> list[tuple[str, str | None]]:
    """The date and its source of each event of one type."""
    return [(str(e.date), e.date_source) for e in events if e.event_type == event_type]
