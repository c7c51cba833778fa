"""Names and codes for people who read the output: country names, organisation ids, labels.

A participant's *code* is PLOVER's (ISO 3166 alpha-3, or a group code: ``UNO``, ``EUR``, ``IGO``,
``NGO`` ...). An international organisation also has a stable *organisation id* (``NATO``,
``OSCE``, ``AU``, ``EU``, ``UN`` ...; ``org_id`` in ``lexicons/organizations.yaml``), found from
the lexicon entry that resolved the mention or, failing that, from the organisation's names in
the mention, its canonical name or its office ("NATO Secretary General")::

    >>> country_name("TUR"), org_id("IGO", "NATO", None, None)
    ('Turkey', 'NATO')
    >>> label("IGO", "Jens Stoltenberg", "NATO"), label("RUS", None), label("IGO", "NATO", "NATO")
    ('Jens Stoltenberg (NATO)', 'Russia (RUS)', 'NATO')

:func:`canonical_code` checks what a user typed in a filter (``--dyad RUS-TRK``) and raises
:class:`~communique.errors.InputError` E112 with the closest known codes.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from communique.cache import cached, code_of
from communique.errors import InputError

if TYPE_CHECKING:
    from communique.model import ActorRef

__all__ = [
    "GROUP_CODES",
    "canonical_code",
    "country_name",
    "known_codes",
    "label",
    "org_group",
    "org_id",
    "org_id_of",
    "org_ids",
    "register_sql",
]

#: PLOVER's codes for participants that are not states (event.schema.json).
GROUP_CODES = ("UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC")
_GROUP_NAMES = {"UNO": "United Nations", "EUR": "European Union", "IGO": "intergovernmental organisation",
                "NGO": "non-governmental organisation", "ISM": "international militants",
                "IMG": "international militants", "MNC": "multinational corporation"}
_REASON = re.compile(r"organizations\.yaml: (\S+)")


#: the packaged data files names are made from (their paths in ``communique.data.FILES``, which a test
#: keeps equal)
SOURCES = {"countries": "gazetteers/countries.csv", "organizations": "lexicons/organizations.yaml"}

#: an organisation as names reads it: (lexicon id, organisation id, PLOVER code, names)
_Org = tuple[str, str, str, tuple[str, ...]]


@cache
def _tables() -> tuple[dict[str, str], list[_Org]]:
    """(state code -> name, the organisations), made from the validated lexicons
    (:func:`communique.data.load`) and kept as plain values in the disk cache (:mod:`communique.cache`),
    keyed by the files' text and the code reading them: a command that only names codes (``events``)
    then needs neither YAML nor pydantic."""
    root = resources.files("communique") / "data"
    key: list[bytes | str] = [code_of(sys.modules[__name__]), (root / "__init__.py").read_bytes(),
                              *((root / rel).read_text(encoding="utf-8") for rel in SOURCES.values())]
    return cached("names", key, _read_tables)


def _read_tables() -> tuple[dict[str, str], list[_Org]]:
    from communique import data

    countries = {c.code: c.name for c in data.load("countries")}
    orgs = [(o.id, o.org_id or o.id.upper(), o.code, tuple(o.names)) for o in data.load("organizations")]
    return countries, orgs


def _countries() -> dict[str, str]:
    return _tables()[0]


@cache
def _orgs() -> tuple[dict[str, str], dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """(lexicon id -> org id, org id -> PLOVER code, [(name pattern, org id)] longest name first)."""
    by_slug, group, names = _org_names()
    patterns = [(re.compile(rf"(?<![\w.]){re.escape(n)}(?![\w])"), oid) for n, oid in names]
    return by_slug, group, patterns


@cache
def _org_names() -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    """:func:`_orgs` with the names not yet compiled (codes and ids need no patterns)."""
    by_slug: dict[str, str] = {}
    group: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    for slug, oid, code, org_names in _tables()[1]:
        by_slug[slug] = oid
        group.setdefault(oid, code)
        names += [(name, oid) for name in org_names if not name.islower()]
    names.sort(key=lambda pair: -len(pair[0]))
    return by_slug, group, names


def country_name(code: str) -> str | None:
    """The English name of a state code (the packaged ISO gazetteer, then pycountry), or of a
    PLOVER group code; None when unknown."""
    name = _countries().get(code)
    if name:
        return name
    if code in _GROUP_NAMES:
        return _GROUP_NAMES[code]
    import pycountry  # only for codes the packaged gazetteer lacks (importing it takes a few ms)

    found: Any = pycountry.countries.get(alpha_3=code)
    if found is None:
        return None
    return str(getattr(found, "common_name", None) or found.name)


def org_ids() -> dict[str, str]:
    """Every organisation id and its PLOVER code (``{"NATO": "IGO", "EU": "EUR", ...}``)."""
    return dict(_org_names()[1])


def org_group(key: str) -> str:
    """The PLOVER code an organisation id belongs to; any other code is returned as it is."""
    return _org_names()[1].get(key, key)


def org_id(code: str | None, entity_text: str | None, identifier_text: str | None, office: str | None,
           reason: str | None = None) -> str | None:
    """The organisation id of a participant with a group code (None for states and unknowns)."""
    if code not in ("UNO", "EUR", "IGO", "NGO"):
        return None
    by_slug, _, patterns = _orgs()
    found = _REASON.search(reason or "")
    if found and found.group(1) in by_slug:
        return by_slug[found.group(1)]
    for text in (identifier_text, entity_text, office):
        if not text:
            continue
        for pattern, oid in patterns:
            if pattern.search(text):
                return oid
    return None


def org_id_of(ref: ActorRef) -> str | None:
    """:func:`org_id` of an :class:`ActorRef`."""
    return org_id(ref.code, ref.entity_text, ref.identifier_text, ref.office, ref.reason)


def label(code: str, name: str | None, org: str | None = None) -> str:
    """``"Vladimir Putin (RUS)"``, ``"Jens Stoltenberg (NATO)"``, ``"Russia (RUS)"`` (the
    country's name when no one is named), ``"NATO"`` (an organisation named by its id)."""
    key = org or code
    if not name:
        name = None if org else country_name(code)
    if not name or name == key:
        return key
    return f"{name} ({key})"


def known_codes() -> list[str]:
    """Every code a filter accepts: states, PLOVER group codes and organisation ids."""
    return sorted({*_countries(), *GROUP_CODES, *_org_names()[1]})


def canonical_code(value: str, what: str = "code") -> str:
    """``value`` upper-cased when it is a known code; else :class:`InputError` E112 with the
    closest known codes (and names: ``--actor Turkey`` suggests TUR)."""
    code = value.strip().upper()
    known = known_codes()
    if code in known:
        return code
    import difflib  # only to suggest codes for an unknown one

    by_name = {name.upper(): c for c, name in _countries().items()}
    if code in by_name:
        raise InputError(f"unknown code {value!r}", origin=f"filter {what}", code="E112",
                         hint=f"codes, not names: did you mean {by_name[code]}?")
    close = difflib.get_close_matches(code, known, n=3, cutoff=0.6)
    close += [by_name[n] for n in difflib.get_close_matches(code, list(by_name), n=2, cutoff=0.75)]
    hint = (f"did you mean {' or '.join(dict.fromkeys(close))}?" if close else
            "use an ISO 3166 alpha-3 code (RUS), a PLOVER group code (IGO) or an organisation id (NATO)")
    raise InputError(f"unknown code {value!r}", origin=f"filter {what}", code="E112", hint=hint)


def _org_id_sql(code: str | None, entity_text: str | None, identifier_text: str | None, office: str | None
                ) -> str | None:
    """:func:`org_id` as DuckDB calls it (one function for every connection, never collected)."""
    return org_id(code, entity_text, identifier_text, office)


def register_sql(con: Any) -> None:
    """Make ``communique_org_id(code, entity_text, identifier_text, office)`` callable in SQL on the
    DuckDB connection ``con`` (filters on organisation ids use it)."""
    try:
        con.create_function("communique_org_id", _org_id_sql,
                            ["VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"], "VARCHAR", null_handling="special",
                            side_effects=False)
    except Exception as exc:
        if "already" not in str(exc).lower():
            raise
