"""The explorer's first pages: dyads, the filtered event table, paging, escaping and safe links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from communique.api import make_app
from communique.api.explorer import safe_url
from communique.app import Communique
from communique.settings import Settings

ARTICLES = [
    {"id": "a", "published": "2020-12-30", "url": "https://news.example/a",
     "text": "Lavrov met Cavusoglu in Kazan on 2020-12-16."},
    {"id": "b<i>", "published": "2020-12-29", "url": "javascript:alert(1)",
     "text": "Cavusoglu met Lavrov in Kazan on 2020-12-17."},
    {"id": "c", "published": "2021-03-02", "text": "Cavusoglu accused Lavrov on 2021-03-01."},
    {"id": "d", "published": "2021-04-02", "text": "Ardern phoned Bainimarama on 2021-04-01."},
]


@pytest.fixture
def client(tmp_path: Path, fake_extractor: type) -> TestClient:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    with Communique(Settings(db=db)) as app:
        app.ingest([path])
        app.extract()
    return TestClient(make_app(Settings(db=db)), base_url="http://localhost")


def test_explore_lists_dyads_with_links(client: TestClient) -> None:
    page = client.get("/explore")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'href="/explore/events?dyad=RUS-TUR"' in page.text and "FJI-NZL" in page.text


def test_explore_events_filters_and_pages(client: TestClient) -> None:
    everything = client.get("/explore/events")
    assert everything.text.count("<tr><td>") == 4
    dyad = client.get("/explore/events?dyad=RUS-TUR&type=ACCUSE&modality=")  # empty form fields are ignored
    assert dyad.text.count("<tr><td>") == 1 and "ACCUSE" in dyad.text and "<option selected>ACCUSE" in dyad.text
    first = client.get("/explore/events?limit=3")
    assert first.text.count("<tr><td>") == 3 and 'href="/explore/events?limit=3&amp;offset=3">next' in first.text
    second = client.get("/explore/events?limit=3&offset=3")
    assert second.text.count("<tr><td>") == 1 and "previous" in second.text and ">next<" not in second.text
    none = client.get("/explore/events?dyad=USA-CHN")
    assert "No events match" in none.text


def test_explore_escapes_and_links_only_http(client: TestClient) -> None:
    page = client.get("/explore/events").text
    assert '<a href="https://news.example/a"' in page
    assert "javascript:" not in page and "<i>" not in page and "b&lt;i&gt;" in page
    assert safe_url("HTTPS://x.example/") and not safe_url("data:text/html,hi") and not safe_url("file:///etc")


def test_explore_bad_filter_is_json_400(client: TestClient) -> None:
    response = client.get("/explore/events?from=2020-13")
    assert response.status_code == 400 and response.json()["code"] == "E111"
