"""Language data as data: lexicons, gazetteers and rules, loaded and validated in one place.

Every file under this package is described in ``MANIFEST.toml`` (version, schema, source,
licence). :func:`load` parses a file into typed models and reports **every** problem, with
file, entry and field, before failing::

    [E201] lexicons/actors.yaml entry 12 (jacinda-ardern): roles[0].end 2013-01-25 is before start

Users extend the data by directory: a file of the same name in one of ``extra_dirs`` is read
after the packaged one and its entries are appended (same validation). Rule files
(``rules/*.yaml``, mappings of named lists and tables) are extended by :func:`load_rule_file`:
lists are extended, mappings updated key by key, and every problem of a user file is reported
with its path, the entry and the field::

    [E203] mydata/rules/triggers.yaml: rules[2].type: Value error, 'MEET' is not a PLOVER event type
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import re
import sys
import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    ValidationError,
    field_validator,
    model_validator,
)

from communique.cache import cached, code_of
from communique.errors import DataFileError
from communique.model import EVENT_TYPES, EventType


def _safe_load(text: str, label: str) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available: libyaml's C loader when PyYAML
    was built with it (five times faster, same documents), else the pure-Python one. Raises
    :class:`DataFileError` E201 naming ``label`` when ``text`` is not YAML.

    PyYAML is imported here, not with this module: a command whose data files come from the
    start-up cache (``events --dyad``) parses none.
    """
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise DataFileError([f"{label}: not valid YAML: {exc}"], code="E201") from exc


DATA_ROOT = resources.files("communique") / "data"


class _Entry(BaseModel):
    # defer_build: the validator is built at the first validation, which a start with the start-up
    # cache (communique.cache) never makes: its objects are unpickled
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


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
    org_id: str | None = None  # the stable id analysts filter on ("NATO", "AU"); unique
    #: nouns that describe it once named ("the bloc", "the alliance"): the latest organisation named with one
    descriptions: list[str] = []


class Office(_Entry):
    """A title or organ noun and the sector and office it gives its holder."""

    words: list[str]
    office: str | None = None
    sector: str = "GOV"
    person: bool = True  # a title held by a person ("minister"), not an organ ("army")
    rank: int = 0  # heads of state 3, heads of government 2, ministers 1
    #: the one state the title belongs to, when it names no other ("the pope": the Holy See)
    state: str | None = None


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


class CityAlias(_Entry):
    """Another name of a GeoNames city (a former name, an English exonym): ``city`` is its GeoNames
    name, ``country_code`` its state; the alias names that city even where another town has it."""

    alias: str
    city: str
    country_code: str


T = TypeVar("T", bound=BaseModel)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _read_yaml(text: str, rel: str) -> list[dict[str, Any]]:
    doc = _safe_load(text, rel)
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
    "city_aliases": ("gazetteers/city_aliases.csv", CityAlias, ()),
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

    def build() -> tuple[Any, ...]:
        entries: list[Any] = []
        for label, text in sources:
            raw = _read_csv(text, label, list_fields) if rel.endswith(".csv") else _read_yaml(text, label)
            entries.extend(_validate(model, raw, label))
        return tuple(entries)

    # parsing and validating actors.yaml alone takes ~0.1 s; the validated entries are kept on disk
    code = code_of(sys.modules[__name__], sys.modules[model.__module__])
    key: list[bytes | str] = [code, *(f"{label}\0{text}" for label, text in sources)]
    return cached(f"data-{name}", key, build)


def load_rules(rel: str) -> Any:
    """Parse a packaged YAML rule file (``rules/...``) as it is; see :func:`load_rule_file`."""
    return _safe_load(read_text(rel), rel)


M = TypeVar("M", bound=BaseModel)
#: a problem found in a merged rule file: the location (keys and list indices) and the message
Problem = tuple[tuple[str | int, ...], str]


