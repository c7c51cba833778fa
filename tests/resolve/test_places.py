"""The place resolver on names a state shares with a town (written for these tests)."""

from __future__ import annotations

import pytest

from communique.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places() -> PlaceResolver:
    return PlaceResolver()


@pytest.mark.parametrize("name,code", [("Mali", "MLI"), ("Lebanon", "LBN"), ("Jordan", "JOR"), ("Georgia", "GEO")])
def test_a_country_name_is_the_country_before_any_town_of_that_name(
        places: PlaceResolver, name: str, code: str) -> None:
    place = places.geocode(name)
    assert place is not None and (place.country_code, place.resolution) == (code, 1)


def test_a_state_geonames_codes_otherwise_takes_the_gazetteer_s_code(places: PlaceResolver) -> None:
    # GeoNames codes Kosovo XKX; the gazetteer (PLOVER) KOS, for the country and its towns
    assert [places.geocode(n).country_code for n in ("Kosovo", "Pristina")] == ["KOS", "KOS"]  # type: ignore[union-attr]


def test_a_city_stays_a_city(places: PlaceResolver) -> None:
    place = places.geocode("Tripoli")
    assert place is not None and (place.country_code, place.resolution) == ("LBY", 3)


@pytest.mark.parametrize("name,city,code", [("Kiev", "Kyiv", "UKR"), ("Bombay", "Mumbai", "IND"),
                                            ("Basra", "Basrah", "IRQ")])
def test_a_former_or_english_name_is_the_city(places: PlaceResolver, name: str, city: str, code: str) -> None:
    place = places.geocode(name)
    assert place is not None and (place.resolved_place, place.country_code, place.resolution) == (city, code, 3)


def test_an_alias_names_its_city_before_a_town_that_shares_it(places: PlaceResolver) -> None:
    # GeoNames' only "Odessa" is a town in Texas; the alias file makes the name the Ukrainian port
    place = places.geocode("Odessa")
    assert place is not None and place.country_code == "UKR"


def test_every_packaged_alias_names_a_geonames_city(places: PlaceResolver) -> None:
    from communique import data

    unknown = [a.alias for a in data.load("city_aliases") if places.geocode(a.alias) is None]
    assert unknown == []
