"""A seeded synthetic news corpus with known incidents, to measure reprint and incident linking.

The generator first draws ground-truth incidents (who did what to whom, when and where, about
what), then writes short articles about them from sentence templates written for this module:

- **paraphrases**: several outlets report one incident in different words, on the day or up to
  five days later ("on Tuesday", "yesterday", "on 9 March");
- **reprints**: a wire copy under another outlet's name with a changed dateline and a word or
  two edited (the reprint detector should find them);
- **date-vague mentions**: background sentences about an earlier incident of the same dyad
  ("earlier this month", "last month", or no date at all but the place);
- **time-zone reports**: a report dated the day after the event that gives no date words, so the
  codebook gives it the publication date (one day off the truth);
- **same-dyad neighbours**: distinct incidents of the same pair and type one to three days apart.

Every article comes with its gold events (:class:`communique.model.Event` with evidence spans
into the text), and every gold event with the id of its incident in ``incident_of`` (the events
themselves carry no gold label: their ``reason`` is ``"synthetic gold"``)::

    >>> corpus = generate(seed=7)
    >>> len(corpus.articles) >= 200, corpus.incident_of[corpus.events[0].id].startswith("gi-")
    (True, True)

The sentences are invented; the people are real office-holders of early 2021 and the places real.

This is a tool for benchmarks and evaluation, not part of the ``communique`` package. Scripts and
tests import it with the ``benchmarks`` folder on ``sys.path``::

    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic import generate, pairwise_prf
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from communique.model import ActorRef, Article, Event, Place, Span

__all__ = ["GoldIncident", "SyntheticCorpus", "generate", "pairwise_prf", "write_corpus"]


@dataclass(frozen=True)
class _Country:
    code: str
    name: str
    demonym: str
    capital: str
    person: str
    short: str
    office: str


_COUNTRIES: dict[str, _Country] = {c.code: c for c in (
    _Country("RUS", "Russia", "Russian", "Moscow", "Sergey Lavrov", "Lavrov", "Foreign Minister"),
    _Country("TUR", "Turkey", "Turkish", "Ankara", "Mevlut Cavusoglu", "Cavusoglu", "Foreign Minister"),
    _Country("USA", "the United States", "U.S.", "Washington", "Antony Blinken", "Blinken", "Secretary of State"),
    _Country("CHN", "China", "Chinese", "Beijing", "Wang Yi", "Wang", "Foreign Minister"),
    _Country("IND", "India", "Indian", "New Delhi", "Subrahmanyam Jaishankar", "Jaishankar",
             "External Affairs Minister"),
    _Country("PAK", "Pakistan", "Pakistani", "Islamabad", "Shah Mahmood Qureshi", "Qureshi", "Foreign Minister"),
    _Country("FRA", "France", "French", "Paris", "Jean-Yves Le Drian", "Le Drian", "Foreign Minister"),
    _Country("DEU", "Germany", "German", "Berlin", "Heiko Maas", "Maas", "Foreign Minister"),
    _Country("UKR", "Ukraine", "Ukrainian", "Kyiv", "Dmytro Kuleba", "Kuleba", "Foreign Minister"),
    _Country("JPN", "Japan", "Japanese", "Tokyo", "Toshimitsu Motegi", "Motegi", "Foreign Minister"),
    _Country("GBR", "Britain", "British", "London", "Dominic Raab", "Raab", "Foreign Secretary"),
    _Country("IRN", "Iran", "Iranian", "Tehran", "Mohammad Javad Zarif", "Zarif", "Foreign Minister"),
)}

# (name, country, lat, lon) -- real places, rounded coordinates
_PLACES: dict[str, tuple[str, float, float]] = {
    "Sochi": ("RUS", 43.60, 39.73), "Moscow": ("RUS", 55.76, 37.62), "Ankara": ("TUR", 39.93, 32.86),
    "Antalya": ("TUR", 36.90, 30.70), "Beijing": ("CHN", 39.90, 116.40), "Washington": ("USA", 38.90, -77.04),
    "Anchorage": ("USA", 61.22, -149.90), "Geneva": ("CHE", 46.20, 6.15), "Vienna": ("AUT", 48.21, 16.37),
    "Paris": ("FRA", 48.86, 2.35), "Berlin": ("DEU", 52.52, 13.40), "New Delhi": ("IND", 28.61, 77.21),
    "Islamabad": ("PAK", 33.69, 73.06), "Tokyo": ("JPN", 35.68, 139.69), "London": ("GBR", 51.51, -0.13),
    "Kyiv": ("UKR", 50.45, 30.52), "Doha": ("QAT", 25.29, 51.53), "Dushanbe": ("TJK", 38.56, 68.79),
    "Brussels": ("BEL", 50.85, 4.35), "Tehran": ("IRN", 35.69, 51.39), "Xiamen": ("CHN", 24.48, 118.09),
}

_FRIENDLY = frozenset({frozenset({"FRA", "DEU"}), frozenset({"RUS", "TUR"})})
_FRIENDLY_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST", "AID", "COOPERATE"})

_DYADS: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # (a, b, topics, places they meet in)
    ("RUS", "TUR", ("Syria", "Libya", "Nagorno-Karabakh", "TurkStream", "S-400"),
     ("Sochi", "Moscow", "Ankara", "Antalya")),
    ("USA", "CHN", ("trade", "Taiwan", "climate change", "Xinjiang", "Hong Kong"),
     ("Anchorage", "Washington", "Beijing")),
    ("IND", "PAK", ("Kashmir", "Line of Control", "Indus Waters Treaty"), ("New Delhi", "Islamabad", "Dushanbe")),
    ("FRA", "DEU", ("Sahel", "EU recovery fund", "Belarus"), ("Paris", "Berlin", "Brussels")),
    ("RUS", "UKR", ("Donbas", "Crimea", "gas transit"), ("Moscow", "Kyiv", "Geneva")),
    ("JPN", "CHN", ("Senkaku Islands", "East China Sea", "trade"), ("Tokyo", "Beijing", "Xiamen")),
    ("GBR", "IRN", ("Iran nuclear deal", "detained nationals", "Gulf shipping"), ("London", "Tehran", "Vienna")),
    ("USA", "RUS", ("New START", "cyber attacks", "Ukraine"), ("Geneva", "Washington", "Moscow")),
]

# event type, mode, weight, has place
_KINDS: list[tuple[str, str | None, int, bool]] = [
    ("CONSULT", "visit", 6, True), ("CONSULT", "phone", 6, False), ("CONSULT", "third-party", 2, True),
    ("AGREE", None, 3, True), ("ACCUSE", "disapprove", 4, False), ("SANCTION", "expel", 2, False),
    ("SANCTION", "discontinue", 2, False), ("THREATEN", "relations", 2, False), ("SUPPORT", None, 2, False),
    ("REQUEST", "change", 2, False), ("AID", None, 1, False), ("COOPERATE", None, 1, True),
]

# Lead sentences. {A}/{B}: office and name; {a}/{b}: surname; {An}/{Bn}: country name; {Ad}/{Bd}: demonym;
# {P}: place; {W}: when; {T}: topics ("Syria and Libya").
_LEADS: dict[tuple[str, str | None], list[str]] = {
    ("CONSULT", "visit"): [
        "{Ad} {A} met {Bd} {B} in {P} {W}, in talks that focused on {T}.",
        "{A} held talks with his {Bd} counterpart {b} in {P} {W}.",
        "{a} travelled to {P} {W} to see {b}, with {T} high on the agenda.",
        "The top diplomats of {An} and {Bn}, {a} and {b}, sat down for negotiations in {P} {W}.",
    ],
    ("CONSULT", "phone"): [
        "{Ad} {A} spoke by telephone with {Bd} {B} {W} about {T}.",
        "{a} and {b} discussed {T} in a phone call {W}.",
        "In a call {W}, the {Ad} and {Bd} ministers exchanged views on {T}.",
        "{An}'s top diplomat {a} rang his {Bd} counterpart {b} {W} to talk about {T}.",
    ],
    ("CONSULT", "third-party"): [
        "{Ad} {A} and {Bd} {B} met on the sidelines of an international forum in {P} {W}.",
        "On the margins of a conference in {P} {W}, {a} held a meeting with {b} on {T}.",
        "{a} and {b} found time for a conversation about {T} at a gathering in {P} {W}.",
    ],
    ("AGREE", None): [
        "{An} and {Bn} signed an agreement on {T} in {P} {W}.",
        "Meeting in {P} {W}, {a} and {b} agreed to deepen cooperation on {T}.",
        "{Ad} and {Bd} officials put their names to a joint statement on {T} in {P} {W}.",
    ],
    ("ACCUSE", "disapprove"): [
        "{Ad} {A} criticised {Bn} {W} over its conduct on {T}.",
        "{An} condemned the {Bd} stance on {T} {W}, calling it unacceptable.",
        "{a} {W} accused {Bn} of undermining efforts on {T}.",
    ],
    ("SANCTION", "expel"): [
        "{An} ordered several {Bd} diplomats to leave the country {W} in a dispute over {T}.",
        "{An} expelled a group of {Bd} embassy staff {W}, citing {T}.",
        "The {Ad} government declared {Bd} diplomats persona non grata {W} amid tension over {T}.",
    ],
    ("SANCTION", "discontinue"): [
        "{An} imposed new sanctions on {Bn} {W} over {T}.",
        "{W_cap}, {An} announced punitive measures against {Bd} companies linked to {T}.",
        "The {Ad} government froze trade links with {Bn} {W} because of {T}.",
    ],
    ("THREATEN", "relations"): [
        "{Ad} {A} warned {Bn} {W} that relations would suffer over {T}.",
        "{An} threatened {W} to downgrade its ties with {Bn} over {T}.",
        "{a} cautioned {W} that {An} could cut contacts with {Bn} if the row over {T} went on.",
    ],
    ("SUPPORT", None): [
        "{Ad} {A} praised the role of {Bn} in {T} {W}.",
        "{An} {W} voiced support for the {Bd} approach to {T}.",
        "{a} {W} commended {Bn} for its work on {T}.",
    ],
    ("REQUEST", "change"): [
        "{Ad} {A} urged {Bn} {W} to change course on {T}.",
        "{An} {W} called on {Bn} to revise its policy on {T}.",
        "{a} appealed to {Bd} leaders {W} to rethink their position on {T}.",
    ],
    ("AID", None): [
        "{An} delivered a shipment of medical supplies to {Bn} {W}, officials said, amid talk of {T}.",
        "{An} sent humanitarian aid to {Bn} {W}, a gesture tied to {T}.",
    ],
    ("COOPERATE", None): [
        "{An} and {Bn} launched a joint project on {T} in {P} {W}.",
        "Engineers from {An} and {Bn} began joint work on {T} in {P} {W}.",
    ],
}

_FOLLOWS: list[str] = [
    "Both sides described the exchange as frank, according to a statement released afterwards.",
    "Officials gave few details but said contacts would continue at working level.",
    "Analysts said the move reflected a broader shift in relations between {An} and {Bn}.",
    "The foreign ministry in {Ac} published a short readout later in the day.",
    "Diplomats said more work was needed before any breakthrough could be expected.",
    "The statement did not say when the two sides would next meet.",
    "Relations between {An} and {Bn} have swung between rivalry and pragmatic deals for years.",
    "Trade between the two countries fell sharply last year as the pandemic disrupted supply chains.",
    "Opposition politicians in {Bc} questioned whether the government had been too cautious.",
    "A spokesperson in {Bc} declined to comment on the details when reached by telephone.",
    "Observers in {Ac} noted that the timing coincided with a busy week of regional diplomacy.",
    "Neither government released a transcript, and journalists were kept outside the venue.",
    "Markets showed little reaction, with currency traders focused on interest rates instead.",
    "Several think tanks in {Bc} published commentaries urging a calmer tone from both sides.",
    "The issue is expected to come up again when foreign ministers gather later in the season.",
    "Earlier rounds of contact produced only modest results, according to people familiar with them.",
]

# Background mentions of an earlier incident: {W} is "earlier this month", "last month", "on 9 March" or "".
_MENTIONS: dict[str, list[str]] = {
    "CONSULT": ["The two ministers had already discussed {T} {Wp}when they met in {P}.",
                "{a} and {b} last held talks on {T} {W}.",
                "It follows an earlier conversation between {a} and {b} {W} on {T}."],
    "AGREE": ["The sides had reached an understanding on {T} {W}.",
              "{An} and {Bn} had agreed {W} to work together on {T}."],
    "ACCUSE": ["{An} had already criticised {Bn} over {T} {W}."],
    "SANCTION": ["{An} had taken measures against {Bn} over {T} {W}."],
    "THREATEN": ["{An} had earlier warned {Bn} over {T} {W}."],
    "SUPPORT": ["{An} had praised {Bn} for its role in {T} {W}."],
    "REQUEST": ["{An} had asked {Bn} to reconsider its line on {T} {W}."],
    "AID": ["{An} had also sent aid to {Bn} {W}."],
    "COOPERATE": ["{An} and {Bn} had started a joint project on {T} {W}."],
}

_OUTLETS = ["Harbourline Wire", "Meridian Post", "Northgate Herald", "Eastbridge Agency", "Capital Ledger",
            "Riverside Tribune", "Summit Dispatch", "Crossroads News", "Lantern Bulletin", "Granite Times"]

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


@dataclass(frozen=True)
class GoldIncident:
    """One real-world event of the synthetic world."""

    id: str
    event_type: str
    mode: str | None
    actor: str
    recipient: str
    date: dt.date
    place: str | None
    topics: tuple[str, ...]


_Sentences = list[tuple[str, list[tuple[GoldIncident, str | None, str | None]]]]


@dataclass
class SyntheticCorpus:
    """Articles, their gold events, the incident of each event and the original of each reprint."""

    articles: list[Article]
    events: list[Event]
    incidents: list[GoldIncident]
    incident_of: dict[str, str] = field(default_factory=dict)
    reprint_of: dict[str, str] = field(default_factory=dict)

    def events_by_doc(self) -> dict[str, list[Event]]:
        """Gold events grouped by article id, in article order."""
        out: dict[str, list[Event]] = {a.id: [] for a in self.articles}
        for e in self.events:
            out[e.doc_id].append(e)
        return out


def _when(event_day: dt.date, published: dt.date, rng: random.Random) -> tuple[str, str | None]:
    """Words for ``event_day`` as seen from ``published``, and the date_text (None = no words)."""
    gap = (published - event_day).days
    if gap == 0:
        text = rng.choice(["today", f"on {_WEEKDAYS[event_day.weekday()]}", "on " + _day_month(event_day)])
        return text, text.removeprefix("on ")
    if gap == 1:
        text = rng.choice(["yesterday", f"on {_WEEKDAYS[event_day.weekday()]}", "on " + _day_month(event_day)])
        return text, text.removeprefix("on ")
    if gap < 6:
        text = rng.choice([f"on {_WEEKDAYS[event_day.weekday()]}", "on " + _day_month(event_day)])
        return text, text.removeprefix("on ")
    text = "on " + _day_month(event_day)
    return text, text.removeprefix("on ")


def _day_month(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


def _topics_text(topics: Sequence[str]) -> str:
    return " and ".join(topics)


def _actor(code: str) -> ActorRef:
    c = _COUNTRIES[code]
    return ActorRef(code=code, sector="GOV", entity_text=f"{c.demonym} {c.office} {c.person}",
                    identifier_text=c.person, office=c.office, reason="synthetic")


def _place(name: str | None) -> Place | None:
    if name is None:
        return None
    cc, lat, lon = _PLACES[name]
    return Place(extracted_place=name, resolved_place=name, country_code=cc, lat=lat, lon=lon, resolution=4)


def _fill(template: str, inc: GoldIncident, when: str) -> str:
    a, b = _COUNTRIES[inc.actor], _COUNTRIES[inc.recipient]
    text = template.format(
        A=f"{a.office} {a.person}", B=f"{b.office} {b.person}", a=a.short, b=b.short,
        An=a.name, Bn=b.name, Ac=a.capital, Bc=b.capital, Ad=a.demonym, Bd=b.demonym, P=inc.place or a.capital, W=when,
        W_cap=when[:1].upper() + when[1:], Wp=f"{when} " if when else "", T=_topics_text(inc.topics),
    )
    text = " ".join(text.split()).replace(" ,", ",").replace(" .", ".")
    return text[:1].upper() + text[1:]


def _draw_incidents(rng: random.Random, n: int, start: dt.date, days: int) -> list[GoldIncident]:
    out: list[GoldIncident] = []
    kinds = [k for k in _KINDS for _ in range(k[2])]
    while len(out) < n:
        a, b, topics, places = rng.choice(_DYADS)
        etype, mode, _, has_place = rng.choice(kinds)
        if frozenset((a, b)) in _FRIENDLY and etype not in _FRIENDLY_TYPES:
            continue
        if rng.random() < 0.5 and etype not in _SYMMETRIC:
            a, b = b, a
        day = start + dt.timedelta(days=rng.randrange(days))
        place = rng.choice(places) if has_place else None
        chosen = tuple(rng.sample(topics, rng.choice([1, 1, 2])))
        out.append(GoldIncident(f"gi-{len(out) + 1:03d}", etype, mode, a, b, day, place, chosen))
        if rng.random() < 0.3 and len(out) < n:
            # a distinct incident of the same dyad and type one to three days later
            shift = rng.choice([1, 1, 2, 3])
            # about something else: two calls a day apart on the same subject cannot be told apart
            other_topics = tuple(rng.sample([t for t in topics if t not in chosen], 1))
            other_place = rng.choice([p for p in places if p != place]) if has_place else None
            out.append(GoldIncident(f"gi-{len(out) + 1:03d}", etype, mode, a, b, day + dt.timedelta(days=shift),
                                    other_place, other_topics))
    return out


def generate(seed: int = 7, n_incidents: int = 100, start: dt.date = dt.date(2021, 1, 11),
             days: int = 150) -> SyntheticCorpus:
    """A corpus about ``n_incidents`` incidents between ``start`` and ``start + days``.

    The default gives about 280 articles (about 40 of them reprints) and 400 gold events.
    """
    rng = random.Random(seed)
    incidents = _draw_incidents(rng, n_incidents, start, days)
    by_dyad: dict[frozenset[str], list[GoldIncident]] = {}
    for inc in incidents:
        by_dyad.setdefault(frozenset((inc.actor, inc.recipient)), []).append(inc)

    articles: list[Article] = []
    events: list[Event] = []
    corpus = SyntheticCorpus(articles, events, incidents)
    for inc in sorted(incidents, key=lambda i: i.date):
        n_reports = rng.choice([1, 2, 2, 2, 3, 3, 4])
        leads = rng.sample(_LEADS[(inc.event_type, inc.mode)], min(n_reports, len(_LEADS[(inc.event_type, inc.mode)])))
        for r in range(n_reports):
            template = leads[r % len(leads)]
            published = inc.date + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 4]))
            doc_id = f"syn-{len(articles) + 1:04d}"
            outlet = rng.choice(_OUTLETS)
            timezone_case = (published > inc.date and rng.random() < 0.12 and inc.event_type == "CONSULT"
                             and not any(o.date == published and (o.event_type, o.mode) == (inc.event_type, inc.mode)
                                         for o in by_dyad[frozenset((inc.actor, inc.recipient))]))
            if timezone_case:
                # no date words: the codebook dates it by publication, one day after the truth
                published = inc.date + dt.timedelta(days=1)
                when, date_text, date_value = "", None, published.isoformat()
            else:
                when, date_text = _when(inc.date, published, rng)
                date_value = inc.date.isoformat()
            sentences: _Sentences = []
            lead = _fill(template, inc, when)
            sentences.append((lead, [(inc, date_value, date_text)]))
            for follow in rng.sample(_FOLLOWS, 10):
                sentences.append((_fill(follow, inc, ""), []))
            earlier = [o for o in by_dyad[frozenset((inc.actor, inc.recipient))]
                       if o.date < published - dt.timedelta(days=1) and o is not inc]
            if earlier and rng.random() < 0.45:
                other = rng.choice(earlier)
                mention, m_value, m_text = _mention(other, published, rng, incidents)
                sentences.append((mention, [(other, m_value, m_text)]))
            title = lead.split(",")[0].rstrip(".")
            dateline = f"{(inc.place or _COUNTRIES[inc.actor].capital).upper()} ({outlet}) - "
            article, doc_events, doc_incidents = _assemble(doc_id, title, dateline, sentences, published, outlet)
            articles.append(article)
            events.extend(doc_events)
            corpus.incident_of.update(doc_incidents)
            if rng.random() < 0.15:
                _reprint(corpus, article, dateline, sentences, rng)
    return corpus


def _same_block(a: GoldIncident, b: GoldIncident) -> bool:
    if a.event_type != b.event_type:
        return False
    if a.event_type in _SYMMETRIC:
        return {a.actor, a.recipient} == {b.actor, b.recipient}
    return (a.actor, a.recipient) == (b.actor, b.recipient)


def _mention(other: GoldIncident, published: dt.date, rng: random.Random,
             incidents: Sequence[GoldIncident]) -> tuple[str, str | None, str | None]:
    """A background sentence about ``other``, as vague as a reader could still resolve.

    A month is given only when no other incident of the same kind that month shares a topic; no
    date at all only when no other incident of the same kind happened at the same place.
    """
    rivals = [i for i in incidents if i is not other and _same_block(i, other)]
    month_clear = not any((i.date.year, i.date.month) == (other.date.year, other.date.month)
                          and set(i.topics) & set(other.topics) for i in rivals)
    place_clear = other.place is not None and not any(i.place == other.place for i in rivals)
    kind = rng.random()
    if kind < 0.55 and not month_clear:
        kind = 0.6
    if kind >= 0.85 and not place_clear:
        kind = 0.6
    templates = _MENTIONS[other.event_type]
    if kind < 0.55 and (published.year, published.month) != (other.date.year, other.date.month):
        when, value, text = "last month", other.date.strftime("%Y-%m"), "last month"
        if (published.replace(day=1) - dt.timedelta(days=1)).month != other.date.month:
            when = f"in {_MONTHS[other.date.month - 1]}"
            text = _MONTHS[other.date.month - 1]
    elif kind < 0.55:
        when, value, text = "earlier this month", other.date.strftime("%Y-%m"), "earlier this month"
    elif kind < 0.85:
        when, value = "on " + _day_month(other.date), other.date.isoformat()
        text = _day_month(other.date)
    elif other.place is not None:
        # no date at all, only the place to recognise it by
        when, value, text = "", None, None
    else:
        when, value = "on " + _day_month(other.date), other.date.isoformat()
        text = _day_month(other.date)
    with_place = [t for t in templates if "{P}" in t]
    if other.place is not None and (value is None or rng.random() < 0.5) and with_place:
        templates = with_place
    else:
        templates = [t for t in templates if "{P}" not in t]
    return _fill(rng.choice(templates), other, when), value, text


def _assemble(doc_id: str, title: str, dateline: str, sentences: _Sentences,
              published: dt.date, outlet: str) -> tuple[Article, list[Event], dict[str, str]]:
    """The article, its gold events and the gold incident id of each event (by event id)."""
    text = dateline
    spans: list[tuple[Span, list[tuple[GoldIncident, str | None, str | None]]]] = []
    for sentence, reported in sentences:
        start = len(text)
        text += sentence
        spans.append((Span(start=start, end=len(text), text=sentence), reported))
        text += " "
    text = text.rstrip()
    article = Article(id=doc_id, title=title, text=text, published=published, source=outlet,
                      url=f"https://example.org/{doc_id}")
    events: list[Event] = []
    incident_of: dict[str, str] = {}
    for span, reported in spans:
        for inc, value, date_text in reported:
            # a background mention of a meeting rarely says how it was held
            mode = inc.mode if reported is spans[0][1] or inc.event_type != "CONSULT" else None
            event = _event(f"{doc_id}-{len(events) + 1}", doc_id, inc, value, date_text, (span,), mode)
            events.append(event)
            incident_of[event.id] = inc.id
    return article, events, incident_of


def _event(event_id: str, doc_id: str, inc: GoldIncident, date: str | None, date_text: str | None,
           evidence: tuple[Span, ...], mode: str | None) -> Event:
    actor, recipient = (inc.actor,), (inc.recipient,)
    mentioned_place = inc.place if inc.place and any(inc.place in s.text for s in evidence) else None
    return Event(
        id=event_id, doc_id=doc_id, event_type=inc.event_type,
        mode=mode, actor=tuple(_actor(c) for c in actor), recipient=tuple(_actor(c) for c in recipient),
        date=date, date_text=date_text, modality="asserted", event_loc=_place(mentioned_place),
        context=("diplomatic",), topics=inc.topics, text_info=evidence, reason="synthetic gold",
    )


_EDITS = [("said", "stated"), ("talks", "discussions"), ("criticised", "criticized"), ("the two", "both"),
          ("Officials", "Sources"), ("later in the day", "later on"), ("during", "at")]

def _reprint(corpus: SyntheticCorpus, original: Article, dateline: str, sentences: _Sentences,
             rng: random.Random) -> None:
    """Add a wire copy of ``original``: other outlet, same or next day, one or two words edited."""
    outlet = rng.choice([o for o in _OUTLETS if o != original.source])
    texts = [text for text, _ in sentences]
    spots = [(n, old, new) for n, text in enumerate(texts) for old, new in _EDITS if old in text]
    for n, old, new in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        texts[n] = texts[n].replace(old, new, 1)
    doc_id = f"syn-{len(corpus.articles) + 1:04d}"
    published = (original.published or dt.date(2021, 1, 1)) + dt.timedelta(days=rng.choice([0, 0, 1]))
    new_dateline = dateline.replace(f"({original.source})", f"({outlet})")
    article, events, incident_of = _assemble(doc_id, str(original.title), new_dateline,
                                             [(t, r) for t, (_, r) in zip(texts, sentences, strict=True)],
                                             published, outlet)
    corpus.articles.append(article)
    corpus.reprint_of[doc_id] = original.id
    corpus.events.extend(events)
    corpus.incident_of.update(incident_of)


def write_corpus(corpus: SyntheticCorpus, out_dir: Path) -> dict[str, Path]:
    """Write ``articles.jsonl`` (ingest format), ``gold.jsonl`` (event records with ``incident``)
    and ``reprints.jsonl`` into ``out_dir``; return the paths by name."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {name: out_dir / f"{name}.jsonl" for name in ("articles", "gold", "reprints")}
    with paths["articles"].open("w", encoding="utf-8") as fh:
        for a in corpus.articles:
            record = {"id": a.id, "title": a.title, "text": a.text,
                      "published": a.published.isoformat() if a.published else None, "source": a.source, "url": a.url}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    with paths["gold"].open("w", encoding="utf-8") as fh:
        for e in corpus.events:
            fh.write(json.dumps({**e.to_record(), "incident": corpus.incident_of[e.id]}, ensure_ascii=False) + "\n")
    with paths["reprints"].open("w", encoding="utf-8") as fh:
        for doc, original in corpus.reprint_of.items():
            fh.write(json.dumps({"doc_id": doc, "duplicate_of": original}) + "\n")
    return paths


def pairwise_prf(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering against gold, over the events of ``gold``.

    A pair of events is predicted linked when both have the same predicted cluster; an event
    missing from ``predicted`` is a cluster of its own. Counted from the cluster contingency
    table, so the cost is linear in the number of events. With no pairs on a side the score is 1.
    """
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    cells: Counter[tuple[str, str]] = Counter()
    pred_sizes: Counter[str] = Counter()
    gold_sizes: Counter[str] = Counter()
    for event_id, g in gold.items():
        p = predicted.get(event_id, f"\0{event_id}")
        cells[(p, g)] += 1
        pred_sizes[p] += 1
        gold_sizes[g] += 1
    tp = sum(pairs(n) for n in cells.values())
    pp = sum(pairs(n) for n in pred_sizes.values())
    gp = sum(pairs(n) for n in gold_sizes.values())
    precision = tp / pp if pp else 1.0
    recall = tp / gp if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
