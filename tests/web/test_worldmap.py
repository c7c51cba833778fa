"""The server-drawn world map: real outlines from the packaged Natural Earth data, dots by place."""

from __future__ import annotations

import re

import pytest

from communique.errors import DataFileError
from communique.web import worldmap
from communique.web.worldmap import MAP_HEIGHT, MAP_WIDTH, MapPoint, frame, map_svg, outline_paths


def _numbers(d: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]


def test_outlines_are_the_worlds_countries_inside_the_frame() -> None:
    paths = outline_paths()
    codes = {code for code, _, _ in paths}
    assert len(paths) > 150
    assert {"RUS", "TUR", "USA", "BRA", "AUS", "ZAF", "IND", "CHN"} <= codes
    for _, _, d in paths:
        values = _numbers(d)
        xs, ys = values[0::2], values[1::2]
        assert min(xs) >= 0 and max(xs) <= MAP_WIDTH
        assert min(ys) >= 0 and max(ys) <= MAP_HEIGHT
    # Turkey lies where an equirectangular projection puts 26-45°E, 36-42°N
    turkey = next(d for code, _, d in paths if code == "TUR")
    values = _numbers(turkey)
    xs, ys = values[0::2], values[1::2]
    assert 410 < min(xs) < max(xs) < 452 and 94 < min(ys) < max(ys) < 110


def test_points_at_one_place_are_one_dot_and_text_is_escaped() -> None:
    points = [MapPoint(lat=55.79, lon=49.12, place="Kazan", label="CONSULT RUS–TUR", colour="#66bb6a"),
              MapPoint(lat=55.8, lon=49.1, place="Kazan", label="AGREE RUS–TUR"),
              MapPoint(lat=39.93, lon=32.86, place="<Ankara>", label='ACCUSE "x" & y')]
    svg = map_svg(points)
    assert svg.count('class="dot"') == 2
    assert svg.count('class="country"') == len(outline_paths())
    assert "&lt;Ankara&gt;" in svg and "<Ankara>" not in svg and "&quot;x&quot; &amp; y" in svg
    assert "Kazan (2)" in svg and "CONSULT RUS–TUR" in svg and "AGREE RUS–TUR" in svg
    assert "No located events." not in svg


def test_overlapping_labels_are_left_out_and_an_empty_map_says_so() -> None:
    near = [MapPoint(lat=41.0, lon=29.0, place="Istanbul", label="a"),
            MapPoint(lat=41.2, lon=29.3, place="Beykoz", label="b")]
    svg = map_svg(near)
    assert svg.count('class="dot"') == 2 and svg.count('class="dot-label"') == 1
    assert "No located events." in map_svg([]) and 'class="dot"' not in map_svg([])


def test_the_view_closes_in_on_the_places() -> None:
    assert frame([]) == (0, 0, MAP_WIDTH, MAP_HEIGHT)
    x, y, w, h = frame([(420.0, 100.0)])  # one place: a quarter of the world around it
    assert (w, h) == (MAP_WIDTH / 4, MAP_HEIGHT / 4) and x < 420 < x + w and y < 100 < y + h
    far = [(10.0, 20.0), (700.0, 340.0)]  # far apart: the whole world, never more
    assert frame(far) == (0, 0, MAP_WIDTH, MAP_HEIGHT)
    x, y, w, h = frame([(400.0, 80.0), (480.0, 110.0)])
    assert abs(w / h - MAP_WIDTH / MAP_HEIGHT) < 1e-9 and x < 400 and x + w > 480 and y < 80 and y + h > 110
    svg = map_svg([MapPoint(lat=55.8, lon=49.1, place="Kazan", label="a")])
    assert 'viewBox="0 0 720 360"' not in svg and 'font-size="2.50"' in svg  # labels keep their screen size
    assert 'viewBox="0.0 0.0 720.0 360.0"' in map_svg([MapPoint(lat=55.8, lon=49.1, place="Kazan", label="a")],
                                                     focus=False)


def test_missing_outlines_are_a_data_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worldmap, "_ARCHIVE", "ne_none.zip")
    with pytest.raises(DataFileError) as caught:
        worldmap.outline_paths(100, 50)  # other sizes: not cached
    assert caught.value.code == "E215" and "ne_none.zip" in str(caught.value)
