"""The packaged extraction components, registered under versioned names.

Each factory gets the shared resources (:class:`~communique.extract.events.ArticleExtractor`:
rules, lexicons and resolvers loaded once) and its config, and returns the step run on each
article's :class:`~communique.extract.state.DocState`. The order is ``data/rules/pipeline.yaml``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from communique.extract.coref import corefer_events, date_from_named_acts, lend_scene_dates
from communique.extract.events import ArticleExtractor
from communique.extract.imitation import imitated_acts
from communique.extract.narrative import date_by_news_day, date_earlier_acts
from communique.extract.registry import Run, components
from communique.extract.state import DocState
from communique.nlp import text_of

__all__: list[str] = []


@components.register("communique.actors.v1", reads=("doc", "article", "dateline"), writes=("actors",))
def actors(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Participant mentions: names, titles, offices, metonyms, pronouns and groups, by token."""
    return shared.resolve_actors


@components.register("communique.quotes.v1", reads=("doc", "actors"), writes=("quotes", "actors"))
def quotes(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Direct quotations and their speakers; first person inside a quote becomes the speaker."""
    return shared.find_quotes


@components.register("communique.dateline.v1", reads=("doc", "article"), writes=("dateline",))
def dateline(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """The place of the article's wire dateline ("NAIROBI, May 5 (Agency) -")."""
    return shared.find_dateline


@components.register("communique.dates.v1", reads=("doc", "article"), writes=("dates", "all_dates", "doc"))
def dates(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Date expressions per sentence, resolved against publication and the dates told before; where
    no entity recogniser ran, their words are marked as DATE entities of the doc."""
    return shared.find_dates


@components.register("communique.triggers.v1", reads=("doc",), writes=("triggers",))
def triggers(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Trigger words matched by the rules of rules/triggers.yaml."""
    return shared.find_all_triggers


@components.register("communique.candidates.v1",
                     reads=("doc", "actors", "quotes", "dateline", "dates", "all_dates", "triggers"),
                     writes=("candidates", "actors", "last_group", "recent"))
def candidates(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """One candidate per trigger: participants, modality, date, place, topics and contexts."""
    return shared.make_candidates


@components.register("communique.imitation.v1", reads=("doc", "actors", "candidates", "triggers", "dates"),
                     writes=("candidates",))
def imitation(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """ "Bahrain and Sudan followed suit": the latest directed act told before, done again by the
    imitating clause's subject to the same target."""

    def run(state: DocState) -> None:
        named = {t.token.i: t.rule.type for found in state.triggers.values() for t in found}
        state.candidates = imitated_acts(state.candidates, list(state.doc.sents), state.require_actors(),
                                         shared.words, lambda verb: shared.verb_date(verb, state),
                                         lambda tok: named.get(tok.i))

    return run


@components.register("communique.carry_dates.v1", reads=("candidates", "all_dates"), writes=("candidates",))
def carry_dates(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Undated events that continue a dated episode take its date."""
    return shared.carry_dates


@components.register("communique.event_coref.v1", reads=("candidates", "triggers", "dates"), writes=("candidates",))
def event_coref(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """A definite event noun with no date of its own ("during the talks") is a mention of the
    event of that type told earlier: it takes its date, participants and place; an undated act
    told "at the meeting" takes the date of the meeting told earlier."""

    scene = set(shared.words.scene_of_act_preps)

    def run(state: DocState) -> None:
        corefer_events(state.candidates, shared.discourse)
        lend_scene_dates(state.candidates, state.triggers, scene, shared.discourse)
        date_from_named_acts(state.candidates, state.triggers, list(state.doc.sents),
                             lambda t: shared.trigger_date(t, state), shared.discourse)

    return run


@components.register("communique.news_day.v1", reads=("candidates", "all_dates", "article"), writes=("candidates",))
def news_day(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Acts told in the past with no date but the publication's take the day of the article's lead
    when it is a few days before publication (a Wednesday story of Tuesday's news)."""

    def run(state: DocState) -> None:
        date_by_news_day(state.candidates, state.all_dates, state.published, shared.discourse, text_of(state.doc))
        date_earlier_acts(state.candidates, state.all_dates, state.published, text_of(state.doc))

    return run


@components.register("communique.follow_quotes.v1", reads=("candidates", "quotes"), writes=("candidates",))
def follow_quotes(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """A quotation right after an event, by one of its actors, is evidence of it."""
    return shared.follow_quotes


@components.register("communique.merge.v1", reads=("candidates", "article"), writes=("events",))
def merge(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Candidates of the same type, participants, modality and date become one event record."""
    return shared.merge


@components.register("communique.learned_triggers.v1", reads=("doc", "actors", "triggers"), writes=("triggers",))
def learned_triggers(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Triggers the rules missed, typed by the learned classifier (data/models/typing.npz).

    Config: ``threshold`` (the probability a type needs; the model's own default when absent).
    """
    from communique.extract.learned import candidate_tokens, features, focus_texts, has_party, load_typing_model
    from communique.nlp.encoder import load_encoder

    model = load_typing_model()
    encoder = load_encoder()
    threshold = config.get("threshold")
    #: event nouns the model may type as well as verbs ("nouns: false" in the config: verbs only)
    nouns = model.nouns if config.get("nouns", True) else frozenset()
    scene_preps = shared.words.phrase_scene_preps

    def run(state: DocState) -> None:
        actors = state.require_actors()
        places: list[tuple[int, Token]] = []
        for sent in state.doc.sents:
            if not any(sent.start <= i < sent.end for i in actors.by_token):
                continue  # no participant, no event
            rule_triggers = state.triggers.get(sent.start, [])
            taken = {t.token.i for t in rule_triggers} | {t.object.i for t in rule_triggers if t.object is not None}
            # a word the rules know is theirs to decide, even where their conditions failed
            known = {t.i for t in sent if (t.lemma_.lower(), "VERB" if t.pos_ == "VERB" else "NOUN")
                     in shared.rules.by_lemma}
            places += [(sent.start, tok) for tok in candidate_tokens(sent, nouns, taken | known)
                       if has_party(tok, lambda t: t.i in actors.by_token, shared.words)]
        if not places:
            return
        texts = [focus_texts(tok, scene_preps) for _, tok in places]
        feats = features(encoder, texts, model.encoding)
        for n, trig, _prob in model.triggers([t for _, t in places], feats, threshold):
            found = state.triggers.setdefault(places[n][0], [])
            found.append(trig)
            found.sort(key=lambda t: t.token.i)

    return run


@components.register("communique.speech_acts.v1", reads=("doc", "actors", "candidates", "dates", "all_dates"),
                     writes=("candidates",))
def speech_acts(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """Claims, demands and warnings made by speaking about another participant (rules/speech.yaml)."""
    from communique.extract.speech import load_speech_rules
    from communique.extract.speech import speech_acts as run_speech_acts

    rules = load_speech_rules(tuple(shared.extra_dirs))

    def run(state: DocState) -> None:
        run_speech_acts(shared, state, rules)

    return run


@components.register("communique.denials.v1", reads=("doc", "actors", "candidates", "triggers", "dates"),
                     writes=("candidates",))
def denials(shared: ArticleExtractor, config: dict[str, Any]) -> Run:
    """A denial of an accusation told before ("Rwanda denies it"): the accused act, negated."""
    from communique.extract.denials import denied_acts
    from communique.extract.speech import load_speech_rules

    rules = load_speech_rules(tuple(shared.extra_dirs)).denials

    def run(state: DocState) -> None:
        denied_acts(shared, state, rules)

    return run
