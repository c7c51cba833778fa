"""How events look on a terminal: participant labels, timeline lines and the events table."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import StoreError
from communique.model import SYMMETRIC_TYPES, ActorRef, Event
from communique.names import label, org_id_of

if TYPE_CHECKING:  # rich is imported where a table is made: the other outputs start quicker
    from rich.table import Table

__all__ = ["events_table", "participant_label", "place_label", "timeline_line", "write_text"]


def participant_label(actor: ActorRef) -> str:
    """``"Sergey Lavrov (RUS)"`` for a person, ``"NATO"`` for an organisation, ``"Russia (RUS)"``
    for a state (its name from ISO data when the article names no one)."""
    return label(actor.code, actor.identifier_text, org_id_of(actor))


def _side(actors: Sequence[ActorRef]) -> str:
    return ", ".join(participant_label(a) for a in actors) or "?"


def place_label(event: Event) -> str:
    """The resolved place name, else the place as written, else ``""``."""
    loc = event.event_loc
    if loc is None:
        return ""
    return loc.resolved_place or loc.extracted_place


def timeline_line(event: Event) -> str:
    """One event as a timeline line.

    ``"2020-12-16  CONSULT visit  Lavrov (RUS) – Cavusoglu (TUR), Kazan"``; a modality other
    than asserted is added in brackets, an undated event shows ``undated``. The participants of a
    symmetric event (CONSULT, AGREE, COOPERATE) without recipients are joined by a dash too.
    """
    kind = f"{event.event_type} {event.mode}" if event.mode else event.event_type
    if event.recipient:
        who = f"{_side(event.actor)} – {_side(event.recipient)}"
    elif event.event_type in SYMMETRIC_TYPES:  # participants of a meeting or deal are all actors
        who = " – ".join(participant_label(a) for a in event.actor) or "?"
    else:
        who = _side(event.actor)
    date = ("~" if event.date_source == "publication" else "") + event.date if event.date else "(undated)"
    line = f"{date:<11} {kind}  {who}"
    place = place_label(event)
    if place:
        line += f", {place}"
    if event.modality != "asserted":
        line += f" [{event.modality}]"
    return line


def _excerpt(event: Event, width: int = 80) -> str:
    text = " ".join((event.text_info[0].text if event.text_info else "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def events_table(events: Sequence[Event]) -> Table:
    """A rich table: date, type, mode, actor, recipient, modality, place, evidence."""
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for column in ("date", "type", "mode", "actor", "recipient", "modality", "place", "evidence"):
        table.add_column(column, overflow="fold")
    for event in events:
        date = ("~" if event.date_source == "publication" else "") + (event.date or "")
        table.add_row(date, event.event_type, event.mode or "", _side(event.actor),
                      _side(event.recipient) if event.recipient else "", event.modality, place_label(event),
                      _excerpt(event))
    return table


def write_text(out: Path, text: str) -> None:
    """Write a command's output file; a file that cannot be written is a StoreError E406."""
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write {out}: {exc.strerror or exc}", code="E406") from exc
