"""Checks on the dated knowledge base of roles, ``lexicons/actors.yaml``.

The file is loaded through :func:`communique.data.load`, so every entry has already passed the
``Person`` / ``Role`` schema; these tests add the cross-entry rules the schema cannot see
(unique ids and names, known codes, no overlapping terms) and spot-check well-known facts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter

import pycountry
import pytest

from communique.data import Person, Role, load
from communique.model import SECTORS

#: PLOVER codes that are not ISO 3166 alpha-3 but are valid participant codes (codebook section 3).
EXTRA_CODES = frozenset({"KOS", "PSE", "HKG", "EUR", "UNO", "IGO"})

#: Surnames (and given names) too common to identify one person on their own.
AMBIGUOUS_SINGLE_NAMES = frozenset({"kim", "lee", "li", "wang", "khan", "ali", "singh", "park", "moon"})


#: Offices one person holds at a time in a given state or organisation.
SINGLE_HOLDER_OFFICES = frozenset({
    "President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emperor", "Emir",
    "Supreme Leader", "Foreign Minister", "Defence Minister", "Secretary of State", "Foreign Secretary",
    "Defence Secretary", "Defense Secretary", "Secretary-General", "NATO Secretary General",
    "Commission President", "European Council President", "High Representative",
})


@pytest.fixture(scope="module")
def people() -> list[Person]:
    """All packaged entries of the actors knowledge base."""
    return load("actors")


@pytest.fixture(scope="module")
def by_id(people: list[Person]) -> dict[str, Person]:
    """The entries keyed by id."""
    return {p.id: p for p in people}


def _known_code(code: str) -> bool:
    return code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


def _overlap(a: Role, b: Role) -> bool:
    """Whether two roles share at least one day (open ends run to the end of time)."""
    a_start, b_start = a.start or dt.date.min, b.start or dt.date.min
    a_end, b_end = a.end or dt.date.max, b.end or dt.date.max
    return a_start <= b_end and b_start <= a_end


def test_actors_kb_loads_a_substantial_list(people: list[Person]) -> None:
    assert len(people) >= 400
    assert all(p.roles for p in people)


def test_actors_kb_ids_are_unique_slugs(people: list[Person]) -> None:
    counts = Counter(p.id for p in people)
    assert [i for i, n in counts.items() if n > 1] == []
    assert [p.id for p in people if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", p.id)] == []


def test_actors_kb_role_codes_are_known(people: list[Person]) -> None:
    bad = [(p.id, r.code) for p in people for r in p.roles
           if not (re.fullmatch(r"[A-Z]{3}", r.code) and _known_code(r.code))]
    assert bad == []


def test_actors_kb_sectors_are_plover_sectors(people: list[Person]) -> None:
    assert [(p.id, r.sector) for p in people for r in p.roles if r.sector not in SECTORS] == []


def test_actors_kb_same_office_terms_do_not_overlap(people: list[Person]) -> None:
    clashes = [
        (p.id, a.office, str(a.start), str(b.start))
        for p in people
        for a, b in itertools.combinations(p.roles, 2)
        if a.office == b.office and a.code == b.code and _overlap(a, b)
    ]
    assert clashes == []


def test_actors_kb_full_names_belong_to_one_person(people: list[Person]) -> None:
    owners: dict[str, set[str]] = {}
    for p in people:
        for name in p.names:
            if " " in name.strip():
                owners.setdefault(name.casefold(), set()).add(p.id)
    assert {n: ids for n, ids in owners.items() if len(ids) > 1} == {}


def test_actors_kb_names_are_clean(people: list[Person]) -> None:
    problems = [(p.id, n) for p in people for n in p.names if n != n.strip() or "  " in n or not n]
    repeated = [p.id for p in people if len(set(p.names)) != len(p.names)]
    generic = [(p.id, n) for p in people for n in p.names if n.casefold() in AMBIGUOUS_SINGLE_NAMES]
    assert (problems, repeated, generic) == ([], [], [])


def test_actors_kb_wikidata_ids_are_unique(people: list[Person]) -> None:
    counts = Counter(p.wikidata for p in people if p.wikidata)
    assert [q for q, n in counts.items() if n > 1] == []


def test_actors_kb_end_dates_are_not_in_the_future(people: list[Person]) -> None:
    # An end date is a recorded fact, so it cannot lie after the day the tests run.
    today = dt.date.today()
    assert [(p.id, str(r.end)) for p in people for r in p.roles if r.end and r.end > today] == []


@pytest.mark.parametrize(
    "person_id,day,code,office",
    [
        ("recep-tayyip-erdogan", "2020-12-29", "TUR", "President"),
        ("recep-tayyip-erdogan", "2012-06-01", "TUR", "Prime Minister"),
        ("mike-pompeo", "2019-06-01", "USA", "Secretary of State"),
        ("hillary-clinton", "2011-05-02", "USA", "Secretary of State"),
        ("dmitry-medvedev", "2010-01-01", "RUS", "President"),
        ("dmitry-medvedev", "2015-07-01", "RUS", "Prime Minister"),
        ("vladimir-putin", "2010-01-01", "RUS", "Prime Minister"),
        ("vladimir-putin", "2022-02-24", "RUS", "President"),
        ("sergey-lavrov", "2014-03-18", "RUS", "Foreign Minister"),
        ("sergei-shoigu", "2022-02-24", "RUS", "Defence Minister"),
        ("angela-merkel", "2015-09-01", "DEU", "Chancellor"),
        ("olaf-scholz", "2022-02-27", "DEU", "Chancellor"),
        ("mevlut-cavusoglu", "2020-12-29", "TUR", "Foreign Minister"),
        ("hulusi-akar", "2020-12-29", "TUR", "Defence Minister"),
        ("hulusi-akar", "2017-01-01", "TUR", "Chief of the General Staff"),
        ("boris-johnson", "2020-03-23", "GBR", "Prime Minister"),
        ("boris-johnson", "2017-01-01", "GBR", "Foreign Secretary"),
        ("liz-truss", "2022-10-01", "GBR", "Prime Minister"),
        ("donald-trump", "2019-06-01", "USA", "President"),
        ("joe-biden", "2022-06-01", "USA", "President"),
        ("joe-biden", "2012-01-01", "USA", "Vice President"),
        ("bashar-al-assad", "2015-09-30", "SYR", "President"),
        ("ali-khamenei", "2020-01-03", "IRN", "Supreme Leader"),
        ("mohammad-javad-zarif", "2015-07-14", "IRN", "Foreign Minister"),
        ("mohammed-bin-salman", "2018-10-02", "SAU", "Crown Prince"),
        ("volodymyr-zelensky", "2022-02-24", "UKR", "President"),
        ("petro-poroshenko", "2015-02-12", "UKR", "President"),
        ("emmanuel-macron", "2019-01-01", "FRA", "President"),
        ("ban-ki-moon", "2015-09-25", "UNO", "Secretary-General"),
        ("antonio-guterres", "2020-01-01", "UNO", "Secretary-General"),
        ("jens-stoltenberg", "2022-02-24", "IGO", "NATO Secretary General"),
        ("federica-mogherini", "2015-07-14", "EUR", "High Representative"),
        ("xi-jinping", "2018-01-01", "CHN", "President"),
        ("shinzo-abe", "2015-01-01", "JPN", "Prime Minister"),
        ("narendra-modi", "2016-01-01", "IND", "Prime Minister"),
        ("benjamin-netanyahu", "2015-03-03", "ISR", "Prime Minister"),
        ("naftali-bennett", "2021-12-01", "ISR", "Prime Minister"),
        ("mohamed-morsi", "2013-01-01", "EGY", "President"),
        ("hassan-rouhani", "2015-07-14", "IRN", "President"),
    ],
)
def test_actors_kb_role_at_known_facts(
    by_id: dict[str, Person], person_id: str, day: str, code: str, office: str
) -> None:
    role = by_id[person_id].role_at(dt.date.fromisoformat(day))
    held = [r for r in by_id[person_id].roles if r.covers(dt.date.fromisoformat(day))]
    assert role is not None and role.code == code
    assert office in {r.office for r in held}


@pytest.mark.parametrize(
    "code,office,day,person_id",
    [
        ("TUR", "President", "2020-12-29", "recep-tayyip-erdogan"),
        ("USA", "Secretary of State", "2019-06-01", "mike-pompeo"),
        ("USA", "Secretary of State", "2014-01-01", "john-kerry"),
        ("USA", "President", "2016-11-08", "barack-obama"),
        ("GBR", "Prime Minister", "2017-06-08", "theresa-may"),
        ("GBR", "Prime Minister", "2012-07-27", "david-cameron"),
        ("DEU", "Chancellor", "2025-12-01", "friedrich-merz"),
        ("FRA", "President", "2013-01-11", "francois-hollande"),
        ("RUS", "Defence Minister", "2025-01-01", "andrei-belousov"),
        ("UKR", "Foreign Minister", "2022-03-10", "dmytro-kuleba"),
        ("CHN", "Foreign Minister", "2023-05-01", "qin-gang"),
        ("IRN", "President", "2023-01-01", "ebrahim-raisi"),
        ("EUR", "Commission President", "2017-01-01", "jean-claude-juncker"),
        ("IGO", "NATO Secretary General", "2012-05-20", "anders-fogh-rasmussen"),
    ],
)
def test_actors_kb_office_holder_is_unique(
    people: list[Person], code: str, office: str, day: str, person_id: str
) -> None:
    when = dt.date.fromisoformat(day)
    holders = [p.id for p in people for r in p.roles if r.code == code and r.office == office and r.covers(when)]
    assert holders == [person_id]


def test_actors_kb_role_at_after_last_term_returns_last_role(by_id: dict[str, Person]) -> None:
    # Asked about a day after every term ended, role_at falls back to the latest finished role.
    merkel = by_id["angela-merkel"].role_at(dt.date(2023, 1, 1))
    assert merkel is not None and (merkel.code, merkel.office) == ("DEU", "Chancellor")
    clinton = by_id["hillary-clinton"].role_at(dt.date(2016, 11, 8))
    assert clinton is not None and (clinton.code, clinton.office) == ("USA", "Secretary of State")


def test_actors_kb_single_holder_offices_do_not_overlap(people: list[Person]) -> None:
    # Two people cannot hold one state's presidency (or foreign ministry...) at once; a shared
    # handover day is allowed because both ends of a term are inclusive.
    holders: dict[tuple[str, str], list[tuple[str, Role]]] = {}
    for p in people:
        for r in p.roles:
            if r.office in SINGLE_HOLDER_OFFICES:
                holders.setdefault((r.code, r.office), []).append((p.id, r))
    clashes = []
    for (code, office), terms in holders.items():
        for (a_id, a), (b_id, b) in itertools.combinations(terms, 2):
            start = max(a.start or dt.date.min, b.start or dt.date.min)
            end = min(a.end or dt.date.max, b.end or dt.date.max)
            if a_id != b_id and start < end:
                clashes.append((code, office, a_id, b_id))
    assert clashes == []