def merge_rules(base: dict[str, Any], extra: dict[str, Any], *, first: Collection[str] = ()) -> dict[str, Any]:
    """``extra`` merged into ``base``, recursively: lists are extended with ``extra``'s entries
    (put *before* ``base``'s for the top-level keys named in ``first``), mappings are updated
    key by key, and any other value of ``extra`` replaces ``base``'s."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = [*value, *old] if key in first else [*old, *value]
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge_rules(old, value)
        else:
            out[key] = value
    return out


def _where(loc: Sequence[str | int]) -> str:
    """``("rules", 1, "type")`` -> ``rules[2].type``: list entries are counted from 1."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        elif part == "[key]":
            out += " (the key)"
        else:
            out += f".{part}" if out else str(part)
    return out or "the whole file"


def _user_loc(loc: Sequence[str | int], base: Any, extra: Any, first: Collection[str]) -> tuple[str | int, ...] | None:
    """The location in the user file ``extra`` of ``loc``, a location in ``merge_rules(base, extra)``.

    None when ``loc`` lies in an entry of ``base`` (which was valid before the merge).
    """
    out: list[str | int] = []
    b, u = base, extra
    for depth, part in enumerate(loc):
        if isinstance(part, int) and isinstance(u, list):
            if depth == 1 and loc[0] in first:
                n = part if part < len(u) else -1
            else:
                n = part - (len(b) if isinstance(b, list) else 0)
            if n < 0:
                return None
            out.append(n)
            b, u = None, u[n]
        elif isinstance(u, dict) and part in u:
            out.append(part)
            b, u = (b.get(part) if isinstance(b, dict) else None), u[part]
        else:  # a field the user left out of a new entry, a key marker, or a scalar's own check
            out.extend(loc[depth:])
            break
    return tuple(out)


def _check_rules(model: type[M], raw: Any,
                 check: Callable[[M], list[Problem]] | None) -> tuple[M | None, list[Problem]]:
    try:
        rules = model.model_validate(raw)
    except ValidationError as exc:
        return None, [(tuple(e["loc"]), "not a known field" if e["type"] == "extra_forbidden" else e["msg"])
                      for e in exc.errors()]
    return rules, check(rules) if check else []


def _rule_doc(label: str, text: str) -> dict[str, Any]:
    doc = _safe_load(text, label)
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise DataFileError([f"{label}: expected a mapping of keys at the top, got a {type(doc).__name__}"],
                            code="E201")
    return doc


def load_rule_file(rel: str, model: type[M], extra_dirs: Sequence[Path] = (), *, first: Collection[str] = (),
                   check: Callable[[M], list[Problem]] | None = None, code: str = "E203") -> M:
    """The packaged rule file ``rel`` (``rules/NAME.yaml``) with each ``DIR/rules/NAME.yaml`` of
    ``extra_dirs`` merged in, in order, validated as ``model``.

    The merge (:func:`merge_rules`): a list-valued key gets the user's entries added after the
    packaged ones (before them for the keys in ``first``: a later directory's first of all); a
    mapping-valued key is updated key by key (a user value replaces the packaged value of the
    same key, and two mappings are merged the same way); any other user value replaces the
    packaged one. ``check`` adds problems the model cannot see (a reference between entries).

    Each user file is validated merged with what comes before it, and its problems are reported
    as ``PATH: ENTRY.FIELD: message`` with the entry located in that file (``rules[2].type``: the
    second entry of its ``rules``, field ``type``; ``types.CONSULT.quad``). Raises
    :class:`DataFileError` (``code``; E201 for YAML that does not parse or is not a mapping)
    listing every problem of every file.

    The merged, validated rules are kept in the start-up cache (:mod:`communique.cache`), keyed
    by the text of every file and the code that reads them: parsing and validating the trigger
    rules alone takes ~0.1 s of every start. Files with problems are never cached.
    """
    texts = [(rel, read_text(rel))]
    texts += [(str(p), p.read_text(encoding="utf-8")) for p in (Path(d) / rel for d in extra_dirs) if p.is_file()]
    modules = [sys.modules[__name__], sys.modules["communique.model"], sys.modules[model.__module__]]
    if check is not None:
        modules.append(sys.modules[check.__module__])
    key: list[bytes | str] = [code_of(*modules), model.__qualname__, getattr(check, "__qualname__", ""), code,
                              "\0".join(sorted(first)), *(f"{label}\0{text}" for label, text in texts)]
    return cached(f"rules-{Path(rel).stem}", key, lambda: _merge_rule_files(texts, model, first, check, code))


