"""Text clean-up and identity: newlines, boilerplate lines, article ids and content hashes.

The stored text is what every evidence offset indexes, so cleaning is deliberately small:

* ``\\r\\n`` and ``\\r`` become ``\\n``;
* whole lines matching a ``lines`` pattern of ``rules/boilerplate.yaml`` are dropped;
* a ``trailing`` pattern (an agency tag such as ``" /ibna"``, a ``"(Reuters)"`` credit) is cut
  from the very end only, so nothing before it moves.

::

    "Talks went well.\\nShare this article\\nBoth sides agreed. /ibna"
     -> "Talks went well.\\nBoth sides agreed."

An article's id is the one the input gives, else ``sha256(normalised text)[:16]`` where
normalised means NFC, whitespace runs collapsed and ends stripped: the same story saved with
other line breaks gets the same id. ``content_hash`` is the sha256 of the stored text itself, so
the store can tell an unchanged article from an edited one.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from communique.data import read_text
from communique.errors import DataFileError

__all__ = ["BOILERPLATE_FILE", "Boilerplate", "article_id", "content_hash", "load_boilerplate", "normalise_newlines"]

BOILERPLATE_FILE = "rules/boilerplate.yaml"


def normalise_newlines(text: str) -> str:
    """``text`` with Windows and old Mac line breaks turned into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_id(text: str) -> str:
    """The id of an article that has none: 16 hex digits of the sha256 of its normalised text."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """The sha256 of the stored text, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Boilerplate:
    """Compiled boilerplate rules: whole-line patterns and end-of-text patterns."""

    lines: tuple[re.Pattern[str], ...] = ()
    trailing: tuple[re.Pattern[str], ...] = ()

    def clean(self, text: str) -> str:
        """``text`` with newlines normalised and boilerplate lines and trailing tags removed.

        Offsets of everything before the first removed line are unchanged; a trailing cut moves
        nothing at all.
        """
        text = normalise_newlines(text)
        kept = [line for line in text.split("\n") if not self._is_boilerplate(line)]
        cleaned = "\n".join(kept)
        changed = len(kept) != text.count("\n") + 1
        while True:
            before = cleaned
            for pattern in self.trailing:
                match = pattern.search(cleaned)
                if match and match.end() == len(cleaned):
                    cleaned = cleaned[: match.start()]
            if cleaned == before:
                break
            changed = True
        if changed:
            cleaned = cleaned.rstrip()
        return cleaned

    def _is_boilerplate(self, line: str) -> bool:
        stripped = line.strip()
        return bool(stripped) and any(p.search(stripped) for p in self.lines)


def _compile(patterns: Any, label: str, key: str, problems: list[str]) -> list[re.Pattern[str]]:
    if patterns is None:
        return []
    if not isinstance(patterns, list):
        problems.append(f"{label}: {key}: expected a list of regular expressions")
        return []
    out: list[re.Pattern[str]] = []
    for n, pattern in enumerate(patterns, 1):
        if not isinstance(pattern, str):
            problems.append(f"{label}: {key}[{n}]: expected a string, got {type(pattern).__name__}")
            continue
        try:
            out.append(re.compile(pattern))
        except re.error as exc:
            problems.append(f"{label}: {key}[{n}] {pattern!r}: not a regular expression: {exc}")
    return out


def load_boilerplate(extra_dirs: Sequence[Path] = ()) -> Boilerplate:
    """The packaged boilerplate rules plus ``rules/boilerplate.yaml`` of each extra directory.

    Merge: both keys are lists, and a user file's ``lines`` and ``trailing`` patterns are added to
    the packaged ones (none can be taken away). Raises :class:`DataFileError` (E203) listing every
    problem with file, entry and field: ``mydata/rules/boilerplate.yaml: lines[2] '(x': not a
    regular expression: ...`` (entries counted from 1), or an unknown key.
    """
    return _load_cached(tuple(Path(d) for d in extra_dirs))


@functools.cache
def _load_cached(extra_dirs: tuple[Path, ...]) -> Boilerplate:
    sources = [(BOILERPLATE_FILE, read_text(BOILERPLATE_FILE))]
    for d in extra_dirs:
        path = d / BOILERPLATE_FILE
        if path.exists():
            sources.append((str(path), path.read_text(encoding="utf-8")))
    lines: list[re.Pattern[str]] = []
    trailing: list[re.Pattern[str]] = []
    problems: list[str] = []
    for label, text in sources:
        try:
            doc = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            problems.append(f"{label}: not valid YAML: {exc}")
            continue
        if not isinstance(doc, dict):
            problems.append(f"{label}: expected a mapping with 'lines' and 'trailing'")
            continue
        for key in sorted(set(doc) - {"version", "lines", "trailing"}, key=str):
            problems.append(f"{label}: {key}: not a known key (known: version, lines, trailing)")
        lines += _compile(doc.get("lines"), label, "lines", problems)
        trailing += _compile(doc.get("trailing"), label, "trailing", problems)
    if problems:
        raise DataFileError(problems, code="E203")
    return Boilerplate(tuple(lines), tuple(trailing))
