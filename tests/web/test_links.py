"""Only http(s) article URLs become links in the report (``communique report`` and ``serve``'s page)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.app import Communique
from communique.cli import app
from communique.settings import Settings

HOSTILE = {
    "j1": "javascript:alert(document.cookie)",
    "j2": "JaVaScRiPt:alert(1)",
    "j3": " javascript:alert(2)",  # a leading space browsers strip
    "j4": "java\tscript:alert(3)",  # a tab browsers drop from the scheme
    "d1": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "f1": "file:///etc/passwd",
    "v1": "vbscript:msgbox(1)",
}
SAFE = {"h1": "https://news.example/a?x=1&y=2", "h2": "http://news.example/b"}


def records() -> list[dict[str, str]]:
    out = []
    for n, (doc, url) in enumerate({**HOSTILE, **SAFE}.items()):
        out.append({"id": doc, "published": f"2021-03-{n + 1:02d}", "url": url,
                    "text": f"Lavrov met Cavusoglu in Kazan on 2021-03-{n + 1:02d}.\nThe talks covered trade."})
    return out


@pytest.fixture
def store(tmp_path: Path, fake_extractor: object) -> Path:
    """A store holding articles with hostile and safe URLs, extracted and linked (fake extractor)."""
    corpus = tmp_path / "links.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    db = tmp_path / "links.duckdb"
    with Communique(Settings(db=db)) as communique:
        summary = communique.ingest([corpus])
        assert summary.new == len(HOSTILE) + len(SAFE), summary.rejects
        assert communique.extract().events == len(HOSTILE) + len(SAFE)
    return db


def hrefs(page: str) -> list[str]:
    return re.findall(r'href="([^"#][^"]*)"', page)


def check(page: str) -> None:
    links = hrefs(page)
    assert sorted(links) == sorted(u.replace("&", "&amp;") for u in SAFE.values())  # only http(s) links
    for doc in HOSTILE:
        assert re.search(rf'<li id="ev-\d+" value="\d+">.*— {doc}, ', page), doc  # the id is plain text
    assert "javascript:alert(document.cookie)" in page  # the URL itself is still shown, as text
    assert not re.search(r"<a [^>]*(javascript|data:|vbscript|file:)", page, re.IGNORECASE)


def test_links_report_command_links_only_http(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "-o", str(out), "--db", str(store)])
    assert result.exit_code == 0, result.stderr
    check(out.read_text(encoding="utf-8"))


def test_links_served_page_links_only_http(store: Path) -> None:
    with Communique(Settings(db=store)) as communique:  # what serve's / and /report return
        check(communique.report())
