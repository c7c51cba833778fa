"""Trigger, modality and discourse rules, loaded from ``data/rules/*.yaml`` and validated at start.

Each loader also reads ``DIR/rules/NAME.yaml`` of every extra directory (``--lexicon-dir``) and
merges it in (:func:`communique.data.load_rule_file`: lists extended, mappings updated key by key;
user trigger rules are tried first).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from communique import data
from communique.cache import cached, code_of
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
    if isinstance(v, bool) or any(isinstance(x, bool) for x in v):
        # YAML reads unquoted on, off, yes and no as true and false
        raise ValueError("a word was read as true or false: quote on, off, yes and no (\"on\")")
    return [str(x).lower() for x in v]


class TriggerRule(BaseModel):
    """One trigger: a lemma (or lemmas) of a part of speech, with constraints, -> type and mode."""

    # defer_build: the validator is built at the first validation, which a start with the start-up
    # cache (communique.cache) never makes: its objects are unpickled
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    lemma: list[str]
    pos: str
    type: str
    mode: str | None = None
    object: list[str] = []
    not_object: list[str] = []
    #: with ``object``: a preposition (with its object) the object or the verb must have ("made a call
    #: to X": ``[to]``), and prepositions the object must not have ("made a call for calm": ``[for]``)
    object_prep: list[str] = []
    not_object_prep: list[str] = []
    prep: list[str] = []
    not_prep: list[str] = []
    #: for VERB rules: prepositions the verb must not have ("talked about the border" is no talk with anyone)
    no_prep: list[str] = []
    #: for VERB rules: dependents the verb must not have ("called Putin a liar": ``[oprd]``, no call)
    no_dep: list[str] = []
    subject: list[str] = []
    pobj: list[str] = []
    compound: list[str] = []
    acl: list[str] = []
    under_prep: list[str] = []  # for NOUN rules: the noun is the object of one of these ("in a call")
    subject_of: list[str] = []  # for NOUN rules: the noun is the subject of one of these verbs ("a truce took hold")
    actor_object: bool = False
    person_object: bool = False
    #: with ``person_object``: people of a state count as the object too ("tortured Sudanese migrants"
    #: is done to Sudan; "hosts Syrian refugees" hosts no participant)
    people_object: bool = False
    owned: bool = False
    needs_recipient_prep: bool = False
    #: for VERB rules: the state the act sends someone to ("extradited a Colombian to the United
    #: States"), when named, is its only recipient (not the state of who is sent)
    destination_recipient: bool = False
    #: for VERB rules: nouns the verb must not be a participle or relative clause on ("a truce brokered
    #: by Qatar" tells who brokered the truce, no talks of its own)
    not_head: list[str] = []
    of_weapon: bool = False
    of_project: bool = False
    complement_party: bool = False
    reciprocal: bool = False
    infinitive: bool = False  # the verb has a "to" infinitive complement ("told Lima to withdraw")
    joint_subject: bool = False  # the subject names two parties or more ("Chile and Peru talked about X")
    #: with ``subject``: a people named by the plural of a nationality ("angry Serbs", "thousands of
    #: Syrians") counts as one of its words too (a crowd)
    people_subject: bool = False
    no_object: bool = False  # the verb takes no object ("flew to Kigali", not "flew aid to Kigali")
    active: bool = False  # the verb is in the active voice ("troops fired on", not "a shell was fired at")
    future_only: bool = False  # the act counts only when told as coming ("will retaliate"), never as done
    #: the act counts only when denied, and then as done: "did not rule out force" threatens it
    negated_only: bool = False
    #: a verb of feeling: who feels it (its passive subject or active object) acts against the owner of
    #: its cause ("Ghana was outraged by Togo's remarks", "Togo's remarks angered Ghana")
    experiencer: bool = False
    #: with ``experiencer``: the verb counts only as a state felt, a passive participle or an adjectival
    #: complement ("was concerned by the step", "is worried about"), never in its active sense
    #: ("the talks concerned the border")
    felt_only: bool = False
    #: an evaluative noun, an act only as the judgment put on a thing ("called the raid a violation",
    #: "said the blockade was an act of aggression", "described it as an outrage"), its roles read
    #: as an evaluative adjective's; an evaluative verb, only as what a speaker says another does
    #: ("said the move breached the truce"): the speaker judges the verb's subject
    judgment: bool = False
    #: for VERB rules: the object of "from" acts and the subject receives ("drew a rebuke from Moscow")
    from_actor: bool = False
    #: the act needs an organisation among its recipients ("quit ECOWAS", "rejoined the bloc"): leaving
    #: a body is a SANCTION, leaving a country is not
    org_recipient: bool = False
    #: for VERB rules: words that must follow the verb in its sentence, as one phrase the parse
    #: cannot be trusted to split ("declared X persona non grata", "declared the deal null and void")
    followed_by: list[str] = []

    _lists = field_validator("lemma", "object", "not_object", "object_prep", "not_object_prep", "prep", "not_prep",
                             "no_prep", "no_dep", "subject", "pobj", "compound", "acl",
                             "followed_by", mode="before")(_as_list)

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in EVENT_TYPES:
            raise ValueError(f"{v!r} is not a PLOVER event type")
        return v

    @field_validator("mode")
    @classmethod
    def _mode_of_type(cls, v: str | None, info: ValidationInfo) -> str | None:
        problem = data.mode_problem(info.data["type"], v) if "type" in info.data else None
        if problem is not None:
            raise ValueError(problem)
        return v

    @property
    def evaluative(self) -> bool:
        """Whether the rule's word judges a thing (an evaluative adjective or judgment noun)."""
        return self.pos == "ADJ" or self.judgment

    @field_validator("pos")
    @classmethod
    def _known_pos(cls, v: str) -> str:
        if v not in ("VERB", "NOUN", "ADJ"):
            raise ValueError(f"pos {v!r} must be VERB, NOUN or ADJ")
        return v


