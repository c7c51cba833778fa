"""Assemble events: triggers + roles + modality + date + place + topics -> :class:`Event` records.

One record per distinct event of the article (codebook section 1): candidates with the same type,
participants, modality and a compatible date are merged, keeping every sentence as evidence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from communique import data
from communique.extract.modality import conditional, modality_of
from communique.extract.quotes import QuoteMention, find_quotes, speaker_of
from communique.extract.resources import Resolvers
from communique.extract.roles import (
    AT_A_CROWD,
    JUDGING_TYPES,
    ORGANISATION_CODES,
    RELATIVE_ANTECEDENT,
    Roles,
    answered_request,
    called_thing,
    clause_verb,
    complement_parties,
    doers_of,
    infinitive_clause,
    judged_thing,
    pobj_mentions,
    roles_of,
)
from communique.extract.roles import mentions_at as mentions_of
from communique.extract.roles import subjects_of as _subjects_of
from communique.extract.rules import DiscourseRules, load_contexts, load_discourse, load_modality, load_triggers
from communique.extract.state import DocState
from communique.extract.triggers import Trigger, find_triggers, judging_position, passive, said_through, trigger_at
from communique.model import SYMMETRIC_TYPES, ActorRef, Article, Event, EventDate, Place, Quote
from communique.model import Span as TextSpan
from communique.nlp import dateline_spans, of_object, reporters_scene, span_text, text_of, to_infinitive
from communique.nlp.mentions import MOST_NAMED, PLURAL_PRONOUNS, DateMention, DocActors, Mention
from communique.nlp.phrases import phrase_matcher

__all__ = ["ArticleExtractor", "Candidate", "refers_back"]


#: directed types the codebook lets go without a recipient ("troops were moved to the border"); a
#: protest with no foreign target is a domestic act (codebook section 1)
NO_TARGET_TYPES = ("MOBILIZE",)

#: words that count an act in a series ("the third meeting this year")
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "latest", "last", "previous", "next"})
#: the reason of an act read as a standing state, which makes no event
STANDING = "a standing state"
#: types of material conflict: wanting them is a threat
MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
#: directed acts that can answer another's hostile act, and so be aimed at its doer when they name no
#: target ("recalled its envoy after X shelled ...")
ANSWERING_TYPES = ("SANCTION", "MOBILIZE", "COERCE", "ACCUSE", "THREATEN", "REJECT")
#: directed acts that, told to someone with no target of their own, are aimed at whom they are told
#: to ("will defend its islands by every means, the minister told Turkey")
ADDRESSED_TYPES = ("THREATEN", "REQUEST", "ACCUSE")
#: types of material cooperation: wanting them is an intent to cooperate (AGREE)
MATERIAL_COOPERATION = {"AID", "COOPERATE", "RETREAT"}
PROMISABLE = {"AID", "COOPERATE", "SUPPORT"}  # promised, they are AGREE (a retreat promised concedes)
#: the reason of a host guessed from a one-sided meeting's venue (:meth:`ArticleExtractor._host`)
HOST_REASON = "host of a meeting in"


@dataclass
class Candidate:
    """An event before merging: one trigger in one sentence."""

    event_type: str
    mode: str | None
    actors: list[Mention]
    recipients: list[Mention]
    date: str | None
    date_text: str | None
    date_from_text: bool
    modality: str
    place: Place | None
    sentence: Span
    trigger: Token
    confidence: float
    reason: str
    topics: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    place_from_dateline: bool = False
    #: where the date came from: "text" (the event's own clause), "discourse" (another sentence or
    #: event of the text), "publication" (the article's date), None when undated
    date_source: str | None = None
    #: the date expression the date came from (None for the publication date) and why it was chosen
    date_mention: DateMention | None = None
    date_reason: str = ""
    #: every actor did it to the others ("accused each other"): split into one record per actor
    reciprocal: bool = False

    def take_date_of(self, other: Candidate, why: str) -> None:
        """Take the date of the event ``other`` (told in another sentence) as this one's, from the discourse."""
        self.date, self.date_text, self.date_mention = other.date, other.date_text, other.date_mention
        self.date_from_text, self.date_source, self.date_reason = True, "discourse", why

    def key(self) -> tuple[Any, ...]:
        """Type, participants and modality: what must agree for two candidates to be one event."""
        if self.event_type in SYMMETRIC_TYPES:
            parts: tuple[Any, ...] = (frozenset(m.code for m in self.actors + self.recipients),)
        else:
            parts = (frozenset(m.code for m in self.actors), frozenset(m.code for m in self.recipients))
        return (self.event_type, *parts, self.modality)


@dataclass(frozen=True)
class _When:
    """When an event happened, as :meth:`ArticleExtractor._when` found it."""

    modality: str
    date: str | None
    text: str | None
    from_text: bool
    source: str | None
    reason: str
    mention: DateMention | None = None
    why: str = ""


#: the date reason of an act told as done before the story's time, dated only by the month the story
#: had reached (:func:`communique.extract.narrative.date_earlier_acts`): no other act of that month
EARLIER_ACT = "done before the story's time: the month it had reached"


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.startswith(b) or b.startswith(a)


def _progressive(tok: Token) -> bool:
    """ "said on Saturday it was breaking off relations": an act told in the progressive is going on
    when it is told, so a verb of saying dates it."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One participant per code: a state acting through its leader is counted once; the most
    specific mention (a named person over an office over a state) represents it."""
    rank = {"person": 3, "organ": 2, "org": 2, "state": 1}
    best: dict[str, Mention] = {}
    order: list[str] = []
    for m in mentions:
        if not m.code:
            continue
        if m.code not in best:
            order.append(m.code)
            best[m.code] = m
        elif rank.get(m.kind, 0) > rank.get(best[m.code].kind, 0) or (
                m.kind == best[m.code].kind and m.identifier_id and not best[m.code].identifier_id):
            best[m.code] = m
    return [best[c] for c in order]


