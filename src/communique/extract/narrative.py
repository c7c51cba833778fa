"""Narrative time: the day an article's news happened, for acts it tells in the past without a date.

A wire story published on Wednesday often reports Tuesday's news: its lead says "on Tuesday" and
the later paragraphs tell more of that day ("Araghchi told state television that ...") without
repeating the date. Such an act did not happen on the publication day; it happened on the news
day. The news day is the first full date of the lead (the article's first characters, by
``DiscourseRules.news_day_lead_chars``) that lies a few days before publication
(``news_day_max_days``); only acts told in a past tense take it, and only when nothing else dated
them (their date source is still ``publication``). Acts told in the present stay on the
publication day.

An act told in the past perfect ("Cambodia had taken the dispute to the council") happened before
the time the story has reached, on no day the text gives: it takes the month of that time (the last
month or day told before it in its paragraph, else the publication's month), the precision the text
supports (:func:`date_earlier_acts`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Token

from communique.extract.events import EARLIER_ACT, Candidate
from communique.extract.rules import DiscourseRules
from communique.nlp import dateline_spans
from communique.nlp.mentions import DateMention

__all__ = ["date_by_news_day", "date_earlier_acts", "news_day", "told_in_past"]

PRESENT_TAGS = ("VBZ", "VBP", "MD")


def news_day(dates: Sequence[DateMention], published: dt.date | None, rules: DiscourseRules,
             text: str = "") -> DateMention | None:
    """The lead's day, when it is a few days before publication: the first full date of the
    article's first characters (a wire dateline's date, the day of filing, is not the lead's)."""
    if published is None:
        return None
    skip = dateline_spans(text)
    for m in sorted(dates, key=lambda d: d.start):
        if m.start >= rules.news_day_lead_chars:
            break
        if not m.value or len(m.value) != 10 or any(a <= m.start < b for a, b in skip):
            continue
        try:
            day = dt.date.fromisoformat(m.value)
        except ValueError:
            continue
        return m if 0 < (published - day).days <= rules.news_day_max_days else None
    return None


def told_in_past(tok: Token, limit: int = 4) -> bool:
    """Whether the clause telling ``tok`` is in a past tense: the nearest verb above it (or the
    word itself) is a simple past or has a past auxiliary ("held", "had held", "was killed",
    the reported "would defend"); a present or another modal on the way makes it present."""
    t = tok
    for _ in range(limit):
        if t.pos_ in ("VERB", "AUX"):
            auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            if t.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ == "would" for a in auxes):
                return True  # ("would": the reported "will" of what was said, "it would defend itself")
            if t.tag_ in PRESENT_TAGS or any(a.tag_ in PRESENT_TAGS for a in auxes):
                return False
        if t.head.i == t.i:
            break
        t = t.head
    return False


def date_by_news_day(cands: list[Candidate], dates: Sequence[DateMention], published: dt.date | None,
                     rules: DiscourseRules, text: str = "") -> None:
    """Acts told in the past (or announced in the past: "said it would") and dated only by
    publication take the article's news day."""
    day = news_day(dates, published, rules, text)
    if day is None:
        return
    for c in cands:
        if c.date_source != "publication" or c.modality not in ("asserted", "negated", "future"):
            continue
        if not told_in_past(c.trigger):
            continue
        c.date, c.date_text, c.date_mention, c.date_from_text = day.value, day.text, day, True
        c.date_source, c.date_reason = "discourse", f"the news day of the article's lead ('{day.text}')"
        c.reason += "; the article's news day"


def date_earlier_acts(cands: list[Candidate], dates: Sequence[DateMention], published: dt.date | None,
                      text: str) -> None:
    """Acts told as done before the story's time with no date of their own (the past perfect: no
    day was given them, :meth:`ArticleExtractor._when`) take the month the story had reached: the
    month of the last month or day told before them in their paragraph, else of publication."""
    if published is None:
        return
    for c in cands:
        if c.date is not None or c.date_source is not None or c.modality != "asserted":
            continue
        start = c.sentence.start_char
        para = text.rfind("\n", 0, start)
        told = [m for m in dates if para < m.start < start and m.value and len(m.value) >= 7
                and m.value[:7] <= published.isoformat()[:7]]
        month = told[-1].value[:7] if told and told[-1].value else published.isoformat()[:7]
        c.date, c.date_text, c.date_from_text = month, None, False
        c.date_source = "discourse" if told else "publication"
        c.date_reason = EARLIER_ACT
        c.reason += "; an earlier act: the story's month"