class TypeRule(BaseModel):
    """Per event type: which prepositions introduce recipients/participants."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

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

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

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

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

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
    #: verbs whose "for" asks for the act its noun names ("called for talks"): the act is not held
    requesting_verbs: list[str] = []
    warning_verbs: list[str] = []
    #: adjectives (only as adjectives) that make the act they govern possible: "open to talks"
    hypothetical_adjectives: list[str] = []
    #: verbs whose negation commits to the act: "would not hesitate to strike" will strike
    commitment_negations: list[str] = []
    #: adverbs that negate the act they modify when negated themselves: "no longer recognises"
    negated_adverbs: list[str] = []
    #: an adverb on "have"/"be" that leaves the act of its infinitive undone ("has yet to resume")
    pending_adverbs: list[str] = []
    #: copulas whose infinitive is an act arranged, not done: "Ukraine is to free 25 soldiers" (future)
    arranging_copulas: list[str] = []
    #: subjects of such a copula that name a purpose, not a doer: "the aim is to strengthen ties"
    purpose_nouns: list[str] = []
    #: nouns (only as nouns) that ask for or attempt the act their infinitive names: "a call to end
    #: the fighting", "a bid to oust him": the act is not done (hypothetical)
    requesting_nouns: list[str] = []
    #: verbs that tell an attempt failed, and the acts done by attempting them: "failed to persuade
    #: Kampala to withdraw" still asked it to
    failure_verbs: list[str] = []
    attempted_acts: list[str] = []
    embedding_types: list[str]


ThreatMode = Literal["restrict", "arrest", "relations", "expel", "territory", "violence"]


class ThreatModes(BaseModel):
    """The THREATEN mode of a threatened act: by its type, its rule's mode, or its object's head."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    by_type: dict[str, ThreatMode] = {}
    by_mode: dict[str, ThreatMode] = {}
    by_object: dict[str, ThreatMode] = {}


