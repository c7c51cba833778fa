"""Which events to read: a typed filter and the SQL it becomes.

::

    EventFilter(dyad="RUS-TUR", event_type="CONSULT", date_from="2020", date_to="2021-06")

* ``dyad`` -- both codes among the participants (actor or recipient, either direction); a code
  is a state (``RUS``), a PLOVER group (``IGO``) or an organisation id (``NATO``, ``AU``);
* ``date_from`` / ``date_to`` -- compared as strings on the date's prefix, so ``date_to="2021"``
  keeps ``2021-12-31`` and ``date_from="2020-06"`` keeps ``2020-06`` and later; events without a
  date are left out when either bound is given;
* ``actor`` -- a code among the actors (not the recipients);
* ``min_confidence`` -- events without a confidence count as 0.

Bad values raise :class:`InputError` E111 naming the filter; unknown codes E112 with the closest
known ones (``RUS-TRK``: did you mean TUR?).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from communique.errors import InputError
from communique.names import canonical_code, org_group
from communique.vocab import EVENT_TYPES, DateSource, Modality

__all__ = ["EventFilter"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MODALITIES: tuple[str, ...] = Modality.__args__  # type: ignore[attr-defined]
_DATE_SOURCES: tuple[str, ...] = DateSource.__args__  # type: ignore[attr-defined]


def _valid_date(value: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real year, month or day (not 2020-13, 2021-02-30)."""
    if not _DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _has_code(code: str, role: str) -> tuple[str, list[Any]]:
    """A participant with ``code`` (an organisation id: its group code and that id) in ``role``."""
    has = "EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.code = ?{cond}{role})"
    group = org_group(code)
    if group == code:
        return has.format(cond="", role=role), [code]
    cond = " AND communique_org_id(p.code, p.entity_text, p.identifier_text, p.office) = ?"
    return has.format(cond=cond, role=role), [group, code]


def _bad(name: str, message: str) -> InputError:
    return InputError(message, origin=f"filter {name}", code="E111")


@dataclass(frozen=True)
class EventFilter:
    """Conditions on stored events; ``None`` means no condition. Values are normalised on creation."""

    dyad: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    recipient: str | None = None
    modality: str | None = None
    doc_id: str | None = None
    min_confidence: float | None = None
    #: where the date came from: text, discourse or publication (drop guessed dates)
    date_source: str | None = None
    limit: int | None = None
    #: skip this many events first (paging, with ``limit``)
    offset: int | None = None

    def __post_init__(self) -> None:
        if self.dyad is not None:
            parts = self.dyad.strip().replace("–", "-").split("-")
            if len(parts) != 2 or not all(parts):
                raise _bad("dyad", f"{self.dyad!r} is not two codes joined by '-' (like RUS-TUR or RUS-NATO)")
            object.__setattr__(self, "dyad", "-".join(canonical_code(p, "dyad") for p in parts))
        for name in ("actor", "recipient"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, canonical_code(value, name))
        if self.event_type is not None:
            if self.event_type.upper() not in EVENT_TYPES:
                raise _bad("event_type", f"{self.event_type!r} is not one of {', '.join(EVENT_TYPES)}")
            object.__setattr__(self, "event_type", self.event_type.upper())
        if self.modality is not None and self.modality not in _MODALITIES:
            raise _bad("modality", f"{self.modality!r} is not one of {', '.join(_MODALITIES)}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not _valid_date(value):
                raise _bad(name, f"{value!r} is not a date as YYYY, YYYY-MM or YYYY-MM-DD")
        if self.date_source is not None and self.date_source not in _DATE_SOURCES:
            raise _bad("date_source", f"{self.date_source!r} is not one of {', '.join(_DATE_SOURCES)}")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise _bad("min_confidence", f"{self.min_confidence} is not between 0 and 1")
        for name in ("limit", "offset"):
            value = getattr(self, name)
            if value is not None and not 0 <= value < 2**63:
                raise _bad(name, f"{value} is not between 0 and {2**63 - 1}")

    def pair(self) -> tuple[str, str] | None:
        """The dyad's two codes, sorted, when the ``event_pairs`` table can answer it: two distinct
        codes, neither an organisation id (those are matched on the participants' names)."""
        if self.dyad is None:
            return None
        first, second = self.dyad.split("-")
        if first == second or org_group(first) != first or org_group(second) != second:
            return None
        lo, hi = sorted((first, second))
        return lo, hi

    def needs_functions(self) -> bool:
        """Whether :meth:`where` calls ``communique_org_id()``: a code is an organisation id."""
        codes = [*(self.dyad.split("-") if self.dyad else ()), self.actor, self.recipient]
        return any(c is not None and org_group(c) != c for c in codes)

    def only_pair_and_dates(self) -> bool:
        """Whether the filter is a dyad :meth:`pair` and date bounds only: a page of it is read from
        ``event_pairs`` alone."""
        others = (self.event_type, self.actor, self.recipient, self.modality, self.doc_id, self.min_confidence,
                  self.date_source)
        return self.pair() is not None and all(v is None for v in others)

    def date_where(self, column: str = "e.date") -> tuple[list[str], list[Any]]:
        """The conditions on the date (``--from``, ``--to``) over ``column``, and their parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from is not None:
            clauses.append(f"{column} >= ?")
            params.append(self.date_from)
        if self.date_to is not None:
            clauses.append(f"left({column}, ?) <= ?")
            params += [len(self.date_to), self.date_to]
        return clauses, params

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``events e`` and its parameters (``"TRUE"`` when empty)."""
        clauses: list[str] = []
        params: list[Any] = []
        pair = self.pair()
        if pair is not None:  # the sorted pair table: a few row groups instead of every participant
            clauses.append("e.id IN (SELECT event_id FROM event_pairs WHERE lo = ? AND hi = ?)")
            params += list(pair)
        dyad = self.dyad.split("-") if self.dyad and pair is None else ()
        for code, role in [*((c, "") for c in dyad),
                           (self.actor, " AND p.role = 'actor'"), (self.recipient, " AND p.role = 'recipient'")]:
            if code is not None:
                clause, values = _has_code(code, role)
                clauses.append(clause)
                params += values
        for column, value in (("event_type", self.event_type), ("modality", self.modality), ("doc_id", self.doc_id)):
            if value is not None:
                clauses.append(f"e.{column} = ?")
                params.append(value)
        dates, values = self.date_where()
        clauses += dates
        params += values
        if self.date_source is not None:
            clauses.append("json_extract_string(e.record, '$.date_source') = ?")
            params.append(self.date_source)
        if self.min_confidence is not None:
            clauses.append("coalesce(e.confidence, 0) >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(clauses) or "TRUE"), params