def _merge_rule_files(texts: list[tuple[str, str]], model: type[M], first: Collection[str],
                      check: Callable[[M], list[Problem]] | None, code: str) -> M:
    """The rules of ``texts`` (the packaged file's label and text first, then each user file's),
    merged and validated as :func:`load_rule_file` describes."""
    (rel, text), *extras = texts
    raw = _rule_doc(rel, text)
    rules, found = _check_rules(model, raw, check)
    if rules is None or found:
        raise DataFileError([f"{rel}: {_where(loc)}: {msg}" for loc, msg in found], code=code)
    problems: list[str] = []
    codes: set[str] = set()
    for path, extra_text in extras:
        try:
            extra = _rule_doc(path, extra_text)
        except DataFileError as exc:
            problems += exc.problems
            codes.add(exc.code)
            continue
        merged = merge_rules(raw, extra, first=first)
        candidate, found = _check_rules(model, merged, check)
        if candidate is None or found:
            for loc, msg in found:
                user = _user_loc(loc, raw, extra, first)
                where = _where(user) if user is not None else f"{_where(loc)} (a packaged entry, after the merge)"
                problems.append(f"{path}: {where}: {msg}")
            codes.add(code)
            continue
        raw, rules = merged, candidate
    if problems:
        raise DataFileError(problems, code=code if code in codes else "E201")
    return rules


def manifest() -> dict[str, Any]:
    """The parsed ``MANIFEST.toml``."""
    return tomllib.loads(read_text("MANIFEST.toml"))


def sha256(rel: str) -> str:
    """The sha256 of a packaged data file, as recorded in the manifest."""
    return hashlib.sha256((DATA_ROOT / rel).read_bytes()).hexdigest()


_MODE_RE = re.compile(r"[a-z]+(-[a-z]+)*")


def _mode_name(v: str) -> str:
    """A PLOVER mode is one or more lower-case words joined by hyphens ("heavy-weapons")."""
    if not _MODE_RE.fullmatch(v):
        raise ValueError(f"{v!r} is not a mode name (lower-case words joined by '-')")
    return v


ModeName = Annotated[str, AfterValidator(_mode_name)]

#: the packaged file of the PLOVER modes of each event type
MODES_FILE = "plover/modes.yaml"


class PloverModes(RootModel[dict[EventType, tuple[ModeName, ...]]]):
    """``plover/modes.yaml``: each PLOVER event type -> the modes an event of that type may have."""

    model_config = ConfigDict(frozen=True, defer_build=True)


def _modes_complete(modes: PloverModes) -> list[Problem]:
    """Every type has an entry (an empty list when it has no modes) and lists each mode once."""
    problems: list[Problem] = [((t,), "missing: every PLOVER type needs an entry ([] when it has no modes)")
                               for t in EVENT_TYPES if t not in modes.root]
    for t, names in modes.root.items():
        problems += [((t, n), f"{m!r} is listed twice") for n, m in enumerate(names) if m in names[:n]]
    return problems


def load_modes() -> dict[str, tuple[str, ...]]:
    """The PLOVER modes of each event type, from the packaged ``plover/modes.yaml`` (in file order).

    The ontology is fixed, so no ``--lexicon-dir`` extends it. A broken packaged file raises
    :class:`DataFileError` E205 naming the type and the entry::

        >>> load_modes()["CONSULT"]
        ('visit', 'third-party', 'multilateral', 'phone')
    """
    return dict(_load_modes())


@functools.cache
def _load_modes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    modes = load_rule_file(MODES_FILE, PloverModes, check=_modes_complete, code="E205")
    return tuple(modes.root.items())


@functools.cache
def _modes_by_type() -> Mapping[str, tuple[str, ...]]:
    """:func:`load_modes`, read-only and made once (every Event checks its mode against it)."""
    return MappingProxyType(dict(_load_modes()))