class DiscourseRules(BaseModel):
    """Dates given by pointing back ("the same day"), immediacy words and date bounds."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    anaphoric_dates: dict[str, int]
    anaphoric_periods: list[str]
    immediate: list[str]
    bounds: list[str]
    deadlines: list[str]
    group_nouns: list[str] = []
    referring_determiners: list[str] = []
    #: how far into the article its lead reaches, and how many days before publication its news day may be
    news_day_lead_chars: int = Field(default=600, ge=0)
    news_day_max_days: int = Field(default=3, ge=0)
    #: "three days after X signed": unit words with their grain, number words, relation words
    #: with their direction (-1: the act of the clause the word opens came first)
    offset_units: dict[str, Literal["day", "week", "month", "year"]] = {}
    offset_numbers: dict[str, int] = {}
    offset_relations: dict[str, Literal[-1, 1]] = {}
    #: "a week later": words after a span of time that count it from the last day told
    offset_pointing: dict[str, Literal[-1, 1]] = {}
    #: "the following week", "over the next few days": words that count a unit from the story's date
    offset_following: list[str] = []
    #: event types whose acts told in the simple present with no date are standing states
    #: ("American warships patrol the strait"), not events
    habitual_types: list[str] = []
    #: adverbs that make a present perfect an act done many times up to now ("has repeatedly asked")
    iterative_adverbs: list[str] = []
    #: event types a speaker does by saying so ("said on Tuesday that it rejected the ruling"): with
    #: no date of their own they take the date of the verb of saying
    said_types: list[str] = []
    #: event types whose acts told only as coming keep their planned date or none ("talks are due
    #: next week"); other plans with no date of their own are dated when announced (codebook 5)
    planned_meeting_types: list[str] = []
    #: the REJECT mode of refusing an act of each type ("would never hand the pilots over": yield)
    refused_modes: dict[str, Literal["assist", "change", "yield", "meet"]] = {}
    #: hostile acts that, promised by their doer on a condition, are threats; and the THREATEN mode
    #: of each (by the act's type, by its rule's mode, by the head of its object)
    threatened_types: list[str] = []
    threat_modes: ThreatModes = ThreatModes()
    #: acts withheld or refused on a condition ("will block the bid unless Stockholm extradites them",
    #: "would pull its troops out unless paid", "as long as"): coercive warnings, threats, though
    #: not with a plain "if" or "any" ("would reject any deal that ..." refuses); and what opens such
    #: a condition, read up to the clause's marker
    withheld_types: list[str] = []
    withheld_condition_marks: list[str] = []
    #: determiners that make an act's target a condition ("any drone that crosses")
    conditional_determiners: list[str] = []
    #: what opens a clause a threatened act lasts while ("as long as", "until"), up to its marker
    threat_condition_marks: list[str] = []
    #: the types a judged act noun may refer back to when no act of its own type was told
    kindred_types: dict[str, list[str]] = {}


def _parse(rel: str, text: str) -> Any:
    import yaml  # only when a file is not in the start-up cache

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError([f"{rel}: not valid YAML: {exc}"], code="E201") from exc


def _dirs(extra_dirs: Sequence[Path]) -> tuple[Path, ...]:
    return tuple(Path(d) for d in extra_dirs)


def _types_listed(rules: RuleSet) -> list[data.Problem]:
    return [(("rules", n, "type"), f"{r.type!r} has no entry under 'types'")
            for n, r in enumerate(rules.rules) if r.type not in rules.types]


def load_triggers(extra_dirs: Sequence[Path] = ()) -> RuleSet:
    """The packaged trigger rules plus ``rules/triggers.yaml`` in each extra directory.

    Merge: a user file's ``rules`` are tried **before** the packaged ones (the first rule of a
    lemma and part of speech that matches wins, so a user rule overrides a packaged one; a later
    directory's rules come before an earlier one's); a user ``types`` entry updates the packaged
    entry of that type key by key (its ``preps`` and ``context`` lists are extended, ``symmetric``
    replaced) or adds a type. Every problem is reported as :class:`DataFileError` E203 with the
    file, the entry and the field (``.../rules/triggers.yaml: rules[2].type: ...``, counting the
    user file's own rules from 1).
    """
    return _load_triggers(_dirs(extra_dirs))


@functools.cache
def _load_triggers(extra_dirs: tuple[Path, ...]) -> RuleSet:
    return data.load_rule_file("rules/triggers.yaml", RuleSet, extra_dirs, first=("rules",), check=_types_listed)


def load_discourse(extra_dirs: Sequence[Path] = ()) -> DiscourseRules:
    """The lists of ``rules/discourse.yaml``, and of the same file in each extra directory.

    Merge: a user list (``immediate``, ``bounds``...) adds its words to the packaged ones; a user
    ``anaphoric_dates`` entry sets the day offset of its words (overriding a packaged entry of the
    same words). Problems: :class:`DataFileError` E203 naming the file, the entry and the field
    (``anaphoric_dates.the day after: Input should be a valid integer``).
    """
    return _load_discourse(_dirs(extra_dirs))


@functools.cache
def _load_discourse(extra_dirs: tuple[Path, ...]) -> DiscourseRules:
    return data.load_rule_file("rules/discourse.yaml", DiscourseRules, extra_dirs)


@functools.cache
def load_contexts(extra_dirs: Sequence[Path] = ()) -> dict[str, list[str]]:
    """``lexicons/contexts.yaml``: PLOVER context -> words that put an event in it (plus users')."""
    rel = "lexicons/contexts.yaml"
    sources = [(rel, data.read_text(rel))]
    sources += [(str(Path(d) / rel), (Path(d) / rel).read_text(encoding="utf-8"))
                for d in extra_dirs if (Path(d) / rel).exists()]
    # kept in the start-up cache (communique.cache): parsing it takes PyYAML's import and a pure-Python parse
    key: list[bytes | str] = [code_of(sys.modules[__name__]), *(f"{label}\0{text}" for label, text in sources)]
    return cached("contexts", key, lambda: _contexts(sources))


def _contexts(sources: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The contexts' words of each ``(label, text)`` of ``sources``, in order (see :func:`load_contexts`)."""
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


def load_modality(extra_dirs: Sequence[Path] = ()) -> ModalityRules:
    """The modality cue lists of ``rules/modality.yaml``, and of the same file in each extra directory.

    Merge: every key is a list, and a user list adds its words to the packaged ones (no word can
    be taken away). Problems: :class:`DataFileError` E203 naming the file, the entry and the field
    (``negation_words[3]: Input should be a valid string``).
    """
    return _load_modality(_dirs(extra_dirs))


@functools.cache
def _load_modality(extra_dirs: tuple[Path, ...]) -> ModalityRules:
    return data.load_rule_file("rules/modality.yaml", ModalityRules, extra_dirs)
