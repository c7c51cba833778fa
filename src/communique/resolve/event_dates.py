"""When an event happened: the date expressions of each sentence (told, or pointed back to), and
which of them belongs to an act.

:class:`EventDates` is built once (:mod:`communique.extraction`) from a date resolver and the
discourse words of ``rules/discourse.yaml``, and handed to the extract stage, which reads it
through its ``EventDates`` protocol (:mod:`communique.extract.resources`): the ``dates``
component reads every sentence's dates with :meth:`EventDates.read`, and each candidate event
takes the date of its own clause with :meth:`EventDates.anchor_verbs` and :meth:`EventDates.pick`.
Nothing of one article is kept on the object: the memory of the last date told lives in one call.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from communique.nlp import MONTH_NAMES, absolute_with, participle_clause, reporters_participle, span_text, text_of
from communique.nlp.mentions import DateMention

__all__ = ["MONTHS", "MONTH_NAMES", "DateExpressions", "EventDates", "Offsets", "date_owner"]

MONTHS = {m[:3]: i for i, m in enumerate(MONTH_NAMES, 1)}

#: the date expressions of one sentence, each with the token its words hang on (None when unaligned)
SentenceDates = list[tuple[DateMention, Token | None]]


class DateExpressions(Protocol):
    """Date expressions resolved against the publication date (:class:`communique.resolve.dates.DateResolver`)."""

    def find(self, text: str, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
        """Every date expression of ``text``."""
        ...

    def resolve(self, phrase: str, published: dt.date | None, *, future: bool = False) -> str | None:
        """The value of one date expression."""
        ...


#: how near publication a day must be to belong to the article's own story (not its background)
STORY_DAYS = 14


@dataclass
class _DateMemory:
    """The last day and year the text gave, for "the same day" and "that April"; where the last day
    was told, and the last day of the article's own story (near publication)."""

    last_day: dt.date | None = None
    last_year: int | None = None
    last_day_at: int = -1
    story_day: dt.date | None = None
    #: the last month told as such ("in January 2024") and where: "three months later" counts from it
    last_month: str | None = None
    last_month_at: int = -1

    def note_day(self, day: dt.date, at: int, published: dt.date | None, *, aside: bool = False) -> None:
        """A day the text told at ``at``; ``aside``: told in a clause on a noun ("the accord signed
        on June 6"), which "the same day" may point to but the story has not reached."""
        self.last_day, self.last_day_at = day, at
        if published is not None and 0 <= (published - day).days <= STORY_DAYS and not aside:
            self.story_day = day  # (a day after publication is a plan, "due over the coming days": not reached)

    def month_since_day(self, sent: Span) -> str | None:
        """The month told after the last day, before ``sent`` ("last October, when ...": a day
        pointed at from there, "hours later", is in that month, not on the last day told)."""
        if self.last_month is not None and self.last_month_at > self.last_day_at \
                and self.last_month_at < sent.start_char:
            return self.last_month
        return None

    def base(self, sent: Span) -> dt.date | None:
        """The day "a day earlier", "the next day" count from when the sentence gives none: the last
        day told in its paragraph, else the last day of the article's story (a day of background
        history told in an earlier paragraph is not the narrative's), else the last day told."""
        text = text_of(sent.doc)
        if self.last_day is not None and "\n" not in text[max(self.last_day_at, 0):sent.start_char]:
            return self.last_day
        return self.story_day or self.last_day


@dataclass(frozen=True)
class Offsets:
    """Spans of time that date one act against another ("three days after the two states signed"):
    the unit words with their grain, the number words, and each relation word's direction (-1: the
    act of the clause it opens came first)."""

    units: Mapping[str, str]
    numbers: Mapping[str, int]
    relations: Mapping[str, int]
    #: words after a span of time that count it from the last day told ("a week later": +1)
    pointing: Mapping[str, int] = dataclasses.field(default_factory=dict)
    #: words that, after "the", count a unit from the date the story has reached ("the following week")
    following: Collection[str] = ()


_NO_OFFSETS = Offsets({}, {}, {})


def _moved(base: dt.date, steps: int, grain: str) -> str:
    """``base`` moved by ``steps`` units of ``grain``, at that grain's precision."""
    if grain in ("day", "week"):
        return (base + dt.timedelta(days=steps * (7 if grain == "week" else 1))).isoformat()
    if grain == "month":
        months = base.year * 12 + base.month - 1 + steps
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{base.year + steps:04d}"


def _span_pattern(offsets: Offsets, directions: Mapping[str, int]) -> re.Pattern[str] | None:
    """A span of time followed by one of ``directions``: "three days after", "a week later"."""
    if not (offsets.units and offsets.numbers and directions):
        return None
    return re.compile(
        rf"\b({'|'.join(re.escape(w) for w in offsets.numbers)}|\d{{1,2}})\s+"
        rf"({'|'.join(re.escape(w) for w in offsets.units)})\s+"
        rf"({'|'.join(re.escape(w) for w in directions)})\b", re.IGNORECASE)


