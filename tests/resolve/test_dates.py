"""Date resolution against the publication date (codebook section 4).

All sentences are written for these tests. Weekdays of the publication dates used:
2020-12-29 Tuesday, 2021-05-06 Thursday, 2019-03-14 Thursday, 2022-08-01 Monday,
2023-01-02 Monday.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from communique.errors import DataFileError
from communique.resolve.dates import DateMention, DateResolver, load_date_rules

TUE = dt.date(2020, 12, 29)
THU = dt.date(2021, 5, 6)
THU_2019 = dt.date(2019, 3, 14)
MON = dt.date(2022, 8, 1)
MON_NEW_YEAR = dt.date(2023, 1, 2)

#: The phrases of the task brief: (phrase, published, future, expected value). The module
#: docstring of communique.resolve.dates reports each library's score on this table, and
#: benchmarks/bench_dates.py recomputes it.
BRIEF: list[tuple[str, dt.date | None, bool, str | None]] = [
    ("on Tuesday", TUE, False, "2020-12-29"),
    ("on Monday", TUE, False, "2020-12-28"),
    ("the ninth of last April", THU, False, "2021-04-09"),
    ("at the end of last April", THU, False, "2021-04"),
    ("earlier this month", TUE, False, "2020-12"),
    ("last month", TUE, False, "2020-11"),
    ("last month", dt.date(2021, 1, 15), False, "2020-12"),
    ("in November 2015", TUE, False, "2015-11"),
    ("On March 5", TUE, False, "2020-03-05"),
    ("on 5 March", TUE, False, "2020-03-05"),
    ("September 17, 2018", TUE, False, "2018-09-17"),
    ("6 April 2021", TUE, False, "2021-04-06"),
    ("Sept 27", TUE, False, "2020-09-27"),
    ("Sept 27", dt.date(2020, 9, 1), False, "2019-09-27"),
    ("in 2017", TUE, False, "2017"),
    ("this year", TUE, False, "2020"),
    ("last year", TUE, False, "2019"),
    ("yesterday", TUE, False, "2020-12-28"),
    ("today", TUE, False, "2020-12-29"),
    ("this morning", TUE, False, "2020-12-29"),
    ("tonight", TUE, False, "2020-12-29"),
    ("earlier today", TUE, False, "2020-12-29"),
    ("last week", TUE, False, "2020-12"),  # 21-27 December
    ("last week", dt.date(2021, 1, 5), False, "2020"),  # 28 December - 3 January: ISO year
    ("in the past week", dt.date(2020, 12, 20), False, "2020-12"),
    ("in the past week", dt.date(2021, 1, 3), False, "2020"),
    ("two days ago", TUE, False, "2020-12-27"),
    ("three weeks ago", TUE, False, "2020-12-08"),
    ("late last month", TUE, False, "2020-11"),
    ("early on Wednesday", TUE, False, "2020-12-23"),
    ("last Friday", TUE, False, "2020-12-25"),
    ("on Sunday night", TUE, False, "2020-12-27"),
    ("next week", TUE, True, "2021-01"),
    ("next month", TUE, True, "2021-01"),
    ("next Tuesday", TUE, True, "2021-01-05"),
    ("in July", TUE, True, "2021-07"),
    ("in July", TUE, False, "2020-07"),
    ("on Friday", TUE, True, "2021-01-01"),
    ("2:49 p.m. on Tuesday", TUE, False, "2020-12-29"),
    ("from midnight on January 12, 2020", TUE, False, "2020-01-12"),
    ("on Tuesday", None, False, None),
    ("September 17, 2018", None, False, "2018-09-17"),
    ("for three days", TUE, False, None),
    ("an 18-month investigation", TUE, False, None),
    ("10 years of chaos", TUE, False, None),
    ("the past four decades", TUE, False, None),
    ("the 100th anniversary", TUE, False, None),
    ("at 2:49 p.m.", TUE, False, None),
    ("every year", TUE, False, None),
    ("$2020", TUE, False, None),
    ("a 45-year-old man", TUE, False, None),
]

#: (sentence, published, future, [(mention text, value), ...] in text order)
SENTENCES: list[tuple[str, dt.date | None, bool, list[tuple[str, str | None]]]] = [
    (
        "The foreign ministers met in Brussels on Tuesday to discuss sanctions.",
        TUE,
        False,
        [("Tuesday", "2020-12-29")],
    ),
    ("Rebels shelled the airport on Monday, the army said.", TUE, False, [("Monday", "2020-12-28")]),
    (
        "The treaty was signed on the third of last February in Geneva.",
        THU,
        False,
        [("the third of last February", "2021-02-03")],
    ),
    (
        "Troops withdrew at the end of last January, a spokesman said.",
        THU,
        False,
        [("at the end of last January", "2021-01")],
    ),
    ("Earlier this month, Ghana recalled its ambassador.", TUE, False, [("Earlier this month", "2020-12")]),
    ("The two leaders spoke by phone last month.", TUE, False, [("last month", "2020-11")]),
    ("Parliament passed the bill in November 2015.", TUE, False, [("November 2015", "2015-11")]),
    ("On March 5 police arrested the opposition leader.", TUE, False, [("March 5", "2020-03-05")]),
    ("Kenya closed the border on 5 March after clashes.", TUE, False, [("5 March", "2020-03-05")]),
    (
        "The envoy arrived in Kabul on September 17, 2018, for talks.",
        TUE,
        False,
        [("September 17, 2018", "2018-09-17")],
    ),
    ("The summit opened on 6 April 2021 in Jakarta.", TUE, False, [("6 April 2021", "2021-04-06")]),
    ("Sept 27 was the day the ceasefire broke down.", TUE, False, [("Sept 27", "2020-09-27")]),
    ("Protests spread across the region in 2017.", TUE, False, [("2017", "2017")]),
    ("This year the government has expelled three diplomats.", TUE, False, [("This year", "2020")]),
    ("Last year the two countries resumed trade.", TUE, False, [("Last year", "2019")]),
    ("The minister resigned yesterday.", TUE, False, [("yesterday", "2020-12-28")]),
    ("The court ruled today that the election was valid.", TUE, False, [("today", "2020-12-29")]),
    ("Police dispersed the crowd this morning.", TUE, False, [("this morning", "2020-12-29")]),
    ("Delegates will vote tonight on the resolution.", TUE, False, [("tonight", "2020-12-29")]),
    ("Earlier today the navy intercepted a tanker.", TUE, False, [("Earlier today", "2020-12-29")]),
    ("The general visited the front last week.", TUE, False, [("last week", "2020-12")]),
    ("The general visited the front last week.", MON_NEW_YEAR, False, [("last week", "2022")]),
    ("Talks stalled last week.", MON, False, [("last week", "2022-07")]),
    (
        "In the past week, militants attacked three convoys.",
        dt.date(2020, 12, 20),
        False,
        [("the past week", "2020-12")],
    ),
    ("Over the past week, prices of bread rose.", dt.date(2021, 1, 3), False, [("the past week", "2020")]),
    ("The hostages were freed two days ago.", TUE, False, [("two days ago", "2020-12-27")]),
    ("The embassy closed three weeks ago.", TUE, False, [("three weeks ago", "2020-12-08")]),
    ("Late last month the junta banned rallies.", TUE, False, [("Late last month", "2020-11")]),
    ("Gunmen stormed the hotel early on Wednesday.", TUE, False, [("early on Wednesday", "2020-12-23")]),
    ("The president sacked his defence minister last Friday.", TUE, False, [("last Friday", "2020-12-25")]),
    ("Shells hit the city on Sunday night.", TUE, False, [("Sunday night", "2020-12-27")]),
    ("The ministers will meet again next week.", TUE, True, [("next week", "2021-01")]),
    ("Elections are due next month.", TUE, True, [("next month", "2021-01")]),
    ("The envoy is expected in Seoul next Tuesday.", TUE, True, [("next Tuesday", "2021-01-05")]),
    ("The army plans to hold drills in July.", TUE, True, [("July", "2021-07")]),
    ("Talks were held in July.", TUE, False, [("July", "2020-07")]),
    ("Sanctions take effect on Friday.", TUE, True, [("Friday", "2021-01-01")]),
    ("Talks resume on Tuesday.", TUE, True, [("Tuesday", "2020-12-29")]),
    (
        "The ferry docked at 4:15 p.m. on Tuesday near the old fort.",
        TUE,
        False,
        [("4:15 p.m. on Tuesday", "2020-12-29")],
    ),
    (
        "The curfew applies from midnight on February 3, 2020, the decree said.",
        TUE,
        False,
        [("from midnight on February 3, 2020", "2020-02-03")],
    ),
    (
        "He was sentenced on Feb. 11, 2015 by a military court.",
        None,
        False,
        [("Feb. 11, 2015", "2015-02-11")],
    ),
    (
        "Police fired tear gas at 3 p.m. on Saturday, May 1.",
        THU,
        False,
        [("3 p.m. on Saturday, May 1", "2021-05-01")],
    ),
    ("The vote took place on 12/01/2020.", THU, False, [("12/01/2020", "2020-12-01")]),
    ("SEPT 27 - The army said it had retaken the town.", THU, False, [("SEPT 27", "2020-09-27")]),
    ("Thousands joined the march on Sunday in the capital.", THU, False, [("Sunday", "2021-05-02")]),
    ("In mid-March the president visited Kyiv.", THU, False, [("mid-March", "2021-03")]),
    ("On Christmas Day, rebels attacked a village.", THU, False, [("Christmas Day", "2020-12-25")]),
    ("Pilgrims gathered on Good Friday.", THU, False, [("Good Friday", "2021-04-02")]),  # a movable feast
    (
        "The ministers met in Minsk on March 1 and again on Thursday.",
        THU_2019,
        False,
        [("March 1", "2019-03-01"), ("Thursday", "2019-03-14")],
    ),
    ("Yesterday's talks ended without a deal.", THU_2019, False, [("Yesterday", "2019-03-13")]),
    (
        "Between Jan. 1 and March 31, 2020, exports fell.",
        THU,
        False,
        [("Between Jan. 1 and March 31, 2020", "2020")],
    ),
    ("The deal, signed between 2010 and 2015, was renewed.", THU, False, [("between 2010 and 2015", None)]),
    ("Rebels held the town for three days.", TUE, False, []),
    ("The ruling ends a 14-month inquiry.", TUE, False, []),
    ("The country emerged from 12 years of turmoil.", TUE, False, []),
    ("Growth slowed over the past four decades.", TUE, False, []),
    ("Crowds marked the 100th anniversary of independence.", TUE, False, []),
    ("The blast was heard at 4:15 p.m.", TUE, False, []),
    ("Pilgrims visit the shrine every year.", TUE, False, []),
    ("The tickets cost $2020 each.", TUE, False, []),
    ("A 45-year-old man was detained.", TUE, False, []),
    ("The company said 2020 employees lost their jobs.", TUE, False, []),
    ("They may meet again, the minister said.", TUE, False, []),
    ("Now the two countries are negotiating.", TUE, False, []),
    ("The attack came a day after the summit.", TUE, False, []),
    ("Prices fall when the army advances.", TUE, False, []),
]


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(("phrase", "published", "future", "value"), BRIEF)
def test_dates_resolve_brief_phrases(
    resolver: DateResolver, phrase: str, published: dt.date | None, future: bool, value: str | None
) -> None:
    assert resolver.resolve(phrase, published, future=future) == value


@pytest.mark.parametrize(("sentence", "published", "future", "expected"), SENTENCES)
def test_dates_find_in_sentences(
    resolver: DateResolver,
    sentence: str,
    published: dt.date | None,
    future: bool,
    expected: list[tuple[str, str | None]],
) -> None:
    mentions = resolver.find(sentence, published, future=future)
    assert [(m.text, m.value) for m in mentions] == expected
    for m in mentions:
        assert sentence[m.start : m.end] == m.text
        assert m.reason


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The blockade began last year.", None),
        ("Talks collapsed on Tuesday.", None),
        ("The envoy resigned earlier this month.", None),
        ("The accord was signed on 6 April 2021.", "2021-04-06"),
        ("The accord was signed in November 2015.", "2015-11"),
    ],
)
def test_dates_find_without_publication_date(
    resolver: DateResolver, sentence: str, value: str | None
) -> None:
    (mention,) = resolver.find(sentence, None)
    assert mention.value == value


@pytest.mark.parametrize(
    ("published", "future", "value"),
    [
        (dt.date(2021, 3, 4), False, "2020-03-05"),  # the day before: last year's
        (dt.date(2021, 3, 5), False, "2021-03-05"),  # the same day counts
        (dt.date(2021, 3, 6), True, "2022-03-05"),
        (dt.date(2021, 3, 5), True, "2021-03-05"),
    ],
)
def test_dates_year_less_date_never_crosses_publication(
    resolver: DateResolver, published: dt.date, future: bool, value: str
) -> None:
    assert resolver.resolve("on March 5", published, future=future) == value


@pytest.mark.parametrize("published", [dt.date(2020, 1, 1) + dt.timedelta(days=n) for n in range(0, 366, 17)])
def test_dates_weekday_is_latest_on_or_before_publication(resolver: DateResolver, published: dt.date) -> None:
    for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        value = resolver.resolve(f"on {name}", published)
        assert value is not None
        day = dt.date.fromisoformat(value)
        assert day.strftime("%A") == name
        assert dt.timedelta(0) <= published - day < dt.timedelta(days=7)


@pytest.mark.parametrize("published", [dt.date(2021, 1, 1) + dt.timedelta(days=n) for n in range(0, 366, 23)])
def test_dates_weekday_with_future_is_first_on_or_after_publication(
    resolver: DateResolver, published: dt.date
) -> None:
    for name in ("Monday", "Wednesday", "Saturday"):
        value = resolver.resolve(f"on {name}", published, future=True)
        assert value is not None
        day = dt.date.fromisoformat(value)
        assert day.strftime("%A") == name
        assert dt.timedelta(0) <= day - published < dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("published", "future", "value"),
    [
        (dt.date(2020, 12, 29), False, "2020-02-29"),
        (dt.date(2023, 6, 1), False, "2020-02-29"),  # no 29 February since
        (dt.date(2021, 3, 1), True, "2024-02-29"),
    ],
)
def test_dates_leap_day_goes_to_a_leap_year(
    resolver: DateResolver, published: dt.date, future: bool, value: str
) -> None:
    assert resolver.resolve("on Feb 29", published, future=future) == value


def test_dates_find_returns_mentions(resolver: DateResolver) -> None:
    assert resolver.find("No dates here at all.", TUE) == []
    (mention,) = resolver.find("He spoke on Monday.", TUE)
    assert mention == DateMention(12, 18, "Monday", "2020-12-28", mention.reason)
    assert mention.reason.startswith("duckling:time")


def test_dates_rules_extension_adds_words(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "dates.yaml").write_text("holidays: [pentecost]\nmodifiers: [shortly]\n")
    rules = load_date_rules([tmp_path])
    assert "pentecost" in rules.holidays and "christmas" in rules.holidays
    assert DateResolver().find("Pilgrims gathered on Pentecost.", THU) == []  # not past the prefilter
    resolver = DateResolver([tmp_path])
    (mention,) = resolver.find("Pilgrims gathered on Pentecost.", THU)
    assert (mention.text, mention.value) == ("Pentecost", "2020-05-31")
    (mention,) = resolver.find("Rebels attacked shortly after Christmas.", THU)
    assert mention.text == "shortly after Christmas"


def test_dates_rules_bad_extension_lists_every_problem(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "dates.yaml").write_text("months: {Brumaire: 13}\nweekdays: {Decadi: 10}\n")
    with pytest.raises(DataFileError) as err:
        load_date_rules([tmp_path])
    assert err.value.code == "E202"
    assert any("months.Brumaire" in p for p in err.value.problems)
    assert any("weekdays.Decadi" in p for p in err.value.problems)


def _corpus_paragraphs() -> list[tuple[str, dt.date | None]]:
    """The paragraphs of the packaged demo articles and, when ``../shared`` is there, of the dev
    and seed articles, each with its article's publication date."""
    root = Path(__file__).resolve().parents[2]
    files = [root / "src" / "communique" / "data" / "demo" / "articles.jsonl"]
    # ../shared beside the checkout, or beside the worktrees directory
    corpus = next((d / "corpus" for d in (root.parent / "shared", root.parent.parent / "shared")
                   if (d / "corpus").is_dir()), root / "no-shared")
    files += [corpus / "seeds.jsonl", *sorted((corpus / "dev").glob("*.articles.jsonl"))]
    out = []
    for path in (f for f in files if f.exists()):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                published = dt.date.fromisoformat(d["published"][:10]) if d.get("published") else None
                out += [(p, published) for p in d["text"].split("\n") if p.strip()]
    return out


