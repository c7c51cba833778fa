"""Language data as data: lexicons, gazetteers and rules, loaded and validated in one place.

Every file under this package is described in ``MANIFEST.toml`` (version, schema, source,
licence). :func:`load` parses a file into typed models and reports **every** problem, with
file, entry and field, before failing::

    [E201] lexicons/actors.yaml entry 12 (jacinda-ardern): roles[0].end 2013-01-25 is before start

Users extend the data by directory: a file of the same name in one of ``extra_dirs`` is read
after the packaged one and its entries are appended (same validation).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from communique.errors import DataFileError

DATA_ROOT = resources.files("communique") / "data"


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Role(_Entry):
    """One dated role of a person: the state (or organisation) served, sector and office."""

    code: str
    sector: str = "GOV"
    office: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Role:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def covers(self, day: dt.date | None) -> bool:
        """Whether the role was held on ``day`` (any role covers an unknown day)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Person(_Entry):
    """A real-world person with names, a Wikidata id and dated roles."""

    id: str
    names: list[str]
    wikidata: str | None = None
    canonical: str | None = None  # defaults to the first name
    roles: list[Role]

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, v: str | None) -> str | None:
        if v is not None and not (v.startswith("Q") and v[1:].isdigit()):
            raise ValueError(f"wikidata {v!r} is not a Q-id")
        return v

    @property
    def name(self) -> str:
        """The canonical name."""
        return self.canonical or self.names[0]

    def role_at(self, day: dt.date | None) -> Role | None:
        """The role held on ``day``; the latest role ending before it, else the first role."""
        held = [r for r in self.roles if r.covers(day)]
        if held:
            return held[0]
        if day is not None:
            before = [r for r in self.roles if r.end and r.end < day]
            if before:
                return max(before, key=lambda r: r.end or dt.date.min)
        return self.roles[0] if self.roles else None


class Country(_Entry):
    """A state (or PLOVER territory code) and the words that name it."""

    code: str
    name: str
    aliases: list[str] = []
    demonyms: list[str] = []
    capitals: list[str] = []
    metonyms: list[str] = []


class Organization(_Entry):
    """An international organisation (PLOVER group code) and its names."""

    id: str
    code: str
    names: list[str]
    sector: str | None = None


class Office(_Entry):
    """A title or organ noun and the sector and office it gives its holder."""

    words: list[str]
    office: str | None = None
    sector: str = "GOV"
    person: bool = True  # a title held by a person ("minister"), not an organ ("army")
    rank: int = 0  # heads of state 3, heads of government 2, ministers 1


class Topic(_Entry):
    """A named issue (``topics``) and the PLOVER contexts it implies."""

    name: str
    aliases: list[str] = []
    context: list[str] = []


class Place(_Entry):
    """A region, sea or place the city gazetteer lacks."""

    name: str
    aliases: list[str] = []
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "region"


T = TypeVar("T", bound=BaseModel)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _read_yaml(text: str, rel: str) -> list[dict[str, Any]]:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError([f"{rel}: not valid YAML: {exc}"], code="E201") from exc
    if doc is None:
        return []
    if not isinstance(doc, list):
        raise DataFileError([f"{rel}: expected a list of entries at the top"], code="E201")
    return doc


def _read_csv(text: str, rel: str, list_fields: Sequence[str]) -> list[dict[str, Any]]:
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        entry: dict[str, Any] = {}
        for key, value in row.items():
            if key is None:
                raise DataFileError([f"{rel}: a row has more fields than the header"], code="E201")
            if key in list_fields:
                entry[key] = _split(value)
            elif value is not None and value.strip() != "":
                entry[key] = value.strip()
        rows.append(entry)
    return rows


def _validate(model: type[T], entries: Iterable[dict[str, Any]], rel: str) -> list[T]:
    out: list[T] = []
    problems: list[str] = []
    for n, raw in enumerate(entries, 1):
        label = raw.get("id") or raw.get("code") or raw.get("name") if isinstance(raw, dict) else None
        try:
            out.append(model.model_validate(raw))
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(x) for x in err["loc"]) or "entry"
                problems.append(f"{rel} entry {n}{f' ({label})' if label else ''}: {loc}: {err['msg']}")
    if problems:
        raise DataFileError(problems, code="E202")
    return out


