"""The gazetteers and lexicons the actor and place resolvers read, and the data manifest.

Checks that each file loads through :func:`communique.data.load`, that its codes are ones the
codebook allows, that no word names two different things, and a few spot checks of lookups the
resolvers depend on ("Turkish" is Turkey, "the Kremlin" is Russia).
"""

from __future__ import annotations

import json
import typing
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycountry
import pytest

from communique.data import DATA_ROOT, FILES, Country, Office, Organization, Place, Topic, load, manifest
from communique.model import Sector

#: PLOVER codes that are not ISO 3166-1 alpha-3 (CODEBOOK.md §3).
PLOVER_TERRITORIES = {"KOS", "PSE", "HKG", "TWN"}
ISO_ALPHA3 = {c.alpha_3 for c in pycountry.countries}
COUNTRY_CODES = ISO_ALPHA3 | PLOVER_TERRITORIES
ORG_CODES = {"UNO", "EUR", "IGO", "NGO", "IMG"}  # PLOVER group codes (event.schema.json)
SECTORS = set(typing.get_args(Sector))
PLACE_KINDS = {"region", "sea", "site"}
OWN_FILES = ["countries", "places", "organizations", "offices", "topics"]
SCHEMA = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "event.schema.json"


def _contexts() -> set[str]:
    if not SCHEMA.exists():
        pytest.skip(f"shared event schema not found at {SCHEMA}")
    schema: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return set(schema["properties"]["context"]["items"]["enum"])


def _countries() -> list[Country]:
    return load("countries")


