"""Find the dates in a sentence and resolve them against the article's publication date.

Codebook section 4: ``date`` is when the event happened, at the precision the text supports.
Anatomy, on an article published Tuesday 2020-12-29::

    "Talks collapsed early on Monday, officials said."
                    [_______________]
                    text "early on Monday" -> value "2020-12-28",
                                              reason "duckling:time grain=day moved-back"

    value is "YYYY-MM-DD", "YYYY-MM" or "YYYY", never finer than the words:
      "on Tuesday" -> 2020-12-29     "earlier this month" -> 2020-12     "in 2017" -> 2017
      "last week" (Mon 21 - Sun 27 December) -> 2020-12; a week across two months -> its year

Note that:

* A date without a year is the most recent occurrence on or before publication ("On March 5"
  in a December article is that year's March 5; "on Monday" is the Monday before a Tuesday
  article; "on Tuesday" in a Tuesday article is that day). With ``future=True`` it is the next
  occurrence on or after publication. Words that already pick the occurrence ("last April",
  "next Tuesday", "this Friday") are taken as they are.
* Without a publication date only expressions that carry their own year resolve.
* Durations ("for three days"), ages, anniversaries, frequencies ("every year"), amounts
  ("$2020") and clock times alone ("at 2:49 p.m.") are not dates: they are not returned.
  A range with no single point ("between 2010 and 2015") is returned with ``value=None``.

Which library, and why
----------------------
Both installed libraries were run on the 51 phrases of the task brief (the positives and
negatives listed there, with their publication dates and ``future`` flags), taking each
library's first answer at its own grain:

* Duckling (pyduckling-native) resolved **35/51**. Its misses are systematic: it reads a date
  without a year, or a bare weekday, as the *next* occurrence (9 misses), gives weeks at a
  week grain and reads "the past week" as a calendar week (5), and parses "at 2:49 p.m." alone
  as today. It gives character offsets and a grain for every answer, and took none of the
  durations, ages or amounts for a date.
* dateparser resolved **38/51**, but its misses are the hard kind: durations and amounts of
  time become dates ("for three days" -> three days ago, "the past four decades" -> 1980,
  "10 years of chaos" -> 2010), "the ninth of last April" loses its day, and ``search_dates``
  returns substrings without offsets or precision. It is no faster: about 1,700 sentences/s
  against Duckling's 2,300 (``benchmarks/bench_dates.py``, one core).

So Duckling parses, and a thin layer on its answers fixes what it gets wrong for news:
moving year-less dates onto the right side of the publication date, turning weeks and
intervals into the precision the text supports, dropping answers without a date word, and a
rule for "in the past week" (the seven days up to publication). With that layer: **51/51**
(the same table is ``tests/resolve/test_dates.py::BRIEF``).

Speed: a regex prefilter built from ``rules/dates.yaml`` (month and weekday names, relative
words, years) lets only sentences that can hold a date reach Duckling, and Duckling reads only
the words around each date word (32 characters either side, whole words: half the time of the
whole sentence on news, the same answers -- checked on the demo, seed and dev paragraphs by the
tests); Duckling's language,
locale and dimensions are built once, its contexts once per publication date. On the
benchmark's mix (half the sentences without a date) ``find`` handles about 3,100 sentences/s
on one core, 2,100/s when every sentence has a date; a sentence without any date word costs
one regex search.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import duckling
from pydantic import BaseModel, ConfigDict, Field

from communique.cache import cache_dir
from communique.data import load_rule_file
from communique.nlp.mentions import DateMention

RULES_FILE = "rules/dates.yaml"

Precision = Literal["day", "month", "year"]

_ZONEINFO = "/usr/share/zoneinfo"
# Duckling needs some reference time; without a publication date only answers that carry
# their own year are kept, so the choice does not show.
_FALLBACK_REF = dt.date(2000, 1, 1)
# Noon: "in the past 24 hours" then covers the day before and the day of publication.
_REF_HOUR = 12
_SUB_DAY = frozenset({"hour", "minute", "second"})
_MAX_CONTEXTS = 4096
_HOLIDAY_LOOKBACK = dt.timedelta(days=400)
_MAX_STEPS = 8  # occurrences tried either side of Duckling's answer
#: characters read either side of a date word ("on the twenty-seventh of December": 25 before)
_WINDOW = 32


# --------------------------------------------------------------------------- rule data


class _Strict(BaseModel):
    # defer_build: the validator is built at the first validation, which a start with the start-up
    # cache (communique.cache) never makes: its objects are unpickled
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class RollingRules(_Strict):
    """The window of ``units[unit] * number`` days ending on publication ("the past week")."""

    leads: list[str]
    units: dict[str, int]
    numbers: dict[str, int]
    max_days: int = Field(gt=0)


class DateRules(_Strict):
    """The validated content of ``rules/dates.yaml`` (see the comments in that file)."""

    version: int
    months: dict[str, Annotated[int, Field(ge=1, le=12)]]
    weekdays: dict[str, Annotated[int, Field(ge=1, le=7)]]  # ISO: Monday 1 ... Sunday 7
    day_words: list[str]
    period_words: list[str]
    holidays: list[str]
    seasons: list[str]
    weekly_words: list[str] = []
    directions: list[str]
    modifiers: list[str]
    dropped_leading_words: list[str] = []
    #: words after which "in two years" is a span of time, not a date ("the first summit in 12 years")
    duration_cues: list[str] = []
    #: whole expressions that name no time ("in the days after the bombing")
    generic_periods: list[str] = []
    rolling: RollingRules


def load_date_rules(extra_dirs: Sequence[Path] = ()) -> DateRules:
    """The packaged ``rules/dates.yaml`` with each ``<dir>/rules/dates.yaml`` of ``extra_dirs`` merged in.

    Merge (:func:`communique.data.load_rule_file`): a user list (``holidays``, ``modifiers``...)
    adds its words to the packaged ones; a user mapping (``months``, ``weekdays``,
    ``rolling.units``...) adds names or overrides the packaged value of the same name; a single
    value (``rolling.max_days``) replaces the packaged one. Raises :class:`DataFileError` (E202)
    listing every problem with file, entry and field (``.../rules/dates.yaml: months.Brumaire:
    Input should be less than or equal to 12``).
    """
    return load_rule_file(RULES_FILE, DateRules, extra_dirs, code="E202")


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace.

    No words give a pattern that never matches (an empty alternation would match everywhere).
    """
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    if not ordered:
        return "(?!)"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _with_upper(names: Sequence[str] | dict[str, int]) -> list[str]:
    """Names as written and in capitals ("May", "MAY"): datelines are often upper-case."""
    return [*names, *(n.upper() for n in names)]