def mode_problem(event_type: str, mode: str | None) -> str | None:
    """Why ``mode`` cannot be the mode of an event of ``event_type``; None when it can (``None`` always can).

        >>> mode_problem("CONSULT", "phone") is None
        True
        >>> mode_problem("CONSULT", "demo")
        "'demo' is not a mode of CONSULT (its modes: visit, third-party, multilateral, phone)"
    """
    if mode is None:
        return None
    allowed = _modes_by_type().get(event_type)
    if allowed is None or mode in allowed:
        return None  # an unknown type is the type field's problem, not the mode's
    if not allowed:
        return f"{event_type} has no modes ({MODES_FILE}): leave mode empty, not {mode!r}"
    return f"{mode!r} is not a mode of {event_type} (its modes: {', '.join(allowed)})"


class PloverType(_Entry):
    """A PLOVER type's quad class and scale, and the scales of its modes that differ."""

    quad: int = Field(ge=1, le=4)
    scale: float | None = Field(default=None, ge=-10, le=10)
    modes: dict[str, Annotated[float, Field(ge=-10, le=10)]] = {}


class PloverRules(_Entry):
    """``rules/plover.yaml``: quad class and cooperation-conflict scale of each PLOVER type."""

    types: dict[EventType, PloverType]

    def scale(self, event_type: str, mode: str | None = None) -> tuple[int | None, float | None]:
        """``(quad_code, event_scale)`` of a type and mode; ``(None, None)`` for a type not listed."""
        entry = self.types.get(event_type)  # type: ignore[call-overload]
        if entry is None:
            return None, None
        scale = entry.modes.get(mode, entry.scale) if mode else entry.scale
        return entry.quad, scale


def load_plover(extra_dirs: Sequence[Path] = ()) -> PloverRules:
    """``rules/plover.yaml`` and each ``DIR/rules/plover.yaml`` of ``extra_dirs``.

    Merge: a user's ``types`` entry updates the packaged entry of the same type key by key
    (``{CONSULT: {modes: {phone: 1.2}}}`` sets the scale of a mode and keeps the quad and scale;
    ``scale: 2.0`` replaces the scale); a type not packaged needs a ``quad``. A mode must be one
    of its type's (``plover/modes.yaml``: ``{CONSULT: {modes: {video: 1.2}}}`` fails). Problems
    are reported with file, type and field (``types.CONSULT.quad``, ``types.CONSULT.modes.video``)
    as :class:`DataFileError` E203.
    """
    return _load_plover(tuple(Path(d) for d in extra_dirs))


def _plover_modes(rules: PloverRules) -> list[Problem]:
    """Each mode given a scale is a mode of its type (``plover/modes.yaml``)."""
    return [(("types", t, "modes", m), problem) for t, entry in rules.types.items() for m in entry.modes
            if (problem := mode_problem(t, m)) is not None]


@functools.cache
def _load_plover(extra_dirs: tuple[Path, ...]) -> PloverRules:
    return load_rule_file("rules/plover.yaml", PloverRules, extra_dirs, check=_plover_modes)


def plover_scale(event_type: str, mode: str | None = None,
                 extra_dirs: Sequence[Path] = ()) -> tuple[int | None, float | None]:
    """``(quad_code, event_scale)`` of a PLOVER type and mode, from ``rules/plover.yaml`` (and the
    ``rules/plover.yaml`` of each of ``extra_dirs``, see :func:`load_plover`).

    The mode's scale overrides the type's when the file gives one::

        >>> plover_scale("CONSULT", "visit")
        (1, 1.9)
    """
    return load_plover(extra_dirs).scale(event_type, mode)


def _lower_word(w: str) -> str:
    """Words are compared with a token's lower-case form: an entry must be lower case and not blank."""
    if not w.strip():
        raise ValueError("a word is blank")
    if w != w.lower():
        raise ValueError(f"{w!r} is not lower case (words are matched lower-cased)")
    return w


Word = Annotated[str, AfterValidator(_lower_word)]


