"""Registered extraction components and the pipeline config that assembles them.

A component is a factory registered under a versioned name (``communique.triggers.v1``) with the
:class:`~communique.extract.state.DocState` fields it reads and writes. The factory gets the
shared, loaded resources and its config, and returns a callable run once per article::

    from communique.extract.registry import components

    @components.register("mine.no_phone_calls.v1", reads=("candidates",), writes=("candidates",))
    def no_phone_calls(shared, config):
        def run(state):
            state.candidates = [c for c in state.candidates if c.mode != "phone"]
        return run

The packaged order is ``data/pipeline.yaml``. A ``pipeline.yaml`` in a ``--lexicon-dir`` (or the
``pipeline`` setting) edits it: ``imports`` (modules that register components), ``remove``
(names), ``replace`` (name -> factory), ``add`` (entries placed ``before`` or ``after`` a name),
or ``components`` (a whole new list). Third-party packages can register components through the
``communique.components`` entry-point group.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from communique import data
from communique.cache import cached, code_of
from communique.errors import ConfigError, DataFileError
from communique.extract.state import FIELDS, DocState

__all__ = ["ComponentInfo", "PipelineConfig", "PipelineEntry", "Registry", "components", "load_pipeline_config"]

Run = Callable[[DocState], None]
Factory = Callable[[Any, dict[str, Any]], Run]
ENTRY_POINT_GROUP = "communique.components"


@dataclass(frozen=True)
class ComponentInfo:
    """A registered component: its versioned name, factory and declared fields."""

    name: str
    factory: Factory
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    doc: str


class Registry:
    """Versioned component names -> factories (as spaCy's ``registry.misc``)."""

    def __init__(self) -> None:
        self._items: dict[str, ComponentInfo] = {}
        self._entry_points_loaded = False

    def register(self, name: str, *, reads: Sequence[str], writes: Sequence[str]) -> Callable[[Factory], Factory]:
        """Decorator: register ``factory`` as ``name``, declaring the state fields it reads and writes."""
        unknown = [f for f in (*reads, *writes) if f not in FIELDS]
        if unknown:
            raise ValueError(f"component {name!r} declares unknown state fields {unknown}; known: {FIELDS}")

        def deco(factory: Factory) -> Factory:
            doc = (factory.__doc__ or "").strip().split("\n", 1)[0]
            self._items[name] = ComponentInfo(name, factory, tuple(reads), tuple(writes), doc)
            return factory

        return deco

    def get(self, name: str) -> ComponentInfo:
        """The component registered as ``name`` (entry points are loaded on the first miss)."""
        if name not in self._items and not self._entry_points_loaded:
            self._entry_points_loaded = True
            for ep in entry_points(group=ENTRY_POINT_GROUP):
                ep.load()
        if name not in self._items:
            raise KeyError(name)
        return self._items[name]

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._items))


#: the process-wide registry of extraction components
components = Registry()


class PipelineEntry(BaseModel):
    """One component of the pipeline: a local name, the registered factory and its config."""

    model_config = ConfigDict(extra="forbid")
    name: str
    factory: str
    config: dict[str, Any] = Field(default_factory=dict)
    before: str | None = None
    after: str | None = None


class PipelineConfig(BaseModel):
    """The packaged pipeline, or a user's edit of it."""

    model_config = ConfigDict(extra="forbid")
    version: str | None = None
    imports: list[str] = Field(default_factory=list)
    components: list[PipelineEntry] | None = None
    remove: list[str] = Field(default_factory=list)
    replace: dict[str, str] = Field(default_factory=dict)
    add: list[PipelineEntry] = Field(default_factory=list)

    @field_validator("components")
    @classmethod
    def _unique(cls, v: list[PipelineEntry] | None) -> list[PipelineEntry] | None:
        names = [e.name for e in v or []]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"component names must be unique: {dup}")
        return v

    def digest(self) -> str:
        """A short hash of the assembled config, stored with every event for provenance."""
        body = json.dumps([e.model_dump() for e in self.components or []], sort_keys=True)
        return hashlib.sha256(body.encode()).hexdigest()[:12]


def _read(rel: str, text: str) -> PipelineConfig:
    """The pipeline config of one file (its ``rel`` and ``text``), kept in the start-up cache
    (:mod:`communique.cache`) by its text and this code: reading it takes PyYAML's import and a
    parse in pure Python, ~20 ms of every start. A file with problems is never cached."""
    return cached("pipeline", [code_of(sys.modules[__name__]), rel, text], lambda: _parse_config(rel, text))


def _parse_config(rel: str, text: str) -> PipelineConfig:
    import yaml  # only when the config is not in the cache

    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise DataFileError([f"{rel}: not valid YAML: {exc}"], code="E210") from exc
    try:
        return PipelineConfig.model_validate(raw)
    except ValidationError as exc:
        raise DataFileError([f"{rel}: {'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()],
                            code="E211") from exc


def _edit(base: PipelineConfig, edit: PipelineConfig, where: str) -> PipelineConfig:
    entries = list(edit.components) if edit.components is not None else list(base.components or [])
    names = [e.name for e in entries]
    for name in [*edit.remove, *edit.replace]:
        if name not in names:
            raise ConfigError(f"{where}: no component named {name!r} in the pipeline ({', '.join(names)})",
                              code="E510", hint="use a name 'communique info --pipeline' lists")
    entries = [e for e in entries if e.name not in edit.remove]
    entries = [e.model_copy(update={"factory": edit.replace[e.name]}) if e.name in edit.replace else e
               for e in entries]
    for new in edit.add:
        names = [e.name for e in entries]
        anchor = new.before or new.after
        if anchor is None:
            entries.append(new)
            continue
        if anchor not in names:
            raise ConfigError(f"{where}: add {new.name!r}: no component named {anchor!r}",
                              code="E510", hint="use a name 'communique info --pipeline' lists")
        at = names.index(anchor) + (0 if new.before else 1)
        entries.insert(at, new)
    return PipelineConfig(version=base.version, imports=[*base.imports, *edit.imports], components=entries)


def load_pipeline_config(extra_dirs: Sequence[Path] = (), extra_files: Sequence[Path] = ()) -> PipelineConfig:
    """The packaged pipeline edited by each ``pipeline.yaml`` in ``extra_dirs`` and by ``extra_files``."""
    config = _read("rules/pipeline.yaml", data.read_text("rules/pipeline.yaml"))
    files = [d / "pipeline.yaml" for d in extra_dirs if (d / "pipeline.yaml").is_file()]
    files += [d / "rules" / "pipeline.yaml" for d in extra_dirs if (d / "rules" / "pipeline.yaml").is_file()]
    for path in [*files, *extra_files]:
        config = _edit(config, _read(str(path), path.read_text(encoding="utf-8")), str(path))
    for module in config.imports:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise ConfigError(f"pipeline imports {module!r}, which cannot be imported: {exc}", code="E511",
                              hint="install the module or fix 'imports' in your pipeline.yaml") from exc
    for entry in config.components or []:
        if entry.factory not in components:
            try:
                components.get(entry.factory)
            except KeyError:
                raise ConfigError(
                    f"pipeline component {entry.name!r}: no factory registered as {entry.factory!r}",
                    code="E512", hint="register it (see communique.extract.registry) or fix 'factory'") from None
    return config
