"""Actors: words in a parsed article -> participants (state code, sector, person, office).

What a careful reader does, in order, sentence by sentence:

* names from the knowledge base (``lexicons/actors.yaml``) give a person, coded as the state
  they served on the article's date: "Sergey Lavrov" -> RUS GOV, Foreign Minister;
* titles compose with demonyms and "of <country>": "the German Chancellor", "President of
  Russia", "Turkey's foreign minister"; a title with a state but no name is looked up in the
  knowledge base ("the Turkish president" in 2020 -> Erdogan) or kept as an unnamed official;
* states by name, capital or metonym ("Turkey", "Ankara", "the Kremlin") are their ``GOV``;
  demonyms before an organ noun give its sector ("Turkish soldiers" -> TUR MIL);
* organisations by name ("NATO" -> IGO, "the EU" -> EUR);
* later mentions are resolved against what came before: surnames ("Lavrov"), bare titles
  ("the minister"), pronouns ("he", "his country"), and groups ("the two presidents",
  "both ministers", "the two countries", "the parties").

The result is a :class:`DocActors`: for each token that belongs to a mention, the
:class:`Mention` it belongs to. The extractor asks it for the participants behind an argument.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from communique import data
from communique.data import Country, Office, Organization, Person
from communique.nlp import text_of
from communique.nlp.mentions import MOST_NAMED, PLURAL_PRONOUNS, QUOTE_RE, DocActors, Mention
from communique.nlp.phrases import phrase_matcher
from communique.resolve.antecedents import Reading, plural_antecedent
from communique.resolve.person_names import unknown_person_names
from communique.resolve.places import PlaceResolver

__all__ = ["PLURAL_PRONOUNS", "QUOTE_RE", "ActorResolver", "DocActors", "Mention", "assign_first_person"]


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause a word is in (up to six heads above it), if any."""
    v = tok.head
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return v if v.pos_ in ("VERB", "AUX") else None


def _named_state_at(memory: _Memory, i: int) -> Mention | None:
    """The state or organisation the reader met by name at token ``i`` (not an organ or a group)."""
    return next((m for m in reversed(memory.states) if m.start <= i < m.end and m.code
                 and m.kind in ("state", "org")), None)


def _clause_subject_state(tok: Token, memory: _Memory) -> Mention | None:
    """The state or organisation a possessive's clause has for subject (for an infinitive, its
    object or subject: "urged Ankara to keep its word"), if the reader has met it there by name
    (not an organ: "Ethiopian troops entered Somalia at the request of its government")."""
    v = _clause_verb(tok)
    if v is None:
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and v.dep_ == "xcomp":
        subj = next((c for c in v.head.children if c.dep_ == "dobj"), None) or next(
            (c for c in v.head.children if c.dep_ == "nsubj"), None)
    return _named_state_at(memory, subj.i) if subj is not None else None


@dataclass
class _Memory:
    """What the reader remembers while going through the article."""

    persons: list[Mention] = field(default_factory=list)
    states: list[Mention] = field(default_factory=list)
    plural: Mention | None = None
    told: list[Mention] = field(default_factory=list)  # every group told as coordinated subjects, in order
    complete: dict[str, Mention] = field(default_factory=dict)  # key -> most complete mention
    salience: dict[str, int] = field(default_factory=dict)  # code -> mentions so far
    subjects: list[Mention] = field(default_factory=list)  # persons seen as grammatical subjects
    modifiers: list[Mention] = field(default_factory=list)  # states named only by a modifying demonym
    state_subjects: list[Mention] = field(default_factory=list)  # states seen as grammatical subjects
    home: str | None = None  # the state of the article's dateline: officials named without one serve it
    sentence_codes: dict[int, set[str]] = field(default_factory=dict)  # sentence start -> codes named in it
    between: tuple[Mention, ...] = ()  # the latest states told as a pair "between X and Y"
    quotes: list[tuple[int, int]] = field(default_factory=list)  # the article's quotations (character ranges)
    named_orgs: list[tuple[int, str]] = field(default_factory=list)  # (character, lexicon id) of organisations named

    def remember(self, m: Mention, subject: bool = False, venue: bool = False) -> None:
        """Note a mention; a capital told as the venue of an act ("met in Lusaka") names a place, so
        it does not make its state more talked about."""
        for x in m.expand():
            if x.code and not venue:
                self.salience[x.code] = self.salience.get(x.code, 0) + 1
        if m.kind == "group":
            self.plural = m
            return
        if subject and m.kind == "person":
            self.subjects = [p for p in self.subjects if p.key != m.key] + [m]
        if subject and m.kind in ("state", "org", "organ"):
            self.state_subjects.append(m)
        if m.key and (m.key not in self.complete or len(m.entity_text) > len(self.complete[m.key].entity_text)):
            self.complete[m.key] = m
        if m.kind == "person":
            self.persons = [p for p in self.persons if p.key != m.key] + [m]
        elif m.kind in ("state", "org", "organ"):
            self.states = [s for s in self.states if s.code != m.code] + [m]

    def last_person(self, before_char: int | None = None) -> Mention | None:
        """The person a "he"/"she" most likely means: the latest subject, else the latest person."""
        for p in reversed(self.subjects):
            if before_char is None or p.char_start < before_char:
                return p
        for p in reversed(self.persons):
            if before_char is None or p.char_start < before_char:
                return p
        return None

    def recent_officials(self, office: str | None, n: int = 2,
                         exclude: Collection[str] = ()) -> tuple[Mention, ...]:
        """The officials a group of people means ("the two presidents"): the latest ``n`` of
        different states, with the office the group names when that many hold it. States in
        ``exclude`` (whoever addresses the group) are never members."""
        cands = [p for p in reversed(self.persons) if p.code not in exclude]
        if office:
            matching = [c for c in cands if c.office and office.rstrip("s") in c.office.lower()]
            if len({c.code for c in matching}) >= 2:
                cands = matching
        chosen: list[Mention] = []
        for c in cands:
            if c.code and c.code not in {x.code for x in chosen}:
                chosen.append(c)
            if len(chosen) == n:
                return tuple(reversed(chosen))
        return ()

    def note_sentence(self, sentence: int, codes: Iterable[str | None]) -> None:
        """Record that the states ``codes`` are named in the sentence starting at token ``sentence``."""
        named = {c for c in codes if c}
        if named:
            self.sentence_codes.setdefault(sentence, set()).update(named)

    def most_paired(self, exclude: Collection[str] = ()) -> tuple[Mention, ...]:
        """The two states named together in the most sentences so far (at least two), each by its
        latest mention: who "the two sides" are in a story that also names a mediator or an
        onlooker more often than one of them; () when no pair stands out."""
        pairs: dict[tuple[str, str], int] = {}
        for codes in self.sentence_codes.values():
            kept = sorted(c for c in codes if c not in exclude)
            for i, a in enumerate(kept):
                for b in kept[i + 1:]:
                    pairs[a, b] = pairs.get((a, b), 0) + 1
        ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], -self.salience.get(kv[0][0], 0)
                                                       - self.salience.get(kv[0][1], 0), kv[0]))
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return ()
        latest = {m.code: m for m in self.modifiers + self.persons + self.states if m.code in ranked[0][0]}
        return tuple(latest[c] for c in ranked[0][0]) if len(latest) == 2 else ()

    def most_named(self, n: int = 2, exclude: Collection[str] = ()) -> tuple[Mention, ...]:
        """The ``n`` most named states of the article so far, each by its latest mention; the
        weakest reading of a group reference ("the two countries", "the sides")."""
        ranked = sorted((c for c in self.salience if c not in exclude), key=lambda c: -self.salience[c])[:n]
        if len(ranked) < n:
            return ()
        latest: dict[str, Mention] = {}
        for m in self.modifiers + self.persons + self.states:
            if m.code in ranked:
                latest[m.code] = m
        if len(latest) < n:
            return ()
        return tuple(latest[c] for c in ranked)