class ArticleExtractor:
    """Rules, lexicons and resolvers loaded once; :meth:`events` runs on one parsed article."""

    def __init__(self, nlp: Language, resolvers: Resolvers, extra_dirs: Sequence[Path] = ()) -> None:
        self.extra_dirs = tuple(extra_dirs)
        #: the English word lists of rules/words.yaml
        self.words = data.load_words(self.extra_dirs)
        self.rules = load_triggers(tuple(extra_dirs))
        self.modality = load_modality(tuple(extra_dirs))
        self.discourse = load_discourse(tuple(extra_dirs))
        self.plover = data.load_plover(tuple(extra_dirs))
        self._light_verbs = frozenset(self.modality.light_verbs)
        self.places = resolvers.places
        self.actors = resolvers.actors
        self.dates = resolvers.dates
        #: the choice of an event's date and place (communique.resolve.event_dates, .event_places)
        self.event_dates = resolvers.event_dates
        self.event_places = resolvers.event_places
        contexts = {context: sorted({w for word in words for w in (word, word + "s")})
                    for context, words in load_contexts(tuple(extra_dirs)).items()}
        self.context_matcher = phrase_matcher(nlp, "contexts", contexts)
        self.topics: dict[str, data.Topic] = {}
        names: dict[str, list[str]] = {}
        for t in data.load("topics", extra_dirs):
            self.topics[t.name] = t
            names.setdefault(t.name, []).extend((t.name, *t.aliases))
        self.topic_matcher = phrase_matcher(nlp, "topics", names)

    # ------------------------------------------------------------------ public

    # ------------------------------------------------------------------ components' steps

    def resolve_actors(self, state: DocState) -> None:
        """Participants of the text (officials of no named state serve the dateline's state); a
        dateline's place names no participant."""
        home = state.dateline.country_code if state.dateline is not None else None
        actors = self.actors.resolve(state.doc, state.published, home=home)
        for start, end in dateline_spans(state.article.text):
            # "LIMA (Agency) - Bolivia protested ...": the dateline is no participant
            for i in [i for i, m in actors.by_token.items() if start <= m.char_start and m.char_end <= end]:
                del actors.by_token[i]
        self.actors.short_names(state.doc, actors)
        state.actors = actors

    def find_quotes(self, state: DocState) -> None:
        """Quotations with their speakers; first person inside a quote is the speaker."""
        doc, actors = state.doc, state.require_actors()
        state.quotes = find_quotes(doc, actors, self.modality.speech_verbs)
        self.actors.first_person(doc, actors, [(q.start, q.end, q.speaker) for q in state.quotes],
                                 self._narrator(doc, actors))

    def find_dateline(self, state: DocState) -> None:
        """Where the article's day happened: its dateline."""
        state.dateline = self._dateline(state.article, state.doc)

    def find_dates(self, state: DocState) -> None:
        """Every date expression of every sentence, resolved against publication and the dates before it."""
        state.dates.update(self.event_dates.read(state.doc, state.published, state.all_dates))
        if not self.actors.uses_ner:
            # no entity recogniser ran: the date expressions found mark their words as dates, as
            # it would ("called it hostile on Monday": "on" brings a time, no "call on")
            spans = [state.doc.char_span(m.start, m.end, label="DATE", alignment_mode="expand")
                     for m in state.all_dates]
            state.doc.set_ents(filter_spans([s for s in spans if s is not None]))

    def find_all_triggers(self, state: DocState) -> None:
        """The rule triggers of every sentence."""
        for sent in state.doc.sents:
            found = find_triggers(sent, self.rules, self.words)
            if found:
                state.triggers.setdefault(sent.start, []).extend(found)

    def make_candidates(self, state: DocState) -> None:
        """One candidate event per trigger: roles, modality, date, place (sentence by sentence, in order)."""
        for sent in state.doc.sents:
            state.candidates.extend(self._sentence(sent, state))

    def verb_date(self, verb: Token, state: DocState) -> DateMention | None:
        """The date a verb's own clause gives it (None when it has none)."""
        dates = state.dates.get(verb.sent.start, [])
        return self.event_dates.pick(verb, {verb.i}, dates, set()) if dates else None

    def trigger_date(self, trig: Trigger, state: DocState) -> DateMention | None:
        """The date the clause of a trigger gives it (None when it has none), whether or not the
        trigger made an event."""
        start = trig.token.sent.start
        return self._pick_date(trig, state.dates.get(start, []), state.triggers.get(start, []))

    def carry_dates(self, state: DocState) -> None:
        """Dates carried by the narrative to undated events of the same episode."""
        self._carry_dates(state.candidates, state)

    def follow_quotes(self, state: DocState) -> None:
        """Quotes in the sentence after an event, by its actor, are about it."""
        self._attach_following_quotes(state.candidates, state.quotes, state.doc)

    def merge(self, state: DocState) -> None:
        """One record per distinct event of the article."""
        state.events = self._merge(state.candidates, state.article)

    def _attach_following_quotes(self, cands: list[Candidate], quotes: list[QuoteMention], doc: Doc) -> None:
        """A quotation in a sentence with no event of its own, spoken by an actor of an event of
        the sentence just before, is about that event ("... condemned the tariffs. 'This hurts our
        farmers,' Ramos said.")."""
        attached = {(q.start, q.end) for c in cands for q in c.quotes}
        for q in quotes:
            if (q.start, q.end) in attached or q.speaker is None:
                continue
            sent = doc.char_span(q.start, q.end, alignment_mode="expand")
            if sent is None or sent.sent.start == 0:
                continue
            previous = doc[sent.sent.start - 1].sent
            for c in cands:
                if c.sentence.start == previous.start and any(
                        (m.key and m.key == q.speaker.key) or m.code == q.speaker.code for m in c.actors):
                    c.quotes.append(q)

    def _paragraph_date_at(self, char: int, text: str, all_dates: list[DateMention]) -> DateMention | None:
        """The last date an earlier sentence of the same paragraph gave, if any."""
        return self.event_dates.paragraph_date_at(char, text, all_dates)

    @staticmethod
    def _sentence_day(c: Candidate, cands: list[Candidate]) -> bool:
        """ "Lula thanked Petro on Monday ..., and Vieira said he had invited Leyva ...": an act told in
        the past with no date of its own takes the one day its sentence gives another act; whether
        it did."""
        if c.date_source != "publication" or c.modality != "asserted" or c.trigger.tag_ not in ("VBD", "VBN") \
                or _present_perfect(c.trigger):
            return False  # "has sent troops ... and closed the crossing on Nov 9": what has been done lasts
        sent = range(c.sentence.start_char, c.sentence.end_char)
        # (the day may be pointed to in the sentence: "Two days later X shot ... who had opened fire")
        days = {o.date_mention for o in cands if o is not c and o.sentence.start == c.sentence.start
                and o.date and len(o.date) == 10 and o.date_mention is not None
                and (o.date_source == "text" or (o.date_source == "discourse" and o.date_mention.start in sent))
                and not any(t.dep_ in ("relcl", "acl") for t in (o.trigger, *o.trigger.ancestors))}
        if len(days) != 1:
            return False
        day = days.pop()
        c.date, c.date_text, c.date_from_text, c.date_source = day.value, day.text, True, "discourse"
        c.date_mention, c.date_reason = day, "the day its sentence gives another act"
        c.reason += "; the day of its sentence"
        return True

    def _speech_day(self, c: Candidate, state: DocState) -> bool:
        """ "Brazil has moved armoured units to the border, its defence ministry said on Wednesday": an
        act reported with no date of its own takes the day (or the month) of the report; whether it did."""
        if c.date_source != "publication" or c.modality != "asserted" or c.trigger.pos_ != "VERB":
            return False
        said = said_through(c.trigger, self.words)
        if said is None:
            return False
        for day, _root in state.dates.get(c.sentence.start, []):
            span = c.sentence.doc.char_span(day.start, day.end, alignment_mode="expand")
            # ("In February, Pashinyan said Armenia had frozen ...": the month of the report)
            if span is None or not day.value or len(day.value) not in (7, 10):
                continue
            head = span.root.head
            if head.i == said.i or (head.dep_ == "prep" and head.head.i == said.i):
                c.date, c.date_text, c.date_from_text, c.date_source = day.value, day.text, True, "discourse"
                c.date_mention, c.date_reason = day, f"the date it was reported ('{said.text}')"
                c.reason += "; the date of its report"
                return True
        return False

    def _iterated(self, verb: Token) -> bool:
        """Whether an act is told as done many times up to now ("has repeatedly asked"): it has no
        one date a story told before could lend it."""
        return _present_perfect(verb) and any(
            c.dep_ in ("advmod", "npadvmod") and c.lower_ in self.discourse.iterative_adverbs for c in verb.subtree
            if c.head.i == verb.i or (c.head.head.i == verb.i and c.head.dep_ == "advmod"))

    def _carry_dates(self, cands: list[Candidate], state: DocState) -> None:
        """An undated event right after a dated one among the same parties continues its story:
        "On the 4th, X flew to Y's capital to see Z. The pair also signed a trade protocol ..." """
        # a plan's date is no time the story has reached ("is due in Lome on Thursday")
        planned = {(o.date_mention.start, o.date_mention.end) for o in cands
                   if o.modality in ("future", "hypothetical") and o.date_mention is not None}
        story_dates = [m for m in state.all_dates if (m.start, m.end) not in planned]
        for i, c in enumerate(cands):
            if self._sentence_day(c, cands) or self._speech_day(c, state):
                continue
            if c.date_from_text or c.modality != "asserted" or self._iterated(c.trigger) or any(
                    c.sentence.start_char <= m.start < c.sentence.end_char for m in state.all_dates):
                continue
            parties = {m.code for m in c.actors + c.recipients}
            same = _told_just_before(c, cands[:i], parties)
            if same is not None:
                # "X spoke by telephone with Y on Monday. They discussed aid ...": the same talk
                c.take_date_of(same, "the same act told in the sentence before")
                c.reason += "; the same act as the sentence before"
                continue
            para = self._paragraph_date_at(c.sentence.start_char, text_of(c.sentence.doc), story_dates)
            if para is not None and c.trigger.tag_ == "VBD" and para.value is not None and not (
                    state.published is not None and para.value > state.published.isoformat()[:len(para.value)]):
                # (a past act takes no date later than the article's: that is a plan told before it)
                c.date, c.date_text, c.date_from_text, c.date_source = para.value, para.text, True, "discourse"
                c.date_mention, c.date_reason = para, "the date of the paragraph's story"
                c.reason += "; date of the paragraph's story"
                continue
            text = text_of(c.sentence.doc)
            for prev in reversed(cands[:i]):
                if prev.sentence.start == c.sentence.start:
                    continue
                if "\n" in text[prev.trigger.idx:c.trigger.idx]:
                    break  # a new paragraph (the break may be the tail of the sentence before): another episode
                if prev.date_from_text and prev.modality == "asserted" and \
                        {m.code for m in prev.actors + prev.recipients} == parties:
                    c.take_date_of(prev, "carried from the previous sentence's event")
                    c.reason += "; date carried from the previous sentence"
                    if (c.place is None or c.place_from_dateline) and prev.place is not None:
                        c.place = prev.place.model_copy(update={"reason": "the place of the event it continues"})
                        c.place_from_dateline = prev.place_from_dateline
                    break

    # ------------------------------------------------------------------ per sentence

    def _sentence(self, sent: Span, state: DocState) -> list[Candidate]:
        triggers = state.triggers.get(sent.start, [])
        if not triggers:
            return []
        actors = state.require_actors()
        published, dateline, quotes = state.published, state.dateline, state.quotes
        # dates are read in every sentence (the dates component): "Talks broke down on 14 March
        # 2017. Quito recalled its ambassador the same day" needs the first sentence's date
        dates = state.dates.get(sent.start, [])
        self._plural_pronouns(sent, actors, state.last_group, _focus_group(sent, state.recent))
        topics = self._topics(sent)
        made: dict[int, Candidate] = {}
        for n, trig in enumerate(triggers):
            for option in (trig, *trig.alternatives):
                cand = self._candidate(option, sent, actors, published, dates, dateline, triggers, state)
                if cand is not None:
                    made[trig.token.i] = cand
                    triggers[n] = option  # the rule that held is the trigger from here on
                    break
        _read_promises(triggers, made)
        # "agreed to support X" is one AGREE; but when the embedding word made no event
        # ("Ottawa has agreed to end the embargo on Cuba"), what it embeds stands alone
        kept = self._drop_embedded(triggers, made=made)
        _lend_embedded_parties(triggers, kept, made, self.words.hosting_participles)
        out: list[Candidate] = []
        for trig in triggers:
            cand = made.get(trig.token.i) if trig in kept else None
            if cand is None and trig.token.i not in made:
                cand = self._anaphor(trig, sent, state.recent)
            if cand is None:
                continue
            cand.topics = topics
            cand.context = self._context(cand.event_type, topics, sent)
            cand.quotes = [q for q in quotes if sent.start_char <= q.start < sent.end_char]
            out.extend(leg for one in _mutual(cand) for again in self._again(one, state)
                       for leg in self._legs(again, state))
            parties = [m for m in _dedupe(cand.actors + cand.recipients) if not _guessed_host(m)]
            if len(parties) >= 2:
                state.last_group = parties
            state.recent.append(cand)
        _share_conjoined_parties(out)
        _share_places(out)
        return out

    def _anaphor(self, trig: Trigger, sent: Span, recent: list[Candidate]) -> Candidate | None:
        """ "the summit will be held in Portugal": a definite event noun with no participants of
        its own is the event of that type told just before (within two sentences); it adds its
        sentence as evidence, and its place when the earlier mention had none."""
        t = trig.token
        if trig.rule.pos != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                              for c in t.children):
            return None
        # "a second round of the talks may be scheduled": the clause's verb tells the modality
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), t)
        if verb.lemma_.lower() in self.modality.negating_verbs:
            return None  # "denied any hand in that attack": a denial of the act, not a mention of it
        modality, _ = modality_of(verb, self.modality, self.words)
        for prev in reversed(recent):
            if sent.start - prev.sentence.end > 40 or prev.sentence.start == sent.start:
                continue
            if prev.event_type == trig.rule.type and prev.modality == modality:
                place = prev.place or self._place(trig, sent)
                prev.place = place
                return replace(prev, sentence=sent, trigger=t, place=place, date_text=prev.date_text,
                               reason=prev.reason + f"; '{sent.doc[t.left_edge.i:t.i + 1].text}' refers back to it")
        return None

    def _plural_pronouns(self, sent: Span, actors: DocActors, last_group: list[Mention],
                         focus: list[Mention]) -> None:
        """ "they"/"their", "the two sides", "both delegations" that the reader could not tie to
        named members: the parties of the last event with several participants ("Ireland and
        Iceland spoke ... Their previous call ..."); tied only to the article's most named states,
        the two parties of the interaction in focus (an event of the last sentences) instead."""
        for t in sent:
            m = actors.by_token.get(t.i)
            if m is not None and m.kind == "group" and m.reason.endswith(f"({MOST_NAMED})") and focus \
                    and {x.code for x in m.members} != {x.code for x in focus}:
                names = " + ".join(x.identifier_text or x.entity_text for x in focus)
                actors.by_token[t.i] = dataclasses.replace(
                    m, members=tuple(focus), reason=f"group {m.entity_text!r} -> the parties in focus: {names}")
        if not last_group:
            return
        groups = set(self.discourse.group_nouns)
        for t in sent:
            if t.i in actors.by_token or t.i in actors.things:
                continue
            pronoun = t.lower_ in PLURAL_PRONOUNS
            group = t.lower_ in groups and any(
                c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("the", "both", "two", "all")
                for c in t.children)
            if pronoun or group:
                names = " + ".join(m.identifier_text or m.entity_text for m in last_group)
                kind = "pronoun" if pronoun else "group"
                actors.by_token[t.i] = Mention(t.i, t.i + 1, None, None, "group", t.text,
                                               members=tuple(last_group),
                                               reason=f"{kind} {t.text!r} -> parties of the last event: {names}",
                                               char_start=t.idx, char_end=t.idx + len(t))

    def _answered_request(self, t: Trigger, other: Trigger) -> bool:
        """ "rejected calls from the UN to take control": a request by those it is "from", answered by
        ``other``, is an act of its own (the callers asked), not the answer's object only."""
        return t.rule.type == "REQUEST" and t.rule.pos == "NOUN" and t.token.head.i == other.token.i \
            and answered_request(t.token, self.words)

    def _drop_embedded(self, triggers: list[Trigger], *, made: dict[int, Candidate] | None = None) -> list[Trigger]:
        """ "agreed to support" is one AGREE, not AGREE + SUPPORT; "signed an agreement" is one AGREE.

        Only triggers that made an event (``made``) can embed others."""
        keep = []
        for t in triggers:
            embedded = False
            for other in triggers:
                if other is t or self._answered_request(t, other) or _refusal_of(t, other):
                    continue
                own_act = other.rule.type != t.rule.type and _told_in_own_clause(t.token)
                if (_light_verb_noun(t, other) and not own_act) or (
                        (made is None or other.token.i in made) and _same_conversation(t, other)):
                    embedded = True
                    break
                if made is not None and other.token.i not in made:
                    continue
                if other.probability is not None and t.probability is None:
                    continue  # the model's guess never hides what a rule found
                # ("backed Ukraine, urging Slovakia to lift its veto", "rejected the offer, accusing X of ...": a
                # request or an accusation in a participle of another kind of act is an act of its own)
                adjunct = t.token.dep_ == "advcl" and t.token.tag_ == "VBG" and t.token.head.i == other.token.i \
                    and t.rule.type != other.rule.type and t.rule.type in ("REQUEST", "ACCUSE")
                if other.rule.type in self.modality.embedding_types and other.rule.pos == "VERB" \
                        and not _told_in_own_clause(t.token) and not adjunct:
                    if self._under_embedding_verb(t.token, other.token):
                        embedded = True
                        break
                elif _embedded_by_word(t, other):
                    embedded = True
            if not embedded:
                keep.append(t)
        return keep

    def _under_embedding_verb(self, tok: Token, verb: Token) -> bool:
        """Whether ``tok`` is what ``verb`` (agreeing, requesting, judging...) is about: below it
        through complements, not in a scene ("after talks in Beijing"), a clause of time or a
        contrasted clause of its own."""
        anc = tok
        steps = 0
        while anc.head.i != anc.i and steps < 4:
            inner_conj = anc.dep_ == "conj" and anc.head.i != verb.i
            if anc.dep_ not in ("xcomp", "ccomp", "dobj", "acl", "pobj", "prep", "advcl") and not inner_conj:
                # "agreed to restore ties and reopen embassies": both are what was agreed;
                # "agreed to X and condemned Y": the second verb is the agreer's own act
                return False
            if anc.dep_ == "prep" and (anc.lower_ in self.words.event_scene_preps or _circumstance(anc)):
                # "agreed ... after talks in Beijing": the talks are their own event; so is
                # the circumstance "..., with Minsk blaming Vilnius"
                return False
            if anc.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.words.event_scene_preps
                                           for c in anc.children):
                return False  # "praised X days before Y arrived": a clause of time is no judged act
            if anc.dep_ == "advcl" and _contrasted_clause(anc, self.words):
                return False  # "Egypt welcomed the move, while Sudan accused Eritrea": a clause of its own
            anc = anc.head
            steps += 1
            if anc.i == verb.i:
                return True
        return False

    def _regrets_anothers_act(self, trig: Trigger, actors: DocActors, acts: list[Mention]) -> bool:
        """Whether regret is voiced over an act another party owns ("regret over Tokyo's decision",
        "regret at Seoul's move"): disapproval of it, not a concession."""
        mine = {m.code for m in acts}
        holders = [trig.token, *([trig.object] if trig.object is not None else [])]
        for p in (c for h in holders for c in h.children if c.dep_ == "prep"
                  and c.lower_ in (*self.words.complaint_preps, "at")):
            for noun in (g for g in p.children if g.dep_ == "pobj"):
                owners = [actors.at(c) for c in noun.children if c.dep_ == "poss"]
                if any(o is not None and o.code and o.code not in mine for o in owners):
                    return True
        return False

    def _candidate(self, trig: Trigger, sent: Span, actors: DocActors, published: dt.date | None,
                   dates: list[tuple[DateMention, Token | None]], dateline: Place | None,
                   triggers: list[Trigger], state: DocState) -> Candidate | None:
        """The event one trigger reports: participants, type, modality, date, place and mode."""
        rule = trig.rule
        if _described_as(trig.token) or _ranked_as(trig, triggers) or self._any_of_a_kind(trig.token):
            return None  # "It was the fifth round of talks between the ministers": the talks told, described
        found = self._parties(trig, sent, actors, state)
        if found is None or self._joins_meeting_told(trig, found[1], found[2], state.recent):
            return None
        roles, acts, recs = found
        modal_tok = roles.via if roles.via is not None else trig.token
        modality, mod_reason = modality_of(modal_tok, self.modality, self.words)
        if mod_reason.startswith("warned against"):
            acts, recs = self._warned(trig, actors, recs)
            if not acts:
                return None
        if rule.judgment and rule.pos == "VERB" and modality in ("future", "hypothetical"):
            # "said that a blockade would breach the truce": the judgment is made
            modality, mod_reason = "asserted", f"a judgment said: '{trig.token.text}'"
        vowed = trig.token.dep_ == "xcomp" and trig.token.head.lemma_.lower() in self.words.promising_verbs
        if rule.future_only and modality not in ("future", "hypothetical") and not vowed:
            return None  # "retaliated by expelling ...": told as done, the word is no threat
        if roles.via is not None and modality == "asserted" and (roles.via.lower_ == "nothing" or any(
                c.dep_ == "det" and c.lower_ in ("no", "any") for c in roles.via.children)):
            modality, mod_reason = "negated", f"'{roles.via.text}' denied"
        # a promise, and a refusal told as the doer's commitment ("would never hand them over"), is
        # made when said
        coming = modality in ("future", "hypothetical") or vowed \
            or (modality == "negated" and self._committed(trig.token))
        event_type, acts, recs, modality, mod_reason = self._retype(trig, actors, acts, recs, modality, mod_reason)
        if mod_reason == STANDING:
            return None
        if event_type in SYMMETRIC_TYPES and "reciprocal" in roles.notes:
            roles.notes.remove("reciprocal")  # a mutual act agreed is one agreement, not one record per side
        when = self._dated(trig, sent, event_type, modality, coming, roles, published, dates, triggers, state)
        if when is None:
            return None
        mod_reason = when.reason or mod_reason
        place = self._place(trig, sent)
        recs = self._host(trig, event_type, acts, recs, place)
        if rule.type in SYMMETRIC_TYPES and len({m.code for m in acts + recs}) < 2:
            return None
        mode = self._mode(trig, event_type, len({m.code for m in acts + recs}))
        from_dateline = place is None and dateline is not None and bool(when.date) and published is not None \
            and when.date == published.isoformat() and (rule.type in ("AGREE", "COOPERATE") or mode == "visit")
        if from_dateline and dateline is not None:
            # a meeting, agreement or joint act of the day happened where the dateline says
            place = dateline.model_copy(update={"reason": "the article's dateline: an act of the day"})
        found_by = f"rule {rule.type}/{'|'.join(rule.lemma[:3])}" if trig.probability is None else \
            f"model {rule.type} p={trig.probability:.2f}"
        return Candidate(
            event_type=event_type, mode=mode, actors=acts if acts else recs[:1],
            recipients=recs if acts else recs[1:], date=when.date, date_text=when.text,
            date_from_text=when.from_text, modality=when.modality, place=place, sentence=sent, trigger=trig.token,
            confidence=self._confidence(trig, roles.inherited, acts + recs),
            reason=f"{found_by} ({rule.pos}) on '{trig.token.text}'; modality: {mod_reason}",
            place_from_dateline=from_dateline, date_source=when.source, date_mention=when.mention,
            date_reason=when.why, reciprocal="reciprocal" in roles.notes,
        )

    def _any_of_a_kind(self, tok: Token) -> bool:
        """Whether an event noun names any act of its kind, no one act ("would resist any incursion",
        "held responsible for any attack"; denied, it is the act denied: "denied any attack"), or an
        act stopped ("the cancellation of the visit", "a halt to negotiations": words.halting_nouns;
        "ceased shelling the town": words.halting_verbs)."""
        if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj") and tok.head.lemma_.lower() in self.words.halting_verbs:
            return True
        if tok.pos_ != "NOUN":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to", "on") \
                and tok.head.head.lemma_.lower() in self.words.halting_nouns:
            return True
        return any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children) \
            and modality_of(tok, self.modality, self.words)[0] != "negated"

    def _joins_meeting_told(self, trig: Trigger, acts: list[Mention], recs: list[Mention],
                            recent: list[Candidate]) -> bool:
        """ "X and Y held talks in Havana. Brazil, which brokered the meeting, said ...": whoever hosts or
        mediates a meeting told before ("the meeting", "their talks") takes part in it (codebook 9):
        added to that meeting's parties, no event of its own. Whether it was."""
        tok = trig.token
        if trig.rule.type != "CONSULT" or tok.pos_ != "VERB" or recs or len({m.code for m in acts}) != 1 \
                or tok.lemma_.lower() not in self.words.hosting_participles:
            return False
        told = next((o for o in tok.children if o.dep_ in ("dobj", "nsubjpass") and refers_back(o, self.discourse)),
                    None)
        if told is None or "CONSULT" not in {r.type for r in self.rules.by_lemma.get((told.lemma_.lower(), "NOUN"),
                                                                                    [])}:
            return False
        prev = next((c for c in reversed(recent) if c.event_type == "CONSULT" and c.sentence.start < tok.sent.start),
                    None)
        if prev is None or acts[0].code in {m.code for m in prev.actors + prev.recipients}:
            return False
        prev.recipients = [*prev.recipients, acts[0]]
        prev.reason += f"; '{acts[0].entity_text}' {tok.text} the {told.text}"
        return True

    def _dated(self, trig: Trigger, sent: Span, event_type: str, modality: str, coming: bool, roles: Roles,
               published: dt.date | None, dates: list[tuple[DateMention, Token | None]], triggers: list[Trigger],
               state: DocState) -> _When | None:
        """When the act happened, or None when what is told is no act the reader can date: a standing
        state, an undated aside."""
        when = self._when(trig, sent, modality, published, dates, triggers, state.all_dates)
        if event_type in self.discourse.habitual_types and when.source != "text" \
                and trig.token.tag_ in ("VBZ", "VBP") and modality == "asserted" \
                and not any(c.dep_ in ("aux", "auxpass") for c in trig.token.children):
            return None  # "American warships patrol the strait": a standing state (codebook section 9)
        since = _since_perfect(trig.token) if when.source != "text" else None
        if since is not None and any(t.i > since.i for t in since.subtree):
            # "have shunned Japanese goods since July": an act that has lasted since then takes the
            # precision covering it up to publication (codebook section 9); lasting for years, it is
            # a standing state
            return self._lasting(since, modality, published)
        if RELATIVE_ANTECEDENT in roles.notes and not when.from_text:
            # "Canada, which hosted most of the meetings": an aside on a participant, with no time of
            # its own, is background the reader cannot date
            return None
        if coming and modality == "asserted":  # a promise or threat is dated when it is made
            return self._when_said(trig, dates) or _made_by_publication(when, published)
        if when.source != "text" and (event_type in self.discourse.said_types or _progressive(trig.token)):
            # "said on Monday that Quito refused the offer": a verbal act told as what was said
            # is done by saying it, on the day of the saying
            said = self._when_said(trig, dates)
            return dataclasses.replace(said, modality=when.modality) if said is not None else when
        return when

    def _lasting(self, since: Token, modality: str, published: dt.date | None) -> _When | None:
        """The date of an act lasting from ``since``'s bound to publication: the month or year both
        share, else None (a standing state)."""
        bound = " ".join(t.text for t in since.subtree if t.i > since.i)
        start = self.dates.resolve(bound, published) if bound and published is not None else None
        if start is None or published is None:
            return None
        now = published.isoformat()
        covering = now[:7] if start[:7] == now[:7] else now[:4] if start[:4] == now[:4] else None
        if covering is None:
            return None
        return _When(modality, covering, f"since {bound}", True, "text", "", None,
                     f"lasting since '{bound}': the period covering it")

    def _reciprocal(self, trig: Trigger) -> bool:
        """Whether the act is mutual: a reciprocal rule ("exchanged fire"), a reciprocal object
        ("accused each other"), or "each ... the other"."""
        if trig.rule.reciprocal:
            return True
        t = trig.token
        objects = [c for c in t.children if c.dep_ in ("dobj", "dative")]
        objects += [o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        if any(" ".join(w.lower_ for w in o.subtree) in self.words.reciprocal_objects for o in objects):
            return True
        each = any(g.lower_ == "each" for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.subtree)
        return each and any(o.lower_ == "other" for o in objects)

    def _parties(self, trig: Trigger, sent: Span, actors: DocActors, state: DocState
                 ) -> tuple[Roles, list[Mention], list[Mention]] | None:
        """The trigger's roles, and its actors and recipients once the type's needs are met (None
        when they are not: a directed act with no target, a meeting with one side)."""
        rule = trig.rule
        roles = self._roles(trig, sent, actors)
        destination = [m for m in pobj_mentions(trig.token, ["to"], actors, self.words) if m.code] \
            if rule.destination_recipient else []
        if destination:
            roles.recipients = destination  # "extradited a Colombian to the United States": to the US
        if rule.type == "AGREE":
            roles.actors, roles.recipients = self._without_mediators(trig, roles.actors, roles.recipients, actors)
        if (rule.actor_object and "object is not a participant" in roles.notes) \
                or (rule.needs_recipient_prep and not roles.recipients) or (rule.owned and not roles.actors):
            return None
        acts, recs = self._unnamed_parties(trig, actors, state, _dedupe(roles.actors), _dedupe(roles.recipients))
        # ("..., Ansa news agency reported": an outlet reports acts, it does not do them)
        acts = [m for m in acts if not (m.kind == "org" and m.sector == "JRN")]
        mutual_retreat = rule.type == "RETREAT" and rule.mode == "withdraw" and not recs and not roles.inherited \
            and len({m.code for m in acts if m.code}) >= 2
        # ("India and China pulled back troops from the valley": each side withdrew from the other)
        if rule.type not in SYMMETRIC_TYPES and len(acts) >= 2 and (self._reciprocal(trig) or mutual_retreat):
            roles.notes.append("reciprocal")
            return roles, acts, []
        if rule.type == "CONSULT" and rule.pos == "NOUN" and rule.mode == "phone" and len(acts) + len(recs) == 1:
            partner = self._partner(sent, actors, (acts + recs)[0])
            if partner is not None:
                recs.append(partner)
                roles.inherited = True
        codes = {m.code for m in acts}
        recs = [m for m in recs if m.code not in codes]
        if rule.type in SYMMETRIC_TYPES and not acts and not recs:
            acts = self._parties_of_referred_act(trig, sent, state)
            roles.inherited = bool(acts)
        if rule.type in SYMMETRIC_TYPES:
            recs = self._symmetric_parties(trig, sent, state, roles, acts, recs)
            if len(acts) + len(recs) < 2 and not (rule.type == "CONSULT" and len(acts) + len(recs) == 1):
                return None
            return roles, acts, recs
        recs = self._directed_targets(trig, sent, state, roles, acts, recs)
        if rule.judgment and rule.pos == "VERB":
            # "said the treaty breaches Kenya's rights": whose rights are breached is not judged
            # (a pronoun there is the judged one's own: "was misleading its partners")
            wronged = {m.code for c in trig.token.children if c.dep_ == "dobj" for w in c.subtree if w.pos_ != "PRON"
                       for m in mentions_of(w, actors, self.words, owner=False)}
            recs = [m for m in recs if m.code not in wronged]
        if not acts or (not recs and rule.type not in NO_TARGET_TYPES):
            return None
        if rule.org_recipient and not any(m.code in ORGANISATION_CODES for m in recs):
            return None  # "withdrew from Chad": no body left
        if rule.type == "CONCEDE" and self._regrets_anothers_act(trig, actors, acts):
            return None  # "voiced regret over Tokyo's decision" disapproves: the next sense is tried
        return roles, acts, recs

    def _parties_of_referred_act(self, trig: Trigger, sent: Span, state: DocState) -> list[Mention]:
        """ "The announcement followed a phone call on Friday": a meeting or deal named with no
        party, in a clause whose subject is a definite act noun referring back to the event just
        told, is between that event's parties."""
        verb = trig.token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if trig.rule.pos != "NOUN" or subj is None or subj.i == trig.token.i \
                or subj.lemma_.lower() not in self.words.act_nouns \
                or not any(c.dep_ == "det" and c.lower_ in self.discourse.referring_determiners for c in subj.children):
            return []
        prev = next((c for c in reversed(state.recent) if c.sentence.start < sent.start), None)
        if prev is None or sent.start - prev.sentence.end > 1:
            return []  # only the event of the sentence just before
        return _dedupe(prev.actors + prev.recipients)

    def _symmetric_parties(self, trig: Trigger, sent: Span, state: DocState, roles: Roles,
                           acts: list[Mention], recs: list[Mention]) -> list[Mention]:
        """ "the two agreed ...", "at the talks": a meeting or deal with one side named takes the
        other side of the interaction in focus (rule triggers only)."""
        if len(acts) + len(recs) == 1 and trig.probability is None and not self._background(trig, sent, state) \
                and not self._sitting_body((acts + recs)[0], sent):
            partners = self._focus_partners({m.code for m in acts + recs}, sent, state.recent)
            if partners:
                roles.inherited = True
                return recs + partners
        return recs

    def _sitting_body(self, m: Mention, sent: Span) -> bool:
        """Whether a mention is a state's own sitting body ("the Ghanaian cabinet", "parliament")."""
        head = sent.doc[m.end - 1] if m.end > m.start else None
        return head is not None and head.lower_ in self.words.sitting_bodies

    def _directed_targets(self, trig: Trigger, sent: Span, state: DocState, roles: Roles,
                          acts: list[Mention], recs: list[Mention]) -> list[Mention]:
        """The target of a directed act that names none: the state where a strike landed, or
        ("She also scorned the speech") the other side of the interaction in focus."""
        rule = trig.rule
        if AT_A_CROWD in roles.notes:
            return recs  # "fired tear gas at protesters outside the Danish embassy": no target to guess
        if acts and not recs and (rule.type in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")
                                  or rule.mode == "investigate"):
            recs = self._target_country(trig, acts)
        if acts and not recs and rule.type in MATERIAL_CONFLICT and rule.pos == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in self.discourse.referring_determiners for c in trig.token.children):
            # "Accra denied staging the raids": the raids told before, on Togolese border posts
            recs = self._target_of_referred_act(trig, state, {m.code for m in acts})
            roles.inherited = bool(recs)
        if acts and not recs:
            recs = self._condemned_or_conjoined(trig, state, {m.code for m in acts})
            roles.inherited = bool(recs)
        if acts and not recs and rule.type in JUDGING_TYPES:
            # (a condemnation's acts told before were searched above: only who made the thing is left)
            recent = [] if rule.type == "ACCUSE" else state.recent
            recs = self._doer_of_judged_act(trig, recent, {m.code for m in acts}, state.require_actors())
            roles.inherited = bool(recs)
        if acts and not recs and rule.type == "REQUEST" and rule.pos == "VERB":
            recs = self._undoer_asked(trig, state, {m.code for m in acts})
            roles.inherited = bool(recs)
        if acts and not recs and rule.type not in NO_TARGET_TYPES and not rule.evaluative:
            # "suspended air links with Serbia": the party named in what the act is done to or about
            # (not for a judgment: "said the treaty breaches Kenya's rights" judges the treaty)
            # (a judged act's own parties are not judged: "condemned the attack on Togo")
            judged = {t.token.i for t in state.triggers.get(sent.start, [])} if rule.type in JUDGING_TYPES else set()
            recs = complement_parties(trig.token, state.require_actors(), self.words, {m.code for m in acts}, judged)
        if acts and not recs and rule.type in (*JUDGING_TYPES, "THREATEN"):
            recs = self._mover(trig, state, {m.code for m in acts})
            roles.inherited = roles.inherited or bool(recs)
        if acts and not recs and rule.type in ANSWERING_TYPES:
            recs = self._provoker(trig, sent, state, {m.code for m in acts})
        if acts and not recs and rule.type == "REJECT":
            recs = self._refused_asker(trig, sent, state, {m.code for m in acts})
        if acts and not recs and rule.type in ADDRESSED_TYPES:
            recs = self._addressee(trig, state, {m.code for m in acts})
        # ("accused the region's ruling party of ...": the party accused is named, though of no state)
        named = rule.pos == "VERB" and trig.token.lemma_.lower() in self.words.party_object_verbs and any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in trig.token.children)
        if acts and not recs and rule.type not in NO_TARGET_TYPES and trig.probability is None \
                and not named and not self._background(trig, sent, state):
            recs = self._focus_partners({m.code for m in acts}, sent, state.recent)
            if not recs and rule.pos == "VERB":
                recs = _dyad_partner({m.code for m in acts}, state)
            if not recs:
                recs = _same_act_target(rule.type, {m.code for m in acts}, sent, state.recent)
            roles.inherited = bool(recs)
        return recs

    def _warned(self, trig: Trigger, actors: DocActors, recs: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """ "Japan warned China against sending its ships": the act warned against is the warned
        party's (the warning verb's object); its recipients less that party."""
        warned = [m for c in trig.token.head.head.children if c.dep_ in ("dobj", "dative")
                  for m in mentions_of(c, actors, self.words)]
        return warned, [m for m in recs if m.code not in {w.code for w in warned}]

    def _addressee(self, trig: Trigger, state: DocState, have: set[str | None]) -> list[Mention]:
        """ "will defend its islands by every means, its prime minister told Turkey": a threat or
        demand naming no target is aimed at whom it is told to (the object of the verb of saying
        whose clause it is)."""
        verb = trig.token
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ not in ("ccomp", "parataxis") or verb.head.lemma_.lower() not in self.words.saying_verbs:
            return []
        actors = state.require_actors()
        told = [m for c in verb.head.children if c.dep_ in ("dobj", "dative", "iobj")
                for m in mentions_of(c, actors, self.words, owner=False)]
        return [m for m in _dedupe(told) if m.code not in have]

    def _provoker(self, trig: Trigger, sent: Span, state: DocState, have: set[str | None]) -> list[Mention]:
        """ "recalled its ambassador a day after Somali troops shelled a border post", "closed its
        airspace following the Russian incursion": an act answering another's hostile act (a
        trigger of material conflict or a threat, after one of ``words.response_marks``) is
        directed at whoever did that act."""
        t = trig.token
        marks = self.words.response_marks
        answered = [c for c in t.children if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
        answered += [p for c in t.children if c.dep_ == "prep" and c.lower_ in marks
                     for p in c.children if p.dep_ in ("pobj", "pcomp")]
        hostile = {x.token.i for x in state.triggers.get(sent.start, [])
                   if x.rule.type in MATERIAL_CONFLICT or x.rule.type == "THREATEN"}
        actors = state.require_actors()
        found: list[Mention] = []
        for a in (a for a in answered if a.i in hostile):
            if a.pos_ in ("VERB", "AUX"):
                found += doers_of(a, actors, self.words)
            else:
                found += mentions_of(a, actors, self.words)
        return [m for m in _dedupe(found) if m.code not in have]

    def _refused_asker(self, trig: Trigger, sent: Span, state: DocState, have: set[str | None]) -> list[Mention]:
        """ "asked Peru to return the boats, which Lima refused", "a request Quito turned down": a
        refusal told in a relative clause inside a request or an offer answers whoever asked or
        offered (the subject of the nearest asking or offering verb above it)."""
        asked = {x.token.i: x for x in state.triggers.get(sent.start, [])}
        verb = next((a for a in trig.token.ancestors if a.i in asked and _refusal_of(trig, asked[a.i])), None)
        if verb is None:
            return []
        actors = state.require_actors()
        found = doers_of(verb, actors, self.words)
        return [m for m in _dedupe(found) if m.code not in have]

    def _again(self, cand: Candidate, state: DocState) -> list[Candidate]:
        """ "talked on 3 March and again a week later", "summoned the envoy on Monday and again on
        Thursday": an act told once more with a date of its own is a second event on that date."""
        verb = cand.trigger
        again = next((t for t in verb.subtree if t.i > verb.i and t.lower_ in self.words.repetition_words
                      and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i), None)
        own = cand.date_mention
        if again is None or own is None or own.start >= again.idx:
            return [cand]  # "could meet again in June": the date after "again" is the act's only one
        later = next((d for d in state.all_dates if again.idx <= d.start < cand.sentence.end_char and d.value), None)
        if later is None or later.value == cand.date:
            return [cand]
        twice = dataclasses.replace(cand, reason=cand.reason + f"; told again: '{later.text}'")
        twice.date, twice.date_text, twice.date_mention, twice.date_from_text = later.value, later.text, later, True
        twice.date_source = "discourse" if "refers to" in later.reason else "text"
        twice.date_reason = f"the date told after '{again.text}': {later.reason}"
        return [cand, twice]

    def _legs(self, cand: Candidate, state: DocState) -> list[Candidate]:
        """ "flew to Kampala and then to Kigali", "visited Uganda on Monday and Rwanda on Tuesday": a
        journey told with one verb is one visit per destination, each dated by the date told after it;
        talks with a further party told with a date of its own ("met Ruto on Monday and Museveni on
        Tuesday") are one more meeting on that date."""
        verb = cand.trigger
        if cand.event_type == "CONSULT" and verb.pos_ in ("VERB", "NOUN") and len(cand.recipients) >= 2:
            return self._separate_destinations(cand)
        if cand.event_type != "CONSULT" or verb.pos_ != "VERB" or len(cand.recipients) != 1 \
                or cand.recipients[0].start < verb.i:
            return [cand]  # the first destination is told after the verb ("flew to X and then to Y")
        journey = verb.lemma_.lower() in self.words.journey_verbs
        stops = self._stops(cand, state, journey)
        legs = [cand]
        dates = [d for d in state.all_dates if cand.sentence.start_char <= d.start < cand.sentence.end_char and d.value]
        for n, m in enumerate(stops):
            end = stops[n + 1].char_start if n + 1 < len(stops) else cand.sentence.end_char
            own = next((d for d in dates if m.char_end <= d.start < end), None)
            if not journey and (own is None or own.value == cand.date):
                break  # "met Ruto and Museveni": one meeting; "met Ruto on Monday and Museveni on Tuesday": two
            place = self.places.geocode(m.entity_text) if m.reason.startswith("capital") else None
            what = "leg of the journey" if journey else "party met on a date of its own"
            leg = dataclasses.replace(cand, recipients=[m], place=place, place_from_dateline=False,
                                      reason=cand.reason + f"; a further {what}: '{m.entity_text}'")
            if own is not None:
                leg.date, leg.date_text, leg.date_mention, leg.date_from_text = own.value, own.text, own, True
                leg.date_source, leg.date_reason = "text", f"the date told after this leg: {own.reason}"
            legs.append(leg)
        return legs

    @staticmethod
    def _stops(cand: Candidate, state: DocState, journey: bool) -> list[Mention]:
        """The further parties of a journey or of talks told after an "and" in the verb's own clause
        ("visited Uganda on Monday and Rwanda on Tuesday", "spoke with Tshisekedi on Monday and with
        Kagame the next day"): states for a journey, states and people for talks."""
        verb, first = cand.trigger, cand.recipients[0]
        actors = state.require_actors()
        after = sorted((t for t in verb.subtree if t.i >= first.end), key=lambda t: t.i)
        joint = next((t for t in after if t.lower_ == "and"), None)
        if joint is None:
            return []
        kinds = ("state",) if journey else ("state", "person")
        seen = {m.code for m in cand.actors} | {first.code}
        stops: list[Mention] = []
        for t in after:
            m = actors.at(t)
            own_clause = not any(a.pos_ == "VERB" for a in t.ancestors if a.i != verb.i and verb.i in
                                 {x.i for x in a.ancestors})
            if t.i > joint.i and m is not None and m.kind in kinds and m.code not in seen and t.i == m.start \
                    and own_clause:
                stops.append(m)
                seen.add(m.code)
        return stops

    def _separate_destinations(self, cand: Candidate) -> list[Candidate]:
        """ "sent two delegations, one to Lome and one to Accra", "flew to Lome and to Accra",
        "visited Lome and Accra", "a tour of Togo and Ghana": a journey or a dispatch to several
        places (states, capitals), each its object or after "to" (a journey noun's "of"), is one
        visit per destination (not one meeting of everyone)."""
        verb, doc = cand.trigger, cand.trigger.doc
        lemma = verb.lemma_.lower()
        if lemma not in self.words.journey_verbs | self.words.dispatch_verbs | (
                self.words.destination_words if verb.pos_ == "NOUN" else frozenset()):
            return [cand]
        for m in cand.recipients:
            t = doc[m.end - 1]
            while t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
            told = t.dep_ == "pobj" and ((t.head.lower_ == "to" and verb in t.head.ancestors) or (
                t.head.lower_ in ("to", "of") and t.head.head == verb and verb.pos_ == "NOUN"))
            visited = t.dep_ == "dobj" and t.head == verb and lemma in self.words.journey_verbs
            # (a visit "of" someone is theirs: "the visit of the Israeli foreign minister")
            if not (told or visited) or ((not told or t.head.lower_ == "of") and m.kind != "state"):
                return [cand]  # a party met on the way, not a destination
        return [dataclasses.replace(cand, recipients=[m], mode="visit",
                                    reason=cand.reason + f"; one destination of several: '{m.entity_text}'")
                for m in cand.recipients]

    def _doer_of_judged_act(self, trig: Trigger, recent: list[Candidate], mine: set[str | None],
                            actors: DocActors | None = None) -> list[Mention]:
        """ "Kenya condemned the occupation": a definite act noun with no owner, judged, means the
        latest act told of another party -- of the noun's own type for an event noun ("the
        occupation", "the strikes"), of any type for a bare act noun ("the move", "the decision");
        failing one, whoever made the thing in the sentences before (with ``actors``: ``_maker_of``)."""
        noun = trig.object or next((c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if trig.rule.evaluative:
            # "called the raid a violation": the raid is judged
            noun = judged_thing(judging_position(trig.token, self.words) or trig.token)
        if noun is None or noun.lower_ == "what":
            # "condemned what it called a cynical move": the noun the calling names
            noun = next((x for c in trig.token.children for x in called_thing(c, self.words)), noun)
        if noun is not None and trig.object is not None and noun.i == trig.object.i:
            # "voiced concern over the ban": the feeling is about the act judged
            noun = next((g for p in (*noun.children, *trig.token.children) if p.dep_ == "prep"
                         and p.lower_ in self.words.complaint_preps for g in p.children
                         if g.dep_ == "pobj" and g.pos_ == "NOUN"), noun)
        if noun is None or noun.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in noun.children):
            return []
        if any(c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "PRON") for c in noun.children):
            return []  # "Uganda's move": the owner is named
        lemma = noun.lemma_.lower()
        types: set[str] = set()  # a bare act noun ("the move") may be an act of any type
        # "called the move unacceptable": a word of judgment reaches back one sentence only
        near = lemma in self.words.act_nouns and trig.rule.evaluative
        if lemma not in self.words.act_nouns:
            types = {r.type for r in self.rules.by_lemma.get((lemma, "NOUN"), [])} | {
                r.type for r in self.rules.by_lemma.get((lemma, "VERB"), [])} | {
                # "held drills near the island ... condemned the drills": what an act told before made
                p.event_type for p in recent if p.sentence.start < trig.token.sent.start
                and any(c.dep_ == "dobj" and c.lemma_.lower() == lemma for c in p.trigger.children)}
            if not types:
                return self._maker_of(noun, actors, mine) if actors is not None else []
        kindred = {k for t in types for k in self.discourse.kindred_types.get(t, [])} - types
        # an event noun's own type first, then a kindred one; a bare act noun, any type (no filter)
        passes = [w for w in (types, kindred) if w] if types else [set()]
        for wanted in passes:
            for prev in reversed(recent):
                if prev.sentence.start >= trig.token.sent.start or (wanted and prev.event_type not in wanted):
                    continue
                if near and prev.sentence.end < trig.token.sent.start - 1:
                    break
                doers = [m for m in prev.actors if m.code not in mine]
                if doers and not {m.code for m in prev.actors} & mine:
                    return [replace(m, reason=m.reason + f"; doer of the act '{noun.text}' refers to") for m in doers]
        return self._maker_of(noun, actors, mine) if actors is not None else []

    def _maker_of(self, noun: Token, actors: DocActors, mine: set[str | None]) -> list[Mention]:
        """ "The Assembly adopted a resolution ... Jordan welcomed the resolution": whoever a verb
        that is no event itself made the judged thing with, the same noun as its object, in one of
        the two sentences before."""
        lemma = noun.lemma_.lower()
        for w in reversed(noun.doc[_sentences_back(noun.sent, 2):noun.sent.start]):
            if w.dep_ == "dobj" and w.lemma_.lower() == lemma and w.head.pos_ == "VERB":
                found = doers_of(w.head, actors, self.words)
                return [replace(m, reason=m.reason + f"; who made the {noun.text} judged") for m in found
                        if m.code and m.code not in mine]
        return []

    def _undoer_asked(self, trig: Trigger, state: DocState, mine: set[str | None]) -> list[Mention]:
        """ "demanded that the sanctions be lifted": asked of whoever imposed them."""
        undone = next((g for c in trig.token.children if c.dep_ == "ccomp"
                       for g in c.children if g.dep_ == "nsubjpass"), None)
        if undone is None:
            return []
        return self._doer_of_judged_act(dataclasses.replace(trig, object=undone), state.recent, mine)

    def _mover(self, trig: Trigger, state: DocState, mine: set[str | None]) -> list[Mention]:
        """ "The EU imposed duties on Chinese bicycles, prompting Beijing to warn of retaliation": a
        warning or a judgment an act moved its doer to is aimed at whoever did that act (the subject of
        the clause the verb of causing hangs on, or of the verb itself)."""
        t = trig.token
        if t.dep_ != "xcomp" or t.head.lemma_.lower() not in self.words.causing_verbs:
            return []
        cause = t.head
        clause = cause.head if cause.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in cause.children) \
            else cause
        actors = state.require_actors()
        return [m for m in doers_of(clause, actors, self.words) if m.code and m.code not in mine]

    def _without_mediators(self, trig: Trigger, acts: list[Mention], recs: list[Mention],
                           actors: DocActors) -> tuple[list[Mention], list[Mention]]:
        """An agreement's parties without who brokered it (codebook section 9: a mediator is a party to an
        AGREE only when it signs): "an accord brokered by Saudi Arabia", "Qatar brokered a truce between
        Israel and Hamas" (then the parties are those it was between)."""
        t, words = trig.token, self.words
        mediating = words.mediating_verbs
        if t.pos_ == "VERB" and t.lemma_.lower() in mediating:
            between = [m for h in (t, *(c for c in t.children if c.dep_ == "dobj"))
                       for m in pobj_mentions(h, ["between"], actors, words)]
            # (none named: "whose government brokered the deal" tells the broker alone, no party)
            return (_dedupe(between), []) if len({m.code for m in between}) >= 2 else ([], [])
        if t.pos_ != "NOUN":
            return acts, recs
        brokers = [m for c in t.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in mediating
                   for g in c.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")
                   for o in g.children if o.dep_ == "pobj" for m in mentions_of(o, actors, words)]
        codes = {m.code for m in brokers}
        return [m for m in acts if m.code not in codes], [m for m in recs if m.code not in codes]

    def _condemned_or_conjoined(self, trig: Trigger, state: DocState, mine: set[str | None]) -> list[Mention]:
        """The doer of an act told before that a condemnation names ("condemned the attack and called on
        Berlin to send air defences": the attack's doer, not the one the other verb addresses; a thing
        made, "the law", is left to the end); for a hostile act on a condition, whom the condition
        names ("would impose sanctions if Iran failed to free them": Iran); else a conjoined verb's target."""
        recs = self._doer_of_judged_act(trig, state.recent, mine) if trig.rule.type == "ACCUSE" else []
        if not recs and trig.rule.type in MATERIAL_CONFLICT:
            recs = [m for m in self._held_over(trig.token, state.require_actors(), []) if m.code not in mine]
        if not recs and trig.rule.type not in NO_TARGET_TYPES and trig.rule.pos == "VERB":
            recs = self._conjoined_target(trig, state, mine)
        return recs

    def _conjoined_target(self, trig: Trigger, state: DocState, mine: set[str | None]) -> list[Mention]:
        """ "condemned the shelling and called on Khartoum to stop": verbs joined under one subject
        act on one target; the other verb's object or "on"/"against" complement is this act's."""
        actors = state.require_actors()
        found: list[Mention] = []
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.token.children)
        for v in trig.token.conjuncts:
            if v.pos_ != "VERB" or (own_subject and trig.token.dep_ == "conj") or (
                    v.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):
                continue  # a clause of its own, with its own subject
            found += [m for o in v.children if o.dep_ == "dobj" for m in mentions_of(o, actors, self.words)]
            found += pobj_mentions(v, ["on", "against"], actors, self.words)
            # "sent troops to the border with Togo and closed the crossing": the other act's own target
            found += [m for o in state.triggers.get(v.sent.start, []) if o.token.i == v.i and o.rule.pos == "VERB"
                      for m in self._roles(o, v.sent, actors).recipients]
        found = [m for m in found if m.code not in mine]
        return _dedupe(found)

    def _retype(self, trig: Trigger, actors: DocActors, acts: list[Mention], recs: list[Mention], modality: str,
                mod_reason: str) -> tuple[str, list[Mention], list[Mention], str, str]:
        """What the trigger's type becomes in its clause: wanting an attack threatens it, a promised
        retreat concedes, an intent to cooperate agrees, joint exercises cooperate, withheld
        support rejects."""
        event_type = trig.rule.type
        if trig.rule.negated_only:
            # "would not rule out military action": a threat; "ruled out military action": none
            if modality != "negated":
                return event_type, acts, recs, modality, STANDING
            modality, mod_reason = "asserted", f"not '{trig.token.text}' out: a threat"
        if modality == "future" and self._agreed_term(trig.token):
            return event_type, acts, recs, modality, STANDING  # a term of the agreement, which is the event
        volition = self._volition(trig.token)
        if volition is not None and event_type in MATERIAL_CONFLICT and modality in ("future", "asserted"):
            event_type, acts, recs = self._wanted_conflict(trig, volition, actors, acts, recs)
            modality, mod_reason = "asserted", f"governed by '{volition.text}'"
        elif volition is not None and event_type in MATERIAL_COOPERATION:
            # "wants to assist Jordan": an intent to cooperate; "wants the EU to lift the
            # sanctions": the wanter asks it of the one who would act (as for wanted conflict)
            wanted, acts, recs = self._wanted_conflict(trig, volition, actors, acts, recs)
            event_type = "REQUEST" if wanted == "REQUEST" else "AGREE"
            modality, mod_reason = "asserted", f"{'asked' if wanted == 'REQUEST' else 'intent'}: '{volition.text}'"
        event_type, modality, mod_reason = self._offered(trig, acts, event_type, modality, mod_reason)
        event_type, modality, mod_reason = self._promised(trig, actors, acts, event_type, modality, mod_reason)
        if event_type == "AGREE" and modality == "future" and any(
                f"governed by '{w}" in mod_reason.lower() for w in sorted(self.words.intent_verbs)):
            # "hope to expand trade": the intent is the event; "are expected to sign" stays planned
            modality, mod_reason = "asserted", "an intent to cooperate is itself the event"
        # (an act noun is done by the verb it is the object of: "would resume its offensive once ...")
        doing = trig.token.head if trig.token.pos_ == "NOUN" and trig.token.dep_ == "dobj" else trig.token
        if self._threat(doing, event_type, modality, acts):
            # "we will retaliate", "would strike back if attacked again": a threat is made when it
            # is said (codebook section 2: threats and coercive warnings)
            event_type, modality, mod_reason = "THREATEN", "asserted", mod_reason + "; a threat, made when said"
        if event_type == "THREATEN" and trig.rule.type != "THREATEN":
            recs = self._held_over(doing, actors, acts) or recs
        if event_type == "REQUEST" and trig.token.lemma_.lower() in ("give", "grant") and any(
                c.dep_ in ("dative", "dobj") and c.lemma_.lower() in self.words.diplomat_nouns
                for c in trig.token.children):
            # "gave Somali envoys three days to leave": a deadline to leave is an expulsion
            event_type, mod_reason = "SANCTION", mod_reason + "; diplomats given time to leave"
        if event_type == "MOBILIZE":
            event_type, recs, mod_reason = self._movement(trig, actors, acts, recs, mod_reason)
        if event_type == "REQUEST" and self._urged_against(trig.token, recs):
            # codebook 9: urging no participant, the stance toward the one who is ("called for
            # sanctions against X", "urged the world to isolate X": an accusation of X)
            event_type, mod_reason = "ACCUSE", mod_reason + "; a hostile act urged against the target"
        event_type, modality, mod_reason = self._rejection(trig, event_type, modality, mod_reason)
        return event_type, acts, recs, modality, mod_reason

    def _agreed_term(self, tok: Token) -> bool:
        """Whether an act to come is a term of an agreement: "under the deal, Kyiv is to free 25
        soldiers", "an accord under which Rwanda will withdraw its forces" (the verb, or the verbs it
        is the complement of, has "under" an agreement noun, or "under which" on one)."""
        verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
        for v in (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,):
            for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "under"):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    noun = v.head if obj.lower_ == "which" and v.dep_ == "relcl" else obj
                    if noun.lemma_.lower() in self.words.agreement_nouns:
                        return True
        return False

    def _offered(self, trig: Trigger, acts: list[Mention], event_type: str, modality: str,
                 mod_reason: str) -> tuple[str, str, str]:
        """An act its doer is ready or willing to do: a threat for a hostile one, an offer for help."""
        verb = trig.token if trig.token.pos_ in ("VERB", "AUX") or trig.token.dep_ != "dobj" else trig.token.head
        willing = self._willing(verb)
        offered = willing is not None and modality in ("hypothetical", "future", "asserted")
        ready = willing.text if willing is not None else ""
        # ("is ready to send troops to help defend Estonia": forces offered for a state's defence)
        helping = event_type == "MOBILIZE" and any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower()
                                                   in self.words.helping_verbs for c in trig.token.children)
        if offered and event_type in MATERIAL_CONFLICT and acts and not helping:
            # "is ready to use force against X", "prepared to impose sanctions": a coercive warning
            return "THREATEN", "asserted", f"readiness: '{ready} to'"
        if offered and (event_type in (*MATERIAL_COOPERATION, "SUPPORT", "CONSULT") or helping):
            # "is willing to send aid", "ready to resume talks": an offer to cooperate (codebook section 2)
            return "CONCEDE" if event_type == "RETREAT" else "AGREE", "asserted", f"an offer: '{ready} to'"
        return event_type, modality, mod_reason

    def _urged_against(self, verb: Token, recs: list[Mention]) -> bool:
        """Whether a request names no addressee among its parties and its targets are the targets
        of a hostile act it asks for: after "against", "into" or as the object of a hostile verb
        in its complement."""
        if verb.pos_ != "VERB" or not recs:
            return False
        doc = verb.doc
        for m in recs:
            t = doc[m.end - 1]
            while t.dep_ in ("conj", "poss", "compound", "amod") and t.head.i != t.i:
                t = t.head  # "Uganda's conduct", "Ugandan and Kenyan officials"
            head = t.head.head if t.dep_ == "pobj" else t.head
            if head.i == verb.i or t.head.i == verb.i or verb not in t.ancestors:
                return False  # an addressee ("urged Uganda", "called on Uganda"), or a party from elsewhere
            target = (t.dep_ == "pobj" and t.head.lower_ in ("against", "into")) or t.dep_ == "dobj"
            hostile = {r.type for pos in ("NOUN", "VERB") for r in self.rules.by_lemma.get((head.lemma_.lower(), pos),
                                                                                          [])}
            if not (target and hostile & {"SANCTION", "COERCE", "ASSAULT", "ACCUSE"}) and not (
                    t.dep_ == "pobj" and t.head.lower_ == "against"):
                return False
        return True

    def _movement(self, trig: Trigger, actors: DocActors, acts: list[Mention], recs: list[Mention],
                  mod_reason: str) -> tuple[str, list[Mention], str]:
        """What a movement of forces is: exercises with a partner, or joint ones of several states,
        cooperate (one state's "joint" patrols around an island are its own forces together); troops
        sent at a government's request ("entered Mozambique at the request of its government") are
        aid to it (codebook section 9)."""
        known = {r.code for r in acts + recs}
        # (not "along the border with Turkey", however the parser hangs it)
        partners = [m for h in (trig.token, trig.object) if h is not None for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    and c.nbor(-1).lemma_.lower() not in self.words.border_nouns
                    for g in c.children if g.dep_ == "pobj"
                    for m in mentions_of(g, actors, self.words) if m.code not in known]
        joint = trig.object is not None and any(c.lower_ == "joint" for c in trig.object.children)
        if trig.object is not None and (partners or (joint and len({m.code for m in acts}) >= 2)):
            return "COOPERATE", recs + partners, mod_reason
        asking = self._asked_by(trig.token, actors)
        if asking:
            return "AID", asking, mod_reason + "; sent at the request of " + asking[0].entity_text
        return "MOBILIZE", recs, mod_reason

    def _promised(self, trig: Trigger, actors: DocActors, acts: list[Mention], event_type: str, modality: str,
                  mod_reason: str) -> tuple[str, str, str]:
        """What an act promised or announced is: a mutual retreat agreed, a retreat conceded, a
        meeting offered, forces or cooperation promised to a state agreed (codebook sections 2, 5, 9)."""
        # a noun act is promised through the verb it is the object of ("offered to host talks")
        act = trig.token.head if trig.token.pos_ == "NOUN" and trig.token.dep_ == "dobj" else trig.token
        promised = (act.dep_ == "xcomp" or infinitive_clause(act)) \
            and act.head.lemma_.lower() in self.words.promising_verbs
        if event_type == "RETREAT" and (modality == "future" or promised) and trig.rule.reciprocal \
                and len({m.code for m in acts}) >= 2:
            # "Ghana and Togo said they would restore relations": what both will do is agreed (codebook
            # section 9: the agreement to a mutual act is one AGREE with both)
            event_type, modality, mod_reason = "AGREE", "asserted", mod_reason + "; a mutual retreat promised"
        elif event_type in self.discourse.withheld_types and modality == "future" and acts \
                and self._committed(trig.token) \
                and _condition_clause(trig.token, self.discourse.withheld_condition_marks) is not None:
            # "will pull its troops out unless it is paid": a withdrawal held over the other side warns it
            event_type, modality, mod_reason = "THREATEN", "asserted", mod_reason + "; a threat, made when said"
        elif event_type == "RETREAT" and (modality == "future" or promised):
            # a release or withdrawal announced or promised is a concession (codebook section 2)
            event_type, modality, mod_reason = "CONCEDE", "asserted", mod_reason + "; promised retreat"
        elif event_type == "CONCEDE" and (promised or (modality == "future" and self._committed(trig.token))):
            # "will drop its complaint", "pledged to soften its demands": a concession is made when announced
            modality, mod_reason = "asserted", mod_reason + "; a concession, made when announced"
        if event_type == "CONSULT" and promised and act.head.lemma_.lower() != "agree":
            # "offered to mediate between X and Y", "pledged to hold talks": an offer (codebook section 2:
            # AGREE covers offers and future meetings agreed; told only as upcoming it stays CONSULT)
            event_type, modality, mod_reason = "AGREE", "asserted", mod_reason + "; an offer to meet"
        if event_type == "MOBILIZE" and (promised or (modality == "future" and self._committed(trig.token))) \
                and self._sent_to_help(trig.token, actors):
            # "pledged to send police officers to Togo", "agreed to send jets to defend Estonia":
            # forces promised to a state are an intent to provide protection (AGREE, PLOVER's
            # CAMEO 0332/0334), made when promised
            event_type, modality, mod_reason = "AGREE", "asserted", mod_reason + "; forces promised to a state"
        if event_type in PROMISABLE and (promised or (modality == "future" and self._committed(trig.token))):
            # "Finland will give Tanzania a grant", "pledged to back the bid": a promise to
            # cooperate is AGREE, asserted when it is made (codebook sections 2 and 5)
            event_type, modality, mod_reason = "AGREE", "asserted", mod_reason + "; a promise to cooperate"
        return event_type, modality, mod_reason

    def _sent_to_help(self, tok: Token, actors: DocActors) -> bool:
        """Whether forces are sent to a state ("to Togo") or to help one ("to defend Estonia")."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to" and any(
                    g.dep_ == "pobj" and (m := actors.at(g)) is not None and m.kind == "state" for g in c.children):
                return True
            if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.words.helping_verbs:
                return True
        return False

    def _asked_by(self, tok: Token, actors: DocActors) -> list[Mention]:
        """Who asked for the act: "at the request of its government", "at Baghdad's invitation"."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "upon", "on")):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in self.words.asking_nouns):
                who = [g for g in noun.children if g.dep_ == "poss"]
                who += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
                found = _dedupe([m for w in who for m in mentions_of(w, actors, self.words)])
                if found:
                    return found
        return []

    def _rejection(self, trig: Trigger, event_type: str, modality: str, mod_reason: str) -> tuple[str, str, str]:
        """Withheld support and refused acts are rejections; what a state has never recognised is a
        standing state (``STANDING``)."""
        never = any(c.dep_ == "neg" and c.lower_ == "never" for c in trig.token.children)
        habitual = any(c.dep_ == "aux" and c.lower_ in ("does", "do") for c in trig.token.children) \
            and said_through(trig.token, self.words) is None
        if event_type == "SUPPORT" and modality == "negated" and (never or habitual):
            # "a step Belgrade has never recognised", "Serbia does not recognise Kosovo" (told by the
            # story, not said by a speaker): a standing refusal, no act (codebook section 9)
            return event_type, modality, STANDING
        if event_type == "SUPPORT" and modality == "negated":
            # withholding support is a rejection: "Lisbon has not backed the embargo"
            return "REJECT", "asserted", "negated support is REJECT"
        head = trig.token.head.lemma_.lower()
        if trig.token.dep_ == "acl" and head in self.words.refusing_nouns:
            # "Ghana's refusal to meet Togo's envoy": what is refused is rejected (PLOVER REJECT)
            return "REJECT", "asserted", f"'{trig.token.head.text}' to {trig.token.text}"
        refused = (*MATERIAL_COOPERATION, "CONCEDE", "CONSULT")
        verb = trig.token.head if trig.token.dep_ == "dobj" and trig.token.head.dep_ == "xcomp" else trig.token
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.words.refusing_verbs and modality == "negated" \
                and event_type in (*refused, "AGREE"):
            # "refused to lift the curfew", "declined to release the guards", "refused to attend the talks",
            # "refused to renew the deal": a refused concession, help, meeting or accord is a rejection (PLOVER
            # REJECT; an accord only "not renewed" stays a negated accord)
            return "REJECT", "asserted", f"'{verb.head.text}' to {verb.text}"
        if modality == "negated" and event_type in refused and self._committed(trig.token):
            # "said it would never hand the pilots over", "will not release the soldiers", "will not meet
            # X": a concession, help or meeting its doer commits not to give is refused (PLOVER REJECT)
            return "REJECT", "asserted", f"'{trig.token.text}' refused: {mod_reason}"
        if modality == "negated" and event_type == "REJECT" and self._committed(trig.token):
            # "would no longer block the package", "will not veto it": a refusal given up is a concession
            return "CONCEDE", "asserted", f"'{trig.token.text}' given up: {mod_reason}"
        return event_type, modality, mod_reason

    def _when_said(self, trig: Trigger, dates: list[tuple[DateMention, Token | None]]) -> _When | None:
        """ "announced on Friday that his forces would withdraw", "pledged on Monday to send aid": a
        promise, offer or threat told as coming is made when it is said, dated by the verb of saying."""
        t = trig.token
        for _ in range(3):  # a word of judgment: the clause it is in ('"This is a criminal act," he said')
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        verb = _saying_verb(t, ("ccomp", "xcomp", "conj", "acomp"),
                            self.words.saying_verbs | self.words.promising_verbs)
        if verb is None:
            return None
        said = self.event_dates.pick(verb, {verb.i}, dates, set())
        if said is None or not said.value:
            return None
        source = "discourse" if "refers to" in said.reason else "text"
        return _When("asserted", said.value, said.text, True, source, "", said,
                     f"made when said ('{verb.text}'): {said.reason}")

    def _willing(self, verb: Token) -> Token | None:
        """The word of readiness an act is offered by ("is willing to send aid"; "is ready to send
        equipment to help defend Y", through the act it serves), if any."""
        t = verb
        for _ in range(2):
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in self.words.willing_adjectives:
                return t.head
            if t.dep_ not in ("xcomp", "advcl") or not to_infinitive(t):
                return None
            t = t.head
        return None

    def _threat(self, tok: Token, event_type: str, modality: str, acts: list[Mention]) -> bool:
        """A threat told as its doer's commitment: a threatening act it "will" do, or a hostile act
        it "would" do on a condition ("if the raids go on", "any drone that crosses")."""
        if not acts or modality not in ("future", "hypothetical") or not self._committed(tok):
            return False
        if event_type == "THREATEN":
            return True
        if event_type in self.discourse.withheld_types:
            return _condition_clause(tok, self.discourse.withheld_condition_marks) is not None
        # ("warned that it would sever ties with Israel": a hostile act its doer warns it will do)
        warned = _saying_verb(tok, ("ccomp",), self.modality.warning_verbs, steps=1) is not None
        return event_type in self.discourse.threatened_types and (
            conditional(tok) or self._any_target(tok) or warned
            or _condition_clause(tok, self.discourse.threat_condition_marks) is not None)

    def _held_over(self, tok: Token, actors: DocActors, acts: list[Mention]) -> list[Mention]:
        """Who a threat held on a condition warns: the subject of the condition, a party other than
        the threatening one ("will block the bid unless Stockholm extradites them": Sweden, whoever
        owns the bid)."""
        marks = [*self.discourse.withheld_condition_marks, *self.discourse.threat_condition_marks, "if"]
        clause = _condition_clause(tok, marks)
        mine = {m.code for m in acts}
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] if clause is not None else []
        return [m for s in subjects for m in mentions_of(s, actors, self.words) if m.code and m.code not in mine]

    def _any_target(self, tok: Token) -> bool:
        """Whether the act's object is any one of a kind ("shoot down any drone that crosses")."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(d.dep_ == "det" and d.lower_ in self.discourse.conditional_determiners
                   for o in objs for d in o.children)

    def _threat_mode(self, trig: Trigger) -> str:
        """The THREATEN mode of a threatened act: by the head of its object ("cut ties": relations),
        its rule's mode ("expel"), or its type (force: violence; else restrict)."""
        modes = self.discourse.threat_modes
        threatened = next((c for c in trig.token.children if c.dep_ == "xcomp"), None) \
            if trig.rule.type == "THREATEN" else None
        if threatened is not None:
            # "threatened to strike the US": the mode of the act threatened
            inner = trigger_at(threatened, self.rules, self.words)
            held = [t for t in (inner, *(inner.alternatives if inner else ())) if t is not None
                    and t.rule.type in self.discourse.threatened_types]
            if held:
                trig = held[0]
        obj = trig.object or next((c for c in trig.token.children if c.dep_ == "dobj"), None)
        for word in (obj.lower_, obj.lemma_.lower()) if obj is not None else ():
            if word in modes.by_object:
                return modes.by_object[word]
        return modes.by_mode.get(trig.rule.mode or "") or modes.by_type.get(trig.rule.type, "restrict")

    def _committed(self, tok: Token) -> bool:
        """Whether the act is told as its doer's commitment: "will"/"would"/"shall" on the verb
        (a plan told by others, "is expected to", "is due to", is not)."""
        return tok.pos_ == "VERB" and any(
            c.dep_ == "aux" and (c.lower_ in self.modality.future_aux or c.lower_ == "would") for c in tok.children)

    def _wanted_conflict(self, trig: Trigger, volition: Token, actors: DocActors, acts: list[Mention],
                         recs: list[Mention]) -> tuple[str, list[Mention], list[Mention]]:
        """ "wants to attack X" threatens X; "wants Y to attack X" asks Y."""
        gov_obj = [c for c in volition.children if c.dep_ in ("dobj", "nsubj") and c.i > volition.i]
        gov_obj += [c for c in trig.token.children if c.dep_ == "nsubj"]
        if not gov_obj:
            return "THREATEN", acts, recs
        words = self.words
        asker = [m for s_ in _subjects_of(volition, words) for m in mentions_of(s_, actors, words)]
        asked = [m for c in gov_obj for m in mentions_of(c, actors, words)]
        if asker and asked:
            return "REQUEST", _dedupe(asker), [m for m in _dedupe(asked) if m.code not in {a.code for a in asker}]
        return trig.rule.type, acts, recs

    @staticmethod
    def _host(trig: Trigger, event_type: str, acts: list[Mention], recs: list[Mention],
              place: Place | None) -> list[Mention]:
        """ "attend a conference in Norway": the state a one-sided meeting (or one refused) is held in hosts
        it; not an organisation's own meeting ("NATO ministers met in Brussels": its members, wherever it sits)."""
        meeting = event_type == "CONSULT" or (event_type == "REJECT" and trig.rule.type == "CONSULT")
        if meeting and len(acts) + len(recs) == 1 and place is not None \
                and (acts + recs)[0].kind != "org" and (acts + recs)[0].code not in ORGANISATION_CODES \
                and place.country_code and place.country_code not in {m.code for m in acts + recs}:
            host = Mention(trig.token.i, trig.token.i + 1, place.country_code, "GOV", "state",
                           place.resolved_place or place.extracted_place, key=place.country_code,
                           reason=f"{HOST_REASON} {place.resolved_place}", char_start=trig.token.idx,
                           char_end=trig.token.idx + len(trig.token))
            return [*recs, host]
        return recs

    def _mode(self, trig: Trigger, event_type: str, n_parties: int) -> str | None:
        """The event's mode: the rule's, a threat's, a meeting's (several parties, by phone) or a
        request's (what is asked)."""
        rule = trig.rule
        mode = rule.mode if event_type == rule.type else None
        if event_type == "THREATEN" and not (rule.type == "THREATEN" and rule.mode):
            mode = self._threat_mode(trig)
        if rule.type == "CONSULT":
            if n_parties >= 3 and mode == "visit":
                mode = "multilateral"
            own = [c for c in trig.token.children if c.dep_ not in ("conj", "cc", "advcl", "ccomp", "xcomp")]
            if mode in (None, "visit") and any(w.lower_ in ("phone", "telephone", "video", "videoconference")
                                               for c in own for w in c.subtree):
                mode = "phone"
        if rule.type in ("REQUEST", "REJECT") and event_type == rule.type and not (rule.type == "REJECT" and mode):
            mode = self.request_mode(trig)
        if event_type == "REJECT" and rule.type != "REJECT":
            mode = self.discourse.refused_modes.get(rule.type)  # what was refused
        if rule.type == "REQUEST" and event_type == "SANCTION":
            mode = "expel"  # diplomats given a deadline to leave
        if rule.type == "REQUEST" and event_type == "ACCUSE":
            mode = "disapprove"  # a hostile act urged against its target
        return mode

    @staticmethod
    def _confidence(trig: Trigger, inherited: bool, parties: list[Mention]) -> float:
        """How sure the reading is: a verb rule most, a noun less, the model by its probability;
        less with a borrowed party or a pronoun, more with a constraining object."""
        rule = trig.rule
        confidence = 0.85 if rule.pos == "VERB" else 0.75 if rule.pos == "NOUN" else 0.5
        if trig.probability is not None:
            confidence = 0.5 + 0.3 * trig.probability  # the model's word, not a rule's
        if inherited:
            confidence -= 0.1
        if any(m.reason.startswith(("pronoun", "group")) or "refers back" in m.reason for m in parties):
            confidence -= 0.1
        if rule.actor_object or rule.object:
            confidence += 0.05
        return round(max(0.05, min(confidence, 0.99)), 2)

    def _when(self, trig: Trigger, sent: Span, modality: str, published: dt.date | None,
              dates: list[tuple[DateMention, Token | None]], triggers: list[Trigger],
              all_dates: list[DateMention]) -> _When:
        """The event's date, its words and where it came from (its clause, the discourse, the
        publication); a date after publication makes an asserted event planned."""
        reason = ""
        # a possibility has only the date its own clause gives ("could meet on Friday"), never the
        # sentence's date of the saying ("said on Monday that talks could resume")
        date_m = self._pick_date(trig, dates, triggers, unclaimed=modality != "hypothetical")
        if date_m is not None and modality == "asserted" and date_m.value and published \
                and date_m.value > published.isoformat() and len(date_m.value) == 10:
            modality, reason = "future", "date after publication"
        if date_m is not None and modality in ("future", "hypothetical"):
            # resolve the same words looking forward, in their sentence ("in May" alone is ambiguous;
            # what could or would happen is ahead too: "would raise it when they meet in May")
            ahead = [m for m in self.dates.find(span_text(sent), published, future=True)
                     if sent.start_char + m.start == date_m.start and m.value]
            value = ahead[0].value if ahead else (self.dates.resolve(date_m.text, published, future=True)
                                                   or date_m.value)
            date_m = DateMention(date_m.start, date_m.end, date_m.text, value, date_m.reason)
        if date_m is not None and date_m.value:
            date, date_text, from_text = date_m.value, date_m.text, True
            source = "discourse" if "refers to" in date_m.reason else "text"
            mention, why = date_m, f"the act's own clause: {date_m.reason}"
        elif modality in ("asserted", "negated") and published is not None and not self._past_perfect(trig.token):
            date, date_text, from_text = published.isoformat(), None, False
            source = "publication"
            mention, why = None, "no date in its clause: the publication date"
        elif modality == "future" and published is not None and any(
                w.lower_ in self.discourse.immediate for w in trig.token.head.subtree):
            para = self._paragraph_date_at(sent.start_char, text_of(sent.doc), all_dates)
            date = para.value if para is not None and para.value else published.isoformat()
            date_text, from_text = "immediately", True
            source = "discourse" if para is not None and para.value else "publication"
            mention, why = para, "planned at once: the paragraph's date or the publication date"
        elif modality == "future" and published is not None \
                and trig.rule.type not in self.discourse.planned_meeting_types:
            # (a meeting told only as coming has its planned date or none: codebook 5)
            return self._announced_when(trig, dates, published)
        else:
            date, date_text, from_text = None, None, False
            source = None
            mention, why = None, "nothing in the text dates it"
        return _When(modality, date, date_text, from_text, source, reason, mention, why)

    def _announced_when(self, trig: Trigger, dates: list[tuple[DateMention, Token | None]],
                        published: dt.date) -> _When:
        """A plan with no date of its own is dated when it was announced (codebook: what is
        promised is dated when the promise was made): the date of the saying verb it hangs from
        ("said on Thursday it would close the border"), else the publication date."""
        tok = trig.token
        verb: Token | None
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in self.words.deciding_nouns:
            # "hit back on Aug 12 with a plan to drop X": the plan was made when its clause tells
            verb, why = clause_verb(tok.head, self.words)[0], f"when the {tok.head.text} was made"
        else:
            verb, why = _saying_verb(tok, ("ccomp", "xcomp", "conj", "advcl", "aux"), self.words.saying_verbs), \
                "when it was announced"
        made = self.event_dates.pick(verb, {verb.i}, dates, set(), unclaimed=False) if verb is not None else None
        if made is not None and made.value:
            return _When("future", made.value, made.text, True, "discourse", "", made,
                         f"planned, no date of its own: {why} ({made.reason})")
        return _When("future", published.isoformat(), None, False, "publication", "", None,
                     "planned, no date of its own: announced by the publication date")

    def candidate_at(self, trig: Trigger, sent: Span, state: DocState) -> Candidate | None:
        """A candidate for ``trig`` with its own date, modality and place, and no participants yet
        (for events whose participants another component decides: speech acts)."""
        modality, mod_reason = modality_of(trig.token, self.modality, self.words)
        dates = state.dates.get(sent.start, [])
        when = self._when(trig, sent, modality, state.published, dates, [trig], state.all_dates)
        return Candidate(
            event_type=trig.rule.type, mode=trig.rule.mode, actors=[], recipients=[], date=when.date,
            date_text=when.text, date_from_text=when.from_text, modality=when.modality,
            place=self._place(trig, sent), sentence=sent, trigger=trig.token, confidence=0.7,
            reason=f"modality: {when.reason or mod_reason}", date_source=when.source, date_mention=when.mention,
            date_reason=when.why)

    @staticmethod
    def _focus_partners(have: set[str | None], sent: Span, recent: list[Candidate]) -> list[Mention]:
        """The other side of the interaction in focus: the other participants of the latest event,
        in this sentence, the one before or earlier in the same paragraph, that one of ``have``
        took part in."""
        text = text_of(sent.doc)
        for prev in reversed(recent):
            if prev.sentence.start > sent.start:
                continue
            if prev.sentence.start < sent.start and "\n" in text[prev.sentence.end_char:sent.start_char] \
                    and sent.start - prev.sentence.end > 1:
                break
            parties = [m for m in prev.actors + prev.recipients if not _guessed_host(m)]
            if have & {m.code for m in parties}:
                return [m for m in _dedupe(parties) if m.code not in have]
        return []

    def _protest_site(self, trig: Trigger, actors: DocActors) -> list[Mention]:
        """The people of the state a protest with no named doer took place in ("crowds gathered near
        the embassy in Nairobi", "protesters in several Indian cities"): the place named "in" the
        protest's clause, or its demonym."""
        for w in trig.token.subtree:
            if w.dep_ == "pobj" and w.head.lower_ == "in" and w.pos_ == "PROPN":
                place = self.places.geocode(_proper_name(w))
                if place is not None and place.country_code:
                    return [_place_state(w, place, "CVL", f"protesters in {place.resolved_place}")]
            if w.dep_ == "pobj" and w.head.lower_ == "in" and w.lemma_.lower() in self.words.place_nouns \
                    and actors.demonym_mods.get(w.i):
                code = actors.demonym_mods[w.i][0]
                return [Mention(w.i, w.i + 1, code, "CVL", "state", w.text, key=code,
                                reason=f"protesters in {w.text} ({code})", char_start=w.idx, char_end=w.idx + len(w))]
        return []

    def _roles(self, trig: Trigger, sent: Span, actors: DocActors) -> Roles:
        """The trigger's roles from the parse, with the speaker of an evaluative word and the state
        of a territory object ("recognised the independence of Abkhazia": GEO)."""
        rule = trig.rule
        roles = roles_of(trig, actors, self.words, self.rules, self._light_verbs)
        if rule.evaluative and not roles.actors:
            speaker = speaker_of(sent, actors, self.modality.speech_verbs)
            if speaker is not None:
                roles.actors = [speaker]
        if rule.actor_object and not rule.person_object and "object is not a participant" in roles.notes:
            held = self._territory_object(trig)
            if held:
                roles.recipients = held
                roles.notes.remove("object is not a participant")
        return roles

    def _unnamed_parties(self, trig: Trigger, actors: DocActors, state: DocState, acts: list[Mention],
                         recs: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Doers the sentence implies: the people of a protest's site, the state an act only a
        state does was done in, both sides of a truce."""
        rule = trig.rule
        if rule.type == "PROTEST" and not acts:
            acts = self._protest_site(trig, actors)  # "protesters gathered near the embassy in Nairobi": Kenyans
        if not acts and recs:
            acts = self._state_doer(trig, state, recs)  # "two Britons were detained in Tehran": IRN
            recs = [m for m in recs if m.code not in {a.code for a in acts}]
        if rule.reciprocal and not acts and len({m.code for m in recs}) >= 2:
            acts, recs = recs, []  # "a truce took hold between Israel and Hamas": both sides keep it
        return acts, recs

    def _territory_object(self, trig: Trigger) -> list[Mention]:
        """The states of the territories an act's object names ("recognised the independence of
        Abkhazia and South Ossetia", "annexed Crimea"): disputed lands count as their state
        (codebook section 3)."""
        objs = [c for c in trig.token.children if c.dep_ == "dobj"]
        objs += [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        found: dict[str, Mention] = {}
        for o in objs:
            for w in (o, *o.conjuncts):
                place = self.event_places.named_by(w) if w.pos_ == "PROPN" else None
                if place is not None and place.country_code and place.country_code not in found:
                    found[place.country_code] = _place_state(w, place, "UNK", f"territory of {place.country_code}")
        return list(found.values())

    def _state_doer(self, trig: Trigger, state: DocState, recs: list[Mention]) -> list[Mention]:
        """The doer of an act only a state does (``state_acts``), told in the passive without it:
        the state where it was done, by the place of its clause ("were detained in Tehran", "was
        summoned to the ministry in Accra") or else the article's dateline."""
        t = trig.token
        if trig.rule.pos != "VERB" or t.lemma_.lower() not in self.words.state_acts \
                or not passive(t) \
                or any(c.dep_ == "agent" for c in t.children):
            return []
        subject = {w.i for c in t.children if c.dep_ == "nsubjpass" for w in c.subtree}
        theirs = {m.code for m in recs if m.start in subject}
        if not theirs:
            return []
        for w in t.subtree:
            if w.pos_ == "PROPN" and w.dep_ == "pobj" and w.head.lower_ in ("in", "to", "at"):
                place = self.places.geocode(_proper_name(w))
                if place is not None and place.country_code:
                    if place.country_code in theirs:
                        return []
                    return [_place_state(w, place, "GOV", f"done where the state acts: {place.resolved_place}")]
        line = state.dateline
        spans = dateline_spans(state.article.text)
        if line is None or not line.country_code or line.country_code in theirs or not spans:
            return []
        where = state.doc.char_span(*spans[0], alignment_mode="expand")
        if where is None or not len(where):
            return []
        return [_place_state(where[0], line, "GOV", f"done where the dateline is: {line.resolved_place}")]

    def _target_of_referred_act(self, trig: Trigger, state: DocState, mine: set[str | None]) -> list[Mention]:
        """The target of the latest act of the same type an earlier sentence told, even one told
        with no doer ("Drones hit Togolese border posts"), that a definite act noun refers back to."""
        actors = state.require_actors()
        for start in sorted((k for k in state.triggers if k < trig.token.sent.start), reverse=True):
            sent = state.doc[start].sent
            for t in reversed(state.triggers[start]):
                if t.rule.type != trig.rule.type:
                    continue
                roles = self._roles(t, sent, actors)
                recs = [m for m in _dedupe(roles.recipients) if m.code not in mine]
                if not recs:
                    recs = [m for m in self._target_country(t, roles.actors) if m.code not in mine]
                if recs:
                    return [replace(m, reason=m.reason + f"; target of the {t.token.text} told before") for m in recs]
        return []

    def _target_country(self, trig: Trigger, acts: list[Mention]) -> list[Mention]:
        """The state where a strike or seizure landed, when the target is a place, not a party:
        "shelled a depot near Kassala, in Sudan" -> SDN."""
        mine = {m.code for m in acts}
        t = trig.token
        scope = list(t.subtree)
        if trig.rule.pos == "NOUN" and t.head.pos_ in ("VERB", "AUX"):
            scope += [w for w in t.head.subtree if w.i not in {x.i for x in scope}]  # "wounded in shelling in Marib"
        for w in scope:
            if w.pos_ != "PROPN" or w.dep_ not in ("pobj", "appos", "dobj", "compound"):
                continue
            if w.head.dep_ == "prep" and w.head.lower_ in ("from", "by", "with"):
                continue
            whole = self.places.geocode(_proper_name(w.head)) if w.dep_ == "compound" and w.head.pos_ == "PROPN" \
                and w.head.i > w.i else None
            if whole is not None and whole.country_code and whole.country_code not in mine:
                continue  # a word of a longer place name is geocoded with it ("Dar" of "Dar es Salaam")
            if whole is None and w.dep_ == "compound" and w.head.pos_ == "PROPN" and w.head.i > w.i \
                    and w.head.lower_ not in self.words.place_nouns:
                continue  # nor a word of a longer name that is no place ("Marco" of "Marco Ortega")
            if w.head.lower_ == "of" and w.head.head.pos_ == "PROPN" \
                    and self.places.geocode(f"{_proper_name(w.head.head)} of {_proper_name(w)}") is not None:
                continue  # so is the end of one ("Oman" of "the Gulf of Oman", a sea of no state)
            of_name = of_object(w, "PROPN")
            # ("in the Bay of Bengal": the whole name, not the town of Bay)
            name = f"{_proper_name(w)} of {_proper_name(of_name)}" if of_name is not None else _proper_name(w)
            place = self.places.geocode(name)
            if place is not None and place.country_code and place.country_code not in mine:
                return [_place_state(w, place, "UNK", f"target located in {place.resolved_place}")]
        return []

    def _partner(self, sent: Span, actors: DocActors, one: Mention) -> Mention | None:
        """The other party of a call or meeting whose sentence names only one: the latest official
        of another state in this or the previous sentence ("Ramaphosa thanked ... In a phone call,
        Ruto said ...")."""
        doc = sent.doc
        prev_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        best: Mention | None = None
        for m in actors.mentions:
            if prev_start <= m.char_start < sent.end_char and m.kind == "person" and m.code \
                    and m.code != one.code:
                best = m
        return best

    def _volition(self, tok: Token) -> Token | None:
        """The verb of wanting that governs a trigger ("wants to attack", "wants its allies to attack")."""
        head = tok.head
        if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in self.modality.volition_verbs:
            return head
        # "threatened to resume attacks": a noun act under the verb the wanting governs
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.dep_ == "xcomp" \
                and head.head.lemma_.lower() in self.modality.volition_verbs:
            return head.head
        return None

    def _background(self, trig: Trigger, sent: Span, state: DocState) -> bool:
        """An undated act told in the past perfect ("Ankara had earlier negotiated ..."): background,
        another episode than the interaction in focus, whose parties it does not borrow."""
        if not self._past_perfect(trig.token):
            return False
        verb = trig.token if trig.token.pos_ in ("VERB", "AUX") else next(
            (a for a in trig.token.ancestors if a.pos_ in ("VERB", "AUX")), trig.token)
        for _, root in state.dates.get(sent.start, []):
            if root is None:
                continue
            # a date of the act's own clause ("had bombed ... on Tuesday") dates it: no background
            near = next((a for a in (root, *root.ancestors) if a.pos_ in ("VERB", "AUX")), None)
            if near is not None and near.i == verb.i:
                return False
        return True

    def _past_perfect(self, tok: Token) -> bool:
        """ "had agreed": an earlier event the text does not date (no publication-date default)."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "had taken the dispute to the council, asking for ...": the participle's time
        if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return False
        # "said on the radio that his envoys had made no contact": reported speech shifts a simple past
        # back; the event is the news of the day, not an undated earlier one
        said = verb.head if verb.dep_ == "ccomp" else verb.head.head if (
            verb.dep_ == "conj" and verb.head.dep_ == "ccomp") else None  # "said X ... and that it had ..."
        reported = said is not None and said.lemma_.lower() in self.modality.speech_verbs and said.tag_ == "VBD"
        return not reported

    def request_mode(self, trig: Trigger) -> str | None:
        """The REQUEST/REJECT mode the words under ``trig`` tell (yield, meet, assist, change)."""
        # (not the words of its subject: "leaders meeting in Abuja gave the junta a week to ...")
        words = {t.lemma_.lower() for c in trig.token.children if c.dep_ not in ("nsubj", "csubj")
                 for t in c.subtree} | {trig.token.lemma_.lower()}
        if words & {"withdraw", "leave", "stop", "end", "halt", "cease", "ceasefire", "release", "lift", "pull"}:
            return "yield"
        if words & {"meet", "talk", "talks", "meeting", "negotiate", "visit", "sit", "dialogue", "negotiation"}:
            return "meet"
        if words & {"help", "aid", "assistance", "support", "information", "assist", "supply"}:
            return "assist"
        return "change"

    # ------------------------------------------------------------------ dates

    def _anchor_verbs(self, trig: Trigger) -> set[int]:
        """The tokens whose time and place are the act's (the trigger, its verb, a participle)."""
        anchors = self.event_dates.anchor_verbs(trig.token, trig.rule.pos == "VERB")
        # "on Wednesday denied carrying out the strikes": the day of the denial is not the act's; a
        # denial the act is conjoined to is told at its time ("on Friday dismissed the report and accused")
        doc, tok = trig.token.doc, trig.token
        sibling = tok.head.i if tok.dep_ == "conj" else -1
        negating = self.modality.negating_verbs
        anchors = {i for i in anchors if i in (tok.i, sibling) or doc[i].lemma_.lower() not in negating}
        reporter = reporters_scene(trig.token, self.words.clause_scene_preps)
        return anchors | {reporter.i} if reporter is not None else anchors

    def _pick_date(self, trig: Trigger, dates: list[tuple[DateMention, Token | None]],
                   triggers: list[Trigger], *, unclaimed: bool = True) -> DateMention | None:
        if not dates:
            return None
        anchors = self._anchor_verbs(trig)
        if trig.rule.type in self.discourse.said_types and trig.token.pos_ == "VERB":
            # "condemned the strikes and said on Friday ...": a verbal act is done with the saying
            # it is coordinated with, and shares its time
            anchors |= {c.i for c in trig.token.children if c.dep_ == "conj"
                        and c.lemma_.lower() in self.words.saying_verbs
                        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
        own_object = trig.object.i if trig.object is not None else -1
        # a noun event under the act's own verb shares its time ("recalled its envoy for
        # consultations on Tuesday"); other verbs and their nouns keep theirs
        others = {o.token.i for o in triggers if o is not trig and o.token.i != own_object
                  and not (o.token.pos_ != "VERB" and clause_verb(o.token, self.words)[0].i in anchors)} - anchors
        # "on Wednesday denied carrying out the strikes": the denial claims its own day
        others |= {a.i for a in trig.token.ancestors if a.lemma_.lower() in self.modality.negating_verbs}
        if trig.rule.type == "AGREE" and trig.token.pos_ == "VERB":
            # "agreed to hold talks on May 18": an agreement is dated when made (codebook 5); the
            # date of what it promises is that act's
            others |= {c.i for c in trig.token.children if c.dep_ in ("xcomp", "advcl") and c.i > trig.token.i
                       and to_infinitive(c)}
        picked = self.event_dates.pick(trig.token, anchors, dates, others, unclaimed=unclaimed)
        if picked is None and trig.rule.type == "ACCUSE" and trig.token.pos_ == "VERB":
            picked = self._day_of_the_charge(trig.token, dates)
        return picked

    def _day_of_the_charge(self, verb: Token, dates: list[tuple[DateMention, Token | None]]) -> DateMention | None:
        """ "accused Somalia of shelling a border town on Thursday": a day told in the act charged, with
        none on the charge, is the charge's day too (the news of the day); a month or a year there is the
        charged act's history ("accused Russia of poisoning him in 2018")."""
        charged = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                   for c in p.children if c.dep_ == "pcomp"]
        # (the gerund's own day, not one of a clause in its object: "of arming a group that seized X on June 13")
        for c in charged:
            own = self.event_dates.pick(c, {c.i}, dates, set(), unclaimed=False)
            if own is not None and own.value and len(own.value) == 10:
                return own
        return None

    # ------------------------------------------------------------------ place, topics

    def _place(self, trig: Trigger, sent: Span) -> Place | None:
        """Where the event happened: "in/at X" on the trigger or its verb; "a visit to X"."""
        return self.event_places.at(trig.token, self._anchor_verbs(trig))

    def _dateline(self, article: Article, doc: Doc) -> Place | None:
        """The place of a dateline ("ANKARA, May 5 (Agency) -")."""
        return self.event_places.dateline(article.text)

    def _narrator(self, doc: Doc, actors: DocActors) -> Mention | None:
        """The official an article is the statement of ("Foreign Minister X's remarks ...")."""
        first = next(iter(doc.sents), None)
        if first is None or not any(t.lemma_.lower() in self.words.narrator_nouns for t in first):
            return None
        for t in first:
            m = actors.at(t)
            if m is not None and m.kind == "person":
                return m
        return None

    def _topics(self, sent: Span) -> list[str]:
        found: list[str] = []
        for match_id, _, _ in self.topic_matcher(sent):
            name = sent.doc.vocab.strings[match_id]
            if name not in found:
                found.append(name)
        return found

    def _context(self, event_type: str, topics: list[str], sent: Span) -> list[str]:
        """PLOVER contexts: the type's default, the topics', and the context words of the sentence."""
        ctx = list(self.rules.types[event_type].context)
        found = [c for t in topics for c in self.topics[t].context]
        found += [sent.doc.vocab.strings[match_id] for match_id, _, _ in self.context_matcher(sent)]
        for c in found:
            if c not in ctx:
                ctx.append(c)
        return ctx

    # ------------------------------------------------------------------ merge

    def _merge(self, cands: list[Candidate], article: Article) -> list[Event]:
        groups: list[list[Candidate]] = []
        for c in cands:
            for g in groups:
                head = g[0]
                if head.event_type not in SYMMETRIC_TYPES and head.mode and c.mode and head.mode != c.mode:
                    continue  # "broke off relations and ordered its diplomats out": two sanctions
                if head.date != c.date and EARLIER_ACT in (head.date_reason, c.date_reason):
                    continue  # "the parties had agreed" is not the agreement told on a day of that month
                if head.key() == c.key() and _dates_compatible(head.date, c.date) and (
                        head.date_from_text == c.date_from_text or not (head.date_from_text and c.date_from_text)):
                    if head.date_from_text and c.date_from_text and head.date != c.date:
                        continue
                    g.append(c)
                    break
            else:
                groups.append([c])
        events = [self._event(g, article) for g in groups]
        events.sort(key=lambda e: (e.text_info[0].start if e.text_info else 0, e.event_type))
        return events

    def _event(self, group: list[Candidate], article: Article) -> Event:
        dated = [c for c in group if c.date_from_text] or group
        best_date = max(dated, key=lambda c: len(c.date or ""))
        # actors: the most specific mention per code across the group
        actors = _dedupe([m for c in group for m in c.actors])
        recipients = [m for m in _dedupe([m for c in group for m in c.recipients])
                      if m.code not in {a.code for a in actors}]
        spans: list[TextSpan] = []
        for c in group:
            s = c.sentence
            text = s.text.rstrip()
            lead = len(text) - len(text.lstrip())
            sp = TextSpan(start=s.start_char + lead, end=s.start_char + len(text), text=text.strip())
            if sp not in spans:
                spans.append(sp)
        place = next((c.place for c in group if c.place is not None), None)
        topics: list[str] = []
        context: list[str] = []
        quotes: list[Quote] = []
        for c in group:
            topics += [t for t in c.topics if t not in topics]
            context += [x for x in c.context if x not in context]
            for q in c.quotes:
                quote = Quote(text=q.text, speaker=(q.speaker.identifier_text or q.speaker.entity_text)
                              if q.speaker else None, start=q.start, end=q.end)
                if quote not in quotes:
                    quotes.append(quote)
        mode = next((c.mode for c in group if c.mode), None)
        head = group[0]
        conf = min(0.99, max(c.confidence for c in group) + 0.05 * (len(group) - 1))
        if head.event_type in SYMMETRIC_TYPES:
            participants = ",".join(sorted(m.code or "" for m in actors + recipients))
        else:  # directed: "A>B" and "B>A" (the two records of a mutual act) are two events
            participants = ",".join(sorted(m.code or "" for m in actors)) + ">" + ",".join(
                sorted(m.code or "" for m in recipients))
        # directed acts of one type told in one sentence with two modes are two records: two ids
        kind = f"{head.event_type}/{mode}" if mode and head.event_type not in SYMMETRIC_TYPES else head.event_type
        ident = hashlib.sha1(
            f"{article.id}|{kind}|{participants}|{best_date.date}|{head.modality}|"
            f"{spans[0].start}".encode()).hexdigest()[:12]
        quad, scale = self.plover.scale(head.event_type, mode)
        return Event(
            quad_code=quad, event_scale=scale,
            id=f"{article.id}:{ident}", doc_id=article.id, event_type=head.event_type,
            mode=mode, actor=tuple(_ref(m) for m in actors), recipient=tuple(_ref(m) for m in recipients),
            date=best_date.date, date_text=best_date.date_text, date_source=best_date.date_source,
            when=_event_date(best_date),
            modality=head.modality,
            event_loc=place, context=tuple(context), topics=tuple(topics), text_info=tuple(spans),
            quotes=tuple(quotes), confidence=round(conf, 2), trigger=head.trigger.text, reason=head.reason,
        )


def _same_act_target(event_type: str, doers: set[str | None], sent: Span, recent: list[Candidate]) -> list[Mention]:
    """ "Accra cut ties with Lomé. Benin followed, and Niger recalled its ambassador": an
    act with no target, of the type another doer has just done to someone, is done to the same one
    (the latest such act, in this sentence or the one before)."""
    for prev in reversed(recent):
        if prev.event_type != event_type or prev.sentence.start not in (sent.start, _previous_start(sent)):
            continue
        targets = [m for m in prev.recipients if m.code not in doers]
        if targets and not {m.code for m in prev.actors} & doers:
            return targets
    return []


def _since_perfect(tok: Token) -> Token | None:
    """The "since" of a present perfect bounding the act's clause ("has boycotted Chilean goods since
    July", "talks have stalled since 2019"): what has lasted, not an act of one day; None otherwise."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok)
    return next((c for c in verb.children if c.lower_ == "since" and c.dep_ in ("prep", "mark", "advmod")), None) \
        if _present_perfect(verb) else None


def _present_perfect(verb: Token) -> bool:
    """Whether a verb is told in the present perfect ("has sent", "have shunned"): done up to now."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _described_as(tok: Token) -> bool:
    """Whether an event word only describes an act already told: the complement of "be" with an
    ordinal ("It was the fifth round of talks between the ministers", "the visit was the first
    since")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
        c.dep_ == "amod" and ((c.tag_ == "JJ" and c.lower_ in ORDINALS) or c.like_num) for c in tok.children)


def _condition_clause(tok: Token, marks: Collection[str]) -> Token | None:
    """The clause on an act, or on a modifier of it, that tells the condition it lasts while ("would
    block the pact as long as Chile refuses to pay", "until its ships leave"), opened by one of
    ``marks`` (read up to the clause's marker); None when there is none."""
    clauses = [c for h in (tok, *(a for a in tok.children if a.dep_ == "advmod"))
               for c in h.children if c.dep_ == "advcl"]
    for clause in clauses:
        for m in (g for g in clause.children if g.dep_ == "mark"):
            opened = [" ".join(w.lower_ for w in tok.doc[max(m.i - k, 0):m.i + 1]) for k in range(4)]
            if any(o in marks for o in opened):
                return clause
    return None


def _saying_verb(tok: Token, deps: tuple[str, ...], verbs: Collection[str], steps: int = 3) -> Token | None:
    """The verb of ``verbs`` that ``tok``'s clause is told through: climbing heads over ``deps``
    (at most ``steps``), the first verb head of that kind ("said on Monday it would close ...")."""
    for _ in range(steps):
        # (through an adjective of the clause: "said it was highly likely Russia was responsible")
        if tok.dep_ not in deps or tok.head.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        tok = tok.head
        if tok.lemma_.lower() in verbs:
            return tok
    return None


def _told_just_before(c: Candidate, earlier: list[Candidate], parties: set[str | None]) -> Candidate | None:
    """A dated act of the same type among the same parties, told in the sentence just before (in
    the same paragraph)."""
    text = text_of(c.sentence.doc)
    for prev in reversed(earlier):
        if prev.sentence.end < c.sentence.start - 1:
            return None  # candidates come in text order: the rest are further back
        if prev.sentence.start == c.sentence.start or "\n" in text[prev.trigger.idx:c.trigger.idx]:
            continue  # (the paragraph break may end the sentence before)
        # (a directed act the other way is another act: "X accused Y ... Y called the claims absurd")
        same_way = c.event_type in SYMMETRIC_TYPES or {m.code for m in prev.actors} == {m.code for m in c.actors}
        if prev.event_type == c.event_type and prev.date_from_text and prev.modality == c.modality \
                and {m.code for m in prev.actors + prev.recipients} == parties and same_way:
            return prev
    return None


def _ranked_as(trig: Trigger, triggers: list[Trigger]) -> bool:
    """Whether an act is the infinitive that ranks the doer of an act of its type told in the same
    sentence ("spoke to X by phone, becoming the first Western leader to talk to him since 2020":
    the talk is the call)."""
    tok = trig.token
    if tok.pos_ != "VERB" or tok.dep_ not in ("relcl", "acl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            or not any(c.dep_ == "amod" and c.lower_ in ORDINALS | {"only"} for c in tok.head.children):
        return False
    above = {a.i for a in tok.ancestors}
    return any(o.token.i in above and o.rule.type == trig.rule.type for o in triggers if o is not trig)


def _guessed_host(m: Mention) -> bool:
    """Whether a mention is a host guessed from a meeting's venue (``ArticleExtractor._host``), not
    a party the text names: no side of the interaction in focus."""
    return m.reason.startswith(HOST_REASON)


def _sentences_back(sent: Span, n: int) -> int:
    """Where the sentence ``n`` sentences before ``sent`` starts (the text's first, if fewer)."""
    first = sent.start
    for _ in range(n):
        if first == 0:
            break
        first = sent.doc[first - 1].sent.start
    return first


def _previous_start(sent: Span) -> int:
    """Where the sentence before ``sent`` starts (-1 for the first)."""
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else -1


def _circumstance(prep: Token) -> bool:
    """Whether a preposition opens an absolute clause told beside the act ("..., with Minsk blaming
    Vilnius for ..."), whose act is its own."""
    return prep.lower_ == "with" and any(
        c.dep_ == "pcomp" or any(g.dep_ == "acl" for g in c.children) for c in prep.children)


def _light_verb_noun(t: Trigger, other: Trigger) -> bool:
    """Whether ``t`` is the noun of ``other``'s light-verb rule: "lifted sanctions" is no sanction,
    even when the lifting made no event (the caller keeps one a clause of its own tells: "eased the
    embargo it imposed in May")."""
    return other.object is not None and (other.object.i == t.token.i or (
        other.rule.type == t.rule.type and t.token in other.object.subtree))


def _same_conversation(t: Trigger, other: Trigger) -> bool:
    """ "discussed the crisis with X in a phone call": the call is the conversation the verb tells."""
    if not (t.rule.type == other.rule.type == "CONSULT" and t.rule.pos == "NOUN" and t.rule.mode == "phone"
            and other.rule.pos == "VERB"):
        return False
    # the call is in the verb's own clause (not in a relative clause of its subject: "Biden, who in
    # a call on Monday had pressed X, spoke to Y on Tuesday" tells two conversations)
    verb = next((a for a in t.token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i == other.token.i


def _contrasted_clause(clause: Token, words: data.Words) -> bool:
    """Whether an adverbial clause with a subject of its own is set beside its main clause ("...,
    while Sudan accused Eritrea", "..., although Chile denied it"): what it tells is not what the main
    verb says, welcomes or agrees to."""
    return any(c.dep_ == "mark" and c.lower_ in words.contrast_marks for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _refusal_of(t: Trigger, other: Trigger) -> bool:
    """Whether ``t`` refuses, in a relative clause under it, what the verb ``other`` asks or offers
    ("asked Peru to return the boats, which Lima refused"): an act of its own, not part of the
    request. The relative clause however the parser hangs it: "..., which Quito refused" may come
    out as a clausal complement whose object is the relative pronoun."""
    tok = t.token
    return (t.rule.type == "REJECT" and other.rule.type in ("REQUEST", "AGREE") and other.rule.pos == "VERB"
            and (tok.dep_ == "relcl" or any(c.tag_ == "WDT" and c.dep_ == "dobj" for c in tok.children))
            and any(a.i == other.token.i for a in tok.ancestors))


def _told_in_own_clause(noun: Token) -> bool:
    """Whether an event noun is told as a fact by a relative clause of its own ("welcomed the accord
    Namibia and Zambia signed"): not only what a judging verb judges, but an event too."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "relcl" and c.pos_ == "VERB" and any(
        g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP") for g in c.children) for c in noun.children)


def _place_state(w: Token, place: Place, sector: str, why: str) -> Mention:
    """The state of a geocoded place named at ``w``, as a participant mention."""
    code = place.country_code or ""
    return Mention(w.i, w.i + 1, code, sector, "state", w.text, key=code, reason=f"{why} ({code})",
                   char_start=w.idx, char_end=w.idx + len(w))


def _embedded_by_word(t: Trigger, other: Trigger) -> bool:
    """Whether ``t`` is part of ``other``'s act through a word: "to visit Ankara for talks" (one
    meeting), "recalled its ambassador for consultations" (a purpose), "accused Belgrade of standing
    behind ..." (the charge, not a fact)."""
    tok, head = t.token, t.token.head
    if t.rule.pos == "NOUN" and other.rule.type == t.rule.type and (
            head.i == other.token.i or (head.dep_ == "prep" and head.head.i == other.token.i)):
        return True
    if t.rule.pos == "NOUN" and head.lower_ == "for" and head.head.i == other.token.i:
        return True
    if t.rule.type == other.rule.type == "CONSULT" and tok.dep_ in ("advcl", "xcomp") and head.i == other.token.i \
            and to_infinitive(tok) and not any((c.dep_ == "prep" and c.lower_ in ("with", "between"))
                                               or (c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN")
                                               for c in tok.children):
        return True  # "will travel to Bucharest to discuss the crisis": the visit's purpose, one meeting
    # ("criticised Lima for arresting ...", "praised Lima for freeing ...": the reason judged, Lima's act)
    return ((other.rule.type == "ACCUSE" and head.lower_ == "of") or (other.rule.type in ("ACCUSE", "SUPPORT")
            and head.lower_ == "for" and tok.pos_ == "VERB")) and tok.dep_ in ("pcomp", "pobj") \
        and head.head.i == other.token.i


def refers_back(noun: Token, discourse: DiscourseRules) -> bool:
    """Whether an event noun is definite: a determiner or possessive that points to a known event."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in discourse.referring_determiners for c in noun.children)


def _proper_name(w: Token) -> str:
    """The whole proper name a word ends ("the West Bank" at "Bank": "West Bank", not a town called
    Bank somewhere): the proper nouns before it that hang on it."""
    doc, start = w.doc, w.i
    while start > w.sent.start and doc[start - 1].head.i == w.i and (doc[start - 1].pos_ == "PROPN" or (
            doc[start - 1].is_lower and start - 2 >= w.sent.start and doc[start - 2].pos_ == "PROPN")):
        start -= 1  # (with a particle between its words: "Dar es Salaam")
    return doc[start:w.i + 1].text


def _made_by_publication(when: _When, published: dt.date | None) -> _When:
    """A promise's date when no saying dates it: the date of what it promises is no date of the
    promise ("will deliver the systems next month": promised by the publication date); any other
    date it has is kept (codebook 5)."""
    if published is None or not when.date or not when.from_text or when.date < published.isoformat()[:len(when.date)]:
        return when  # (a date before the publication's day, month or year, at its own precision)
    return _When(when.modality, published.isoformat(), None, False, "publication", when.reason, None,
                 f"promised, no date of the promise: the publication date (the promised act: {when.date})")


def _hosts(noun: Token, m: Mention, hosting: Collection[str]) -> bool:
    """Whether a party is named in ``noun``'s phrase as the agent of a hosting participle ("talks
    brokered by X")."""
    tok = noun.doc[m.start]
    by = next((a for a in tok.ancestors if a.lower_ == "by"), None)
    return by is not None and by.head.lemma_.lower() in hosting and noun in by.ancestors


def _read_promises(triggers: list[Trigger], made: dict[int, Candidate]) -> None:
    """What an agreement verb embeds: "pledged to expel the exiled leaders" (a promise of coercion is that
    coercion, planned), "promised to hand the villages back" (a retreat promised concedes), "agreed not
    to use force" (a pledge of restraint: the agreement, the act no event)."""
    for trig in triggers:
        cand = made.get(trig.token.i)
        if cand is None or cand.event_type != "AGREE" or trig.rule.pos != "VERB":
            continue
        for child in trig.token.children:
            inner = made.get(child.i)
            if child.dep_ == "xcomp" and inner is not None and inner.modality == "negated":
                # "agreed not to use force against each other": a pledge of restraint, the act no event
                del made[child.i]
                break
            if child.dep_ == "xcomp" and inner is not None and inner.event_type in MATERIAL_CONFLICT:
                del made[trig.token.i]
                inner.modality = "future"
                inner.reason += f"; promised by '{trig.token.text}'"
                break
            if child.dep_ == "xcomp" and inner is not None and inner.event_type == "CONCEDE":
                # "promised to hand the villages back": a retreat promised concedes (codebook 2)
                del made[trig.token.i]
                break


def _lend_embedded_parties(triggers: list[Trigger], kept: list[Trigger], made: dict[int, Candidate],
                           hosting: Collection[str]) -> None:
    """ "met in Algiers at talks brokered by Algeria": a meeting noun that is the scene of a meeting
    verb is that meeting (one record), and the parties it names of its own (the host, the mediator)
    take part in it (codebook 9), when it has every party of the verb's."""
    for t in triggers:
        noun = made.get(t.token.i)
        if t in kept or noun is None or noun.event_type not in SYMMETRIC_TYPES:
            continue
        for other in triggers:
            verb = made.get(other.token.i)
            if other is t or verb is None or other not in kept or not _embedded_by_word(t, other):
                continue
            if verb.event_type == "AGREE" and other.token.lemma_.lower() in hosting:
                break  # "Qatar brokered a truce between A and B": the broker is no party to the truce
            # a host guessed from the venue ("flew to Auckland for the APEC summit") is no party of its own
            named = [m for m in verb.recipients if not _guessed_host(m)]
            guessed = {m.code for m in verb.recipients} - {m.code for m in named}
            have = {m.code for m in verb.actors + named}
            extra = [m for m in _dedupe(noun.actors + noun.recipients) if m.code not in have | guessed]
            # (all its parties when it has the verb's; else only those hosting it: "talks brokered by X")
            if not have <= {m.code for m in noun.actors + noun.recipients}:
                extra = [m for m in extra if _hosts(t.token, m, hosting)]
            if any(m.code in ORGANISATION_CODES for m in extra):
                verb.recipients = named  # an organisation's meeting: its venue's state was a guess
            if extra:
                verb.recipients = [*verb.recipients, *extra]
                verb.reason += "; " + ", ".join(f"'{m.entity_text}'" for m in extra) + f" of the {t.token.text}"
            break


def _focus_group(sent: Span, recent: list[Candidate], reach: int = 3) -> list[Mention]:
    """The two parties of the interaction in focus: those of the latest event with exactly two
    states among the last ``reach`` sentences before ``sent``."""
    first = _sentences_back(sent, reach)
    for c in reversed(recent):
        if first <= c.sentence.start < sent.start:
            # (a host guessed from the venue is no side: "talks in Pretoria" are not with South Africa)
            parties = {m.code: m for m in c.actors + c.recipients if m.code and not _guessed_host(m)}
            if len(parties) == 2:
                return list(parties.values())
    return []


def _mutual(cand: Candidate) -> list[Candidate]:
    """A mutual act as one directed record per actor, against the others (codebook section 9)."""
    if not cand.reciprocal:
        return [cand]
    return [dataclasses.replace(cand, actors=[a], recipients=[b for b in cand.actors if b.code != a.code],
                                reciprocal=False, reason=cand.reason + "; mutual: one record per side")
            for a in cand.actors]


def _event_date(c: Candidate) -> EventDate | None:
    """The date of an event with its source, the words it came from and why."""
    if c.date is None and c.date_source is None:
        return None
    m = c.date_mention
    evidence = TextSpan(start=m.start, end=m.end, text=m.text) if m is not None else None
    return EventDate(value=c.date, text=c.date_text, evidence=evidence, reason=c.date_reason,
                     source=c.date_source)


def _dyad_partner(have: set[str | None], state: DocState) -> list[Mention]:
    """The other side of an article about two states: when two states take most of the article's
    mentions and one of them acts with no target named, the target is the other ("Pakistan freed the
    pilot" in a story of India and Pakistan)."""
    actors = state.require_actors()
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in actors.mentions:
        for x in m.expand():
            if x.code and x.kind in ("state", "person", "organ"):
                counts[x.code] = counts.get(x.code, 0) + 1
                first.setdefault(x.code, x)
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2 or counts[ranked[1]] < 3:
        return []
    top, total = ranked[:2], sum(counts.values())
    if counts[top[0]] + counts[top[1]] < 0.75 * total or (len(ranked) > 2 and counts[ranked[2]] * 3 > counts[top[1]]):
        return []
    mine = [c for c in top if c in have]
    if len(mine) != 1 or len(have) != 1:
        return []
    other = top[1] if mine[0] == top[0] else top[0]
    m = first[other]
    return [replace(m, reason=f"the other state of the article's dyad: {m.reason}")]


def _share_conjoined_parties(cands: list[Candidate]) -> None:
    """ "met in Oslo with a UN mediator and agreed ...": who met, agreed; a conjoined act with a
    partner of its own ("met Togo's leader and spoke to Benin's by phone") keeps its own."""
    for c in cands:
        if c.trigger.dep_ != "conj" or c.event_type not in SYMMETRIC_TYPES or c.recipients:
            continue
        for o in cands:
            if o.trigger.i == c.trigger.head.i and o.event_type in SYMMETRIC_TYPES:
                have = {m.code for m in c.actors + c.recipients}
                c.recipients += [m for m in o.actors + o.recipients if m.code not in have]


def _share_places(cands: list[Candidate]) -> None:
    """ "held talks in Cairo and reached a deal": one sentence, same parties, same place."""
    for c in cands:
        if c.place is None:
            codes = {m.code for m in c.actors + c.recipients}
            shared = next((o.place for o in cands if o.place is not None and o.date == c.date
                           and {m.code for m in o.actors + o.recipients} == codes), None)
            if shared is not None:
                c.place = shared.model_copy(update={"reason": "the place of another act of the sentence"})


def _ref(m: Mention) -> ActorRef:
    return ActorRef(
        code=m.code or "UNK", sector=m.sector,
        entity_text=m.entity_text, identifier_text=m.identifier_text, identifier_id=m.identifier_id,
        office=m.office, evidence=TextSpan(start=m.char_start, end=m.char_end, text=m.entity_text)
        if m.char_end > m.char_start else None, reason=m.reason,
    )
