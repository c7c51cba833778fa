"""Property test over the ingest path: mixed valid and hostile JSON Lines, through read_paths
and ingest_into into a store. No exception escapes, every valid record is stored, and every
designed-bad line is a reject naming its line. Bounded to well under a minute."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import InputError
from communique.ingest import read_paths
from communique.pipeline import ingest_into
from communique.store import Store

_ids = itertools.count()

#: Unicode without lone surrogates (what a valid record may hold), with the line separators
#: and control characters that used to split records weighted in.
TEXT = st.text(st.one_of(st.characters(blacklist_categories=("Cs",)),
                         st.sampled_from("\u2028\u2029\x85\r\x0b\x0c\x1c\x1d\x1e\t \x00\ufeff\"\\")), max_size=80)
DATES = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2024, 12, 31))


@st.composite
def valid(draw: st.DrawFn) -> tuple[str, bytes]:
    key = f"v{next(_ids)}"
    record: dict[str, object] = {"id": key, "text": f"Report {key} on the talks. " + draw(TEXT)}
    for field in ("title", "source", "url"):
        if draw(st.booleans()):
            record[field] = draw(st.one_of(TEXT, st.none(), st.integers(-10**20, 10**20)))
    if draw(st.booleans()):
        day = draw(DATES)
        record["published"] = day.isoformat() if draw(st.booleans()) else f"{day.isoformat()}T12:00:00+05:00"
    if draw(st.booleans()):
        record["extra"] = draw(st.recursive(st.none() | st.integers() | TEXT,
                                            lambda c: st.lists(c, max_size=3) | st.dictionaries(TEXT, c, max_size=3),
                                            max_leaves=8))
    return key, json.dumps(record, ensure_ascii=draw(st.booleans())).encode("utf-8")


def _nested(depth: int) -> bytes:
    return b'{"text": "x", "a": ' + b"[" * depth + b"]" * depth + b"}"


HOSTILE = st.one_of(
    st.builds(lambda c: b'{"text": "a \\u%04x b"}' % c, st.integers(0xD800, 0xDFFF)),
    st.builds(lambda c, f: b'{"text": "ok", "%s": "\\u%04x"}' % (f.encode(), c), st.integers(0xD800, 0xDFFF),
              st.sampled_from(["id", "title", "source", "url"])),
    st.builds(lambda n: b'{"text": "ok", "n": ' + b"9" * n + b"}", st.integers(4301, 6000)),
    st.builds(_nested, st.integers(2000, 5000)),
    st.builds(lambda y: b'{"text": "ok", "published": "%04d-01-01"}' % y,
              st.one_of(st.integers(1, 1799), st.integers(2100, 9999))),
    st.builds(lambda v: json.dumps({"text": v}).encode(), st.one_of(st.integers(), st.none(), st.lists(TEXT))),
    st.builds(lambda v: json.dumps({"text": "ok", "title": v}).encode(), st.one_of(st.floats(), st.lists(st.none()))),
    st.builds(lambda b: b'{"text": "' + b + b'"}', st.sampled_from([b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\x80abc"])),
    st.builds(lambda s: s.encode(), st.sampled_from(["[1]", '"text"', "{", "{}", "null", '{"text": ""}'])),
)

NOISE = st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" "))


@st.composite
def batches(draw: st.DrawFn) -> tuple[list[bytes], set[str], set[int]]:
    """Lines of a JSONL input, the ids of the valid records, the line numbers of the hostile ones."""
    lines: list[bytes] = []
    expected: set[str] = set()
    bad: set[int] = set()
    for kind in draw(st.lists(st.sampled_from(["valid", "valid", "hostile", "noise"]), min_size=1, max_size=25)):
        if kind == "valid":
            key, line = draw(valid())
            expected.add(key)
        elif kind == "hostile":
            line = draw(HOSTILE)
            bad.add(len(lines) + 1)
        else:
            line = draw(NOISE)
        lines.append(line)
    return lines, expected, bad


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(batch=batches(), eol=st.sampled_from([b"\n", b"\r\n"]))
def test_fuzz_mixed_batch(store: Store, batch: tuple[list[bytes], set[str], set[int]], eol: bytes) -> None:
    lines, expected, bad = batch
    stdin = io.TextIOWrapper(io.BytesIO(b"{}" + eol + eol.join(lines) + eol), encoding="utf-8")
    summary = ingest_into(store, read_paths(["-"], stdin=stdin), stages={})
    stored = {a.id for a in store.articles(expected)}
    assert stored == expected
    rejected = {r.line for r in summary.rejects if isinstance(r, InputError)}
    assert {n + 1 for n in bad} <= rejected  # line 1 is the "{}" that makes the stream JSON Lines