def _words(country: Country) -> list[str]:
    return [country.name, *country.aliases, *country.demonyms, *country.capitals, *country.metonyms]


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Lower-cased word -> every value it was paired with."""
    index: dict[str, set[str]] = defaultdict(set)
    for word, value in pairs:
        index[word.lower()].add(value)
    return index


def _country_index() -> dict[str, set[str]]:
    return _index((w, c.code) for c in _countries() for w in _words(c))


def _ambiguous(index: dict[str, set[str]]) -> dict[str, set[str]]:
    return {word: values for word, values in index.items() if len(values) > 1}


# --- loading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", OWN_FILES)
def test_gazetteers_file_loads_with_entries(name: str) -> None:
    entries = load(name)
    assert entries, f"{FILES[name][0]} has no entries"
    assert all(isinstance(e, FILES[name][1]) for e in entries)


@pytest.mark.parametrize("name", OWN_FILES)
def test_gazetteers_strings_are_trimmed_and_non_empty(name: str) -> None:
    bad = []
    for entry in load(name):
        for field, value in entry.model_dump().items():
            values = value if isinstance(value, list) else [value]
            for v in values:
                if isinstance(v, str) and (not v.strip() or v != v.strip()):
                    bad.append((field, v))
    assert not bad


# --- countries.csv ---------------------------------------------------------------------------


def test_gazetteers_country_codes_are_iso_or_plover() -> None:
    unknown = [c.code for c in _countries() if c.code not in COUNTRY_CODES]
    assert not unknown


def test_gazetteers_country_one_row_per_iso_state() -> None:
    codes = [c.code for c in _countries()]
    assert len(codes) == len(set(codes)), "a code has two rows"
    missing = (ISO_ALPHA3 | PLOVER_TERRITORIES) - set(codes)
    assert not missing


def test_gazetteers_country_words_name_one_state() -> None:
    assert not _ambiguous(_country_index())


def test_gazetteers_country_demonyms_cover_every_state() -> None:
    # Only these rows may lack a demonym: "Congolese" names both Congos and "Dominican" is the
    # Dominican Republic's, so neither is listed; the rest are territories with no common one.
    shared = {"COD", "COG", "DMA"}
    territories = {"ATA", "ATF", "BES", "BLM", "BVT", "CCK", "CXR", "GGY", "HMD", "JEY", "MAF", "MNP"}
    more_territories = {"NFK", "SGS", "SJM", "SPM", "SXM", "TCA", "UMI", "VGB", "VIR", "WLF"}
    allowed = shared | territories | more_territories
    without = [c.code for c in _countries() if not c.demonyms and c.code not in allowed]
    assert not without


@pytest.mark.parametrize("region", ["Karabakh", "Nagorno-Karabakh", "Idlib", "Crimea", "Donbas", "Kashmir"])
def test_gazetteers_country_words_exclude_regions(region: str) -> None:
    assert region.lower() not in _country_index()


@pytest.mark.parametrize(
    "word,code",
    [
        ("Turkish", "TUR"),
        ("Turks", "TUR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("the Kremlin", "RUS"),
        ("Russian Federation", "RUS"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("U.S.", "USA"),
        ("the United States", "USA"),
        ("American", "USA"),
        ("the White House", "USA"),
        ("Washington", "USA"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("Downing Street", "GBR"),
        ("the Élysée", "FRA"),
        ("Quai d'Orsay", "FRA"),
        ("Zhongnanhai", "CHN"),
        ("the Blue House", "KOR"),
        ("South Korean", "KOR"),
        ("DPRK", "PRK"),
        ("Azeri", "AZE"),
        ("Azerbaijani", "AZE"),
        ("Emirati", "ARE"),
        ("Saudi", "SAU"),
        ("Islamic Republic of Iran", "IRN"),
        ("Kosovar", "KOS"),
        ("Palestinian", "PSE"),
        ("Taiwanese", "TWN"),
        ("Fijian", "FJI"),
        ("Ankara", "TUR"),
    ],
)
def test_gazetteers_country_lookup(word: str, code: str) -> None:
    assert _country_index().get(word.lower()) == {code}


# --- organizations.yaml ----------------------------------------------------------------------


def test_gazetteers_organization_codes_valid() -> None:
    orgs: list[Organization] = load("organizations")
    states = {c.code for c in load("countries")}
    # a PLOVER group code, or (armed groups rooted in one state) that state's code with a sector
    assert not [o.id for o in orgs if o.code not in ORG_CODES and not (o.code in states and o.sector)]
    assert not [o.id for o in orgs if o.sector is not None and o.sector not in SECTORS]


def test_gazetteers_organization_ids_and_names_unique() -> None:
    orgs: list[Organization] = load("organizations")
    ids = [o.id for o in orgs]
    assert len(ids) == len(set(ids))
    assert not _ambiguous(_index((n, o.id) for o in orgs for n in o.names))


def test_gazetteers_organization_descriptions_are_common_nouns() -> None:
    """ "the bloc", "the alliance": one lower-case word, never one that describes a state instead."""
    from communique.data import load_words

    words = load_words()
    found = {d for o in load("organizations") for d in o.descriptions}
    assert found and all(d.isalpha() and d.islower() for d in found)
    assert not found & (set(words.state_descriptions) | set(words.group_nouns))


def test_gazetteers_organization_ids_are_not_state_codes() -> None:
    # "--dyad RUS-NATO" must never read an organisation as a state
    assert not [o.id for o in load("organizations") if o.org_id in COUNTRY_CODES]


def test_gazetteers_organization_names_are_not_states() -> None:
    countries = _country_index()
    clash = [n for o in load("organizations") for n in o.names if n.lower() in countries]
    assert not clash


@pytest.mark.parametrize(
    "name,code",
    [
        ("NATO", "IGO"),
        ("the UN", "UNO"),
        ("U.N.", "UNO"),
        ("UN Security Council", "UNO"),
        ("IAEA", "IGO"),
        ("the EU", "EUR"),
        ("European Commission", "EUR"),
        ("European Council", "EUR"),
        ("Council of Europe", "IGO"),
        ("the AU", "IGO"),
        ("Shanghai Cooperation Organisation", "IGO"),
        ("OSCE Minsk Group", "IGO"),
        ("International Committee of the Red Cross", "NGO"),
        # peace operations keep their owner's code: UN (UNO), EU (EUR), regional bodies (IGO)
        ("MONUSCO", "UNO"),
        ("UNPROFOR", "UNO"),
        ("EUFOR", "EUR"),
        ("AMISOM", "IGO"),
        ("KFOR", "IGO"),
        # the Security Council's tribunals are UN organs; treaty courts are not
        ("ICTY", "UNO"),
        ("Special Tribunal for Lebanon", "IGO"),
        ("Economic Community of Central African States", "IGO"),
        ("Doctors of the World", "NGO"),
        # armed groups carry the code of the state they are rooted in
        ("Kosovo Liberation Army", "KOS"),
        ("Polisario Front", "ESH"),
        ("Moro Islamic Liberation Front", "PHL"),
    ],
)
def test_gazetteers_organization_lookup(name: str, code: str) -> None:
    codes = _index((n, o.code) for o in load("organizations") for n in o.names)
    assert codes.get(name.lower()) == {code}


# --- offices.yaml ----------------------------------------------------------------------------


def test_gazetteers_office_fields_valid() -> None:
    offices: list[Office] = load("offices")
    assert not [o.words for o in offices if o.sector not in SECTORS]
    assert not [o.words for o in offices if not 0 <= o.rank <= 3]
    assert not [w for o in offices for w in o.words if w != w.lower()]


def test_gazetteers_office_words_unique() -> None:
    words = [w for o in load("offices") for w in o.words]
    assert len(words) == len(set(words))


@pytest.mark.parametrize(
    "word,office,sector,person,rank",
    [
        ("top diplomat", "Foreign Minister", "GOV", True, 1),
        ("foreign affairs minister", "Foreign Minister", "GOV", True, 1),
        ("president", "President", "GOV", True, 3),
        ("premier", "Prime Minister", "GOV", True, 2),
        ("health minister", "Health Minister", "GOV", True, 1),
        ("foreign ministry", "Foreign Ministry", "GOV", False, 0),
        ("warplanes", None, "MIL", False, 0),
        ("duma", None, "LEG", False, 0),
        ("prosecutor", None, "JUD", True, 0),
        ("spy agency", None, "SPY", False, 0),
        ("insurgents", None, "REB", False, 0),
        ("health workers", None, "MED", False, 0),
    ],
)
def test_gazetteers_office_lookup(word: str, office: str | None, sector: str, person: bool, rank: int) -> None:
    found = [o for o in load("offices") if word in o.words]
    assert len(found) == 1
    assert (found[0].office, found[0].sector, found[0].person, found[0].rank) == (office, sector, person, rank)


# --- topics.yaml -----------------------------------------------------------------------------


def test_gazetteers_topic_contexts_in_schema() -> None:
    enum = _contexts()
    topics: list[Topic] = load("topics")
    assert not [(t.name, c) for t in topics for c in t.context if c not in enum]
    assert not [t.name for t in topics if len(t.context) != len(set(t.context))]


def test_gazetteers_topic_names_unique() -> None:
    topics: list[Topic] = load("topics")
    assert not _ambiguous(_index((n, t.name) for t in topics for n in [t.name, *t.aliases]))


@pytest.mark.parametrize(
    "word,topic,context",
    [
        ("JCPOA", "Iran nuclear deal", "cbrn"),
        ("Karabakh", "Nagorno-Karabakh", "territory"),
        ("S-400 air defense system", "S-400", "military"),
        ("Turkish Stream", "TurkStream", "natural_resource"),
        ("coronavirus", "COVID-19", "health"),
        ("visa-free travel", "visa", "migration"),
    ],
)
def test_gazetteers_topic_lookup(word: str, topic: str, context: str) -> None:
    found = [t for t in load("topics") if word.lower() in {n.lower() for n in [t.name, *t.aliases]}]
    assert [t.name for t in found] == [topic]
    assert context in found[0].context


# --- places.csv ------------------------------------------------------------------------------


def test_gazetteers_place_fields_valid() -> None:
    places: list[Place] = load("places")
    countries = {c.code for c in _countries()}
    assert not [p.name for p in places if p.country_code is not None and p.country_code not in countries]
    assert not [p.name for p in places if p.kind not in PLACE_KINDS]
    assert not [p.name for p in places if p.lat is None or p.lon is None]
    assert not [p.name for p in places if not (-90 <= (p.lat or 0) <= 90 and -180 <= (p.lon or 0) <= 180)]


def test_gazetteers_place_names_unique_and_not_states() -> None:
    places: list[Place] = load("places")
    index = _index((n, p.name) for p in places for n in [p.name, *p.aliases])
    assert not _ambiguous(index)
    countries = _country_index()
    # a place may also name, as a party, the state it lies in (the Gaza Strip: Palestine); never another
    code_of = {n.lower(): p.country_code for p in places for n in [p.name, *p.aliases]}
    assert not [n for n in index if n in countries and countries[n] != {code_of[n]}]


@pytest.mark.parametrize(
    "name,code,kind",
    [
        ("Nagorno-Karabakh", "AZE", "region"),
        ("Crimea", "UKR", "region"),
        ("Gaza Strip", "PSE", "region"),
        ("Golan Heights", "SYR", "region"),
        ("Northern Cyprus", "CYP", "region"),
        ("Strait of Hormuz", None, "sea"),
        ("Aegean", None, "sea"),
        ("Camp David", "USA", "site"),
    ],
)
def test_gazetteers_place_lookup(name: str, code: str | None, kind: str) -> None:
    found = [p for p in load("places") if name.lower() in {n.lower() for n in [p.name, *p.aliases]}]
    assert [(p.country_code, p.kind) for p in found] == [(code, kind)]


# --- MANIFEST.toml ---------------------------------------------------------------------------


def test_gazetteers_manifest_entries_complete() -> None:
    files: dict[str, dict[str, Any]] = manifest()["files"]
    schemas = set(FILES) | {"rules", "demo", "model"}
    for rel, entry in files.items():
        assert set(entry) == {"version", "sha256", "schema", "source", "licence"}, rel
        assert entry["schema"] in schemas, rel
        if entry["schema"] in FILES:
            assert FILES[entry["schema"]][0] == rel, rel
    for name in FILES:
        assert FILES[name][0] in files, f"{FILES[name][0]} is missing from MANIFEST.toml"


def test_gazetteers_manifest_files_exist() -> None:
    missing = [rel for rel in manifest()["files"] if not (DATA_ROOT / rel).is_file()]
    assert not missing, f"listed in MANIFEST.toml but absent: {missing}"


def test_gazetteers_data_files_listed_in_manifest() -> None:
    root = Path(str(DATA_ROOT))
    present = {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.suffix in {".csv", ".yaml", ".yml", ".jsonl", ".json", ".npz"}
    }
    unlisted = present - set(manifest()["files"])
    assert not unlisted, f"data files without a MANIFEST.toml entry: {sorted(unlisted)}"
