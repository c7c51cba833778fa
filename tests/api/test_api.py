"""The HTTP API, in process: routes, filters, paging, errors as JSON, headers, and ``serve --get``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from communique.api import DEFAULT_LIMIT, MAX_LIMIT, make_app
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
    status, body = get(make_app(Settings(db=db)), target)
    return status, (json.loads(body) if body.startswith(b"{") else body.decode())


def test_api_events_filters(store: Path) -> None:
    status, data = _get(store, "/api/events?dyad=RUS-TUR")
    assert status == 200 and data["ok"] and data["count"] == 3
    status, data = _get(store, "/api/events?dyad=RUS-TUR&type=ACCUSE")
    assert [e["event_type"] for e in data["events"]] == ["ACCUSE"]
    status, data = _get(store, "/api/events?from=2021")
    assert [e["date"] for e in data["events"]] == ["2021-03-01"]


def test_api_events_pages(store: Path) -> None:
    status, data = _get(store, "/api/events")
    assert data["limit"] == DEFAULT_LIMIT and data["next"] is None and data["count"] == 3
    status, first = _get(store, "/api/events?limit=2")
    assert first["count"] == 2 and first["next"] == "/api/events?limit=2&offset=2"
    status, second = _get(store, first["next"])
    assert second["count"] == 1 and second["next"] is None
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert len(set(ids)) == 3
    status, data = _get(store, f"/api/events?limit={MAX_LIMIT + 1}")
    assert status == 400 and data["code"] == "E111"
    status, data = _get(store, "/api/incidents?limit=1")
    assert data["count"] == 1 and data["next"] == "/api/incidents?limit=1&offset=1"


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


def test_api_openapi_lists_the_routes(store: Path) -> None:
    status, schema = _get(store, "/api/openapi.json")
    assert status == 200 and schema["openapi"].startswith("3.")
    assert {"/api/events", "/api/incidents", "/api/timeline", "/api/analytics", "/report"} <= set(schema["paths"])


@pytest.mark.parametrize(
    "target,status,code",
    [("/api/events?from=yesterday", 400, "E111"), ("/api/events?from=2020-13", 400, "E111"),
     ("/api/events?to=2021-02-30", 400, "E111"), ("/api/timeline?from=2020-13", 400, "E111"),
     ("/api/events?limit=many", 400, "E111"), ("/api/events?limit=9223372036854775808", 400, "E111"),
     ("/api/events?offset=9223372036854775808", 400, "E111"), ("/api/events?offset=-1", 400, "E111"),
     ("/api/events?min_confidence=high", 400, "E111"), ("/api/events?dyad=RUS-XX", 400, "E112"),
     ("/api/incidents?dyad=RUSSIA", 400, "E111"), ("/api/analytics?freq=weekly", 400, "E111"),
     ("/api/analytics?what=everything", 400, "E111"), ("/api/nothing", 404, "E150")],
)
def test_api_errors_are_json(store: Path, target: str, status: int, code: str) -> None:
    got, data = _get(store, target)
    assert got == status and data["ok"] is False and data["code"] == code and data["error"]


def test_api_only_get(store: Path) -> None:
    with TestClient(make_app(Settings(db=store)), base_url="http://localhost") as client:
        response = client.post("/api/events", content=b"{}")
    assert response.status_code == 405 and response.json()["code"] == "E151"


def test_api_no_store_is_404(tmp_path: Path) -> None:
    status, data = _get(tmp_path / "missing.duckdb", "/api/events")
    assert status == 404 and data["code"] == "E404"
    assert not (tmp_path / "missing.duckdb").exists()


def test_api_host_allow_list(store: Path) -> None:
    app = make_app(Settings(db=store))
    with TestClient(app, base_url="http://localhost") as client:
        assert client.get("/api/events").status_code == 200
        assert client.get("/api/events", headers={"Host": "127.0.0.1:8001"}).status_code == 200
        refused = client.get("/api/events", headers={"Host": "evil.example:8001"})
    assert refused.status_code == 400 and refused.json()["code"] == "E152"
    with TestClient(make_app(Settings(db=store), hosts=["news.internal"]), base_url="http://news.internal") as client:
        assert client.get("/api/events").status_code == 200


def test_api_security_headers(store: Path) -> None:
    with TestClient(make_app(Settings(db=store)), base_url="http://localhost") as client:
        api = client.get("/api/events")
        page = client.get("/report")
        missing = client.get("/nothing")
    for response in (api, page, missing):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "default-src 'none'" in response.headers["content-security-policy"]
    assert api.headers["content-type"].startswith("application/json")
    csp = page.headers["content-security-policy"]
    assert "script-src 'sha256-" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_api_busy_store_is_503(store: Path) -> None:
    with Communique(Settings(db=store)) as writer:  # the writer holds the file in this process
        writer.store()
        status, data = _get_with(make_app(Settings(db=store), wait=0.2), "/api/events")
    assert status == 503 and data.json()["code"] == "E401" and data.headers["retry-after"] == "1"


def _get_with(app: Any, target: str) -> tuple[int, Any]:
    with TestClient(app, base_url="http://localhost") as client:
        response = client.get(target)
    return response.status_code, response


def test_api_serve_get_prints_one_response(store: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--get", "/api/incidents?dyad=RUS-TUR", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["count"] == 2
    bad = CliRunner().invoke(cli, ["serve", "--get", "/api/events?from=yesterday", "--db", str(store)])
    assert bad.exit_code == 1


def test_api_sqlite_file_is_refused(tmp_path: Path) -> None:
    import sqlite3

    lite = tmp_path / "notes.db"
    con = sqlite3.connect(lite)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    status, data = _get(lite, "/api/events")
    assert status == 500 and data["code"] == "E403" and "SQLite" in data["error"]
