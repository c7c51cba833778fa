"""Hostile and careless input (issue 10): one bad record costs only itself, and says why."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.errors import InputError
from communique.ingest import Limits, check_published, read_paths
from communique.model import Article
from communique.pipeline import IngestSummary, ingest_into
from communique.store import Store

GOOD = [{"id": f"g{n}", "text": f"The ministers of country {n} met their neighbours in the capital.",
         "published": "2021-05-06"} for n in range(5)]


def good_line(n: int) -> bytes:
    return json.dumps(GOOD[n]).encode() + b"\n"


def ingest(paths: list[str | Path], **kwargs: object) -> tuple[Store, IngestSummary]:
    store = Store(":memory:")
    items = read_paths(paths, **kwargs)  # type: ignore[arg-type]
    return store, ingest_into(store, items, stages={})


def stored_ids(store: Store) -> set[str]:
    return {a.id for a in store.articles()}


def codes(summary: IngestSummary) -> list[tuple[int | None, str]]:
    return [(r.line, r.code) for r in summary.rejects]


def mixed_file(tmp_path: Path, bad: bytes, name: str = "in.jsonl") -> Path:
    """Two good lines, the bad one (line 3), two good lines."""
    path = tmp_path / name
    path.write_bytes(good_line(0) + good_line(1) + bad + b"\n" + good_line(2) + good_line(3))
    return path


BAD_RECORDS = {
    "surrogate in text": (b'{"id": "b", "text": "talks \\ud800 held"}', "E135"),
    "surrogate in title": (b'{"id": "b", "text": "talks held", "title": "\\udfff"}', "E135"),
    "surrogate in id": (b'{"id": "\\ud83d", "text": "talks held"}', "E135"),
    "surrogate in source": (b'{"id": "b", "text": "talks held", "source": "x\\ud800"}', "E135"),
    "surrogate in url": (b'{"id": "b", "text": "talks held", "url": "http://x/\\ud800"}', "E135"),
    "surrogate in published": (b'{"id": "b", "text": "talks held", "published": "\\ud800"}', "E106"),
    "huge integer in an ignored key": (b'{"id": "b", "text": "talks", "n": ' + b"7" * 4301 + b"}", "E134"),
    "huge integer as id": (b'{"id": ' + b"1" * 5000 + b', "text": "talks"}', "E134"),
    "65-digit id": (b'{"id": ' + b"1" * 65 + b', "text": "talks"}', "E107"),
    "deep nesting": (b'{"a":' * 1000 + b"1" + b"}" * 1000, "E134"),
    "deep array": (b"[" * 100_000 + b"]" * 100_000, "E134"),
    "text a number": (b'{"id": "b", "text": 5}', "E104"),
    "title an object": (b'{"id": "b", "text": "talks", "title": {"a": 1}}', "E107"),
    "published a number": (b'{"id": "b", "text": "talks", "published": 2021}', "E106"),
    "year 2999": (b'{"id": "b", "text": "talks", "published": "2999-01-01"}', "E136"),
    "year 1": (b'{"id": "b", "text": "talks", "published": "0001-01-01"}', "E136"),
    "year 1799 datetime": (b'{"id": "b", "text": "talks", "published": "1799-12-31T23:00:00+00:00"}', "E136"),
    "invalid UTF-8 byte": (b'{"id": "b", "text": "talks \xff held"}', "E102"),
    "encoded surrogate (CESU-8)": (b'{"id": "b", "text": "talks \xed\xa0\x80 held"}', "E102"),
    "not an object": (b"[1, 2]", "E104"),
    "not JSON": (b'{"id": "b", "text": ', "E103"),
}


@pytest.mark.parametrize("name", sorted(BAD_RECORDS))
def test_bad_record_costs_only_itself(tmp_path: Path, name: str) -> None:
    """Each finding of issue 10: a numbered reject with file and line; every other record, and
    the later file, stored (before the fix, several of these raised and lost the batch)."""
    bad, code = BAD_RECORDS[name]
    path = mixed_file(tmp_path, bad)
    later = tmp_path / "later.jsonl"
    later.write_bytes(good_line(4))
    store, summary = ingest([path, later])
    assert codes(summary) == [(3, code)]
    assert summary.rejects[0].origin == str(path)
    assert stored_ids(store) == {"g0", "g1", "g2", "g3", "g4"}
    [kept] = store.rejects()
    assert (kept.origin, kept.line, kept.code) == (str(path), 3, code)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\r"])
def test_unicode_line_separators_are_text(tmp_path: Path, separator: str) -> None:
    """JSONL splits on \\n only: records holding U+2028, U+2029, U+0085 (as json.dumps with
    ensure_ascii=False writes them) are stored intact, and later line numbers stay right."""
    record = {"id": "sep", "text": f"First part.{separator}Second part of the talks.", "published": "2021-05-06"}
    path = tmp_path / "sep.jsonl"
    path.write_bytes(json.dumps(record, ensure_ascii=False).encode() + b"\n" + good_line(0) + b"{oops\n")
    store, summary = ingest([path])
    [article] = [a for a in store.articles() if a.id == "sep"]
    assert separator in article.text or separator == "\r"  # a lone \r is a line break of the text itself
    assert stored_ids(store) == {"sep", "g0"}
    assert codes(summary) == [(3, "E103")]


def test_crlf_lines_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + good_line(0).replace(b"\n", b"\r\n") + good_line(1).replace(b"\n", b"\r\n"))
    store, summary = ingest([path])
    assert stored_ids(store) == {"g0", "g1"} and summary.rejected == 0


def test_bad_bytes_in_json_file_reject_the_line(tmp_path: Path) -> None:
    """A .json file holding JSON Lines with one bad byte loses that line only."""
    path = mixed_file(tmp_path, b'{"id": "b", "text": "\xc3("}', name="lines.json")
    store, summary = ingest([path])
    assert codes(summary) == [(3, "E102")]
    assert stored_ids(store) == {"g0", "g1", "g2", "g3"}


def test_bad_record_in_a_large_batch(tmp_path: Path) -> None:
    """1,200 records (three store chunks) with a bad one every 97 lines: every good one stored."""
    lines = []
    expected = set()
    for n in range(1, 1201):
        if n % 97 == 0:
            lines.append(b'{"id": "x", "text": "\\ud800"}' if n % 2 else b'{"n": ' + b"9" * 5000 + b"}")
        else:
            lines.append(json.dumps({"id": f"r{n}", "text": f"Report number {n} on the talks."}).encode())
            expected.add(f"r{n}")
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join(lines))
    store, summary = ingest([path])
    assert stored_ids(store) == expected
    assert [r.line for r in summary.rejects] == [n for n in range(1, 1201) if n % 97 == 0]


def test_record_size_limit(tmp_path: Path) -> None:
    path = mixed_file(tmp_path, json.dumps({"id": "big", "text": "word " * 400}).encode())
    store, summary = ingest([path], limits=Limits(max_record_bytes=1000, max_file_bytes=10_000))
    assert codes(summary) == [(3, "E131")]
    assert "max_record_mb" in str(summary.rejects[0])
    assert stored_ids(store) == {"g0", "g1", "g2", "g3"}


def test_file_size_limits(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text("A long article. " * 100, encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + "A long page. " * 200 + "</p></body></html>", encoding="utf-8")
    array = tmp_path / "all.json"
    array.write_text(json.dumps(GOOD), encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("The ministers met in the capital.", encoding="utf-8")
    store, summary = ingest([text, page, array, small], limits=Limits(max_record_bytes=1000, max_file_bytes=500))
    assert [(r.origin, r.code) for r in summary.rejects] == [
        (str(text), "E131"), (str(page), "E132"), (str(array), "E132")]
    assert len(store.articles()) == 1


def test_stdin_jsonl_streamed_line_by_line() -> None:
    raw = good_line(0) + b'{"id": "b", "text": "\xff"}\n' + json.dumps(
        {"id": "sep", "text": "a\u2028b"}, ensure_ascii=False).encode() + b"\n" + b"x" * 5000 + b"\n" + good_line(1)
    stdin = io.TextIOWrapper(io.BytesIO(b"\n\n" + raw), encoding="latin-1")
    store, summary = ingest(["-"], stdin=stdin, limits=Limits(max_record_bytes=1000))
    assert codes(summary) == [(4, "E102"), (6, "E131")]
    assert stored_ids(store) == {"g0", "g1", "sep"}


def test_stdin_text_size_limit() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"plain text " * 200), encoding="utf-8")
    _, summary = ingest(["-"], stdin=stdin, limits=Limits(max_record_bytes=1000))
    assert codes(summary) == [(None, "E131")]


def test_duplicate_ids_reported(tmp_path: Path) -> None:
    """Two records with one id: the first keeps it, the second (other text) is stored under the id
    with its own text's hash and reported (E133) naming the first; the same record twice counts as
    repeated (before: the first silently dropped; then: the second rejected and lost)."""
    other = dict(GOOD[0], text="Another text under the same id.")
    path = tmp_path / "dup.jsonl"
    path.write_bytes(good_line(0) + json.dumps(other).encode() + b"\n" + good_line(1) + good_line(1))
    store, summary = ingest([path])
    assert codes(summary) == []
    assert [(e.line, e.code) for e in summary.renamed] == [(2, "E133")]
    assert f"{path}:1" in str(summary.renamed[0])
    [first] = store.articles(["g0"])
    assert first.text == GOOD[0]["text"]
    [own] = stored_ids(store) - {"g0", "g1"}
    assert own.startswith("g0~") and repr(own) in str(summary.renamed[0])
    [second] = store.articles([own])
    assert second.text == other["text"]
    assert summary.repeated == 1 and summary.new == 3
    # ingesting the file again changes nothing: the second keeps the same name
    again = ingest_into(store, read_paths([path]), stages={})
    assert (again.new, again.unchanged) == (0, 3)


def test_duplicate_ids_across_chunks(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{n}", "text": f"Report {n}."}).encode() for n in range(600)]
    lines.append(json.dumps({"id": "r3", "text": "A different report 3."}).encode())
    path = tmp_path / "dups.jsonl"
    path.write_bytes(b"\n".join(lines))
    store, summary = ingest([path])
    assert codes(summary) == [] and [(e.line, e.code) for e in summary.renamed] == [(601, "E133")]
    assert store.articles(["r3"])[0].text == "Report 3."


def test_publication_window() -> None:
    today = dt.date(2024, 6, 1)
    assert check_published(dt.date(1800, 1, 1), today=today) is None
    assert check_published(dt.date(2024, 6, 3), today=today) is None
    assert "future" in str(check_published(dt.date(2024, 6, 4), today=today))
    assert "before 1800-01-01" in str(check_published(dt.date(1799, 12, 31), today=today))


def test_non_utf8_file_name(tmp_path: Path) -> None:
    """A file name that is not UTF-8 (a surrogate escape in Python) is stored with an escape."""
    name = tmp_path / "caf\udce9.txt"
    try:
        name.write_text("The ministers met in the capital.", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses non-UTF-8 names")
    store, _ = ingest([name, tmp_path / "missing\udce9.txt"])
    assert [a.origin for a in store.articles()] == [str(tmp_path / "caf\\udce9.txt")]
    assert [r.code for r in store.rejects()] == ["E101"]


# -- the command line -----------------------------------------------------------------------------


def test_cli_empty_path_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`communique ingest ""` is a reject, not "ingest the working directory"."""
    (tmp_path / "a.txt").write_text("The ministers met in the capital.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["ingest", "", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 3
    assert "[E101]" in result.stderr and "empty path" in result.stderr
    with Store(tmp_path / "s.duckdb") as store:
        assert store.articles() == []


def test_cli_size_setting_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = mixed_file(tmp_path, json.dumps({"id": "big", "text": "word " * 400}).encode())
    monkeypatch.setenv("COMMUNIQUE_MAX_RECORD_MB", "0.001")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 3
    assert f"[E131] {path}:3" in result.stderr
    assert "4 new" in result.stdout


def test_cli_bad_size_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_MAX_FILE_MB", "-1")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1 and "[E502]" in result.stderr


def test_rejects_are_inputerrors_not_exceptions(tmp_path: Path) -> None:
    """read_paths yields problems, never raises, even for a folder full of bad input."""
    for n, (bad, _) in enumerate(BAD_RECORDS.values()):
        (tmp_path / f"f{n:02d}.jsonl").write_bytes(bad)
    items = list(read_paths([tmp_path]))
    assert all(isinstance(i, InputError) for i in items if not isinstance(i, Article))
    assert sum(isinstance(i, InputError) for i in items) == len(BAD_RECORDS)
