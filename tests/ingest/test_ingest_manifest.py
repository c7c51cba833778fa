"""Publication dates for plain files: sidecar manifests, --published, and the undated warning."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from communique.cli import app
from communique.errors import InputError
from communique.ingest import load_manifest, read_paths
from communique.model import Article
from communique.store import Store

TEXT = "The foreign ministers of Chile and Peru met in Lima on Monday."
PAGE = """<html><head><title>Page title</title>
<meta property="article:published_time" content="2022-03-04T10:00:00+01:00"></head>
<body><article><p>The foreign ministers of two neighbouring states held talks in the capital on Thursday
and agreed to reopen a border crossing that had been closed for several months.</p>
<p>Officials said trucks would be allowed through again from next week, after a long dispute over
customs fees that had left drivers waiting for days.</p></article></body></html>"""


def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    (news / "2021").mkdir(parents=True)
    (news / "2021" / "talks.txt").write_text(TEXT, encoding="utf-8")
    (news / "visit.txt").write_text(TEXT + " They agreed to meet again.", encoding="utf-8")
    (news / "page.html").write_text(PAGE, encoding="utf-8")
    return news


def by_name(items: list[Article | InputError]) -> dict[str, Article]:
    return {Path(str(a.origin)).name: a for a in items if isinstance(a, Article)}


def test_manifest_csv_in_folder(tmp_path: Path) -> None:
    news = folder(tmp_path)
    (news / "manifest.csv").write_text(
        "path,published,title,source,url\n"
        "2021/talks.txt,2021-05-06,Ministers meet,Example Post,https://example.org/talks\n"
        "page.html,2022-03-10,,Other Post,\n", encoding="utf-8")
    items = list(read_paths([news]))
    assert not [i for i in items if isinstance(i, InputError)]
    found = by_name(items)
    talks = found["talks.txt"]
    assert (talks.published, talks.title, talks.source, talks.url) == (
        dt.date(2021, 5, 6), "Ministers meet", "Example Post", "https://example.org/talks")
    assert found["visit.txt"].published is None  # not in the manifest
    assert found["page.html"].published == dt.date(2022, 3, 10)  # the manifest wins over the page
    assert found["page.html"].source == "Other Post" and found["page.html"].title == "Page title"
    assert "manifest.csv" not in found


def test_manifest_jsonl_option_and_bad_rows(tmp_path: Path) -> None:
    news = folder(tmp_path)
    manifest = tmp_path / "dates.jsonl"
    manifest.write_text("\n".join([
        json.dumps({"path": "news/visit.txt", "published": "2021-06-01"}),
        json.dumps({"path": "news/2021/talks.txt", "published": "2999-01-01"}),
        json.dumps({"path": "news/page.html", "colour": "red"}),
        json.dumps({"published": "2021-01-01"}),
        "not json",
    ]) + "\n", encoding="utf-8")
    items = list(read_paths([news], manifest=manifest))
    problems = [(e.line, e.code) for e in items if isinstance(e, InputError)]
    assert problems == [(2, "E137"), (3, "E137"), (4, "E137"), (5, "E137")]
    found = by_name(items)
    assert found["visit.txt"].published == dt.date(2021, 6, 1)
    assert found["talks.txt"].published is None


def test_manifest_next_to_a_named_file(tmp_path: Path) -> None:
    news = folder(tmp_path)
    (news / "manifest.jsonl").write_text(json.dumps({"path": "visit.txt", "published": "2021-06-02"}) + "\n",
                                         encoding="utf-8")
    [article] = [i for i in read_paths([news / "visit.txt"]) if isinstance(i, Article)]
    assert article.published == dt.date(2021, 6, 2)


def test_manifest_missing_or_not_utf8(tmp_path: Path) -> None:
    assert [p.code for p in load_manifest(tmp_path / "nope.csv").problems] == ["E101"]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"path,published\n\xff,2021-01-01\n")
    assert [p.code for p in load_manifest(bad).problems] == ["E102"]


def test_published_option_for_everything_without_a_date(tmp_path: Path) -> None:
    news = folder(tmp_path)
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": TEXT}) + "\n"
                       + json.dumps({"id": "r2", "text": TEXT + " More.", "published": "2020-01-02"}) + "\n",
                       encoding="utf-8")
    found = by_name(list(read_paths([news, records], published=dt.date(2023, 1, 1))))
    assert found["talks.txt"].published == dt.date(2023, 1, 1)
    assert found["page.html"].published == dt.date(2022, 3, 4)  # the page's own date wins
    dated = {a.id: a.published for a in read_paths([records], published=dt.date(2023, 1, 1))
             if isinstance(a, Article)}
    assert dated == {"r1": dt.date(2023, 1, 1), "r2": dt.date(2020, 1, 2)}


def test_cli_warns_on_undated_articles(tmp_path: Path) -> None:
    """Before: a folder of .txt articles came out undated with no word; now a warning and a count."""
    news = folder(tmp_path)
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(news / "2021"), str(news / "visit.txt"), "--db", str(db)])
    assert result.exit_code == 0
    assert "warning: 2 new articles without a publication date" in result.stderr
    assert result.stdout.strip() == "ingested: 2 new, 0 unchanged, 0 rejected"


def test_cli_published_and_manifest(tmp_path: Path) -> None:
    news = folder(tmp_path)
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\nnews/visit.txt,2021-07-07\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(news / "2021"), str(news / "visit.txt"), "--db", str(db),
                                      "--manifest", str(manifest), "--published", "2021-01-31"])
    assert result.exit_code == 0, result.stderr
    assert "warning" not in result.stderr
    with Store(db) as store:
        assert sorted(str(a.published) for a in store.articles()) == ["2021-01-31", "2021-07-07"]


def test_cli_published_must_be_sane(tmp_path: Path) -> None:
    for value, code in (("2021-13-01", "E106"), ("2999-01-01", "E136"), ("0001-01-01", "E136")):
        result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"),
                                          "--published", value])
        assert result.exit_code == 1 and f"[{code}]" in result.stderr