# name -> (relative path, model, list fields for CSV)
FILES: dict[str, tuple[str, type[BaseModel], tuple[str, ...]]] = {
    "actors": ("lexicons/actors.yaml", Person, ()),
    "organizations": ("lexicons/organizations.yaml", Organization, ()),
    "offices": ("lexicons/offices.yaml", Office, ()),
    "topics": ("lexicons/topics.yaml", Topic, ()),
    "countries": ("gazetteers/countries.csv", Country, ("aliases", "demonyms", "capitals", "metonyms")),
    "places": ("gazetteers/places.csv", Place, ("aliases",)),
}


def read_text(rel: str) -> str:
    """The text of a packaged data file, by path relative to ``communique/data``."""
    return (DATA_ROOT / rel).read_text(encoding="utf-8")


def read_bytes(rel: str) -> bytes:
    """The bytes of a packaged data file (a trained model), by path relative to ``communique/data``."""
    return (DATA_ROOT / rel).read_bytes()


def load(name: str, extra_dirs: Sequence[Path] = ()) -> list[Any]:
    """Load data file ``name`` (a key of :data:`FILES`) and any user extensions of it.

    Returns the validated entries, packaged first. Raises :class:`DataFileError` listing every
    problem found.
    """
    return list(_load_cached(name, tuple(Path(d) for d in extra_dirs)))


@functools.cache
def _load_cached(name: str, extra_dirs: tuple[Path, ...]) -> tuple[Any, ...]:
    if name not in FILES:
        raise DataFileError([f"unknown data file {name!r}; known: {', '.join(sorted(FILES))}"], code="E200")
    rel, model, list_fields = FILES[name]
    sources = [(rel, read_text(rel))]
    for d in extra_dirs:
        path = d / rel
        if path.exists():
            sources.append((str(path), path.read_text(encoding="utf-8")))
    entries: list[Any] = []
    for label, text in sources:
        raw = _read_csv(text, label, list_fields) if rel.endswith(".csv") else _read_yaml(text, label)
        entries.extend(_validate(model, raw, label))
    return tuple(entries)


def load_rules(rel: str) -> Any:
    """Parse a YAML rule file (``rules/...``); its own module validates the structure."""
    try:
        return yaml.safe_load(read_text(rel))
    except yaml.YAMLError as exc:
        raise DataFileError([f"{rel}: not valid YAML: {exc}"], code="E201") from exc


def manifest() -> dict[str, Any]:
    """The parsed ``MANIFEST.toml``."""
    return tomllib.loads(read_text("MANIFEST.toml"))


def sha256(rel: str) -> str:
    """The sha256 of a packaged data file, as recorded in the manifest."""
    return hashlib.sha256((DATA_ROOT / rel).read_bytes()).hexdigest()


@functools.cache
def _plover_types() -> dict[str, Any]:
    doc = load_rules("rules/plover.yaml")
    types = doc.get("types") if isinstance(doc, dict) else None
    if not isinstance(types, dict):
        raise DataFileError(["rules/plover.yaml: expected a mapping 'types'"], code="E203")
    return types


def plover_scale(event_type: str, mode: str | None = None) -> tuple[int | None, float | None]:
    """``(quad_code, event_scale)`` of a PLOVER type and mode, from ``rules/plover.yaml``.

    The mode's scale overrides the type's when the file gives one::

        >>> plover_scale("CONSULT", "visit")
        (1, 1.9)
    """
    entry = _plover_types().get(event_type)
    if not isinstance(entry, dict):
        return None, None
    modes = entry.get("modes") or {}
    scale = modes.get(mode, entry.get("scale")) if mode else entry.get("scale")
    return entry.get("quad"), (float(scale) if scale is not None else None)