def _utc_zoneinfo() -> str:
    """A zoneinfo directory holding only the system's UTC file, in the cache directory.

    Duckling reads every file of the directory it is given (60 ms for the system's ~600 zones)
    and is only ever asked for UTC (the reference time; zone names in the text are its own rules).
    The system's directory when that one cannot be made (no UTC file, no cache, read-only disk).
    """
    where = cache_dir()
    try:
        utc = (Path(_ZONEINFO) / "UTC").read_bytes()
    except OSError:
        return _ZONEINFO
    if where is None:
        return _ZONEINFO
    target = where / f"zoneinfo-{hashlib.sha256(utc).hexdigest()[:16]}"
    if (target / "UTC").is_file():
        return str(target)
    try:
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=target, prefix=".UTC-", delete=False) as tmp:
            tmp.write(utc)
        os.replace(tmp.name, target / "UTC")
    except OSError:
        return _ZONEINFO
    return str(target)


# --------------------------------------------------------------------------- windows


@dataclass(frozen=True)
class _Window:
    """The days [lo, hi] an expression covers."""

    lo: dt.date
    hi: dt.date


def _add_years(day: dt.date, years: int) -> dt.date:
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _shift(window: _Window, cycle: Literal["weekly", "yearly"], steps: int) -> _Window:
    if cycle == "weekly":
        delta = dt.timedelta(days=7 * steps)
        return _Window(window.lo + delta, window.hi + delta)
    lo = _add_years(window.lo, steps)
    hi = _add_years(window.hi, steps)
    if window.lo.day == 1 and window.hi.day == calendar.monthrange(window.hi.year, window.hi.month)[1]:
        hi = hi.replace(day=calendar.monthrange(hi.year, hi.month)[1])  # whole months stay whole
    return _Window(lo, hi)


