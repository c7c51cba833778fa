"""Event coreference: a noun that refers back to an event already told is evidence of it.

"Kenya and Uganda held talks in Kampala on Monday. ... During the talks, the two ministers ..."
The second "talks" is no new meeting on the publication day: it is the Monday meeting, and takes
its date, participants and place, so the merge step makes the two one record with both sentences
as evidence. A noun refers back when it is definite ("the", "this", "their") and
has no date of its own; its antecedent is the latest earlier event of the same type, mode and
modality whose participants include the noun's, or are included in them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from communique.extract.events import Candidate, refers_back
from communique.extract.rules import DiscourseRules
from communique.extract.triggers import Trigger
from communique.nlp.mentions import DateMention

__all__ = ["corefer_events", "date_from_named_acts", "lend_scene_dates", "refers_back"]


def _codes(c: Candidate) -> set[str]:
    return {m.code for m in c.actors + c.recipients if m.code}


def _antecedent(c: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The latest earlier event, dated by the text, that the noun can be a mention of."""
    mine = _codes(c)
    for prev in reversed(earlier):
        if prev.sentence.start == c.sentence.start or not prev.date_from_text:
            continue
        theirs = _codes(prev)
        same_mode = prev.mode == c.mode or prev.mode is None or c.mode is None
        if prev.event_type == c.event_type and same_mode and prev.modality == c.modality and mine and (
                mine <= theirs or theirs <= mine):
            return prev
    return None


def corefer_events(cands: list[Candidate], discourse: DiscourseRules) -> None:
    """Give every undated definite event noun the date, participants and place of the event it
    refers back to (in place; the merge step then makes them one record)."""
    for i, c in enumerate(cands):
        if c.date_from_text or not refers_back(c.trigger, discourse):
            continue
        prev = _antecedent(c, cands[:i])
        if prev is None:
            continue
        c.actors, c.recipients = list(prev.actors), list(prev.recipients)
        c.take_date_of(prev, "the event it refers back to")
        c.reason += f"; refers back to the {prev.trigger.text} of an earlier sentence"
        if c.place is None and prev.place is not None:
            c.place = prev.place.model_copy(update={"reason": "the place of the event it refers back to"})


def _scene_nouns(c: Candidate, preps: set[str], discourse: DiscourseRules) -> list[Token]:
    """Definite event nouns that set the scene of the act's clause: "at the meeting", "during
    the visit" on the trigger or on the verb it hangs from."""
    heads = [c.trigger] + ([c.trigger.head] if c.trigger.dep_ in ("xcomp", "conj") else [])
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and refers_back(o, discourse)]


def lend_scene_dates(cands: list[Candidate], triggers: dict[int, list[Trigger]], preps: set[str],
                     discourse: DiscourseRules) -> None:
    """An undated act told "at the meeting" or "during the visit" happened at the event that noun
    refers back to: it takes that event's date (and place when it has none)."""
    types = {t.token.i: t.rule.type for ts in triggers.values() for t in ts}
    for i, c in enumerate(cands):
        if c.date_from_text or c.modality != "asserted":
            continue
        for noun in _scene_nouns(c, preps, discourse):
            kind = types.get(noun.i)
            mine = _codes(c)
            prev = next((p for p in reversed(cands[:i]) if p.date_from_text and p.sentence.start != c.sentence.start
                         and (p.trigger.lemma_ == noun.lemma_ or p.event_type == kind)
                         and mine & _codes(p)), None)
            if prev is None:
                continue
            c.take_date_of(prev, f"told at the {noun.text} of an earlier sentence")
            c.reason += f"; at the {noun.text} told earlier"
            if c.place is None and prev.place is not None:
                c.place = prev.place.model_copy(update={"reason": f"the place of the {noun.text}"})
            break


def date_from_named_acts(cands: list[Candidate], triggers: dict[int, list[Trigger]], doc_sents: list[Span],
                         date_of: Callable[[Trigger], DateMention | None], discourse: DiscourseRules) -> None:
    """A definite act noun that nothing dates ("denied any hand in that attack") refers back to the
    latest act of its type the text named with a date, even one told without a doer ("the 14 May
    bombing"): it takes that date."""
    starts = [s.start for s in doc_sents]
    for c in cands:
        if c.date_from_text or c.modality not in ("asserted", "negated") or c.trigger.pos_ != "NOUN" \
                or not (refers_back(c.trigger, discourse) or _any_denied(c, discourse)):
            continue  # (a planned or possible act is not one told before)
        earlier = [t for start in starts if start < c.sentence.start for t in triggers.get(start, [])
                   if t.rule.type == c.event_type]
        for t in reversed(earlier):
            m = date_of(t)
            if m is not None and m.value:
                c.date, c.date_text, c.date_mention = m.value, m.text, m
                c.date_from_text, c.date_source = True, "discourse"
                c.date_reason = f"the {t.token.text} told earlier: {m.reason}"
                c.reason += f"; refers back to the {t.token.text} of an earlier sentence"
                break


def _any_denied(c: Candidate, discourse: DiscourseRules) -> bool:
    """ "Khartoum denied carrying out any air strikes": an act denied as any of its kind is the one
    told before, as a definite noun would be."""
    return c.modality == "negated" and any(d.dep_ == "det" and d.lower_ in discourse.conditional_determiners
                                           for d in c.trigger.children)

