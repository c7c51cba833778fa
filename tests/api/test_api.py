"""The HTTP API, in process: routes, filters, errors as JSON, and ``serve --get``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique.api import make_app
from communique.app import Communique
from communique.cli import app as cli
from communique.cli.serve import get
from communique.settings import Settings

ARTICLES = [
    {"id": "a", "published": "2020-12-30", "text": "Lavrov met Cavusoglu in Kazan on 2020-12-16."},
    {"id": "b", "published": "2020-12-29", "text": "Cavusoglu met Lavrov in Kazan on 2020-12-16."},
    {"id": "c", "published": "2021-03-02", "text": "Cavusoglu accused Lavrov on 2021-03-01."},
]


@pytest.fixture
def store(tmp_path: Path, fake_extractor: type) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = tmp_path / "api.duckdb"
    with Communique(Settings(db=db)) as app:
        app.ingest([path])
        app.extract()
    return db


def _get(db: Path, target: str) -> tuple[int, Any]:
    with Communique(Settings(db=db)) as app:
        status, body = get(make_app(app), target)
    return status, (json.loads(body) if body.startswith(b"{") else body.decode())


def test_api_events_filters(store: Path) -> None:
    status, data = _get(store, "/api/events?dyad=RUS-TUR")
    assert status == 200 and data["ok"] and data["count"] == 3
    status, data = _get(store, "/api/events?dyad=RUS-TUR&type=ACCUSE")
    assert [e["event_type"] for e in data["events"]] == ["ACCUSE"]
    status, data = _get(store, "/api/events?from=2021")
    assert [e["date"] for e in data["events"]] == ["2021-03-01"]


def test_api_incidents_merge_reports(store: Path) -> None:
    status, data = _get(store, "/api/incidents?dyad=RUS-TUR")
    assert status == 200
    assert sorted(i["n_sources"] for i in data["incidents"]) == [1, 2]


def test_api_timeline_and_analytics(store: Path) -> None:
    status, data = _get(store, "/api/timeline?dyad=RUS-TUR")
    assert status == 200 and [r["date"] for r in data["rows"]] == ["2020-12-16", "2021-03-01"]
    status, data = _get(store, "/api/analytics?dyad=RUS-TUR&freq=year")
    assert status == 200 and [p["period"] for p in data["series"]] == ["2020", "2021"]
    status, data = _get(store, "/api/analytics?what=network")
    assert {n["code"] for n in data["nodes"]} == {"RUS", "TUR"}


def test_api_report_is_html(store: Path) -> None:
    status, page = _get(store, "/report?dyad=RUS-TUR")
    assert status == 200 and "<svg" in page


@pytest.mark.parametrize(
    "target,status,code",
    [("/api/events?from=yesterday", 400, "E111"), ("/api/events?limit=many", 400, "E111"),
     ("/api/analytics?freq=weekly", 400, "E111"), ("/api/nothing", 404, None)],
)
def test_api_errors_are_json(store: Path, target: str, status: int, code: str | None) -> None:
    got, data = _get(store, target)
    assert got == status and data["ok"] is False
    if code:
        assert data["code"] == code


def test_api_no_store_is_404(tmp_path: Path) -> None:
    status, data = _get(tmp_path / "missing.duckdb", "/api/events")
    assert status == 404 and data["code"] == "E404"


def test_api_serve_get_prints_one_response(store: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--get", "/api/incidents?dyad=RUS-TUR", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["count"] == 2
    bad = CliRunner().invoke(cli, ["serve", "--get", "/api/events?from=yesterday", "--db", str(store)])
    assert bad.exit_code == 1
