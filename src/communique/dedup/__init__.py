"""Dedup: reprints found at ingest, and events of many articles linked into incidents.

- :class:`ReprintDetector` (``reprints.py``): MinHash/LSH over word 5-shingles; a reprint is
  linked to its original and not extracted again.
- :class:`IncidentLinker` (``incidents.py``): incremental, blocked on type, modality and
  participants, then decided on date precision, place, mode, topics and evidence words.

A seeded corpus with known incidents to measure both is outside the package, in
``benchmarks/synthetic.py`` (used by ``scripts/eval_incidents.py``).
"""

from __future__ import annotations

from communique.dedup.incidents import IncidentLinker, LinkRecord, record_from_event
from communique.dedup.reprints import ReprintDetector

__all__ = ["IncidentLinker", "LinkRecord", "ReprintDetector", "record_from_event"]
