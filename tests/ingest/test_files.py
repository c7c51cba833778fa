"""Reading text, JSON Lines, JSON, HTML, folders and stdin; every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.ingest import Item, article_id, content_hash, read_paths
from communique.model import Article

TEXT = "The foreign ministers of Chile and Peru met in Lima on Monday.\nThey agreed to meet again in May."

PAGE = """<!DOCTYPE html>
<html><head><title>Ministers agree to reopen crossing | The Example Post</title>
<meta property="article:published_time" content="2022-03-04T10:00:00+01:00">
<meta property="og:site_name" content="The Example Post"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers agree to reopen crossing</h1>
<p>The foreign ministers of two neighbouring states held talks in the capital on Thursday and
agreed to reopen a border crossing that had been closed for several months.</p>
<p>Officials said trucks would be allowed through again from next week, after a long dispute
over customs fees that had left drivers waiting for days.</p></article>
<footer>Copyright The Example Post</footer></body></html>"""


def articles(items: list[Item]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def errors(items: list[Item]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_files_text_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    [article] = articles(list(read_paths([path])))
    assert article.text == TEXT
    assert article.title is None and article.published is None
    assert article.id == article_id(TEXT)
    assert article.content_hash == content_hash(TEXT)
    assert article.origin == str(path)


def test_files_jsonl_fields(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "x1", "title": "Talks", "text": TEXT, "published": "2021-05-06", "source": "Example", "url": "u",
         "extra": "ignored"},
        {"text": "Second article text.", "published": "2021-05-07T23:30:00+03:00"},
        {"id": 42, "text": "Third article text.", "published": None},
    ])
    first, second, third = articles(list(read_paths([path])))
    assert (first.id, first.title, first.published, first.source, first.url) == \
        ("x1", "Talks", dt.date(2021, 5, 6), "Example", "u")
    assert first.origin == f"{path}:1"
    assert second.id == article_id("Second article text.")
    assert second.published == dt.date(2021, 5, 7)  # the date as written, not converted to UTC
    assert third.id == "42" and third.published is None


def test_files_json_array_and_object(tmp_path: Path) -> None:
    array = tmp_path / "a.json"
    array.write_text(json.dumps([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]), encoding="utf-8")
    single = tmp_path / "b.json"
    single.write_text(json.dumps({"id": "c", "text": "Three."}, indent=2), encoding="utf-8")
    assert [a.id for a in articles(list(read_paths([array, single])))] == ["a", "b", "c"]


def test_files_html_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = articles(list(read_paths([path])))
    assert "agreed to reopen a border crossing" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.title == "Ministers agree to reopen crossing"
    assert article.published == dt.date(2022, 3, 4)


def test_files_html_without_text_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Nothing</title></head><body><div></div></body></html>", encoding="utf-8")
    [error] = errors(list(read_paths([path])))
    assert error.code == "E108" and str(path) in str(error)


def test_files_folder_recursive_by_extension(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text("Beta text.", encoding="utf-8")
    (tmp_path / "sub" / "a.jsonl").write_text('{"id": "a", "text": "Alpha text."}\n', encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.txt").write_text("Gamma text.", encoding="utf-8")
    (tmp_path / "sub" / "notes.csv").write_text("not,read\n", encoding="utf-8")
    texts = [a.text for a in articles(list(read_paths([tmp_path])))]
    assert sorted(texts) == ["Alpha text.", "Beta text.", "Gamma text."]


def test_files_stdin_jsonl_and_text() -> None:
    jsonl = io.TextIOWrapper(io.BytesIO(b'\n{"id": "s1", "text": "From a pipe."}\n{"id": "s2", "text": "Another."}\n'))
    assert [a.id for a in articles(list(read_paths(["-"], stdin=jsonl)))] == ["s1", "s2"]
    text = io.TextIOWrapper(io.BytesIO(TEXT.encode()))
    [article] = articles(list(read_paths(["-"], stdin=text)))
    assert article.text == TEXT and article.origin == "<stdin>"


def test_files_stdin_not_utf8() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Caf\u00e9 talks".encode("latin-1")))
    [error] = errors(list(read_paths(["-"], stdin=stream)))
    assert error.code == "E102" and "<stdin>" in str(error)


@pytest.mark.parametrize(
    "line,code,reason",
    [
        ('{"id": "a", "text": "x"', "E103", "not JSON"),
        ('{"id": "a", "title": "no text"}', "E104", 'no "text" field'),
        ('{"id": "a", "text": ["a", "list"]}', "E104", '"text" must be a string'),
        ('["not", "an", "object"]', "E104", "expected a JSON object"),
        ('{"id": "a", "text": "   "}', "E105", "empty text"),
        ('{"id": "a", "text": "Discussion about this post"}', "E105", "empty text"),
        ('{"id": "a", "text": "x", "published": "last Tuesday"}', "E106", "not an ISO date"),
        ('{"id": "a", "text": "x", "published": "2021-02-30"}', "E106", "not an ISO date"),
        ('{"id": "a", "text": "x", "title": 3.5}', "E107", "'title' must be a string"),
    ],
)
def test_files_bad_jsonl_line_named(tmp_path: Path, line: str, code: str, reason: str) -> None:
    records = [{"id": "ok1", "text": "Fine."}, line, {"id": "ok2", "text": "Fine too."}]
    path = write_jsonl(tmp_path / "bad.jsonl", records)
    items = list(read_paths([path]))
    assert [a.id for a in articles(items)] == ["ok1", "ok2"]
    [error] = errors(items)
    assert error.code == code
    assert error.origin == str(path) and error.line == 2
    assert str(error).startswith(f"[{code}] {path}:2: ")
    assert reason in str(error)


def test_files_not_utf8_rejected(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Les ministres se sont rencontr\u00e9s.".encode("latin-1"))
    [error] = errors(list(read_paths([path])))
    assert error.code == "E102" and str(path) in str(error) and "not UTF-8" in str(error)


def test_files_missing_and_unreadable(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret.", encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(read_paths([missing, locked]))
    finally:
        locked.chmod(0o644)
    codes = [e.code for e in errors(items)]
    if os.geteuid() == 0:  # root reads any file
        assert codes == ["E101"]
    else:
        assert codes == ["E101", "E101"]
    assert str(missing) in str(errors(items)[0])


def test_files_empty_text_file_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n\n  \n", encoding="utf-8")
    [error] = errors(list(read_paths([path])))
    assert error.code == "E105"


def test_files_bad_input_does_not_stop_batch(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Good text.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe broken")
    items = list(read_paths([bad, tmp_path / "good.txt", tmp_path / "missing.jsonl"]))
    assert [type(i).__name__ for i in items] == ["InputError", "Article", "InputError"]