def _moved_by(base: dt.date, hit: re.Match[str], offsets: Offsets, directions: Mapping[str, int]) -> str:
    """``base`` moved by the span of time a :func:`_span_pattern` match tells."""
    n_text = hit.group(1).lower()
    n = int(n_text) if n_text.isdigit() else offsets.numbers[n_text]
    return _moved(base, n * directions[hit.group(3).lower()], offsets.units[hit.group(2).lower()])


def _day_before(resolved: list[DateMention], at: int, memory: _DateMemory, sent: Span, *,
                forward: bool = False) -> dt.date | None:
    """The day a pointing expression at ``at`` counts from: the last full date of its sentence told
    before it, else the memory's (:meth:`_DateMemory.base`); counting forward ("two days later") or
    pointing at the same day ("the same day", "that day"), the last day told, even in the paragraph
    before: the narrative goes on from it, and "the same" day is the one just named."""
    days = [m.value for m in resolved if m.value and len(m.value) == 10 and m.end <= at]
    if days:
        return dt.date.fromisoformat(days[-1])
    return (memory.last_day or memory.base(sent)) if forward else memory.base(sent)


def _month_before(resolved: list[DateMention], at: int, memory: _DateMemory, sent: Span) -> dt.date | None:
    """The first day of the month a span of months or years counts from, when the last date told before
    ``at`` is a month ("in January 2024"), in the sentence or (none there) in the text before; else None."""
    told = [m.value for m in resolved if m.value and len(m.value) in (7, 10) and m.end <= at]
    value = told[-1] if told else memory.month_since_day(sent)
    if value is None:
        return None
    return dt.date(int(value[:4]), int(value[5:7]), 1) if len(value) == 7 else None


#: the reason of a date pointed to from the last day told ("the next day", "three days later")
_POINTED = "refers to the last date given"


def _counted_clause(sent: Span, hit: re.Match[str], clause: Token) -> tuple[range, Token]:
    """Where the clause a span of time counts from stands (characters in ``sent``), and the verb of
    the main clause: what stands before the span is the main clause's, however the parser hangs it
    ("In March, three months after Kenya expelled the envoy, Somalia ...": "expelled" a ccomp)."""
    inside = range(max(min(t.idx for t in clause.subtree) - sent.start_char, hit.start()),
                   max(t.idx + len(t) for t in clause.subtree) - sent.start_char)
    main = clause.head if clause.dep_ == "advcl" or (clause.dep_ == "ccomp" and clause.head.i > clause.i) else clause
    return inside, main


def _on_verb(sent: Span, m: DateMention, verb: Token) -> bool:
    """Whether a date expression hangs on ``verb`` itself ("expelled the envoy in June 2022")."""
    span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _since_clause(root: Token) -> bool:
    """Whether a date hangs in a clause or phrase opened by "since" ("since relations soured in October")."""
    for t in (root, *list(root.ancestors)[:5]):
        if t.dep_ in ("prep", "mark") and t.lower_ == "since":
            return True
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
            return True
    return False


def _days_told(resolved: list[DateMention], at: int) -> bool:
    """Whether the sentence told a full date before ``at``."""
    return any(m.value and len(m.value) == 10 and m.end <= at for m in resolved)


def _planned(tok: Token) -> bool:
    """Whether the clause of ``tok`` tells a plan: its verb has "will", "shall" or "'ll"."""
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo")
                                    for c in verb.children)


def _told_before(verb: Token) -> bool:
    """Whether the act of ``verb`` was told in an earlier sentence (a verb of the same lemma)."""
    lemma = verb.lemma_.lower()
    return any(t.pos_ == "VERB" and t.lemma_.lower() == lemma for t in verb.doc[:verb.sent.start])


