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


def _rows(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in page else ""
    return [r for r in body.split("</tr>") if r.startswith("<tr>")]


def test_explore_search_finds_evidence_and_marks_the_words(client: TestClient) -> None:
    found = client.get("/explore/events?q=accused")
    assert found.status_code == 200
    rows = _rows(found.text)
    assert len(rows) == 1 and "Cavusoglu <mark>accused</mark> Lavrov" in rows[0]
    both = _rows(client.get("/explore/events?q=MET+kazan").text)  # every word, any case
    assert len(both) == 2 and all("<mark>Kazan</mark>" in r for r in both)
    phrase = _rows(client.get('/explore/events?q="met Lavrov"').text)
    assert len(phrase) == 1 and "b&lt;i&gt;" in phrase[0]
    # LIKE's wildcards match themselves: "%" and "_" find nothing in these sentences
    assert _rows(client.get("/explore/events?q=%25").text) == []
    assert _rows(client.get("/explore/events?q=K_zan").text) == []
    assert "No events match" in client.get("/explore/events?q=nowhere").text
    filtered = _rows(client.get("/explore/events?q=Kazan&dyad=FJI-NZL").text)
    assert filtered == []
    too_many = client.get("/explore/events?q=" + "+".join(f"w{i}" for i in range(9)))
    assert too_many.status_code == 400 and too_many.json()["code"] == "E111"


def test_explore_events_sort_by_column_both_ways(client: TestClient) -> None:
    by_type = _rows(client.get("/explore/events?sort=type").text)
    assert [r.split("</td><td>", 2)[1] for r in by_type] == ["ACCUSE", "CONSULT", "CONSULT", "CONSULT"]
    by_date_desc = _rows(client.get("/explore/events?sort=date&desc=1").text)
    assert by_date_desc[0].startswith("<tr><td>2021-04-01") and by_date_desc[-1].startswith("<tr><td>2020-12-16")
    page = client.get("/explore/events?sort=date").text
    assert 'href="/explore/events?sort=date&amp;desc=1">date</a> ▲' in page  # the head links to the other way
    bad = client.get("/explore/events?sort=colour")
    assert bad.status_code == 400 and bad.json()["code"] == "E111"


def test_explore_events_link_to_the_article_view(client: TestClient) -> None:
    page = client.get("/explore/events?q=accused").text
    assert 'href="/explore/articles/c#ev-c%3A1"' in page
    escaped = client.get("/explore/events?q=%22met+Lavrov%22").text
    assert 'href="/explore/articles/b%3Ci%3E#ev-b%3Ci%3E%3A1"' in escaped


def test_explore_article_marks_evidence_and_gives_each_fields_reason(client: TestClient) -> None:
    page = client.get("/explore/articles/c")
    assert page.status_code == 200
    text = page.text
    assert '<mark class="ev" title="ACCUSE (c:1)">Cavusoglu accused Lavrov on 2021-03-01.</mark>' in text
    assert '<div class="event" id="ev-c%3A1">' in text
    assert "<th>type</th><td>ACCUSE / allege</td><td>fake rule</td><td>trigger “accused”</td>" in text
    assert "<b>TUR</b> GOV; Mevlut Cavusoglu · foreign minister; written “Cavusoglu”" in text
    assert "<th>date</th><td>2021-03-01</td><td></td><td>“2021-03-01”</td>" in text
    odd = client.get("/explore/articles/b%3Ci%3E")  # an id that needs escaping
    assert odd.status_code == 200 and "<i>" not in odd.text and "b&lt;i&gt;" in odd.text
    assert 'href="javascript:' not in odd.text and "javascript:alert(1)" in odd.text  # shown, never a link
    missing = client.get("/explore/articles/nope")
    assert missing.status_code == 404 and missing.json()["code"] == "E155"


def test_explore_incidents_filter_sort_and_link(client: TestClient) -> None:
    everything = client.get("/explore/incidents")
    assert everything.status_code == 200
    rows = _rows(everything.text)
    assert len(rows) == 4  # the two Kazan meetings are a day apart: two incidents
    assert all(r.count('href="/explore/articles/') == 1 for r in rows)
    assert 'href="/explore/articles/c#ev-c%3A1"' in everything.text
    assert len(_rows(client.get("/explore/incidents?type=ACCUSE").text)) == 1
    assert len(_rows(client.get("/explore/incidents?actor=NZL").text)) == 1
    assert len(_rows(client.get("/explore/incidents?from=2021").text)) == 2
    assert len(_rows(client.get("/explore/incidents?dyad=RUS-TUR&to=2020").text)) == 2
    by_type = _rows(client.get("/explore/incidents?sort=type").text)
    assert "ACCUSE" in by_type[0] and "ACCUSE" in _rows(client.get("/explore/incidents?sort=type&desc=1").text)[-1]
    latest = _rows(client.get("/explore/incidents?sort=date&desc=1").text)
    assert latest[0].startswith("<tr><td>2021-04-01")
    paged = client.get("/explore/incidents?limit=3&offset=3").text
    assert len(_rows(paged)) == 1 and "incidents 4–4 of 4" in paged and "previous" in paged
    bad = client.get("/explore/incidents?sort=colour")
    assert bad.status_code == 400 and bad.json()["code"] == "E111"


def test_explore_dyad_and_actor_pages(client: TestClient) -> None:
    dyad = client.get("/explore/dyads/TUR-RUS")
    assert dyad.status_code == 200 and "<h1>Dyad RUS-TUR</h1>" in dyad.text
    # columns CONSULT, ACCUSE (PLOVER's order), all: two meetings in 2020, one accusation in 2021
    assert "<th>year</th><th>CONSULT</th><th>ACCUSE</th><th>all</th>" in dyad.text
    assert "<tr><td>2020</td><td>2</td><td></td><td><b>2</b></td></tr>" in dyad.text
    assert "<tr><td>2021</td><td></td><td>1</td><td><b>1</b></td></tr>" in dyad.text
    assert 'id="incidents"' in dyad.text and 'id="map"' in dyad.text
    actor = client.get("/explore/actors/TUR")
    assert actor.status_code == 200 and "actor in 2, recipient in 1" in actor.text
    assert 'href="/explore/dyads/RUS-TUR">RUS</a></td><td>3</td>' in actor.text
    unknown = client.get("/explore/actors/TRK")
    assert unknown.status_code == 400 and unknown.json()["code"] == "E112" and "TUR" in unknown.json()["error"]


def test_explore_map_draws_outlines(client: TestClient) -> None:
    page = client.get("/explore/map?dyad=RUS-TUR")
    assert page.status_code == 200
    assert page.text.count('<path class="country"') > 150
    assert "0 of 3 matching events have a geocoded place" in page.text  # the fake extractor geocodes nothing
    assert "<script" not in page.text
