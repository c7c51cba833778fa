"""The explorer in a real browser: Playwright drives Debian's chromium against ``communique serve``.

The store holds four short articles written for this test, with hand-built events (places
geocoded, every field with its reason), so that what the pages must show is known exactly. Each
step saves a screenshot under the test's tmp dir and checks it is not blank (pixel spread, and
the colours that must be there). Every wait is bounded.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from communique.api.testing import serve_process
from communique.app import Communique
from communique.model import ActorRef, Article, Event, EventDate, Place, Span
from communique.settings import Settings
from communique.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                       reason="Debian's chromium is not installed (CI installs it and never skips this)"),
]
#: milliseconds for any one browser action (the first map reads the outlines: a second or two,
#: more on a busy machine)
STEP = 60_000

TEXTS = {
    "kz1": ("Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Mevlut Cavusoglu in Sochi on "
            "2 February 2021.\n\nThe two ministers discussed the grain corridor and a ceasefire in Idlib.\n\n"
            "Turkey accused Russia of shelling a convoy near Idlib on 1 February."),
    "nz1": ("New Zealand's prime minister phoned the Fijian prime minister on 4 March 2021 about storm relief.\n"
            "New Zealand pledged aid to Fiji in Suva after the cyclone."),
    "ua1": "Ukraine's president asked Germany for air defence systems in Kyiv on 10 April 2021.",
    "in1": "India and Pakistan agreed in Islamabad on 12 May 2021 to restore the ceasefire.",
}
PLACES = {"Sochi": (43.6, 39.73, "RUS"), "Idlib": (35.93, 36.63, "SYR"), "Suva": (-18.14, 178.44, "FJI"),
          "Kyiv": (50.45, 30.52, "UKR"), "Islamabad": (33.69, 73.06, "PAK")}


def _span(doc: str, words: str) -> Span:
    start = TEXTS[doc].index(words)
    return Span(start=start, end=start + len(words), text=words)


def _event(doc: str, n: int, kind: str, actor: str, recipient: str, date: str, sentences: list[str],
           place: str | None = None, **more: Any) -> Event:
    loc = None
    if place:
        lat, lon, country = PLACES[place]
        loc = Place(extracted_place=place, resolved_place=place, country_code=country, lat=lat, lon=lon,
                    reason="'in X' on the act")
    spans = tuple(_span(doc, s) for s in sentences)
    return Event(id=f"{doc}:{n}", doc_id=doc, event_type=kind, actor=(ActorRef(code=actor, sector="GOV",
                 reason="test lexicon"),), recipient=(ActorRef(code=recipient, sector="GOV", reason="test lexicon"),),
                 date=date, date_source="text", event_loc=loc, text_info=spans, confidence=0.9,
                 reason=f"test rule for {kind}", trigger=more.pop("trigger", None),
                 when=EventDate(value=date, text=date, reason="the date in the sentence", source="text"), **more)


EVENTS = [
    _event("kz1", 1, "CONSULT", "RUS", "TUR", "2021-02-02",
           [TEXTS["kz1"].split("\n\n")[0], TEXTS["kz1"].split("\n\n")[1]], "Sochi", trigger="met"),
    _event("kz1", 2, "ACCUSE", "TUR", "RUS", "2021-02-01", [TEXTS["kz1"].split("\n\n")[2]], "Idlib",
           trigger="accused"),
    _event("nz1", 1, "CONSULT", "NZL", "FJI", "2021-03-04", [TEXTS["nz1"].split("\n")[0]], trigger="phoned"),
    _event("nz1", 2, "AID", "NZL", "FJI", "2021-03", [TEXTS["nz1"].split("\n")[1]], "Suva", trigger="pledged"),
    _event("ua1", 1, "REQUEST", "UKR", "DEU", "2021-04-10", [TEXTS["ua1"]], "Kyiv", trigger="asked"),
    _event("in1", 1, "AGREE", "IND", "PAK", "2021-05-12", [TEXTS["in1"]], "Islamabad", trigger="agreed"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("explorer")
    db = tmp / "team.duckdb"
    with Store(db) as store:
        store.add_articles([Article(id=doc, text=text, title=f"Team article {doc}", source="Team Wire",
                                    published=dt.date(2021, 5, 20), url=f"https://news.example/{doc}")
                            for doc, text in TEXTS.items()])
        for doc in TEXTS:
            store.save_events(doc, [e for e in EVENTS if e.doc_id == doc])
    with Communique(Settings(db=db)) as app:
        app.link()
    with serve_process(db, log=tmp / "serve.log", keep_alive=5) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, timeout=60_000,
                                              args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(STEP)
    opened.set_default_navigation_timeout(STEP)
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: problems.append(str(e)))
    try:
        yield opened
        assert problems == []  # no CSP violation, no script error
    finally:
        context.close()


def _not_blank(shot: Path, *, colours: tuple[str, ...] = ()) -> None:
    """The PNG is not one colour: its pixels spread, and holds each of ``colours`` (hex)."""
    from PIL import Image, ImageStat

    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        assert rgb.width > 100 and rgb.height > 100
        spread = ImageStat.Stat(rgb.convert("L")).stddev[0]
        assert spread > 5, f"{shot.name} looks blank (grey-level spread {spread:.1f})"
        found = {c for _, c in rgb.getcolors(maxcolors=1 << 20) or []}
    assert len(found) > 20, f"{shot.name} has only {len(found)} colours"
    for colour in colours:
        assert tuple(bytes.fromhex(colour.lstrip("#"))) in found, f"{shot.name} lacks {colour}"


def test_explorer_loads_and_filters(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server + "/explore")
    assert page.locator("h1").inner_text() == "Dyads"
    assert page.locator("table tbody tr").count() == 4  # RUS-TUR, FJI-NZL, DEU-UKR, IND-PAK
    page.screenshot(path=tmp_path / "dyads.png", full_page=True)
    _not_blank(tmp_path / "dyads.png")

    page.click("nav >> text=events")
    rows = page.locator("#events tbody tr")
    assert rows.count() == 6
    page.select_option("select[name=type]", "ACCUSE")
    page.click("form button")
    page.wait_for_url("**/explore/events?*type=ACCUSE*")
    assert rows.count() == 1
    assert rows.nth(0).locator("td").nth(1).inner_text() == "ACCUSE"
    page.screenshot(path=tmp_path / "filtered.png", full_page=True)
    _not_blank(tmp_path / "filtered.png")


def test_search_finds_evidence_and_opens_the_article_marked(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server + "/explore/events")
    page.fill("input[name=q]", "grain corridor")
    page.click("form button")
    page.wait_for_url("**q=grain+corridor*")
    rows = page.locator("#events tbody tr")
    assert rows.count() == 1
    assert [m.inner_text() for m in rows.nth(0).locator("mark").all()] == ["grain", "corridor"]  # each word
    page.screenshot(path=tmp_path / "search.png", full_page=True)
    _not_blank(tmp_path / "search.png", colours=("#fff176",))  # the marked words

    rows.nth(0).locator("a[href^='/explore/articles/']").click()
    page.wait_for_url("**/explore/articles/kz1#ev-kz1%3A1")
    marks = [m.inner_text() for m in page.locator("mark.ev").all()]
    assert TEXTS["kz1"].split("\n\n")[0] in marks
    assert "The two ministers discussed the grain corridor and a ceasefire in Idlib." in marks
    assert "Turkey accused Russia of shelling a convoy near Idlib on 1 February." in marks
    target = page.locator("#ev-kz1\\%3A1")
    assert target.is_visible() and "test rule for CONSULT" in target.inner_text()
    assert "the date in the sentence" in target.inner_text() and "'in X' on the act" in target.inner_text()
    page.screenshot(path=tmp_path / "article.png", full_page=True)
    _not_blank(tmp_path / "article.png", colours=("#ffe082",))  # the evidence's highlight


def test_map_shows_outlines_and_places(server: str, page: Any, tmp_path: Path) -> None:
    page.goto(server + "/explore/map")
    svg = page.locator("svg#map")
    assert svg.is_visible()
    assert svg.locator("path.country").count() > 50
    assert svg.locator("circle.dot").count() == 5  # Sochi, Idlib, Suva, Kyiv, Islamabad
    labels = {t.text_content() for t in svg.locator("text.dot-label").all()}
    assert labels and labels <= set(PLACES)
    box = svg.bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 300
    svg.screenshot(path=tmp_path / "map.png")
    _not_blank(tmp_path / "map.png", colours=("#e6e9df", "#eef4fa"))  # land and sea

    page.goto(server + "/explore/map?dyad=NZL-FJI")
    assert page.locator("svg#map circle.dot").count() == 1  # the filter narrows the places: Suva
    page.goto(server + "/explore/dyads/RUS-TUR")
    assert page.locator("svg#map circle.dot").count() == 2 and page.locator("#incidents tbody tr").count() == 2