class EventDates:
    """Reads the dates of a text's sentences and chooses the one of an act."""

    def __init__(self, dates: DateExpressions, *, anaphoric_dates: Mapping[str, int],
                 anaphoric_periods: Sequence[str], deadlines: Collection[str], bounds: Collection[str],
                 offsets: Offsets = _NO_OFFSETS) -> None:
        self.dates = dates
        self.offsets = offsets
        self._offset_re = _span_pattern(offsets, offsets.relations)
        #: the relation words' directions seen from the main clause ("a day after X": the main act one day later)
        self._from_main = {word: -step for word, step in offsets.relations.items()}
        self._later_re = _span_pattern(offsets, offsets.pointing)
        #: words that point back to the last day told, with their offset in days ("the next day": 1)
        self.anaphoric_dates = dict(anaphoric_dates)
        #: words before a date that make it a deadline ("by", "before the end of")
        self.deadlines = deadlines
        #: words before a date that bound an event without dating it ("since 2018")
        self.bounds = bounds
        words = sorted(self.anaphoric_dates, key=len, reverse=True)
        lead = "|".join(re.escape(w) for w in anaphoric_periods)
        self._period_re = re.compile(rf"\b({lead}) (year|month|{'|'.join(m.capitalize() for m in MONTH_NAMES)})\b")
        self._anaphoric_re = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
        self._following_re = re.compile(
            rf"\bthe\s+(?:{'|'.join(re.escape(w) for w in offsets.following)})\s+"
            rf"(?:(?:few|two|three|several|couple\s+of)\s+)?({'|'.join(re.escape(w) for w in offsets.units)})\b",
            re.IGNORECASE) if offsets.following and offsets.units else None

    def read(self, doc: Doc, published: dt.date | None, all_dates: list[DateMention]) -> dict[int, SentenceDates]:
        """The date expressions of every sentence of ``doc`` (keyed by its first token), resolved
        against publication and the dates told before them; each is appended to ``all_dates``."""
        memory = _DateMemory()
        return {sent.start: self._sentence(sent, published, memory, all_dates) for sent in doc.sents}

    def _pointed(self, sent: Span, memory: _DateMemory, resolved: list[DateMention]) -> list[DateMention]:
        """Dates the sentence gives by pointing back: "the same day", "that May"."""
        pointed: list[DateMention] = []
        for hit in self._anaphoric_re.finditer(span_text(sent)):
            # "on 7 March and on to Kigali the next day": the day told just before, in this sentence or earlier
            # ("the same day" opening a paragraph: the day the paragraph before ended on)
            offset = self.anaphoric_dates[hit.group(1).lower()]
            base = _day_before(resolved, hit.start(), memory, sent, forward=offset >= 0)
            month = memory.month_since_day(sent) if not _days_told(resolved, hit.start()) else None
            if base is None and month is None:
                continue
            # ("last October, when Peru expelled ... Bolivia followed hours later": in that month)
            value = month if month is not None else (base + dt.timedelta(days=offset)).isoformat() if base else ""
            pointed.append(DateMention(hit.start(1), hit.end(1), hit.group(1), value, _POINTED))
        for hit in self._later_re.finditer(span_text(sent)) if self._later_re is not None else ():
            # "talked on 3 March and again a week later": counted from the day told just before
            if any(p.start < hit.end() and hit.start() < p.end for p in pointed):
                continue
            forward = self.offsets.pointing.get(hit.group(0).rsplit(" ", 1)[-1].lower(), 0) > 0
            base = _day_before(resolved, hit.start(), memory, sent, forward=forward)
            if self.offsets.units[hit.group(2).lower()] in ("month", "year"):
                # "condemned the deal in January 2024 ... three months later": counted from the month told
                base = _month_before(resolved, hit.start(), memory, sent) or base
            if base is None:
                continue
            value = _moved_by(base, hit, self.offsets, self.offsets.pointing)
            pointed.append(DateMention(hit.start(), hit.end(), hit.group(0), value, _POINTED))
        pointed += self._following(sent, memory, resolved, pointed)
        for hit in self._period_re.finditer(span_text(sent)):
            # "reopened in October 2016, after the talks that May": the year told just before
            earlier = [m.value for m in resolved if m.value and m.end <= hit.start()]
            year = int(earlier[-1][:4]) if earlier else memory.last_year
            word = hit.group(2).lower()
            if word == "month":
                # "that same month": the month of the last date told
                month = next((v[:7] for v in reversed(earlier) if len(v) >= 7), None) or memory.month_since_day(sent) \
                    or (memory.last_day.isoformat()[:7] if memory.last_day is not None else None)
                if month is not None:
                    pointed.append(DateMention(hit.start(), hit.end(), hit.group(0), month,
                                               "refers to the last month given"))
                continue
            if year is None:
                continue
            value = str(year) if word == "year" else f"{year}-{MONTHS[word[:3]]:02d}"
            pointed.append(DateMention(hit.start(), hit.end(), hit.group(0), value, "refers to the last year given"))
        return pointed

    def _following(self, sent: Span, memory: _DateMemory, resolved: list[DateMention],
                   pointed: list[DateMention]) -> list[DateMention]:
        """ "the following week", "over the next few days", "the following year": counted from the date
        the story has reached (a unit on: the next one; several: the stretch from it, at the
        precision that covers them), not from publication; a plan ("will meet in the next few days")
        is left to the date parser."""
        out: list[DateMention] = []
        text = span_text(sent)
        for hit in self._following_re.finditer(text) if self._following_re is not None else ():
            if any(p.start < hit.end() and hit.start() < p.end for p in pointed):
                continue  # "the following day": a fixed phrase
            span = sent.doc.char_span(sent.start_char + hit.start(), sent.start_char + hit.end(),
                                      alignment_mode="expand")
            if span is None or _planned(span.root):
                continue
            unit = hit.group(1).lower()
            grain = self.offsets.units[unit]
            day = _day_before(resolved, hit.start(), memory, sent, forward=True)
            month = _month_before(resolved, hit.start(), memory, sent)
            base = month if month is not None and (day is None or grain in ("month", "year")) else day
            if base is None:
                continue
            several = unit.endswith("s")
            value = _moved(base, 0 if several else 1, grain)
            keep = {"day": 10, "week": 7, "month": 7, "year": 4}[grain] if not several else \
                {"day": 7, "week": 7, "month": 4, "year": 4}[grain]
            if month is not None and base == month and keep == 10:
                keep = 7  # a day after a month told: that month
            out.append(DateMention(hit.start(), hit.end(), hit.group(0), value[:keep], "refers to the story's time"))
        return out

    def _offset_dates(self, sent: Span, published: dt.date | None, memory: _DateMemory,
                      found: list[DateMention]) -> list[tuple[DateMention, Token]]:
        """Acts dated by a span of time against the act they are told with: "came three days after
        Chile and Peru agreed" (the agreement three days before the main clause's date: the
        sentence's other full date, else for a clause told in the past the last day the text
        gave, else the publication day); "before" the other way."""
        if self._offset_re is None:
            return []
        out: list[tuple[DateMention, Token]] = []
        for hit in self._offset_re.finditer(span_text(sent)):
            rel = sent.doc.char_span(sent.start_char + hit.start(3), sent.start_char + hit.end(3))
            if rel is not None and rel[0].dep_ == "prep":
                out += self._after_named_act(sent, hit, rel[0], memory, found)
                continue
            if rel is None or rel[0].dep_ != "mark" or rel[0].head.pos_ not in ("VERB", "AUX"):
                continue
            clause = rel[0].head
            inside, main = _counted_clause(sent, hit, clause)
            days = [m for m in found if m.value and len(m.value) == 10 and "refers to" not in m.reason
                    and not (hit.start() <= m.start < hit.end())]
            bases = [m for m in days if m.start not in inside]  # the main clause's
            own = [m for m in days if m.start in inside]  # the counted clause's
            if not days and main.i != clause.i:
                by_month = self._month_offsets(sent, hit, found, inside, main, clause)
                if by_month:
                    out += by_month
                    continue
            from_own = self._from_own_day(hit, own[0], main, rel[0], published) \
                if own and not bases and main.i != clause.i else []
            if from_own:
                out += from_own
                continue
            told = memory.base(sent) if main.tag_ == "VBD" else None  # "the clash came a day after": its day
            base = dt.date.fromisoformat(bases[0].value) if bases and bases[0].value else (told or published)
            if not bases and (month := self._main_month(hit, found, inside)) is not None:
                out.append((month, rel[0]))
                continue
            if base is None:
                continue
            if told is not None and not bases and main.i != clause.i and _told_before(clause):
                # "recalled its envoy a day after Kosovo declared independence", the declaration told
                # before: the last day told is the counted act's, and the main clause's the span after
                out.append((DateMention(hit.start(), hit.end(), hit.group(0),
                                        _moved_by(told, hit, self.offsets, self._from_main),
                                        f"refers to the day of the act told before, {hit.group(0)}"), main))
                out.append((DateMention(hit.start(), hit.end(), hit.group(0), told.isoformat(),
                                        "refers to the last day told, the act's"), rel[0]))
                continue
            value = _moved_by(base, hit, self.offsets, self.offsets.relations)
            origin = "the main clause's date" if bases else "the last day told" if told else "the publication date"
            out.append((DateMention(hit.start(), hit.end(), hit.group(0), value,
                                    f"refers to {origin}, {hit.group(0)}"), rel[0]))
            if told is not None and not bases and main.i != clause.i:
                # "the clash came a day after ...": the main clause is the last day told
                out.append((DateMention(hit.start(), hit.end(), hit.group(0), told.isoformat(),
                                        "refers to the last day told, the main clause's"), main))
        return out

    def _from_own_day(self, hit: re.Match[str], own: DateMention, main: Token, mark: Token,
                      published: dt.date | None) -> list[tuple[DateMention, Token]]:
        """ "recalled its envoy a day after Togo expelled two diplomats on Tuesday": the counted clause
        has its day; the main clause is dated from it, the other way (nothing when that falls after
        publication: the weekday was read as this week's)."""
        value = _moved_by(dt.date.fromisoformat(own.value or ""), hit, self.offsets, self._from_main)
        if published is not None and value > published.isoformat():
            return []
        return [(DateMention(hit.start(), hit.end(), hit.group(0), value,
                             f"refers to the date of the clause it is counted from, {hit.group(0)}"), main),
                (DateMention(hit.start(), hit.end(), hit.group(0), own.value,
                             f"refers to the clause's own date, {own.text}"), mark)]

    def _month_offsets(self, sent: Span, hit: re.Match[str], found: list[DateMention], inside: range, main: Token,
                       clause: Token) -> list[tuple[DateMention, Token]]:
        """A span of time between two acts of which a month is told: "two weeks after Kenya expelled the
        envoy in June 2022, Somalia closed the border" (the main clause from the month on the counted
        act's own verb), "In March, three months after Kenya expelled the envoy" (the counted act that
        many months before the main clause's). A span of days or weeks keeps the month; of months or
        years, moves it. A month after a bound ("since June") dates neither."""
        text = span_text(sent)
        months = [m for m in found if m.value and len(m.value) == 7 and "refers to" not in m.reason
                  and not (hit.start() <= m.start < hit.end())
                  and text[:m.start].rstrip().rsplit(" ", 1)[-1].lower() not in self.bounds]
        own = [m for m in months if m.start in inside and _on_verb(sent, m, clause)]
        mains = [m for m in months if m.start not in inside]
        grain = self.offsets.units[hit.group(2).lower()]
        if own and not mains:
            value = own[0].value or ""
            if grain in ("month", "year"):
                value = _moved_by(dt.date.fromisoformat(value + "-01"), hit, self.offsets, self._from_main)[:7]
            return [(DateMention(hit.start(), hit.end(), hit.group(0), value,
                                 f"refers to the month of the clause it is counted from, {hit.group(0)}"), main)]
        if mains and grain in ("month", "year"):
            value = _moved_by(dt.date.fromisoformat((mains[0].value or "") + "-01"), hit, self.offsets,
                              self.offsets.relations)[:7]
            return [(DateMention(hit.start(), hit.end(), hit.group(0), value,
                                 f"refers to the main clause's month, {hit.group(0)}"), clause)]
        return []

    def _main_month(self, hit: re.Match[str], found: list[DateMention], inside: range) -> DateMention | None:
        """ "closed the crossing in January, a week after guards fired on its soldiers": a span of days
        or weeks from a main clause dated by a month only dates the counted act in about that month."""
        months = [m for m in found if m.value and len(m.value) == 7 and m.start not in inside
                  and not (hit.start() <= m.start < hit.end())]
        if not months or self.offsets.units[hit.group(2).lower()] not in ("day", "week"):
            return None
        return DateMention(hit.start(), hit.end(), hit.group(0), months[0].value,
                           f"refers to the main clause's month, {hit.group(0)}")

    def _after_named_act(self, sent: Span, hit: re.Match[str], prep: Token, memory: _DateMemory,
                         found: list[DateMention]) -> list[tuple[DateMention, Token]]:
        """ "recalled its ambassador a day after the declaration": an act told in the past, a span of
        time from an act a definite noun names, is dated from the last day the text told (the day
        of the act just told, which the noun refers to), moved by the span; nothing when the
        sentence gives a day of its own or the noun is no reference back ("a day after a vote")."""
        verb = prep.head
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if verb.tag_ != "VBD" or noun is None or noun.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children):
            return []
        if any(m.value and len(m.value) == 10 and not (hit.start() <= m.start < hit.end()) for m in found):
            return []
        base = memory.last_day or memory.base(sent)
        if base is None:
            return []
        value = _moved_by(base, hit, self.offsets, self._from_main)
        return [(DateMention(hit.start(), hit.end(), hit.group(0), value,
                             f"refers to the last day told, {hit.group(0)} {noun.text}"), verb)]

    def _sentence(self, sent: Span, published: dt.date | None, memory: _DateMemory,
                  all_dates: list[DateMention]) -> SentenceDates:
        resolved = self.dates.find(span_text(sent), published)
        pointed = self._pointed(sent, memory, resolved)
        found = [m for m in resolved if not any(p.start < m.end and m.start < p.end for p in pointed)] + pointed
        offset = self._offset_dates(sent, published, memory, found)
        found = _outside_spans(found, [o for o, _ in offset], span_text(sent))
        out: SentenceDates = [(DateMention(sent.start_char + o.start, sent.start_char + o.end, o.text, o.value,
                                           o.reason), rel) for o, rel in offset]
        all_dates.extend(m for m, _ in out)
        for m in found:
            before = span_text(sent)[:m.start].rstrip().rsplit(" ", 1)[-1].lower()
            first = m.text.split(" ", 1)[0].lower()
            if first in self.deadlines and m.value is None and " " in m.text:
                # the resolver gives a deadline no value: "before the end of the year" -> its year
                inner = self.dates.resolve(m.text.split(" ", 1)[1], published, future=True)
                if inner:
                    m = DateMention(m.start, m.end, m.text, inner[:4], m.reason + "; deadline")
            elif before in self.deadlines and m.value:
                # "before the end of the year": a deadline tells the year, no more
                m = DateMention(m.start, m.end, m.text, m.value[:4], m.reason + "; deadline")
            elif (before in self.bounds or first in self.bounds) and not _told_when(sent, m.end):
                continue  # "since 2018", "after seven years" bound the event, they do not date it
            start = sent.start_char + m.start
            end = sent.start_char + m.end
            words_at = start + len(m.text.split(" ", 1)[0]) + 1 if first in self.bounds and " " in m.text else start
            span = sent.doc.char_span(words_at, end, alignment_mode="expand")
            if span is not None and _name_word(span):
                continue
            root = _before_complement(span.root) if span is not None and len(span) else None
            if root is not None and _since_clause(root) and not _told_when(sent, m.end):
                # "their first meeting since relations soured in October": the start of a stretch of
                # time, no time the story reaches (the clause's own act may still take it)
                out.append((DateMention(start, end, m.text, m.value, m.reason), root))
                continue
            aside = _in_aside(root)
            # (a day pointed to from the last one, "three days later", moves the story on: "the
            # following day" then counts from it)
            if m.value and len(m.value) == 10 and ("refers to" not in m.reason or m.reason == _POINTED):
                memory.note_day(dt.date.fromisoformat(m.value), start, published, aside=aside)
            if m.value and "refers to" not in m.reason:
                memory.last_year = int(m.value[:4])
            if m.value and len(m.value) == 7 and "refers to" not in m.reason:
                memory.last_month, memory.last_month_at = m.value, start
            # (a date on a noun's clause, "lifting a closure imposed in January", is no time the
            # paragraph's story has reached: marked so that a later sentence does not take it)
            all_dates.append(DateMention(start, end, m.text, m.value, m.reason, aside=aside))
            out.append((DateMention(start, end, m.text, m.value, m.reason), root))
        return sorted(out, key=lambda pair: pair[0].start)

    @staticmethod
    def paragraph_date_at(char: int, text: str, all_dates: list[DateMention]) -> DateMention | None:
        """The last date (a month or a day) an earlier sentence of the same paragraph gave, if any."""
        start = text.rfind("\n", 0, char)
        best = None
        for m in all_dates:
            if start < m.start < char and m.value and len(m.value) >= 7 and not m.aside:
                best = m
        return best

    @staticmethod
    def anchor_verbs(token: Token, verb_rule: bool) -> set[int]:
        """The tokens whose time and place are the act's: the trigger, the verb it is conjoined to
        or continues, the main verb of a "where"/"when" clause, and for an event noun
        (``verb_rule`` False) the participle that dates it and the verb it hangs from."""
        t = token
        anchors = {t.i}
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj" and verb_rule:
            # "signed decrees on 2 March recognising ...", "issued a statement condemning ...": the
            # document does what it says when it is issued
            anchors.add(t.head.head.i)
        if t.dep_ in ("conj", "advcl", "xcomp") and t.head.pos_ in ("VERB", "AUX") and verb_rule:
            # "held talks in Cairo and reached a deal", "on the 3rd flew to Y to see Z":
            # one time and place
            anchors.add(t.head.i)
            if t.dep_ in ("advcl", "xcomp") and t.head.dep_ == "conj" and t.head.head.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children):
                anchors.add(t.head.head.i)  # "In 2016 X recalled its envoy and sent Y's home, accusing ..."
            if t.dep_ == "xcomp" and t.head.dep_ == "advcl" and t.head.tag_ == "VBG" \
                    and t.head.head.pos_ in ("VERB", "AUX"):
                anchors.add(t.head.head.i)  # "imposed duties on Tuesday, prompting Beijing to warn ..."
        anchors |= _scene_setters(t, anchors, verb_rule)
        v = t
        if absolute_with(t):
            v = t.head  # "..., with Minsk blaming Vilnius": as "with ... accusing" hung as a clause
        for _ in range(2):
            if not (v.dep_ in ("pcomp", "pobj") and v.head.dep_ == "prep" and v.head.lower_ in ("by", "for", "with")
                    and verb_rule and v.head.head.pos_ in ("VERB", "AUX")):
                break
            # "retaliated on Friday by closing the consulate": the means shares the act's time;
            # "thanked Oslo on Monday for hosting": what is praised is as recent as the praise;
            # "..., with Minsk blaming Vilnius": the circumstance told with it too
            v = v.head.head
            anchors.add(v.i)
        told = _time_before_when(t)
        if told is not None:
            # "the worst since May 2009, when Lima recalled its envoy", "a thaw raised in April, when
            # ..." (the clause hung on the noun): the time the clause follows is the one it tells of
            anchors.add(told.i)
        elif t.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in t.children):
            # "met on June 9 at the old customs post, where they signed": the main verb's time
            head = t.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            anchors.add(head.i)
        if not verb_rule:
            # "the agreement signed ... on November 9": the participle dates the noun
            anchors.update(c.i for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")
            head = t.head
            steps = 0
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 3:
                head = head.head
                steps += 1
            anchors.add(head.i)
            if participle_clause(head):
                # "rejected it on Friday, calling it unlawful", "demanded on Monday that ..., calling
                # the move illegal": the participle is told with the verb it hangs on, or with the
                # verb reporting that verb's clause
                anchors.add((reporters_participle(head) or head.head).i)
        return anchors

    @staticmethod
    def pick(token: Token, anchors: set[int], dates: SentenceDates, others: set[int], *,
             unclaimed: bool = True) -> DateMention | None:
        """The date of the act at ``token``: the first date hanging on one of its ``anchors``;
        else (with ``unclaimed``) the sentence's one free date (claimed by no verb and none of the
        ``others``, the tokens of the sentence's other acts) when the act hangs from the clause that
        has it."""
        attached = []
        free = []  # dates hanging on no trigger of the sentence
        for m, root in dates:
            if root is None:
                continue
            owner = date_owner(root, anchors, others)
            if owner == "mine":
                attached.append(m)
            elif owner is None and m.value and not m.reason.endswith("deadline"):
                free.append(m)
        own = [m for m, root in dates
               if root is not None and m in attached and date_owner(root, {token.i}, set()) == "mine"]
        if own:
            return own[0]  # "arrested in 2009 ... and sentenced him in 2011": the verb's own date first
        if attached:
            return attached[0]
        if not unclaimed:
            return None
        if len(free) == 1 and token.dep_ in ("pcomp", "pobj", "advcl", "xcomp", "conj", "dobj"):
            # "retaliated on Friday by suspending the visit": the clause's one date, on a verb the
            # act hangs from
            return free[0]
        if len(free) == 1 and token.sent.root.pos_ not in ("VERB", "AUX"):
            # "On Sunday, hundreds of supporters, some waving flags, converged on ...": a parse with
            # no main verb hangs the date on a noun; the sentence's one date is its acts'
            return free[0]
        return None


def _scene_setters(t: Token, anchors: set[int], verb_rule: bool) -> set[int]:
    """The clauses that set the scene of the act at ``t`` (its ``anchors`` so far): a participle on
    its subject, a participle parsed as its subject, its "when" clause."""
    found: set[int] = set()
    if verb_rule:
        # "Leaders meeting in Abuja on Sunday gave ...", parsed with the participle as a clausal
        # subject: the scene it sets is the act's
        found.update(c.i for c in t.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                     and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children))
        # "The ministers, meeting in Brussels on Thursday, said ...": a participle on the subject
        # (a date of the act's own still comes first, ``pick``)
        found.update(c.i for v in (t, t.head) if v.i in anchors and v.pos_ in ("VERB", "AUX")
                     for s in v.children if s.dep_ in ("nsubj", "nsubjpass")
                     for c in s.children if c.dep_ == "acl" and c.tag_ == "VBG")
    # "will raise it with Scholz when they meet in May": the time of its "when" clause
    found.update(c.i for c in t.children if c.dep_ == "advcl" and any(
        g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in c.children))
    return found