class Words(_Entry):
    """The English word lists of ``rules/words.yaml``: closed sets of words the extractor and the
    actor resolver compare tokens with (``token.lower_`` or the lower-cased lemma)."""

    event_scene_preps: frozenset[Word]
    clause_scene_preps: frozenset[Word]
    phrase_scene_preps: frozenset[Word]
    scene_of_act_preps: frozenset[Word]
    reciprocal_objects: frozenset[str]
    place_nouns: frozenset[Word]
    promising_verbs: frozenset[Word]
    place_modifiers: frozenset[Word]
    relational_nouns: frozenset[Word]
    mediating_verbs: frozenset[Word]
    agreement_nouns: frozenset[Word]
    calling_verbs: frozenset[Word]
    likening_verbs: frozenset[Word]
    judgment_heads: frozenset[Word]
    frame_nouns: frozenset[Word]
    topic_verbs: frozenset[Word]
    act_nouns: frozenset[Word]
    journey_verbs: frozenset[Word]
    destination_words: frozenset[Word]
    willing_adjectives: frozenset[Word]
    meeting_nouns: frozenset[Word]
    saying_verbs: frozenset[Word]
    party_object_verbs: frozenset[Word]
    contrast_marks: frozenset[Word]
    intent_verbs: frozenset[Word]
    narrator_nouns: frozenset[Word]
    border_nouns: frozenset[Word]
    collective_nouns: frozenset[Word]
    document_nouns: frozenset[Word]
    order_nouns: frozenset[Word]
    participation_nouns: frozenset[Word]
    weapon_words: frozenset[Word]
    project_words: frozenset[Word]
    group_nouns: dict[Word, Literal["person", "state", "force"]]
    group_quantities: dict[Word, Annotated[int, Field(ge=2)]]
    person_pronouns: frozenset[Word]
    state_pronouns: frozenset[Word]
    first_person_pronouns: frozenset[Word]
    title_glue: frozenset[Word]
    indefinite_determiners: frozenset[Word]
    state_acts: frozenset[Word]
    repetition_words: frozenset[Word]
    refusing_verbs: frozenset[Word]
    state_descriptions: frozenset[Word]
    organisation_descriptions: frozenset[Word]
    permitting_verbs: frozenset[Word]
    language_nouns: frozenset[Word]
    refusing_nouns: frozenset[Word]
    asking_nouns: frozenset[Word]
    helping_verbs: frozenset[Word]
    victim_preps: frozenset[Word]
    bare_group_nouns: frozenset[Word]
    deciding_nouns: frozenset[Word]
    blame_adjectives: frozenset[Word]
    threatening_verbs: frozenset[Word]
    ethnic_words: frozenset[Word]
    diplomat_nouns: frozenset[Word]
    imitating_verbs: frozenset[Word]
    imitating_objects: frozenset[Word]
    echoing_verbs: frozenset[Word]
    gathering_verbs: frozenset[Word]
    issuing_verbs: frozenset[Word]
    name_particles: frozenset[Word]
    name_articles: frozenset[Word]
    honorifics: frozenset[Word]
    thing_words: frozenset[Word]
    complaint_preps: frozenset[Word]
    response_marks: frozenset[Word]
    causing_verbs: frozenset[Word]
    appeal_verbs: frozenset[Word]
    sitting_bodies: frozenset[Word]
    organisation_roles: frozenset[Word]
    dispatch_verbs: frozenset[Word]
    talking_means: frozenset[Word]
    hosting_participles: frozenset[Word]
    halting_nouns: frozenset[Word]
    halting_verbs: frozenset[Word]
    citizen_nouns: frozenset[Word]
    reacting_verbs: frozenset[Word]
    invitation_nouns: frozenset[Word]
    accepting_verbs: frozenset[Word]
    crowd_nouns: frozenset[Word]
    site_nouns: frozenset[Word]
    owning_participles: frozenset[Word]
    measure_nouns: frozenset[Word]
    count_nouns: frozenset[Word]


def load_words(extra_dirs: Sequence[Path] = ()) -> Words:
    """``rules/words.yaml`` and each ``DIR/rules/words.yaml`` of ``extra_dirs`` (lists extended,
    mappings updated word by word). Problems are reported with file, list and entry
    (``weapon_words[2]``) as :class:`DataFileError` E203."""
    return _load_words(tuple(Path(d) for d in extra_dirs))


@functools.cache
def _load_words(extra_dirs: tuple[Path, ...]) -> Words:
    return load_rule_file("rules/words.yaml", Words, extra_dirs)