class ActorResolver:
    """Finds and resolves participants in parsed articles. Build once, reuse for every article."""

    def __init__(self, nlp: Language, extra_dirs: Sequence[Path] = (), places: PlaceResolver | None = None,
                 calendar: Collection[str] = ()) -> None:
        self.places = places
        #: whether the pipeline has spaCy's entity recogniser (``spacy_ner``) to take unknown names from
        self.uses_ner = "ner" in nlp.pipe_names
        self.persons: dict[str, Person] = {p.id: p for p in data.load("actors", extra_dirs)}
        self.countries: dict[str, Country] = {c.code: c for c in data.load("countries", extra_dirs)}
        self.orgs: dict[str, Organization] = {o.id: o for o in data.load("organizations", extra_dirs)}
        #: nouns describing an organisation once named ("the bloc", "the alliance"; organizations.yaml)
        self.org_nouns = frozenset(d.lower() for o in self.orgs.values() for d in o.descriptions)
        self.offices: list[Office] = data.load("offices", extra_dirs)
        #: the English word lists of rules/words.yaml (group nouns, pronouns, title glue)
        self.words = data.load_words(extra_dirs)
        #: month and weekday names (of the date rules, lower-cased): capitalised, never a person's name
        self._calendar = frozenset(w.lower() for w in calendar)
        self.office_of_word: dict[str, Office] = {}
        for office in self.offices:
            for w in office.words:
                self.office_of_word.setdefault(w.lower(), office)
        self._names_by_surname: dict[str, list[Person]] = {}
        patterns: dict[str, set[str]] = {}
        for label, text in self._phrases(extra_dirs):
            patterns.setdefault(label, set()).add(text)
        self.matcher = phrase_matcher(nlp, "actors", {label: sorted(texts) for label, texts in patterns.items()})
        #: acronyms match only in capitals: "US" and "WHO", not "us" and "who"
        self._acronyms = {t.lower() for texts in patterns.values() for t in texts
                          if t.replace(".", "").isupper() and len(t.replace(".", "")) <= 5}
        # a name appearing with "the": "the Kremlin" also matches "Kremlin"
        self._holders = self._index_holders()

    def _phrases(self, extra_dirs: Sequence[Path]) -> Iterator[tuple[str, str]]:
        """Every (matcher label, phrase) pair of the knowledge base, persons first, then states,
        organisations, offices, and last the places named after a state (``extra_dirs``: the user's
        data directories)."""
        yield from self._person_phrases()
        yield from self._country_phrases()
        yield from self._org_phrases()
        yield from self._office_phrases()
        yield from self._place_phrases(extra_dirs)

    def _place_phrases(self, extra_dirs: Sequence[Path]) -> Iterator[tuple[str, str]]:
        """Names of places (the gazetteer's) called "... of <a state>" that are not that state,
        labelled ``L|``: "the Gulf of Oman", "the Sea of Japan" are seas off its coast, and the longer
        match hides the state's. (A state's name as a modifier, "the Taiwan Strait", is left to be
        read as the state: the waters are told as its.)"""
        names = {n.lower(): c.code for c in self.countries.values() for n in (c.name, *c.aliases)}
        for place in data.load("places", extra_dirs):
            for n in (place.name, *place.aliases):
                head, of, rest = n.lower().partition(" of ")
                code = names.get(rest.removeprefix("the ")) if of and head else None
                if code is not None and place.country_code != code:
                    yield "L|", n

    def _person_phrases(self) -> Iterator[tuple[str, str]]:
        """The names of each known person, labelled ``P|<id>``."""
        for p in self.persons.values():
            for n in p.names:
                yield f"P|{p.id}", n

    def _country_phrases(self) -> Iterator[tuple[str, str]]:
        """Per state: names (``C``), demonyms (``D``), capitals (``K``) and metonyms (``M``)."""
        for c in self.countries.values():
            for n in (c.name, *c.aliases):
                yield f"C|{c.code}", n
            for n in c.demonyms:
                yield f"D|{c.code}", n
            for n in c.capitals:
                yield f"K|{c.code}", n
            for n in c.metonyms:
                yield f"M|{c.code}", n

    def _org_phrases(self) -> Iterator[tuple[str, str]]:
        """The names of each organisation, labelled ``O|<id>``."""
        for o in self.orgs.values():
            for n in o.names:
                yield f"O|{o.id}", n

    def _office_phrases(self) -> Iterator[tuple[str, str]]:
        """Title words of each office (and their plurals), labelled ``T|<office index>``."""
        for i, office in enumerate(self.offices):
            for w in office.words:
                yield f"T|{i}", w
                if not w.endswith("s"):
                    yield f"T|{i}", w + "s"

    def _index_holders(self) -> dict[tuple[str, str], list[Person]]:
        """Known persons by (state code, lower-cased office) of any role they held."""
        holders: dict[tuple[str, str], list[Person]] = {}
        for p in self.persons.values():
            for r in p.roles:
                if r.office:
                    holders.setdefault((r.code, r.office.lower()), []).append(p)
        return holders

    # ---------------------------------------------------------------- knowledge base

    def holder(self, code: str, office: str, day: dt.date | None) -> Person | None:
        """Who held ``office`` for state ``code`` on ``day`` (None if the KB does not say)."""
        for p in self._holders.get((code, office.lower()), []):
            for r in p.roles:
                if r.code == code and r.office and r.office.lower() == office.lower() and r.covers(day):
                    return p
        return None

    def _person_mention(self, p: Person, span: Span, day: dt.date | None, title: Office | None,
                        reason: str) -> Mention:
        role = p.role_at(day)
        return Mention(
            start=span.start, end=span.end, code=role.code if role else None,
            sector=role.sector if role else "GOV", kind="person", entity_text=span.text,
            identifier_text=p.name, identifier_id=p.wikidata,
            office=(role.office if role and role.office else (title.office if title else None)),
            key=p.id, reason=reason, char_start=span.start_char, char_end=span.end_char,
        )

    # ---------------------------------------------------------------- per article

    def first_person(self, doc: Doc, actors: DocActors, quotes: Sequence[tuple[int, int, Mention | None]],
                     narrator: Mention | None) -> None:
        """First person in quotes is the speaker, outside them the narrator (:func:`assign_first_person`)."""
        assign_first_person(doc, actors, quotes, narrator, pronouns=self.words.first_person_pronouns)

    def short_names(self, doc: Doc, actors: DocActors) -> None:
        """Parts of names the article already gave, as a reader takes them: "the North" for North
        Korea and "the South" for South Korea once both are named; "the two Koreas" for both. Only
        where one named state fits (several fit: no mention)."""
        names: dict[str, list[list[str]]] = {}
        for m in actors.mentions:
            for x in m.expand():
                country = self.countries.get(x.code or "")
                if country is not None and x.code not in names:
                    names[x.code or ""] = [n.split() for n in (country.name, *country.aliases) if " " in n]
        if not names:
            return
        for t in doc:
            if t.i in actors.by_token or not t.text[:1].isupper() or t.i == 0 \
                    or doc[t.i - 1].lower_ not in ("the", "two"):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
                continue  # "the North Atlantic": a longer name
            first = [code for code, ns in names.items() if any(n[0] == t.text for n in ns)]
            plural = [code for code, ns in names.items()
                      if t.text.endswith("s") and any(n[-1] == t.text[:-1] for n in ns)]
            if doc[t.i - 1].lower_ == "the" and len(first) == 1:
                code = first[0]
                actors.by_token[t.i] = Mention(
                    t.i, t.i + 1, code, "GOV", "state", f"the {t.text}", identifier_text=self.countries[code].name,
                    key=code, reason=f"'the {t.text}': the part of {self.countries[code].name}'s name the article gave",
                    char_start=t.idx, char_end=t.idx + len(t))
                actors.mentions.append(actors.by_token[t.i])
            elif len(plural) >= 2:
                members = tuple(Mention(t.i, t.i + 1, code, "GOV", "state", self.countries[code].name,
                                        identifier_text=self.countries[code].name, key=code,
                                        reason=f"one of '{t.text}'", char_start=t.idx, char_end=t.idx + len(t))
                                for code in sorted(plural))
                actors.by_token[t.i] = Mention(t.i, t.i + 1, None, None, "group", t.text, members=members,
                                               reason=f"'{t.text}': the states named so", char_start=t.idx,
                                               char_end=t.idx + len(t))
                actors.mentions.append(actors.by_token[t.i])

    def resolve(self, doc: Doc, published: dt.date | None, home: str | None = None) -> DocActors:
        """Find and resolve every participant mention of ``doc`` (one article). ``home``: the state
        of the article's dateline; an official titled without a state ("Deputy Defence Minister
        X") and not known otherwise is taken to serve it, as wire stories name local officials."""
        out = DocActors()
        quote_ranges = [(m.start(), m.end()) for m in QUOTE_RE.finditer(text_of(doc))]
        pieces = self._pieces(doc, published)
        memory = _Memory(home=home, quotes=quote_ranges,
                         named_orgs=[(span.start_char, value) for span, kind, value in pieces if kind == "O"])
        chunks = self._chunks(doc, pieces)
        pronouns = self._pronoun_and_group_tokens(doc)
        events: list[tuple[int, str, object]] = [(c[0][0].start, "chunk", c) for c in chunks]
        events += [(t.i, "pron", t) for t in pronouns]
        events.sort(key=lambda e: e[0])
        for _, kind, item in events:
            mention: Mention | None
            if kind == "chunk":
                mention = self._compose(doc, item, published, memory, out)  # type: ignore[arg-type]
            else:
                mention = self._speaker_self(item, out) or self._refer(  # type: ignore[arg-type]
                    doc, item, published, memory, out)  # type: ignore[arg-type]
            if mention is None:
                if kind == "chunk":
                    self._remember_modifier(item, memory, out)  # type: ignore[arg-type]
                continue
            if mention.key and mention.key in memory.complete and mention.kind == "person":
                best = memory.complete[mention.key]
                if len(best.entity_text) > len(mention.entity_text):
                    mention = replace(mention, entity_text=best.entity_text)
            memory.remember(mention, venue=_venue(doc[mention.end - 1], mention),
                            subject=doc[mention.end - 1].dep_ in ("nsubj", "nsubjpass")
                            or doc[mention.start].dep_ in ("nsubj", "nsubjpass"))
            out.mentions.append(mention)
            memory.note_sentence(doc[mention.start].sent.start,
                                 (x.code for x in mention.expand() if x.kind in ("state", "person", "organ")))
            if not any(a <= mention.char_start < b for a, b in quote_ranges):
                _note_coordinated_subjects(doc, mention, memory, out)
            for i in range(mention.start, mention.end):
                out.by_token[i] = mention
        self._cataphora(pronouns, out)
        _acting_for_organisations(doc, out, self.words.organisation_roles)
        # entity_text is the most complete mention in the article
        out.mentions = [
            replace(m, entity_text=memory.complete[m.key].entity_text)
            if m.key in memory.complete and m.kind == "person" else m
            for m in out.mentions
        ]
        for m in out.mentions:
            for i in range(m.start, m.end):
                out.by_token[i] = m
        return out

    def _cataphora(self, pronouns: Sequence[Token], out: DocActors) -> None:
        """ "In Beijing, where he arrived on Monday, Ruto told Xi ...": a "he"/"she" that nothing before
        names, subject of a clause told ahead of the sentence's subject, is that subject."""
        for tok in pronouns:
            if tok.lower_ not in ("he", "she") or tok.i in out.by_token or tok.dep_ != "nsubj" \
                    or tok.head.dep_ not in ("relcl", "advcl"):
                continue
            subj = next((c for c in tok.sent.root.children if c.dep_ == "nsubj"), None)
            ref = out.by_token.get(subj.i) if subj is not None and subj.i > tok.i else None
            if ref is None or ref.kind != "person":
                continue
            m = _at_pronoun(ref, tok, f"pronoun {tok.text!r} -> the subject told after it, "
                                      f"{ref.identifier_text or ref.entity_text}")
            out.mentions.append(m)
            out.by_token[tok.i] = m

    def _pieces(self, doc: Doc, published: dt.date | None = None) -> list[tuple[Span, str, str]]:
        spans = [Span(doc, start, end, label=doc.vocab.strings[match_id]) for match_id, start, end in self.matcher(doc)]
        # a name several known people share ("Bush"): the one in office on the day comes first
        spans.sort(key=lambda s: (s.start, s.end, not self._in_office(s.label_, published)))
        spans = [s for s in spans if not self._other_given_name(s, spans)]
        # names of people the KB does not know are pieces too (unknown named officials)
        spans += self._unknown_names(doc, spans)
        spans += self._name_words_again(doc, spans)
        kept = filter_spans(spans)
        out = []
        for s in kept:
            kind, _, value = s.label_.partition("|")
            if not self._as_written(s, kind):
                continue
            if kind == "T" and s[-1].pos_ == "ADJ":
                continue  # "military cooperation": an adjective, not the military
            if kind == "L":
                continue  # a place named after a state ("the Gulf of Oman"): no participant
            out.append((s, kind, value))
        out.sort(key=lambda x: x[0].start)
        return out

    def _other_given_name(self, s: Span, spans: list[Span]) -> bool:
        """Whether a one-word match of a known person's family name or of a capital is the family
        name of someone else: "Carlos Ortega" is not Daniel Ortega, "Sergio Lima" no city (a
        capitalised proper noun the lexicon does not know, compound on the match, that is none of
        the person's given names, nor a word placing a city, "East Jerusalem")."""
        kind, _, value = s.label_.partition("|")
        if len(s) != 1 or kind not in ("P", "K") or s.start == 0:
            return False
        given = s.doc[s.start - 1]
        if given.dep_ != "compound" or given.head.i != s.start or not given.text[:1].isupper() \
                or given.pos_ != "PROPN" or given.lower_ in self.words.honorifics \
                or given.lower_ in self.words.place_modifiers or given.lower_ in self._calendar \
                or any(o.start <= given.i < o.end for o in spans):
            return False
        if kind == "K":
            return True
        person = self.persons.get(value)
        # (a spelling the lexicon lacks, "Sergei" for "Sergey", is still the person's given name)
        return person is not None and not any(w.lower()[:3] == given.lower_[:3] for n in person.names
                                              for w in n.split()[:-1])

    def _in_office(self, label: str, day: dt.date | None) -> bool:
        """Whether ``label`` names a known person holding one of their roles on ``day``."""
        kind, _, value = label.partition("|")
        person = self.persons.get(value) if kind == "P" and day is not None else None
        return person is not None and any(r.covers(day) for r in person.roles)

    def _as_written(self, s: Span, kind: str) -> bool:
        """Whether a matched piece is written as what it names: names capitalised ("bin Laden" too),
        acronyms in capitals ("NAM", not "Nam")."""
        if kind in ("P", "C", "K", "M", "O", "D", "N") and not _written_as_name(s) \
                and not (kind == "N" and s[0].lower_ in self.words.name_particles):
            return False
        return not (s.text.lower() in self._acronyms and not s.text.replace(".", "").isupper())

    def _unknown_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Unknown people's names: spaCy's PERSON entities where its entity recogniser ran, else
        the names the parse and the lexicon's matches show (:mod:`communique.resolve.person_names`)."""
        if self.uses_ner:
            # "Yoweri Museveni's forces": the possessive ending is no part of the name, and
            # kept, the longer span would hide the lexicon's match of the name
            return [Span(doc, e.start, e.end - 1 if len(e) > 1 and doc[e.end - 1].tag_ == "POS" else e.end, label="N|")
                    for e in doc.ents if e.label_ == "PERSON"]
        taken = {i for s in spans if self._as_written(s, s.label_[0]) for i in range(s.start, s.end)}
        title_ends = {s.end for s in spans if s.label_.startswith("T|") and self.offices[int(s.label_[2:])].person}
        w = self.words
        names = unknown_person_names(
            doc, taken, title_ends, calendar=self._calendar, particles=w.name_particles, articles=w.name_articles,
            honorifics=w.honorifics, thing_words=w.thing_words,
            is_place=self.places.is_place if self.places is not None else lambda _: False)
        return [Span(doc, s.start, s.end, label="N|") for s in names]

    @staticmethod
    def _name_words_again(doc: Doc, spans: list[Span]) -> list[Span]:
        """A family name used alone later ("Wang" after "Wang Yi", "Okello" after "John Okello")
        is a name piece even where the entity recogniser took it for something else."""
        people = [s for s in spans if s.label_.startswith(("P|", "N|")) and len(s) > 1]
        if not people:
            return []
        # (two letters are a name too, "Li" after "Li Qiang"; an acronym, "US", is not)
        words = {w.text for s in people for w in (s[0], s[-1])
                 if len(w.text) >= 2 and w.text[:1].isupper() and not w.text.isupper()}
        first = min(s.start for s in people)
        taken = {i for s in spans for i in range(s.start, s.end)}
        return [Span(doc, t.i, t.i + 1, label="N|") for t in doc[first:]
                if t.text in words and t.pos_ == "PROPN" and t.i not in taken]

    def _chunks(self, doc: Doc, pieces: list[tuple[Span, str, str]]) -> list[list[tuple[Span, str, str]]]:
        """Group adjacent pieces into title chunks: [demonym][office][name], [office] of [country] [name]."""
        chunks: list[list[tuple[Span, str, str]]] = []
        for piece in pieces:
            span, kind, _ = piece
            if chunks:
                prev_span, prev_kind, _ = chunks[-1][-1]
                gap = doc[prev_span.end:span.start]
                kinds = {k for _, k, _ in chunks[-1]}
                names_in_chunk = kinds & {"P", "N"}
                glue_ok = all(t.lower_ in self.words.title_glue for t in gap) and len(gap) <= 3
                if prev_kind == "T" and kind in ("P", "N") and [t.text for t in gap] == [","]:
                    glue_ok = True  # "the agency's executive director, Maria Lopez"
                if prev_kind in ("C", "K", "M", "O") and kind == "T" and any(t.lower_ not in ("'s", "’s") for t in gap):
                    glue_ok = False  # "a meeting in Cairo of the foreign ministers": not Cairo's ministers
                same_sentence = doc[prev_span.start].sent.start == doc[span.start].sent.start
                joinable = (
                    same_sentence and glue_ok and not names_in_chunk
                    and "\n" not in doc[prev_span.start:span.end].text
                    and not (kind in ("C", "K", "M", "O") and prev_kind in ("C", "K", "M", "O"))
                    and not any(t.lower_ == "and" for t in gap)
                    and (kind in ("P", "N", "T") or prev_kind in ("D", "T"))
                    and not (prev_kind == "C" and kind in ("P", "N") and not gap)
                )
                if joinable:
                    chunks[-1].append(piece)
                    continue
            chunks.append([piece])
        return chunks

    def _compose(self, doc: Doc, chunk: list[tuple[Span, str, str]], day: dt.date | None,
                 memory: _Memory, out: DocActors) -> Mention | None:
        """The mention a chunk of pieces makes: a named person, a title, or a state or organisation."""
        start, end = chunk[0][0].start, chunk[-1][0].end
        # extend left over a determiner / possessive for entity_text ("the German Chancellor")
        span = doc[start:end]
        code_mod, org_sector = self._chunk_state(chunk)
        title = self._chunk_title(chunk)
        name_piece = next(((s, k, v) for s, k, v in chunk if k in ("P", "N")), None)
        if name_piece is not None:
            # "Somali pilot Ahmed Nur": a demonym earlier in the name's noun phrase owns the name
            root = span.root
            heads = [span[-1].i] + ([root.head.i] if root.dep_ == "appos" else [])
            described = [c for i in heads for c in out.demonym_mods.get(i, [])] \
                if code_mod is None and title is None else []
            return self._compose_named(chunk, span, name_piece, title, code_mod or (described[0] if described
                                       else None), org_sector, day, memory, owned=bool(described))
        if title is not None:
            return self._compose_title(doc, chunk, span, title, code_mod, day, memory)
        # a state, capital, metonym or organisation, possibly with a demonym chain
        return self._compose_entity(doc, span, chunk[-1], out)

    def _chunk_state(self, chunk: list[tuple[Span, str, str]]) -> tuple[str | None, str | None]:
        """The state code a chunk names (last state-like piece wins) and an organisation's sector."""
        code_mod: str | None = None
        org_sector: str | None = None
        for _, k, v in chunk:
            if k in ("D", "C", "K", "M"):
                code_mod = v
            elif k == "O" and code_mod is None:
                # "the WHO's director general", "the African Union's Moussa Faki"
                code_mod, org_sector = self.orgs[v].code, self.orgs[v].sector
        return code_mod, org_sector

    def _chunk_title(self, chunk: list[tuple[Span, str, str]]) -> Office | None:
        """The office of the chunk's last title piece, if it has one."""
        title: Office | None = None
        for _, k, v in chunk:
            if k == "T":
                title = self.offices[int(v)]
        return title

    def _compose_named(self, chunk: list[tuple[Span, str, str]], span: Span, name_piece: tuple[Span, str, str],
                       title: Office | None, code_mod: str | None, org_sector: str | None,
                       day: dt.date | None, memory: _Memory, *, owned: bool = False) -> Mention | None:
        """A chunk with a name: a known person, someone named before, or a person coded by the title."""
        s, k, v = name_piece
        if k == "P":
            return self._person_mention(self.persons[v], span, day, title, f"lexicon actors.yaml: {v}")
        # an unknown named person: known from earlier by surname, or coded by the title
        earlier = self._by_surname(memory, s, span)
        if earlier is not None:
            return earlier
        kinds = [k for _, k, _ in chunk]
        home = ""
        if code_mod is None and title is not None:
            # "Foreign Minister Ana Reyes of Chile": the state named after the name
            code_mod = self._code_from_context(span.doc, span)
        if code_mod is None and title is not None and title.person:
            # "In Tehran, Foreign Ministry spokesman Reza Kamali said": the state of the scene
            code_mod = self._scene_state(span)
        if code_mod is None and title is not None and title.person and memory.home and not _pronoun_owned(span):
            # (not "Sweden said its envoy Anna Berg would travel": the pronoun's state, resolved later)
            code_mod, home = memory.home, " (the dateline's state)"
        owned = owned or (title is None and _possessive_state(chunk))
        if code_mod is None or (title is None and org_sector is None and not any(k == "O" for k in kinds)
                                and not owned):
            return None
        # "hosted Ghana's Kofi Mensah": a name its state owns is someone of that state
        sector = title.sector if title else (org_sector or ("UNK" if owned else "GOV"))
        return Mention(span.start, span.end, code_mod, sector,
                       "person", span.text,
                       identifier_text=s.text, office=title.office if title and title.person else None,
                       key=s.text.lower(), reason=f"title {(title.office or title.words[0]) if title else '-'!r}"
                       f" + {'demonym' if 'D' in kinds else 'state or organisation'} {code_mod}{home}",
                       char_start=span.start_char, char_end=span.end_char)

    def _by_surname(self, memory: _Memory, name: Span, span: Span) -> Mention | None:
        """The latest remembered person whose family name is the unknown name's, moved to ``span``."""
        surname = name[-1].lower_
        for p in reversed(memory.persons):
            # "Lavrov" after "Sergey Lavrov"; "Kim" after "Kim Jong Un" (family name first); any
            # spelling the lexicon knows ("Mohammed" after "Mohamed bin Zayed")
            known = self.persons.get(p.key or "")
            spellings = [p.identifier_text or "", *(known.names if known is not None else [])]
            for words in (n.lower().split() for n in spellings):
                if words and (words[-1] == surname or (len(name) == 1 and words[0] == surname)):
                    break
            else:
                continue
            if words:
                return replace(p, start=span.start, end=span.end, entity_text=span.text,
                               char_start=span.start_char, char_end=span.end_char,
                               reason=p.reason + "; same surname")
        return None

    def _compose_title(self, doc: Doc, chunk: list[tuple[Span, str, str]], span: Span, title: Office,
                       code_mod: str | None, day: dt.date | None, memory: _Memory) -> Mention | None:
        """A title without a name: its holder, an earlier official, or an unnamed official or organ."""
        head = chunk[-1]
        t_tok = next(s for s, k, _ in chunk if k == "T")
        if head[1] != "T" and t_tok.end <= head[0].start and head[1] in ("C", "K", "M", "D"):
            # "the Turkish foreign ministry spokesman ... Turkey": a title followed by a state
            code_mod = head[1] and head[2]
        code = code_mod or title.state  # "the pope": a title only one state has
        last = t_tok[-1]
        plural = last.tag_ in ("NNS", "NNPS") or (last.lower_.endswith("s") and last.lemma_ != last.lower_)
        if code is None:
            code = self._code_from_context(doc, t_tok, title.person)
        if code is None:
            if title.person and not plural:
                # "the minister": the latest person with that office, else the latest person
                return self._refer_by_office(memory, title, span) or self._scene_official(title, span)
            code = self._scene_state(span)
        if code is None:
            if not title.person and not plural and title.sector in ("GOV", "MIL", "LEG", "JUD") and t_tok.start \
                    and doc[t_tok.start - 1].lower_ == "the":
                described = self._described_org(doc, t_tok[-1], memory) if len(t_tok) == 1 \
                    and self._describes_org(t_tok[-1]) else None
                if described is not None:
                    return described  # "the International Court of Justice ... the court"
                code = _organ_owner(memory, t_tok, self.countries, title.sector)
            if code is None:
                return None
        office = self._title_office(title, memory, span)
        if title.person and not plural and office and self._counterpart_or_determined(doc, t_tok):
            known = self._official(code, office, title, span, day, memory)
            if known is not None:
                return known
        return Mention(span.start, span.end, code, title.sector, "organ" if not title.person else "person",
                       span.text, office=title.office if title.person else None,
                       key=f"{code}:{title.office or title.words[0] if title.person else t_tok.text.lower()}",
                       reason=f"title {title.words[0]!r} + state {code}",
                       char_start=span.start_char, char_end=span.end_char)

    def _refer_by_office(self, memory: _Memory, title: Office, span: Span) -> Mention | None:
        """A bare title taken as an earlier official holding it, moved to ``span``."""
        ref = self._by_office(memory, title, span.start_char)
        if ref is None:
            return None
        return replace(ref, start=span.start, end=span.end, entity_text=ref.entity_text,
                       char_start=span.start_char, char_end=span.end_char,
                       reason=ref.reason + f"; refers back from {span.text!r}")

    def _title_office(self, title: Office, memory: _Memory, span: Span) -> str | None:
        """The office a title stands for; a "counterpart" borrows it from the latest person."""
        office = title.office
        if office is None and title.person and "counterpart" in title.words:
            # "his Russian counterpart": the office of the person whose counterpart this is
            antecedent = memory.last_person(span.start_char)
            office = antecedent.office if antecedent is not None else None
        return office

    def _official(self, code: str, office: str, title: Office, span: Span, day: dt.date | None,
                  memory: _Memory) -> Mention | None:
        """The one official with ``office`` for ``code``: the KB's holder on ``day``, else one named earlier."""
        holder = self.holder(code, office, day)
        if holder is not None:
            return self._person_mention(holder, span, day, title, f"holder of {office} of {code} on {day}")
        for p in reversed(memory.persons):
            if p.code == code and p.office == office:
                return replace(p, start=span.start, end=span.end, char_start=span.start_char,
                               char_end=span.end_char, reason=p.reason + "; same title")
        return None

    def _compose_entity(self, doc: Doc, span: Span, piece: tuple[Span, str, str],
                        out: DocActors) -> Mention | None:
        """A chunk ending in an organisation, a state (name, capital, metonym) or a demonym."""
        s, k, v = piece
        if k == "O":
            return _org_mention(self.orgs[v], span, f"lexicon organizations.yaml: {v}")
        if k in ("C", "K", "M"):
            label = {"C": "name", "K": "capital", "M": "metonym"}[k]
            return Mention(span.start, span.end, v, "GOV", "state", span.text,
                           identifier_text=self.countries[v].name, key=v,
                           reason=f"{label} of {v} in countries.csv",
                           char_start=span.start_char, char_end=span.end_char)
        if k == "D":
            return self._demonym(doc, span, s, v, out)
        return None

    def _remember_modifier(self, chunk: list[tuple[Span, str, str]], memory: _Memory, out: DocActors) -> None:
        """A demonym that only modifies ("French and German diplomats") still brings a state the text
        has not named into the reader's memory (no pronoun's antecedent): "both sides" may mean it."""
        if len(chunk) != 1 or chunk[0][1] != "D":
            return
        span, _, code = chunk[0]
        head = span.root.head
        if code not in out.demonym_mods.get(head.i, []) and not any(
                code in mods for i, mods in out.demonym_mods.items() if span.end <= i <= span.end + 4):
            return
        memory.note_sentence(span.sent.start, [code])
        if code in memory.salience:
            return  # a state the text already named keeps its weight
        memory.salience[code] = 1
        memory.modifiers.append(Mention(span.start, span.end, code, "UNK", "state", span.text, key=code,
                                        identifier_text=self.countries[code].name,
                                        reason=f"demonym modifier {span.text!r}",
                                        char_start=span.start_char, char_end=span.end_char))

    def _demonym(self, doc: Doc, span: Span, s: Span, v: str, out: DocActors) -> Mention | None:
        """A demonym: an actor only as a noun ("the Russians"); as a modifier it is recorded."""
        tok = s.root
        if s.start > 0 and doc[s.start - 1].lower_ in self.words.ethnic_words:
            return None  # "ethnic Turks in Bulgaria", "ethnic Albanians of Serbia": a people, not the state
        if tok.dep_ == "conj" and self._coordinated_demonym(tok, v, out):
            return None
        gov = tok.head
        while gov.dep_ == "compound" and gov.head.i != gov.i and gov.head.i > gov.i:
            gov = gov.head
        # the parser may take a demonym before a noun for its determiner ("Togolese beer")
        modifier = tok.dep_ in ("amod", "compound", "nmod", "det")
        if modifier and gov.lemma_.lower() in self.words.language_nouns:
            return None  # "the Russian language", "Arabic speakers": a language, not a state
        # "a Saudi-led force", "Algerian-mediated talks", "a Greek-flagged ship": the state on the participle
        led = tok.dep_ == "npadvmod" and (gov.lower_ == "led" or gov.lemma_.lower() in self.words.hosting_participles
                                          or gov.lower_ in self.words.owning_participles)
        if (modifier or led) and gov.i != tok.i:
            if gov.lower_ in self.words.group_nouns and self.words.group_nouns[gov.lower_] == "state" and gov.i > tok.i:
                # "the Yemeni parties", "the Sudanese sides": groups of that state, sector unknown
                g = doc[span.start:gov.i + 1]
                return Mention(g.start, g.end, v, "UNK", "organ", g.text, key=f"{v}:{gov.lower_}",
                               reason=f"demonym {span.text!r} + {gov.text!r}",
                               char_start=g.start_char, char_end=g.end_char)
            out.demonym_mods.setdefault(gov.i, []).append(v)
            # chains of demonyms "Russian-Turkish", "Russian and Turkish" share the head
            return None
        if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS"):
            return Mention(span.start, span.end, v, "GOV", "state", span.text, key=v,
                           identifier_text=self.countries[v].name,
                           reason=f"demonym {span.text!r} as a noun",
                           char_start=span.start_char, char_end=span.end_char)
        return None

    def _coordinated_demonym(self, tok: Token, v: str, out: DocActors) -> bool:
        """Record a demonym coordinated with a modifier as modifying the same noun; whether it was."""
        # "Danish and Dutch students": a demonym coordinated with a modifier modifies too
        first = tok.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ in ("amod", "compound", "nmod") and first.head.i != first.i:
            out.demonym_mods.setdefault(first.head.i, []).append(v)
            return True
        return False

    def _counterpart_or_determined(self, doc: Doc, title: Span) -> bool:
        """Whether a bare title denotes one definite official ("the Turkish president", "his Russian
        counterpart") rather than a generic one ("a Turkish minister")."""
        left = doc[max(title.start - 3, 0):title.start]
        return not any(t.lower_ in ("a", "an", "one", "some", "former", "ex") for t in left)

    def _code_from_context(self, doc: Doc, title: Span, title_is_person: bool = True) -> str | None:
        """A state attached to a title by "of X", "from X" or "X's": "President of Russia", "Russia's minister";
        an organ also by "in X": "a court in Malawi"."""
        head = title[-1]
        for child in head.children:
            if child.dep_ == "poss":
                m = self._state_code_of(doc, child)
                if m:
                    return m
            # "officials from Ghana" are Ghana's as "officials of Ghana" are
            if child.dep_ == "prep" and (child.lower_ in ("of", "from")
                                         or (child.lower_ == "in" and not title_is_person)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        m = self._state_code_of(doc, pobj)
                        if m:
                            return m
        return None

    def _scene_state(self, title: Span) -> str | None:
        """ "In Ankara, officials said ...": the state named (by name, capital or demonym, not a mere
        city) in an "in" phrase told ahead of the clause whose subject the title is."""
        head = title.root
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = head.head
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < head.i):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                code = self._named_state_of(title.doc, pobj)
                if code is not None:
                    return code
        return None

    def _scene_official(self, title: Office, span: Span) -> Mention | None:
        """An unnamed official ("In Ankara, a ministry spokesman said") of the state of the scene."""
        code = self._scene_state(span)
        if code is None:
            return None
        return Mention(span.start, span.end, code, title.sector, "person", span.text, office=title.office,
                       key=f"{code}:{title.office or title.words[0]}",
                       reason=f"title {title.words[0]!r} + state {code} of the scene",
                       char_start=span.start_char, char_end=span.end_char)

    def _named_state_of(self, doc: Doc, token: Token, *, organisations: bool = False) -> str | None:
        """The state a phrase names by name, capital, metonym or demonym ("the Turkish capital");
        with ``organisations``, an organisation's code too ("NATO's naval mission" is NATO's)."""
        for match_id, _start, _end in self.matcher(doc[token.left_edge.i:token.i + 1]):
            kind, _, value = doc.vocab.strings[match_id].partition("|")
            if kind in ("C", "D", "K", "M"):
                return value
            if organisations and kind == "O":
                return self.orgs[value].code
        return None

    def _state_code_of(self, doc: Doc, token: Token) -> str | None:
        code = self._named_state_of(doc, token, organisations=True)
        if code is not None:
            return code
        if self.places is not None:
            # "the mayor of Jenin", "a court in Malawi", "the West Bank town of Jenin": the state the
            # place lies in
            names = [token.text] if token.pos_ == "PROPN" else []
            names += [p.text for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            names += [doc[c.left_edge.i:c.i + 1].text for c in token.children if c.dep_ == "compound"]
            for name in names:
                place = self.places.geocode(name)
                if place is not None and place.country_code:
                    return place.country_code
        return None

    def _by_office(self, memory: _Memory, title: Office, before: int) -> Mention | None:
        word = (title.office or title.words[0]).lower()
        for p in reversed(memory.persons):
            if p.char_start >= before:
                continue
            if p.office and (p.office.lower() == word or word.split()[-1] in p.office.lower()):
                return p
        return None

    # ---------------------------------------------------------------- pronouns and groups

    def _pronoun_and_group_tokens(self, doc: Doc) -> list[Token]:
        out = []
        pronouns = self.words.person_pronouns | PLURAL_PRONOUNS | self.words.state_pronouns
        for t in doc:
            low = t.lower_
            pronoun = t.pos_ == "PRON" and low in pronouns
            if pronoun or (low in self.words.group_nouns and (t.pos_ == "NOUN" or _the_number(t))) \
                    or self._describes_state(t) or self._describes_named_org(t):
                out.append(t)
        return out

    def _describes_named_org(self, t: Token) -> bool:
        """ "the bloc", "the alliance" (a noun of an organisation's ``descriptions``), alone with "the"."""
        return t.lower_ in self.org_nouns and _definite_noun(t) \
            and not any(c.dep_ in ("compound", "amod", "poss", "nummod", "nmod") for c in t.children)

    def _describes_state(self, t: Token) -> bool:
        """ "the Gulf state", "the island nation", "the country": a definite description of a state."""
        return t.lower_ in self.words.state_descriptions and _definite_noun(t) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                        for c in t.children)

    def _describes_org(self, t: Token) -> bool:
        """ "the court", "the commission": an organ's title that may describe an organisation."""
        return t.lower_ in self.words.organisation_descriptions and _definite_noun(t) \
            and not any(c.dep_ in ("compound", "amod", "poss") for c in t.children)

    @staticmethod
    def _described_org(doc: Doc, tok: Token, memory: _Memory) -> Mention | None:
        """The organisation an organ's title means when one named before holds the word ("the
        International Court of Justice ... the court"): the latest such; None when none was."""
        ref = next((m for m in reversed(memory.states) if m.kind == "org" and m.code and m.char_start < tok.idx
                    and tok.lower_ in f"{m.entity_text} {m.identifier_text or ''}".lower().split()), None)
        if ref is None:
            return None
        start = min([c.i for c in tok.children if c.dep_ == "det"] + [tok.i])
        return replace(ref, start=start, end=tok.i + 1, entity_text=doc[start:tok.i + 1].text,
                       char_start=doc[start].idx, char_end=tok.idx + len(tok),
                       reason=f"description {doc[start:tok.i + 1].text!r} -> {ref.identifier_text or ref.entity_text}")

    def _org_by_description(self, doc: Doc, tok: Token, memory: _Memory) -> Mention | None:
        """The organisation "the bloc" or "the alliance" means: the latest named before it (alone or
        in a title: "leaders of ECOWAS") that such a noun describes (``descriptions`` in
        organizations.yaml); None when none was named."""
        low = tok.lower_
        org = next((self.orgs[v] for at, v in reversed(memory.named_orgs)
                    if at < tok.idx and v in self.orgs and low in self.orgs[v].descriptions), None)
        if org is None:
            return None
        span = doc[min([c.i for c in tok.children if c.dep_ == "det"] + [tok.i]):tok.i + 1]
        return _org_mention(org, span, f"description {span.text!r} -> {org.names[0]} "
                                       f"(lexicon organizations.yaml: {org.id})")

    def _described_state(self, doc: Doc, tok: Token, memory: _Memory) -> Mention | None:
        """The state a definite description means ("accusing the Gulf state of ..."): the latest state
        named, other than whoever the clause's subject is."""
        exclude = {m.code for m in memory.persons + memory.states if m.start in _clause_subject(tok) and m.code}
        ref = next((m for m in reversed(memory.states) if m.kind == "state" and m.code and m.code not in exclude
                    and m.char_start < tok.idx), None)
        if ref is None:
            return None
        start = min([c.i for c in tok.children if c.dep_ in ("det", "amod", "compound", "nmod")] + [tok.i])
        return replace(ref, start=start, end=tok.i + 1, entity_text=doc[start:tok.i + 1].text,
                       char_start=doc[start].idx, char_end=tok.idx + len(tok),
                       reason=f"description {doc[start:tok.i + 1].text!r} -> {ref.code}")

    def _speaker_self(self, tok: Token, out: DocActors) -> Mention | None:
        """ "KFOR said it had moved troops", "the minister said she would go": the subject pronoun of
        what is said is the speaker, when the speaker is of the pronoun's kind."""
        kinds = {"it": ("state", "org", "organ"), "he": ("person",), "she": ("person",)}.get(tok.lower_)
        if kinds is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = tok.head
        if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.words.saying_verbs:
            return None
        for subj in (c for c in clause.head.children if c.dep_ == "nsubj"):
            # the speaker's own words, not a place named in them ("the force in Kosovo")
            own = [t for t in subj.subtree if not any(a.dep_ == "prep" and a.i in {x.i for x in subj.subtree}
                                                      for a in t.ancestors)]
            found = [out.by_token[t.i] for t in own if t.i in out.by_token and out.by_token[t.i].kind in kinds]
            if found:
                ref = found[0]
                return _at_pronoun(ref, tok, f"pronoun {tok.text!r} -> the speaker, {ref.entity_text}")
        return None

    def _refer(self, doc: Doc, tok: Token, day: dt.date | None, memory: _Memory,
               out: DocActors) -> Mention | None:
        low = tok.lower_
        if low in self.words.group_nouns:
            return self._group(doc, tok, day, memory)
        if low in self.words.state_descriptions and tok.pos_ == "NOUN":
            return self._described_state(doc, tok, memory)
        if low in self.org_nouns and tok.pos_ == "NOUN":
            return self._org_by_description(doc, tok, memory)
        if low in self.words.person_pronouns:
            ref = memory.last_person(tok.idx)
            if low in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative", "iobj") and ref is not None:
                # "he spoke with the Iranian minister and urged him to ...": an object pronoun is
                # someone else than the subject
                other = next((p for p in reversed(memory.persons) if p.key != ref.key and p.char_start < tok.idx),
                             None)
                ref = other or ref
            if ref is None:
                return None
            # "his country" -> the person's state
            head = tok.head
            if low in ("his", "her") and head.lower_ in ("country", "government", "nation", "side"):
                return Mention(tok.i, head.i + 1, ref.code, "GOV", "state", ref.code or "",
                               key=ref.code,
                               reason=f"'{tok.text} {head.text}' -> {ref.identifier_text or ref.entity_text}",
                               char_start=tok.idx, char_end=head.idx + len(head))
            return _at_pronoun(ref, tok, f"pronoun {tok.text!r} -> {ref.identifier_text or ref.entity_text}")
        if low in PLURAL_PRONOUNS:
            return self._refer_plural(tok, memory, out)
        if low in self.words.state_pronouns and memory.states:
            return self._refer_state(doc, tok, memory)
        return None

    def _refer_state(self, doc: Doc, tok: Token, memory: _Memory) -> Mention | None:
        """ "it", "its": the state or organisation meant (the reader has met one)."""
        low = tok.lower_
        ref = memory.states[-1]
        # "Armenia will retaliate against any Azerbaijani incursion, its minister said": the possessive
        # of a speaker means the latest subject of its sentence before the latest state named
        speaker = tok.head.dep_ == "nsubj" and tok.head.head.lemma_.lower() in self.words.saying_verbs
        own = [m for m in memory.state_subjects if m.code and tok.sent.start_char <= m.char_start < tok.idx]
        if low != "it" and speaker and own:
            ref = own[-1]
        elif low == "its" and tok.head.lower_ not in self.office_of_word:
            # "Hanoi protested over the seizure of its boat": the state its clause is told of; but
            # a state's organ or people ("sent troops to Togo at the request of its government")
            # belong to the state just named
            ref = self._reported_speaker(tok, memory) or _clause_subject_state(tok, memory) or ref
        parallel = self._parallel_subject(tok, memory) if low == "it" else None
        if low == "its" and tok.dep_ == "poss" and tok.head.lower_ in self.office_of_word:
            # "Japan tightened its controls ..., and on Aug 2 its cabinet voted ...": the organ
            # heading a coordinated clause is that of the first clause's subject
            parallel = self._parallel_subject(tok.head, memory)
        if parallel is not None:
            ref = parallel
        elif low == "it":
            # "it" is a state or an organisation, never "the Syrian refugees"; or an organ that
            # was the subject of this or the last sentence ("The ministry said ... It demanded")
            previous_start = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else 0
            found = next((m for m in reversed(memory.state_subjects) if m.kind == "organ" and m.code
                          and m.char_start >= previous_start), None)
            if found is None or any(m.kind in ("state", "org") and m.char_start > found.char_start
                                    for m in memory.states):
                found = next((m for m in reversed(memory.states) if m.kind in ("state", "org")), None)
            if found is None:
                return None
            ref = found
            # "it" names a state only as a subject or the object of a verb acting on a party ("accusing
            # it of arming rebels"), and only one named in this or the last sentence
            party_object = tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.words.party_object_verbs
            if (tok.dep_ not in ("nsubj", "nsubjpass") and not party_object) or ref.char_start < previous_start:
                return None
        return _at_pronoun(ref, tok, f"pronoun {tok.text!r} -> {ref.code}")

    def _reported_speaker(self, tok: Token, memory: _Memory) -> Mention | None:
        """ "Baku said Armenian forces had shelled its positions": in a clause a state reports of
        another party's act, "its" thing (not an organ: "said Uganda had withdrawn its troops") is
        the speaker's."""
        v = _clause_verb(tok)
        if v is None or v.dep_ != "ccomp" or v.head.lemma_.lower() not in self.words.saying_verbs:
            return None
        doer = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        speaker = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if doer is None or speaker is None:
            return None
        said = _named_state_at(memory, speaker.i)
        if said is None or any(m.start <= doer.i < m.end and m.code == said.code for m in memory.states):
            return None
        return said

    def _refer_plural(self, tok: Token, memory: _Memory, out: DocActors) -> Mention | None:
        """ "they", "them": the plural speakers of what is said, else the nearest plural phrase it
        agrees with (no one when that is things or unnamed people: ``out.things``), else the
        latest group."""
        speakers = self._plural_speaker(tok, memory)
        if speakers is not None:
            return _at_pronoun(speakers, tok, f"pronoun {tok.text!r} -> the speakers, {speakers.entity_text}")
        reading = Reading(out.by_token, out.things, memory.quotes, self.words.measure_nouns, self.words.count_nouns,
                          self.words.group_nouns.keys())
        found = plural_antecedent(tok, reading) if tok.lower_ != "themselves" else None
        if found is not None and found.mention is None:
            out.things.add(tok.i)
            return None
        if found is not None and found.mention is not None:
            ref = found.mention
            return _at_pronoun(ref, tok, f"pronoun {tok.text!r} -> the plural phrase {found.head.text!r}: "
                               + " + ".join(m.identifier_text or m.entity_text for m in ref.expand()))
        return _at_pronoun(memory.plural, tok) if memory.plural is not None else None

    def _plural_speaker(self, tok: Token, memory: _Memory) -> Mention | None:
        """ "Chilean officials said they would ...": "they", subject of what a plural speaker says,
        is the speakers."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" \
                or verb.head.lemma_.lower() not in self.words.saying_verbs:
            return None
        said = verb.head
        subjects = [c for c in said.children if c.dep_ == "nsubj"]
        if not subjects and said.dep_ == "conj":  # "the Taliban condemned X and said they ...": a shared subject
            subjects = [c for c in said.head.children if c.dep_ == "nsubj"]
        subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]  # "In Chad, the rebels, who ..."
        # a plural noun ("Chilean officials"), or a body named as a plural ("the Taliban", "the Houthis")
        return next((m for m in reversed([*memory.persons, *memory.states]) if m.code
                     and any(m.start <= c.i < m.end and (c.tag_ in ("NNS", "NNPS") or m.kind == "org")
                             for c in subjects)), None)

    @staticmethod
    def _parallel_subject(tok: Token, memory: _Memory) -> Mention | None:
        """ "Canada has criticised Peru for years, and last May it recalled its envoy": the subject "it"
        of a clause coordinated with one whose subject is a state or organisation is that subject."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
            return None
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return next((m for m in reversed(memory.state_subjects) if m.kind in ("state", "org")
                     and any(m.start <= c.i < m.end for c in subjects)), None)

    def _group(self, doc: Doc, tok: Token, day: dt.date | None, memory: _Memory) -> Mention | None:
        """ "the two presidents", "both ministers", "the two countries", "the parties"."""
        mods = [c for c in tok.children if c.dep_ in ("det", "nummod", "amod", "predet", "compound", "poss")]
        words = {c.lower_ for c in mods}
        has_quant = bool(words & set(self.words.group_quantities)) or _the_number(tok) or any(
            t.lower_ in self.words.group_quantities for t in doc[max(tok.i - 3, tok.sent.start):tok.i])
        # "two Beninese diplomats" is a new group; "the two diplomats", "both sides", "their two
        # leaders" point back
        before = {t.lower_ for t in doc[max(tok.i - 3, tok.sent.start):tok.i]}
        if any(c.dep_ == "nummod" for c in mods) and not (words | before) & POINTING_WORDS:
            return None
        definite = "the" in words or has_quant
        # modifiers that name who is meant ("the Yemeni parties", "the parties involved") make it
        # something else than a back-reference
        specific = [c for c in tok.children if c.dep_ in ("amod", "compound", "acl", "relcl", "prep")
                    and c.lower_ not in self.words.group_quantities and c.lower_ not in ("other",)
                    and not (c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ == "sides")]
        if not definite or (specific and not has_quant):
            return None
        if any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ not in self.words.group_quantities
               and c.lower_ not in ("respective",) for c in tok.children) and not has_quant:
            return None
        if not has_quant and tok.lower_ not in self.words.bare_group_nouns:
            return None  # "the officials", "the men" need a number to point back ("the two officials")
        what = self.words.group_nouns[tok.lower_]
        office = tok.lemma_.lower() if what == "person" and tok.lower_ not in ("men", "women", "heads") else None
        quant = self.words.group_quantities
        n = max([quant.get(w, 0) for w in words] + [quant.get(t.lower_, 0)
                 for t in doc[max(tok.i - 3, tok.sent.start):tok.i + 1]] + [2])  # ("the three": the word itself)
        # "Xi urged both sides to stop": the sides are others than whoever addresses them
        exclude = {m.code for m in memory.persons + memory.states if m.start in _clause_subject(tok) and m.code}
        pair = _told_pair(tok, what, office, n, exclude, memory) or (
            memory.recent_officials(office, n, exclude) if what == "person" else ())
        how = ""
        if not pair and n == 2 and what != "person":
            pair, how = memory.most_paired(exclude), " (the pair named together most)"
        if not pair and what == "state" and len(memory.between) == n \
                and not {m.code for m in memory.between} & exclude:
            pair, how = memory.between, " (the states told 'between')"
        if not pair:
            pair, how = memory.most_named(n, exclude), f" ({MOST_NAMED})"
        if len(pair) < 2:
            return None
        start = min([c.i for c in mods] + [tok.i])
        return Mention(start, tok.i + 1, None, None, "group", doc[start:tok.i + 1].text, members=pair,
                       reason=f"group {doc[start:tok.i + 1].text!r} -> "
                       + " + ".join(m.identifier_text or m.entity_text for m in pair) + how,
                       char_start=doc[start].idx, char_end=tok.idx + len(tok))


