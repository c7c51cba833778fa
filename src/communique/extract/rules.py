"""Trigger and modality rules, loaded from ``data/rules/*.yaml`` and validated at start."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from communique import data
from communique.errors import DataFileError
from communique.model import CONTEXTS, EVENT_TYPES

__all__ = [
    "DiscourseRules", "ModalityRules", "RuleSet", "TriggerRule", "TypeRule",
    "load_contexts", "load_discourse", "load_modality", "load_triggers",
]


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v.lower()]
    return [str(x).lower() for x in v]


class TriggerRule(BaseModel):
    """One trigger: a lemma (or lemmas) of a part of speech, with constraints, -> type and mode."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lemma: list[str]
    pos: str
    type: str
    mode: str | None = None
    object: list[str] = []
    prep: list[str] = []
    pobj: list[str] = []
    compound: list[str] = []
    acl: list[str] = []
    actor_object: bool = False
    person_object: bool = False
    owned: bool = False
    needs_recipient_prep: bool = False
    of_weapon: bool = False
    of_project: bool = False
    complement_party: bool = False

    _lists = field_validator("lemma", "object", "prep", "pobj", "compound", "acl",
                             mode="before")(_as_list)

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in EVENT_TYPES:
            raise ValueError(f"{v!r} is not a PLOVER event type")
        return v

    @field_validator("pos")
    @classmethod
    def _known_pos(cls, v: str) -> str:
        if v not in ("VERB", "NOUN", "ADJ"):
            raise ValueError(f"pos {v!r} must be VERB, NOUN or ADJ")
        return v


class TypeRule(BaseModel):
    """Per event type: which prepositions introduce recipients/participants."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    preps: list[str] = []
    symmetric: bool = False
    context: list[str] = []

    @field_validator("context")
    @classmethod
    def _known_contexts(cls, v: list[str]) -> list[str]:
        unknown = [c for c in v if c not in CONTEXTS]
        if unknown:
            raise ValueError(f"not PLOVER contexts: {', '.join(unknown)}")
        return v


class RuleSet(BaseModel):
    """All trigger rules, indexed by (lemma, pos)."""

    model_config = ConfigDict(frozen=True)

    types: dict[str, TypeRule]
    rules: list[TriggerRule]

    @functools.cached_property
    def by_lemma(self) -> dict[tuple[str, str], list[TriggerRule]]:
        """Rules for a (lemma, pos) pair, in file order."""
        out: dict[tuple[str, str], list[TriggerRule]] = {}
        for r in self.rules:
            for lemma in r.lemma:
                out.setdefault((lemma, r.pos), []).append(r)
        return out


class ModalityRules(BaseModel):
    """Cue words for negation, future and hypothetical modality, and speech verbs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    negation_words: list[str]
    negating_verbs: list[str]
    future_aux: list[str]
    future_governors: list[str]
    future_modifiers: list[str]
    hypothetical_aux: list[str]
    hypothetical_governors: list[str]
    hypothetical_modifiers: list[str]
    ongoing_governors: list[str]
    speech_verbs: list[str]
    light_verbs: list[str]
    volition_verbs: list[str]
    possibility_negations: list[str]
    embedding_types: list[str]


class DiscourseRules(BaseModel):
    """Dates given by pointing back ("the same day"), immediacy words and date bounds."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    anaphoric_dates: dict[str, int]
    anaphoric_periods: list[str]
    immediate: list[str]
    bounds: list[str]
    deadlines: list[str]
    host_words: list[str]


def _parse(rel: str, text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError([f"{rel}: not valid YAML: {exc}"], code="E201") from exc


def _errors(rel: str, exc: ValidationError) -> DataFileError:
    problems = [f"{rel}: {'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()]
    return DataFileError(problems, code="E203")


@functools.cache
def load_triggers(extra_dirs: Sequence[Path] = ()) -> RuleSet:
    """The packaged trigger rules plus ``rules/triggers.yaml`` in each extra directory."""
    rel = "rules/triggers.yaml"
    raw = _parse(rel, data.read_text(rel))
    for d in extra_dirs:
        path = Path(d) / rel
        if path.exists():
            more = _parse(str(path), path.read_text(encoding="utf-8")) or {}
            raw["rules"] = list(raw.get("rules", [])) + list(more.get("rules", []))
            raw["types"] = {**raw.get("types", {}), **more.get("types", {})}
    try:
        rules = RuleSet.model_validate(raw)
    except ValidationError as exc:
        raise _errors(rel, exc) from exc
    missing = sorted({r.type for r in rules.rules} - set(rules.types))
    if missing:
        raise DataFileError([f"{rel}: types without an entry under 'types': {', '.join(missing)}"], code="E203")
    return rules


M = TypeVar("M", bound=BaseModel)


def _load_model(rel: str, model: type[M]) -> M:
    """A packaged YAML rule file validated as ``model``; every problem reported (E203)."""
    try:
        return model.model_validate(_parse(rel, data.read_text(rel)))
    except ValidationError as exc:
        raise _errors(rel, exc) from exc


@functools.cache
def load_discourse() -> DiscourseRules:
    """The lists of ``rules/discourse.yaml``."""
    return _load_model("rules/discourse.yaml", DiscourseRules)


@functools.cache
def load_contexts(extra_dirs: Sequence[Path] = ()) -> dict[str, list[str]]:
    """``lexicons/contexts.yaml``: PLOVER context -> words that put an event in it (plus users')."""
    rel = "lexicons/contexts.yaml"
    sources = [(rel, data.read_text(rel))]
    sources += [(str(Path(d) / rel), (Path(d) / rel).read_text(encoding="utf-8"))
                for d in extra_dirs if (Path(d) / rel).exists()]
    out: dict[str, list[str]] = {}
    problems = []
    for label, text in sources:
        raw = _parse(label, text) or {}
        if not isinstance(raw, dict):
            raise DataFileError([f"{label}: expected a mapping context -> words"], code="E203")
        for context, words in raw.items():
            if context not in CONTEXTS:
                problems.append(f"{label}: {context!r} is not a PLOVER context")
            elif not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                problems.append(f"{label}: {context}: expected a list of words")
            else:
                out.setdefault(context, []).extend(w.lower() for w in words)
    if problems:
        raise DataFileError(problems, code="E203")
    return out


@functools.cache
def load_modality() -> ModalityRules:
    """The modality cue lists of ``rules/modality.yaml``."""
    return _load_model("rules/modality.yaml", ModalityRules)
