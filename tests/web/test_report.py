"""The HTML report: self-contained, escaped, and -- in a real browser -- drawn."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from communique.dedup.incidents import IncidentLinker
from communique.model import ActorRef, Article, Event, Incident, Place, Span
from communique.web.report import TYPE_COLOURS, render_report

KAZAN = Place(extracted_place="Kazan", resolved_place="Kazan", country_code="RUS", lat=55.79, lon=49.12)
ANKARA = Place(extracted_place="Ankara", resolved_place="Ankara", country_code="TUR", lat=39.93, lon=32.86)
LAVROV = ActorRef(code="RUS", identifier_text="Sergey Lavrov")
CAVUSOGLU = ActorRef(code="TUR", identifier_text="Mevlut Cavusoglu")

# (doc, published, type, mode, actor, recipient, date, place, topics, sentence) -- written for this test
REPORTS = [
    ("r1", "2021-02-03", "CONSULT", "visit", LAVROV, CAVUSOGLU, "2021-02-03", KAZAN, ("Syria",),
     "Lavrov hosted Cavusoglu in Kazan on Wednesday for talks about Syria."),
    ("r2", "2021-02-04", "CONSULT", "visit", CAVUSOGLU, LAVROV, "2021-02-03", KAZAN, ("Syria",),
     "Cavusoglu flew to Kazan on 3 February to see Lavrov about Syria."),
    ("r3", "2021-04-12", "ACCUSE", "disapprove", CAVUSOGLU, LAVROV, "2021-04-12", None, ("Crimea",),
     "Cavusoglu criticised Moscow on Monday over Crimea </script><b>not bold</b>."),
    ("r4", "2021-07-20", "AGREE", None, LAVROV, CAVUSOGLU, "2021-07-20", ANKARA, ("Libya",),
     "In Ankara on 20 July the two ministers agreed to coordinate on Libya."),
    ("r5", "2021-10-05", "THREATEN", "relations", LAVROV, CAVUSOGLU, "2021-10-05", None, ("S-400",),
     "Lavrov warned Ankara on 5 October that ties would suffer over the S-400 dispute."),
]


def build() -> tuple[list[Incident], list[Event], list[Article]]:
    articles, events = [], []
    for doc, published, etype, mode, actor, recipient, date, place, topics, sentence in REPORTS:
        text = "MOSCOW - " + sentence + " Officials gave no further details."
        start = text.index(sentence)
        articles.append(Article(id=doc, text=text, title=sentence[:40], source="Test Wire",
                                published=dt.date.fromisoformat(published), url=f"https://example.org/{doc}"))
        events.append(Event(id=f"{doc}-1", doc_id=doc, event_type=etype, mode=mode,
                            actor=(actor,), recipient=(recipient,), date=date, date_text=date[-2:],
                            event_loc=place, topics=topics,
                            text_info=(Span(start=start, end=start + len(sentence), text=sentence),)))
    linker = IncidentLinker({a.id: a.published for a in articles})
    linker.link(events)
    return linker.incidents(), events, articles


@pytest.fixture(scope="module")
def report() -> str:
    incidents, events, articles = build()
    return render_report(incidents, events, articles, dyad="RUS-TUR", title="Russia – Turkey test")


def test_report_is_self_contained(report: str) -> None:
    assert report.startswith("<!DOCTYPE html>")
    assert "{{" not in report
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", report)  # nothing fetched
    assert "http://" not in report.replace("http://www.w3.org/2000/svg", "")
    for chart in ("chart-scale", "chart-types", "chart-network", "chart-map"):
        assert f'id="{chart}"' in report


def test_report_timeline_links_to_evidence(report: str) -> None:
    assert report.count('<tr id="row-') == 4  # the two Kazan reports are one incident
    assert '<a href="#ev-1"' in report and 'id="ev-1"' in report
    assert "Sergey Lavrov (RUS) – Mevlut Cavusoglu (TUR)" in report
    assert 'title="date from: ' in report
    assert "4 incidents (RUS–TUR)" in report


def test_report_escapes_text(report: str) -> None:
    assert "<b>not bold</b>" not in report
    assert "&lt;b&gt;not bold&lt;/b&gt;" in report
    data = report.split('id="report-data">', 1)[1].split("</script>", 1)[0]
    assert "</" not in data


def test_report_rejects_bad_dyad() -> None:
    with pytest.raises(ValueError):
        render_report([], dyad="RUSTUR")


def test_report_empty_still_renders() -> None:
    html = render_report([], title="Nothing yet")
    assert "No incidents match." in html and "<title>Nothing yet</title>" in html


# --- in a browser ------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp / 'profile'}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=True)


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB(A) rows of an 8-bit non-interlaced PNG (what Chromium writes)."""
    blob = path.read_bytes()
    assert blob[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(blob):
        (length,) = struct.unpack(">I", blob[pos:pos + 4])
        kind, body = blob[pos + 4:pos + 8], blob[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, ul = prev[i], prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + left) & 255
            elif ftype == 2:
                line[i] = (line[i] + up) & 255
            elif ftype == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif ftype == 4:
                p = left + up - ul
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else ul)) & 255
        rows.append(bytes(line) if channels == 3 else bytes(b for n, b in enumerate(line) if n % 4 != 3))
        prev = line
    return width, height, rows


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                    reason="chromium is not installed (CI installs it and never skips this)")
def test_report_draws_in_chromium(report: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report, encoding="utf-8")
    dom = chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", page.as_uri()).stdout
    assert 'data-drawn="yes"' in dom  # the script ran to its end
    scale = dom.split('id="chart-scale"', 1)[1].split("</svg>", 1)[0]
    types = dom.split('id="chart-types"', 1)[1].split("</svg>", 1)[0]
    network = dom.split('id="chart-network"', 1)[1].split("</svg>", 1)[0]
    world = dom.split('id="chart-map"', 1)[1].split("</svg>", 1)[0]
    # one bar per month with incidents: February, April, July, October
    assert scale.count('class="bar"') == 4
    assert types.count('class="bar type-') == 4  # one type in each of four quarters
    assert network.count('class="node"') == 2 and network.count('class="edge"') == 1
    assert world.count('class="dot"') == 2 and ">Kazan<" in world and ">Ankara<" in world
    shot = tmp_path / "shot.png"
    chromium(tmp_path, "--window-size=1000,1400", f"--screenshot={shot}", page.as_uri())
    width, height, rows = read_png(shot)
    assert (width, height) == (1000, 1400)
    pixels = {row[i:i + 3] for row in rows[::2] for i in range(0, len(row), 6)}
    assert len(pixels) > 50  # not blank
    coop, conflict = bytes.fromhex("2e7d32"), bytes.fromhex("c62828")
    assert coop in pixels and conflict in pixels  # green and red bars of the scale chart
    assert bytes.fromhex(TYPE_COLOURS["CONSULT"][1:]) in pixels  # the event-type chart