def _the_number(t: Token) -> bool:
    """ "The two agreed to ...", "urged both to ...": a number standing alone, with "the", or "both" alone,
    as a subject or an object (not after a preposition: "an effort to normalise relations between the two"
    names them in no act of theirs)."""
    if t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if t.lower_ == "both":
        return not any(c.dep_ in ("det", "amod", "compound", "prep") for c in t.children)
    return t.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _at_pronoun(ref: Mention, tok: Token, reason: str | None = None) -> Mention:
    """``ref`` as the mention of the pronoun ``tok`` (with ``reason`` when given)."""
    moved = replace(ref, start=tok.i, end=tok.i + 1, char_start=tok.idx, char_end=tok.idx + len(tok))
    return moved if reason is None else replace(moved, reason=reason)


#: Arabic articles that open a name in lower case ("al-Shabaab", "el-Sisi")
_NAME_ARTICLES = ("al-", "el-", "al ", "el ")


def _written_as_name(span: Span) -> bool:
    """Whether a matched name is written as one: names are capitalised, so "the Valley" is a capital and
    "the valley" is not. The first word after "the" counts, past a lower-case Arabic article
    ("al-Shabaab", "al-Qaeda in Iraq"); a digit also opens a name ("17 November")."""
    start = next((t.i for t in span if t.lower_ != "the"), span.start)
    text = span.doc[start:span.end].text
    for article in _NAME_ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
            break
    return text[:1].isupper() or text[:1].isdigit()