def _grain_window(day: dt.date, grain: str) -> _Window:
    if grain == "year":
        return _Window(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    if grain == "quarter":
        last_month = day.month + 2
        return _Window(day, dt.date(day.year, last_month, calendar.monthrange(day.year, last_month)[1]))
    if grain == "month":
        return _Window(day, day.replace(day=calendar.monthrange(day.year, day.month)[1]))
    if grain == "week":
        return _Window(day, day + dt.timedelta(days=6))
    return _Window(day, day)


def _window_value(window: _Window, max_days: int) -> tuple[str | None, Precision | None]:
    """The most precise value true of every day in the window.

    A short window across a year end (a week of 28 December - 3 January) takes the year of
    its middle day, as ISO 8601 gives a week the year of its Thursday.
    """
    lo, hi = window.lo, window.hi
    if lo == hi:
        return lo.isoformat(), "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo:%Y-%m}", "month"
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year"
    if (hi - lo).days < max_days:
        middle = lo + (hi - lo) / 2
        return f"{middle.year:04d}", "year"
    return None, None


def _truncate(value: str, precision: Precision) -> str:
    return value[: {"day": 10, "month": 7, "year": 4}[precision]]


def _value_window(value: dict[str, Any]) -> tuple[_Window, str, str] | None:
    """A Duckling time value as (days covered, grain, "interval"/"from"/""); None for a deadline.

    Duckling's interval ends are exclusive ("between 2010 and 2015" ends 2016-01-01).
    """
    if value.get("type") != "interval":
        grain = str(value["grain"])
        return _grain_window(dt.date.fromisoformat(value["value"][:10]), grain), grain, ""
    frm, to = value.get("from"), value.get("to")
    if frm is None or frm["grain"] == "second":
        return None
    grain = str(frm["grain"])
    window = _grain_window(dt.date.fromisoformat(frm["value"][:10]), grain)
    if to is None:
        return window, grain, "from"
    last = dt.datetime.fromisoformat(to["value"]) - dt.timedelta(microseconds=1)
    return _Window(window.lo, max(window.lo, last.date())), grain, "interval"


def _place(
    window: _Window, cycle: Literal["weekly", "yearly"], published: dt.date, future: bool
) -> tuple[_Window, str]:
    """Move a recurring window to the latest occurrence on/before (or first on/after) publication.

    Weeks are exact arithmetic. For years, Duckling answers with an occurrence near the
    reference time (at most the four years to the next 29 February), so a few steps either way
    cover every case; a day that does not exist in a year (29 February 2021) is not an occurrence.
    """
    if cycle == "weekly":  # exact: weeks have no exceptions
        weeks = (published - window.hi).days if future else (published - window.lo).days
        candidates = [_shift(window, cycle, -(-weeks // 7) if future else weeks // 7)]
    else:
        candidates = [_shift(window, cycle, k) for k in range(-_MAX_STEPS, _MAX_STEPS + 1)]
    if cycle == "yearly" and window.lo == window.hi:
        candidates = [w for w in candidates if w.lo.day == window.lo.day]
    if future:
        best = min((w for w in candidates if w.hi >= published), key=lambda w: w.lo, default=window)
    else:
        best = max((w for w in candidates if w.lo <= published), key=lambda w: w.lo, default=window)
    if best == window:
        return window, ""
    return best, "moved-forward" if best.lo > window.lo else "moved-back"


# --------------------------------------------------------------------------- resolver


class DateResolver:
    """Finds point-in-time date expressions in sentences and resolves them (see module doc).

    >>> r = DateResolver()
    >>> [(m.text, m.value) for m in r.find("They met on Monday.", dt.date(2020, 12, 29))]
    [('Monday', '2020-12-28')]
    """

    def __init__(self, extra_dirs: Sequence[Path] = ()) -> None:
        self.rules = rules = load_date_rules(extra_dirs)
        ci_words = [*rules.day_words, *rules.period_words, *rules.holidays, *rules.seasons]
        ci_words += rules.weekly_words
        # Month and weekday names case-sensitively (Capitalised or UPPER): not the verb "may".
        months, weekdays = _with_upper(rules.months), _with_upper(rules.weekdays)
        names = months + weekdays
        year = r"\b(?:1[6-9]|20)\d\d\b"
        numeric = r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
        # The prefilter and the test that a Duckling answer names a date are the same pattern.
        self._anchor = re.compile(
            rf"\b(?:{_alternation(names)})\b|(?i:\b(?:{_alternation(ci_words)})\b)|{year}|{numeric}"
        )
        self._year = re.compile(year)
        self._explicit_year = re.compile(rf"{year}|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|'\d\d\b")
        self._weekly = re.compile(
            rf"\b(?:{_alternation(weekdays)})\b"
            rf"|(?i:\b(?:{_alternation(rules.weekly_words)})\b)"
        )
        self._months = re.compile(rf"\b(?:{_alternation(months)})\b")
        self._yearly = re.compile(rf"(?i:\b(?:{_alternation([*rules.holidays, *rules.seasons])})\b)")
        self._season = re.compile(rf"(?i:\b(?:{_alternation(rules.seasons)})\b)")
        self._direction = re.compile(rf"(?i:\b(?:{_alternation(rules.directions)})\b)")
        self._day_fixing = re.compile(
            rf"(?i:\b(?:{_alternation(rules.day_words)})\b)|{numeric}|"
            rf"(?i:\b(?:{_alternation(rules.holidays)})\b)"
        )
        # "march on Sunday": a lower-case month word is the verb, not part of the date.
        self._verb_month = re.compile(rf"(?:{_alternation([m.lower() for m in rules.months])})\s+")
        self._digits = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
        self._modifiers = re.compile(rf"(?i:(?:\b(?:{_alternation(rules.modifiers)})[\s-]+)+)$")
        self._dropped = (
            re.compile(rf"(?i:(?:{_alternation(rules.dropped_leading_words)})\s+)")
            if rules.dropped_leading_words
            else None
        )
        # "the first summit in 12 years", "its worst drought in a decade": a span, not a date
        self._generic = frozenset(" ".join(w.lower().split()) for w in rules.generic_periods)
        self._span = re.compile(rf"(?i:^in\s+(?:a|an|one|\d+|[a-z]+)\s+(?:{_alternation(rules.period_words)})$)")
        self._span_cue = (
            re.compile(rf"(?i:\b(?:{_alternation(rules.duration_cues)})\b)") if rules.duration_cues else None
        )
        roll = rules.rolling
        number = rf"\d{{1,2}}|{_alternation(list(roll.numbers))}"
        self._rolling = re.compile(
            rf"(?i:\bthe\s+(?:{_alternation(roll.leads)})\s+(?:(?P<n>{number})\s+)?"
            rf"(?P<unit>{_alternation(list(roll.units))})\b)"
        )
        # Duckling objects are built once; contexts once per reference day.
        self._tz = duckling.load_time_zones(_utc_zoneinfo())
        self._locale = duckling.default_locale_lang(duckling.parse_lang("EN"))
        self._dims = duckling.parse_dimensions(["time"])
        self._contexts: dict[dt.date, Any] = {}

    # -- public -------------------------------------------------------------------------

    def find(self, text: str, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
        """All point-in-time date expressions in ``text`` (a sentence), resolved.

        Relative expressions resolve against ``published`` (None without it); a date without a
        year is the latest occurrence on or before ``published``, or with ``future=True`` the
        first on or after it. Returns mentions in text order, none overlapping.
        """
        if not self._anchor.search(text):
            return []
        mentions = list(self._find_rolling(text, published))
        taken = [(m.start, m.end) for m in mentions]
        hits = self._parse_windows(text, self._context(published or _FALLBACK_REF))
        for hit in sorted(hits, key=lambda h: (h["start"], h["start"] - h["end"])):
            start, end = int(hit["start"]), int(hit["end"])
            if any(start < e and s < end for s, e in taken):
                continue
            mention = self._from_duckling(text, hit, published, future)
            if mention is not None:
                mentions.append(mention)
                taken.append((start, end))
        mentions += self._modified_years(text, taken)
        return sorted(mentions, key=lambda m: m.start)

    def _modified_years(self, text: str, taken: list[tuple[int, int]]) -> list[DateMention]:
        """Years right after a modifier that Duckling left unread ("in early 2024", "mid-2023",
        "the first half of 2022": it answers nothing for the whole phrase), at the year's precision."""
        out = []
        for m in self._year.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if self._modifiers.search(text, max(0, m.start() - 40), m.start()) is not None:
                out.append(self._mention(text, m.start(), m.end(), m.group(), "rule:year after a modifier"))
        return out

    def resolve(self, phrase: str, published: dt.date | None, *, future: bool = False) -> str | None:
        """One phrase -> its value (the longest date expression found in it), or None."""
        mentions = self.find(phrase, published, future=future)
        if not mentions:
            return None
        return max(mentions, key=lambda m: m.end - m.start).value

    # -- internals ----------------------------------------------------------------------

    def _context(self, day: dt.date) -> Any:
        ctx = self._contexts.get(day)
        if ctx is None:
            if len(self._contexts) >= _MAX_CONTEXTS:
                self._contexts.clear()
            noon = dt.datetime(day.year, day.month, day.day, _REF_HOUR, tzinfo=dt.UTC)
            ref = duckling.parse_ref_time(self._tz, "UTC", int(noon.timestamp()))
            ctx = self._contexts[day] = duckling.Context(ref, self._locale)
        return ctx

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """The stretches of ``text`` Duckling reads: ``_WINDOW`` characters either side of each date
        word, widened to whole words, overlapping ones merged."""
        spans: list[tuple[int, int]] = []
        for m in self._anchor.finditer(text):
            lo, hi = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
            while hi < len(text) and not text[hi].isspace():
                hi += 1
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
            else:
                spans.append((lo, hi))
        return spans

    def _parse_windows(self, text: str, context: Any) -> list[dict[str, Any]]:
        """Duckling's answers on the windows around the date words, offsets into ``text``.

        Duckling's time grows with the length of what it reads (about 7 µs a character, 0.15 ms
        a call); a date expression spans a few words around its date word, so its answer is the
        same on the window as on the whole sentence (``tests/resolve/test_dates.py`` checks this
        on the paragraphs of the demo, seed and dev articles) at about half the cost on news.
        """
        hits: list[dict[str, Any]] = []
        for lo, hi in self._windows(text):
            for hit in duckling.parse(text[lo:hi], context, self._dims, False):
                hits.append({**hit, "start": int(hit["start"]) + lo, "end": int(hit["end"]) + lo})
        return hits

    def _find_rolling(self, text: str, published: dt.date | None) -> list[DateMention]:
        roll = self.rules.rolling
        out = []
        for m in self._rolling.finditer(text):
            unit = m["unit"].lower()
            n_text = (m["n"] or "").lower()
            n = int(n_text) if n_text.isdigit() else roll.numbers.get(n_text, 1)
            days = n * roll.units[unit]
            reason = f"rule:rolling {days} days to publication"
            value: str | None = None
            if unit.endswith("s") and not n_text:
                reason = "rule:rolling window without a length"
            elif days > roll.max_days:
                continue  # "the past 12 weeks" is a duration
            elif published is None:
                reason += "; no publication date"
            else:
                window = _Window(published - dt.timedelta(days=days - 1), published)
                value, precision = _window_value(window, roll.max_days)
                reason += f" -> {precision}"
            out.append(DateMention(m.start(), m.end(), m.group(), value, reason))
        return out

    def _from_duckling(
        self, text: str, hit: dict[str, Any], published: dt.date | None, future: bool
    ) -> DateMention | None:
        start, end = int(hit["start"]), int(hit["end"])
        body = text[start:end]
        value = hit["value"]
        holiday = "holidayBeta" in value
        if not holiday and not self._anchor.search(body):
            return None  # a clock time, "the day", "now": no date word
        if self._bare_season(body) or " ".join(body.lower().split()) in self._generic:
            return None  # "prices fall", "a spring offensive"; "in the days after the bombing": no date
        if self._span_cue is not None and self._span.match(body) and self._span_cue.search(text[:start]):
            return None  # "the first summit in 12 years": how long since, not when
        parsed = _value_window(value)
        if parsed is None:
            # "until March", "by Friday" (Duckling starts these at the reference instant)
            return self._mention(text, start, end, None, "duckling:time deadline, no start")
        window, grain, kind = parsed
        reasons = ["duckling:time", *([kind] if kind else []), f"grain={grain}"]

        if not self._explicit_year.search(body):
            if published is None:
                reasons.append("relative; no publication date")
                return self._mention(text, start, end, None, " ".join(reasons))
            cycle = self._cycle(body, holiday)
            moved = ""
            if cycle == "holiday":
                window, moved = self._place_holiday(body, window, published, future)
            elif cycle is not None:
                window, moved = _place(window, cycle, published, future)
            if moved:
                reasons.append(moved)

        result, precision = _window_value(window, self.rules.rolling.max_days)
        if result is not None and precision == "day" and grain in _SUB_DAY:
            cap = self._body_precision(body)
            if cap is None:
                return None  # a clock time that Duckling placed on the reference day
            if cap != "day":
                result, precision = _truncate(result, cap), cap
        if result is None:
            reasons.append("no single point")
        elif grain not in ("day", "month", "year") or precision != grain:
            reasons.append(f"-> {precision}")
        return self._mention(text, start, end, result, " ".join(reasons))

    def _place_holiday(
        self, body: str, window: _Window, published: dt.date, future: bool
    ) -> tuple[_Window, str]:
        """A movable feast (Easter, Eid) differs from year to year: ask Duckling again from
        400 days before publication and take the occurrence on the right side of it."""
        candidates = []
        for hit in duckling.parse(body, self._context(published - _HOLIDAY_LOOKBACK), self._dims, False):
            for value in hit["value"].get("values", []):
                parsed = _value_window(value)
                if parsed is not None:
                    candidates.append(parsed[0])
        if future:
            after = [w for w in candidates if w.hi >= published]
            best = min(after, key=lambda w: w.lo, default=None)
        else:
            before = [w for w in candidates if w.lo <= published]
            best = max(before, key=lambda w: w.lo, default=None)
        if best is None or best == window:
            return window, ""
        return best, "moved-forward" if best.lo > window.lo else "moved-back"

    def _bare_season(self, body: str) -> bool:
        """A season with no year or direction ("fall", "in the spring"): too often not a date."""
        if not self._season.search(body):
            return False
        if self._direction.search(body) or self._explicit_year.search(body):
            return False
        return not self._anchor.search(self._season.sub(" ", body))

    def _cycle(self, body: str, holiday: bool) -> Literal["weekly", "yearly", "holiday"] | None:
        """How a year-less expression recurs, or None if its words pick the occurrence."""
        if self._direction.search(body):
            return None
        if holiday:
            return "holiday"
        if self._weekly.search(body) and not self._months.search(body):
            return "weekly"
        if self._months.search(body) or self._yearly.search(body):
            return "yearly"
        return None

    def _body_precision(self, body: str) -> Precision | None:
        """What the words of a sub-day answer fix: "9 a.m. on Friday" a day, "9 a.m." nothing."""
        if self._day_fixing.search(body) or self._weekly.search(body):
            return "day"
        if self._months.search(body):
            return "day" if self._digits.search(self._months.sub(" ", body)) else "month"
        if self._explicit_year.search(body):
            return "year"
        return None

    def _mention(self, text: str, start: int, end: int, value: str | None, reason: str) -> DateMention:
        """The mention with its modifiers ("early", "at the end of"), without "on"/"in" or a ","."""
        while end > start and text[end - 1] in ",;: \t\n":
            end -= 1
        verb = self._verb_month.match(text, start, end)
        if verb is not None and verb.end() < end:
            start = verb.end()
        before = self._modifiers.search(text, max(0, start - 40), start)
        if before is not None:
            start = before.start()
        elif self._dropped is not None:
            lead = self._dropped.match(text, start, end)
            if lead is not None and lead.end() < end:
                start = lead.end()
        return DateMention(start, end, text[start:end], value, reason)
