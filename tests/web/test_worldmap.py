"""The server-drawn world map: real outlines from the packaged Natural Earth data, dots by place."""

from __future__ import annotations

import re

from communique.web.worldmap import MAP_HEIGHT, MAP_WIDTH, MapPoint, map_svg, outline_paths


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