#: words that make a counted group point back ("the two leaders", "both sides", "their two envoys")
POINTING_WORDS = frozenset({"the", "both", "each", "their", "these", "those", "its"})


def _clause_subject(tok: Token) -> set[int]:
    """The tokens of the subject of the clause a non-subject word is in ("Xi urged both sides",
    "Riyadh cut ties, accusing the Gulf state"): the nearest verb's, or the verb it hangs from."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return set()
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for _ in range(3):
        if verb is None:
            return set()
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            return {w.i for c in subj for w in c.subtree}
        if verb.dep_ not in ("advcl", "xcomp", "conj", "acl") or verb.head.i == verb.i:
            return set()
        verb = verb.head
    return set()


def _note_coordinated_subjects(doc: Doc, mention: Mention, memory: _Memory, out: DocActors) -> None:
    """ "Lula and Boric agreed ... They also ...": coordinated subjects are what "they" means
    (not "neither X nor Y")."""
    head = doc[mention.end - 1]
    window = doc[max(head.sent.start, mention.start - 8):mention.end]
    if head.dep_ != "conj" or mention.kind == "group" or any(t.lower_ in ("neither", "nor") for t in window):
        return
    first = head.head
    while first.dep_ == "conj":
        first = first.head
    if first.i not in out.by_token:
        return
    members = [out.by_token[first.i]] + [out.by_token[c.i] for c in first.conjuncts if c.i in out.by_token]
    uniq = {m.code: m for m in [*members, mention] if m.code}
    if first.dep_ == "pobj" and first.head.lower_ == "between" and mention.kind == "state":
        # "talks between Colombia and Ecuador, brokered by Norway": who "the two sides" are
        memory.between = tuple(uniq.values())
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return
    if len(uniq) >= 2:
        memory.plural = Mention(first.i, head.i + 1, None, None, "group", doc[first.i:head.i + 1].text,
                                members=tuple(uniq.values()), reason="coordinated subjects")
        if memory.told and memory.told[-1].start == first.i:
            memory.told[-1] = memory.plural  # "Brazil, Chile and Argentina": one group, told in full
        else:
            memory.told.append(memory.plural)


def _venue(t: Token, m: Mention) -> bool:
    """Whether a capital is told as where something happens ("met in Lusaka", "talks at Abuja")."""
    return m.reason.startswith("capital") and t.dep_ == "pobj" and t.head.lower_ in ("in", "at")


def _org_mention(org: Organization, span: Span, reason: str) -> Mention:
    """A mention of the organisation ``org`` at ``span``."""
    return Mention(span.start, span.end, org.code, org.sector, "org", span.text, identifier_text=org.names[0],
                   key=org.id, reason=reason, char_start=span.start_char, char_end=span.end_char)


def _definite_noun(t: Token) -> bool:
    """Whether a word is a singular common noun with "the", standing alone ("the country", "the
    court"): the shape of a definite description."""
    return t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ not in ("compound", "amod") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _pronoun_owned(span: Span) -> bool:
    """Whether a possessive pronoun owns the noun phrase of ``span`` ("its envoy Anna Berg")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.dep_ == "poss" and before.pos_ == "PRON") or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in span.root.children)


def _possessive_state(chunk: list[tuple[Span, str, str]]) -> bool:
    """Whether a chunk is a state's or capital's possessive right before a name ("Ghana's Kofi Mensah")."""
    if len(chunk) != 2 or chunk[0][1] not in ("C", "K") or chunk[1][1] != "N":
        return False
    first, name = chunk[0][0], chunk[1][0]
    gap = first.doc[first.end:name.start]
    return [t.lower_ for t in gap] in (["'s"], ["’s"])


def _organ_owner(memory: _Memory, organ: Span, states: Collection[str], sector: str = "GOV") -> str | None:
    """Whose "the government", "the junta", "the army" it is when no state is attached: the state
    of the latest organ of that name (or, for an armed or police organ, of one of the same sector in
    its sentence: "Israeli jets struck ..., the army said"), else the article's most named state (of ``states``: an
    organisation has no junta) when it is named more than any other, else of those named most the
    latest told as a grammatical subject."""
    word = organ[-1].lower_
    for m in reversed(memory.states):
        if m.kind == "organ" and m.code and (m.entity_text.lower().endswith(word) or (
                sector in ("MIL", "COP") and m.sector == sector and m.start >= organ.sent.start)):
            return m.code
    ranked = sorted(((c, n) for c, n in memory.salience.items() if c in states), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    # "Vietnam accused China of ...; the foreign ministry said ...": of the states named most, the
    # one the story last told as the doer of a clause
    # ("Chad and Sudan traded accusations; the government ...": two doers told together stay unknown)
    tied = {c for c, n in ranked if n == ranked[0][1]} if ranked else set()
    subj = next((m for m in reversed(memory.state_subjects) if m.code in tied), None)
    if subj is None:
        return None
    doc = organ.doc
    together = {t.i for w in (doc[subj.start], doc[subj.end - 1]) for t in w.conjuncts}
    together |= {m.start for m in memory.state_subjects if doc[m.start].sent == doc[subj.start].sent}
    if any(m.code in tied and m.code != subj.code and m.start in together for m in memory.states):
        return None
    return subj.code


#: how many sentences back a pair told together ("Thailand and Cambodia agreed") is what a group means
_TOLD_PAIR_REACH = 3


def _told_pair(tok: Token, what: str, office: str | None, n: int, exclude: Collection[str],
               memory: _Memory) -> tuple[Mention, ...]:
    """The parties a group reference means when they were just told together as the subjects of
    one clause ("Thailand and Cambodia agreed ... the two governments invited"): the latest
    coordinated subjects, near enough, of as many states as the group counts, none excluded, and
    for officials holding the office the group names."""
    # the latest group told together with as many states as the group counts ("Armenia and
    # Azerbaijan agreed ...; Aliyev, Pashinyan and Putin signed ...; the troops of both sides")
    told = next((g for g in reversed(memory.told) if g.start < tok.i and len({m.code for m in g.expand()}) == n), None)
    if told is None or sum(1 for t in tok.doc[told.start + 1:tok.i + 1] if t.is_sent_start) > _TOLD_PAIR_REACH:
        return ()
    members = told.expand()
    codes = {m.code for m in members}
    if not len(codes) == n == len(members) or codes & set(exclude):
        return ()
    if what == "person" and not all(m.kind == "person" and (office is None or (
            m.office is not None and office.rstrip("s") in m.office.lower())) for m in members):
        return ()
    return members


def assign_first_person(doc: Doc, actors: DocActors, quotes: Sequence[tuple[int, int, Mention | None]],
                        narrator: Mention | None, *, pronouns: Collection[str] | None = None) -> None:
    """ "I", "we", "our" inside a quotation are its speaker; outside, the article's narrator
    (the official whose statement the article is). Updates ``actors`` in place. ``pronouns``: the
    first-person pronouns (``first_person_pronouns`` of the packaged ``rules/words.yaml`` by default)."""
    first_person = data.load_words().first_person_pronouns if pronouns is None else pronouns
    for t in doc:
        if t.lower_ not in first_person or t.i in actors.by_token:
            continue
        who = narrator
        for start, end, speaker in quotes:
            if start <= t.idx < end:
                who = speaker
                break
        if who is None:
            continue
        m = replace(who, start=t.i, end=t.i + 1, char_start=t.idx, char_end=t.idx + len(t),
                    reason=f"first person {t.text!r} -> {who.identifier_text or who.entity_text}")
        actors.by_token[t.i] = m
        actors.mentions.append(m)


#: the codes of intergovernmental organisations (PLOVER): an officer titled by one acts for it
INTERGOVERNMENTAL = ("UNO", "EUR", "IGO")


def _role_organisation(person: Token, out: DocActors, roles: frozenset[str]) -> Mention | None:
    """The organisation a person is described as acting for: "X, the African Union's envoy", "X,
    who is the envoy of the UN", "X, who chairs the bloc" (an organisation named there)."""
    described = [c for n in (person, *(a for a in person.children if a.dep_ == "appos")) for c in n.children]
    for c in described:  # the person's appositions and relative clauses, and those of an apposition
        if c.dep_ == "appos" and c.lemma_.lower() in roles:
            scope = list(c.subtree)
        elif c.dep_ == "relcl" and (c.lemma_.lower() in ("chair", "lead", "head") or any(
                a.dep_ == "attr" and a.lemma_.lower() in roles for a in c.children)):
            scope = [w for a in c.children if a.dep_ in ("attr", "dobj") for w in a.subtree]
            if c.lemma_.lower() in ("chair", "lead", "head") and not (
                    any(a.dep_ == "dobj" for a in c.children)
                    and any(a.dep_ == "nsubj" and a.tag_ in ("WP", "WDT") for a in c.children)):
                continue  # "who chairs the bloc", not "whose country chairs the bloc"
        else:
            continue
        # the organisation, or its officer's title ("the African Union's envoy" reads as an IGO title)
        orgs = [m for w in scope if (m := out.by_token.get(w.i)) is not None and m.code
                and (m.kind == "org" or m.code in INTERGOVERNMENTAL)]
        if orgs:
            return orgs[0]
    return None


def _acting(m: Mention, org: Mention) -> Mention:
    return replace(m, code=org.code, sector=org.sector, reason=f"{m.reason}; acting for {org.entity_text}")


def _acting_for_organisations(doc: Doc, out: DocActors, roles: frozenset[str]) -> None:
    """Someone described as an organisation's envoy, mediator or chair acts in its name (codebook
    section 9): every mention of that person in the article takes the organisation's code."""
    acting: dict[str, Mention] = {}
    for m in out.mentions:
        if m.kind == "person" and m.key and m.key not in acting:
            org = _role_organisation(doc[m.end - 1], out, roles)
            if org is not None and org.code != m.code:
                acting[m.key] = org
    if not acting:
        return
    out.mentions = [_acting(m, acting[m.key]) if m.key in acting and m.kind == "person" else m
                    for m in out.mentions]
    for m in out.mentions:
        for i in range(m.start, m.end):
            out.by_token[i] = m