def _outside_spans(found: list[DateMention], spans: list[DateMention], text: str) -> list[DateMention]:
    """The dates of ``found`` outside the spans of time (``spans``) of a sentence ``text``; one that
    runs on into a span keeps the words before it ("on Monday, six months after ...": the parser of
    dates may read "Monday, six months after the two" as one expression, dated Monday)."""
    kept = []
    for m in found:
        clash = [o.start for o in spans if o.start < m.end and m.start < o.end]
        if not clash:
            kept.append(m)
        elif m.start < min(clash):
            words = text[m.start:min(clash)].rstrip(" ,;")
            if words:
                kept.append(DateMention(m.start, m.start + len(words), words, m.value, m.reason))
    return kept


def _names_a_time(t: Token) -> bool:
    """Whether a word names a time a "when" clause can hang from: a month ("since May, when ...") or
    a year ("in 2009, when ..."), or a date entity where spaCy's entity recogniser ran."""
    return t.ent_type_ == "DATE" or t.lower_ in MONTH_NAMES or (t.like_num and len(t.text) == 4 and t.text.isdigit())


def _time_before_when(t: Token) -> Token | None:
    """The word naming a time that a relative "when" clause at ``t`` tells of: its head ("since May,
    when ...") or, with the clause hung on a noun before it, the time word just before ", when"."""
    if t.dep_ != "relcl":
        return None
    when = next((c for c in t.children if c.lower_ == "when" and c.i < t.i), None)
    if when is None:
        return None
    if _names_a_time(t.head):
        return t.head
    doc = t.doc
    if when.i >= 2 and doc[when.i - 1].text == "," and _names_a_time(doc[when.i - 2]) \
            and t.head.i < when.i - 2:
        return doc[when.i - 2]
    return None


