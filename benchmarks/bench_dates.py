"""Speed and accuracy of the date resolver, and of the two libraries it was chosen from.

Run: ``.venv/bin/python benchmarks/bench_dates.py [--sentences 5000] [--dateparser 500]``

Prints sentences/s of ``DateResolver.find`` on generated news-like sentences (half with a
date expression, half without), the same for a bare Duckling call and for dateparser's
``search_dates``, and each one's score on the task-brief phrase table kept in
``tests/resolve/test_dates.py`` (``BRIEF``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import dateparser
import duckling
from dateparser.search import search_dates

from communique.resolve.dates import DateResolver

ROOT = Path(__file__).resolve().parents[1]

ACTORS = [
    "The foreign minister",
    "Rebel fighters",
    "The central bank",
    "Police",
    "The president",
    "A UN envoy",
    "Opposition leaders",
    "The army",
    "Border guards",
    "The prime minister",
]
VERBS = [
    "met officials in the capital",
    "announced new sanctions",
    "rejected the proposal",
    "fired tear gas at protesters",
    "signed a trade accord",
    "accused neighbours of meddling",
    "withdrew from the talks",
    "called for a ceasefire",
    "visited the flooded region",
]
DATES = [
    "on Tuesday",
    "last week",
    "on 5 March",
    "in November 2015",
    "earlier this month",
    "yesterday",
    "two days ago",
    "late last month",
    "on September 17, 2018",
    "this morning",
    "at the end of last April",
    "in the past week",
    "early on Wednesday",
    "in 2017",
    "last Friday",
    "on Sunday night",
    "three weeks ago",
    "Sept 27",
    "last year",
    "today",
]
TAILS = [
    "officials said.",
    "according to a statement.",
    "a spokesman told reporters.",
    "state media reported.",
    "witnesses said.",
    "",
]
# Sentences without dates, some with words that pass the prefilter ("may", "years", numbers).
PLAIN = [
    "{a} {v}, {t}",
    "{a} may {v} if talks fail, {t}",
    "{a} said it would {v2}, {t}",
    "{a}, which has ruled for 10 years, {v}.",
    "About 2,400 people were displaced, {t}",
    "{a} warned that prices could fall further, {t}",
]


def generate(n: int, seed: int = 0) -> list[str]:
    """``n`` sentences: even positions carry a date expression, odd ones do not."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, v, t = rng.choice(ACTORS), rng.choice(VERBS), rng.choice(TAILS)
        if i % 2 == 0:
            d = rng.choice(DATES)
            out.append(
                f"{a} {v} {d}, {t}" if rng.random() < 0.7 else f"{d[0].upper()}{d[1:]}, {a.lower()} {v}."
            )
        else:
            out.append(rng.choice(PLAIN).format(a=a, v=v, v2=v.split(" ")[0], t=t))
    return out


def brief_table() -> list[tuple[str, dt.date | None, bool, str | None]]:
    """The task brief's phrases, from the test module (one table, two readers)."""
    spec = importlib.util.spec_from_file_location("test_dates", ROOT / "tests/resolve/test_dates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table: list[tuple[str, dt.date | None, bool, str | None]] = module.BRIEF
    return table


# -- each library on its own: its first answer, at its own grain -----------------------------

_TZ = duckling.load_time_zones("/usr/share/zoneinfo")
_LOCALE = duckling.default_locale_lang(duckling.parse_lang("EN"))
_DIMS = duckling.parse_dimensions(["time"])


def _duckling_context(day: dt.date) -> Any:
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return duckling.Context(duckling.parse_ref_time(_TZ, "UTC", int(noon.timestamp())), _LOCALE)


def duckling_alone(phrase: str, published: dt.date | None, future: bool) -> str | None:
    """Duckling's first answer truncated to its grain (week -> its Monday)."""
    if published is None:
        return None  # no reference time: Duckling cannot tell relative from absolute
    hits = duckling.parse(phrase, _duckling_context(published), _DIMS, False)
    if not hits:
        return None
    value = hits[0]["value"]
    if value["type"] == "interval":
        value = value.get("from") or value.get("to")
    grain, iso = value["grain"], value["value"]
    if grain == "year":
        return str(iso[:4])
    return str(iso[:7] if grain in ("month", "quarter") else iso[:10])


def dateparser_alone(phrase: str, published: dt.date | None, future: bool) -> str | None:
    """dateparser's first ``search_dates`` hit, at the period ``DateDataParser`` reports."""
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    found = search_dates(phrase, languages=["en"], settings=settings)
    if not found:
        return None
    data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(found[0][0])
    if data.date_obj is None:
        return None
    day, period = data.date_obj, data.period
    return str(day.year) if period == "year" else f"{day:%Y-%m}" if period == "month" else f"{day:%Y-%m-%d}"


def score(fn: Callable[[str, dt.date | None, bool], str | None], table: Sequence[Any]) -> int:
    return sum(fn(phrase, published, future) == value for phrase, published, future, value in table)


def rate(label: str, fn: Callable[[str], object], sentences: Sequence[str]) -> float:
    for s in sentences[:20]:  # warm up
        fn(s)
    start = time.perf_counter()
    for s in sentences:
        fn(s)
    per_s = len(sentences) / (time.perf_counter() - start)
    print(f"{label:<44} {per_s:>10,.0f} sentences/s  ({len(sentences)} sentences)")
    return per_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--dateparser", type=int, default=500, help="sentences for dateparser (slow)")
    args = parser.parse_args()

    published = dt.date(2020, 12, 29)
    sentences = generate(args.sentences)
    resolver = DateResolver()
    found = sum(1 for s in sentences if resolver.find(s, published))
    passed = sum(1 for s in sentences if resolver._anchor.search(s))

    print(
        f"{len(sentences)} sentences, half with a date; prefilter passes {passed}, "
        f"find() returns a date in {found}"
    )
    rate("DateResolver.find (prefilter + duckling)", lambda s: resolver.find(s, published), sentences)
    rate("DateResolver.find, dated half only", lambda s: resolver.find(s, published), sentences[::2])
    ctx = _duckling_context(published)
    rate("duckling.parse alone, every sentence", lambda s: duckling.parse(s, ctx, _DIMS, False), sentences)
    settings = {"RELATIVE_BASE": dt.datetime(2020, 12, 29), "PREFER_DATES_FROM": "past"}
    rate(
        "dateparser search_dates alone",
        lambda s: search_dates(s, languages=["en"], settings=settings),
        sentences[: args.dateparser],
    )

    table = brief_table()
    print(f"\nbrief phrase table ({len(table)} phrases), correct values:")
    print(f"  duckling alone      {score(duckling_alone, table):>3}")
    print(f"  dateparser alone    {score(dateparser_alone, table):>3}")
    print(f"  DateResolver        {score(lambda p, d, f: resolver.resolve(p, d, future=f), table):>3}")


if __name__ == "__main__":
    main()