def test_dates_windows_find_what_the_whole_text_gives(resolver: DateResolver) -> None:
    # Duckling reads only the words around each date word: on real news paragraphs (longer than
    # sentences, so with more date words and more room for a difference) the mentions must be
    # those of Duckling reading the whole text
    whole = DateResolver()
    whole._windows = lambda text: [(0, len(text))]  # type: ignore[method-assign]
    paragraphs = _corpus_paragraphs()
    assert len(paragraphs) > 50
    found = 0
    for text, published in paragraphs:
        got = resolver.find(text, published)
        assert got == whole.find(text, published), text
        found += len(got)
    assert found > 50


def test_dates_windows_cover_words_around_date_words(resolver: DateResolver) -> None:
    text = ("Officials said on Wednesday that the talks between the two delegations, which began in Geneva "
            "under the auspices of the United Nations, would resume on the 3rd of March.")
    windows = resolver._windows(text)
    assert len(windows) == 2  # one around each date word, far apart
    for lo, hi in windows:  # whole words
        assert (lo == 0 or text[lo - 1] == " ") and (hi == len(text) or text[hi] == " ")
    assert windows[0][0] <= text.index("on Wednesday") and text.index("that") < windows[0][1]
    assert windows[1][0] <= text.index("the 3rd") and windows[1][1] == len(text)
    assert sum(hi - lo for lo, hi in windows) < len(text) * 0.8


def test_dates_zoneinfo_holds_utc_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.resolve import dates

    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    where = Path(dates._utc_zoneinfo())
    assert where.parent == tmp_path and [p.name for p in where.iterdir()] == ["UTC"]
    assert (where / "UTC").read_bytes() == (Path(dates._ZONEINFO) / "UTC").read_bytes()
    assert DateResolver().find("They met on Monday.", TUE)[0].value == "2020-12-28"
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", "off")
    assert dates._utc_zoneinfo() == dates._ZONEINFO


@pytest.mark.parametrize("sentence", [
    "In the days after the ferry sank, relatives gathered at the port.",
    "In the weeks that followed, both navies stepped up patrols.",
    "These days the two ministers rarely speak.",
])
def test_a_generic_stretch_of_time_is_no_date(resolver: DateResolver, sentence: str) -> None:
    assert resolver.find(sentence, THU) == []


def test_a_counted_stretch_still_dates(resolver: DateResolver) -> None:
    # guard: "three days ago" is a date
    assert [m.value for m in resolver.find("Three days ago the envoy left Lima.", THU)] == ["2021-05-03"]