def _in_aside(root: Token | None) -> bool:
    """Whether a date hangs in a clause on a noun ("the understanding their commanders reached on
    June 6"): a detail of a noun, not the time the narrative has reached."""
    return root is not None and any(t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN")
                                    for t in (root, *root.ancestors))


#: a month's name or abbreviation ("Jan", "Sept")
_MONTH_WORDS = frozenset({*MONTH_NAMES, *MONTHS, "sept"})


def _name_word(span: Span) -> bool:
    """Whether a one-word date is a name or a verb: "President Jan Novak", "Minister April de Vries", "Mr May
    said", "France lent Peru $1 billion" (not Lent)."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.pos_ in ("VERB", "AUX") and tok.text.islower():
        return True
    if tok.lower_.rstrip(".") not in _MONTH_WORDS:
        return False
    if tok.i > 0 and tok.nbor(-1).pos_ in ("ADP", "ADJ"):
        return False  # "on Monday Macron called", "in early May"
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        return True
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN"


def _told_when(sent: Span, end: int) -> bool:
    """Whether the date ending at ``end`` (a character of ``sent``) is followed by ", when": the
    clause then tells what happened on it ("the worst since May 2009, when ...")."""
    return re.match(r"\s*,\s*when\b", span_text(sent)[end:end + 12], re.IGNORECASE) is not None


def _before_complement(root: Token) -> Token:
    """Where a date hangs for the reader: "said on Thursday it would scrap the pact" is parsed with
    the date on "scrap", but a date told between a verb and the subject of its complement clause
    (with no "that" before it) is the verb's: the date is then taken as hanging on the verb."""
    prep = root.head if root.dep_ == "pobj" else root
    clause = prep.head
    fronted = _fronted_before_mark(prep, clause)
    if fronted is not None:
        return fronted
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or not clause.head.i < prep.i < clause.i:
        return root
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    marked = any(c.dep_ == "mark" and c.i < prep.i for c in clause.children)
    if subj is None or subj.i < prep.i or marked:
        return root
    return clause.head


def _fronted_before_mark(prep: Token, clause: Token) -> Token | None:
    """The main verb, when a date opening the sentence was hung on a subordinate clause that starts
    after it: "In June 2015, after a court rejected the claim, Chile expelled ..." dates the
    expulsion; the parser may hang "In June 2015" on "rejected"."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i or prep.i > clause.i:
        return None
    mark = next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i
                 and c.tag_ in ("IN", "WRB")), None)
    if mark is None or mark.i < prep.i or prep.i != prep.sent.start:
        return None
    between = prep.doc[max(t.i for t in prep.subtree) + 1:mark.i]
    return clause.head if any(t.text == "," for t in between) else None


def _past_aside(verb: Token, root: Token) -> bool:
    """Whether the date at ``root`` follows a comma that closes the non-restrictive relative clause
    of ``verb`` ("seized the town, which lies on the river, on 10 April"): the parser hangs it on the
    aside, the reader on the main verb."""
    doc = verb.doc
    first = min(t.i for t in verb.subtree)
    opened = first > 0 and doc[first - 1].text == "," and doc[first].tag_ in ("WDT", "WP", "WP$")
    return opened and root.i > verb.i and any(doc[k].text == "," for k in range(verb.i + 1, root.i))


def date_owner(root: Token, anchors: set[int], others: set[int]) -> str | None:
    """Whose date the expression at ``root`` is: "mine" (the trigger's verbs), "other" (another
    trigger's, or a verb of its own), None (no verb claims it before the clause's top)."""
    t = root
    for _ in range(6):
        if t.i in anchors:
            return "mine"
        if t.i in others:
            return "other"  # "regret over the sinking of a ferry in May 2014": the sinking's date
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and _past_aside(t, root):
            t = t.head
            continue
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "aux") and not _nominal(t):
            return "other" if t.dep_ != "ROOT" else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _nominal(t: Token) -> bool:
    """Whether a word tagged as a verb stands as a noun, with a determiner in an argument's place
    ("shut the Ortiz border post on 4 May"): a date on it is the governing verb's to claim."""
    return t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and any(
        c.dep_ in ("det", "poss") for c in t.children)
