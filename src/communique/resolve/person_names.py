"""Names of people the knowledge base does not know, found from the parse and the lexicon's matches
instead of spaCy's entity recogniser (which costs more than the tagger and parser together).

A reader takes a capitalised proper-noun run for a person's name when the text says so:

* a person's title stands right before it ("Deputy Defence Minister Abdi Warsame", "Mr Okello"),
  or before it with a comma ("the agency's director, Maria Lopez");
* a person's title stands in apposition to it ("Okello, the foreign minister, said");
* it has two or more words, none of them a word that names a thing ("Ministry", "Sea", "Accord":
  ``thing_words`` in ``rules/words.yaml``), is no place the gazetteer knows, and stands where
  a participant stands (subject, object, possessor, apposition).

Runs are built from tokens tagged as proper nouns and written capitalised (or with a lower-case
Arabic article, "al-Assad"), joined across lower-case name particles ("Frans van Rompuy"), and
never take a token the lexicon already matched as a state, organisation, known person or title,
nor a month or weekday.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Doc, Span, Token

__all__ = ["unknown_person_names"]

#: dependencies of a run's head where a participant stands
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "pobj", "dobj", "conj", "appos", "compound", "agent"})


def _name_like(t: Token, taken: Collection[int], calendar: Collection[str], articles: Collection[str]) -> bool:
    if t.i in taken or not (t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS")):
        return False
    if t.lower_ in calendar and not _attached_hyphen(t.doc, t.i + 1):
        return False  # "Monday", "May"; but "Seo Jun-ho"
    if t.text[:1].isupper():
        return True
    return any(t.lower_.startswith(a) and t.text[len(a):][:1].isupper() for a in articles)


def _runs(doc: Doc, name_like: Callable[[Token], bool], particles: Collection[str]) -> Iterator[Span]:
    """Maximal runs of name words in one sentence, across particles ("bin Laden", "van Rompuy") and
    hyphens written without spaces ("Nam Gwan-pyo", "Nimr al-Nimr")."""
    def particle(k: int) -> bool:
        return doc[k].lower_ in particles and k + 1 < n and (
            name_like(doc[k + 1]) or (_attached_hyphen(doc, k + 1) and name_like(doc[k + 2])))

    i, n = 0, len(doc)
    while i < n:
        if not (name_like(doc[i]) or particle(i)):
            i += 1
            continue
        j = i + 1
        while j < n and not doc[j].is_sent_start:
            if name_like(doc[j]) or particle(j):
                j += 1
            elif _attached_hyphen(doc, j) and (doc[j + 1].is_lower or name_like(doc[j + 1])):
                j += 2
            else:
                break
        yield doc[i:j]
        i = j


def _attached_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen written between two words without spaces ("Gwan-pyo" parsed as three tokens)."""
    return 0 < k < len(doc) - 1 and doc[k].text in ("-", "‐") and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k + 1].is_alpha


def _titled(run: Span, title_ends: Collection[int], honorifics: Collection[str]) -> bool:
    """A person's title (or an honorific) before the run, or in apposition to it."""
    doc = run.doc
    before = doc[run.start - 1] if run.start > 0 else None
    if run.start in title_ends or (before is not None and before.lower_.rstrip(".") in honorifics):
        return True
    if before is not None and before.text == "," and run.start - 1 in title_ends:
        return True  # "the agency's director, Maria Lopez"
    root = run.root
    if any(c.dep_ == "appos" and any(x.i + 1 in title_ends for x in c.subtree) for c in root.children):
        return True  # "Okello, the foreign minister, said"
    return root.dep_ == "appos" and any(x.i + 1 in title_ends for x in root.head.subtree if x.i < run.start)


def unknown_person_names(doc: Doc, taken: Collection[int], title_ends: Collection[int], *,
                         calendar: Collection[str], particles: Collection[str], articles: Collection[str],
                         honorifics: Collection[str], thing_words: Collection[str],
                         is_place: Callable[[str], bool]) -> list[Span]:
    """The spans of ``doc`` a reader takes for names of people (see the module's docstring).

    ``taken``: token indices the lexicon matched (states, organisations, known people, titles);
    ``title_ends``: the end index of each person-title match; the word collections are lower-case.
    """
    def name_like(t: Token) -> bool:
        return _name_like(t, taken, calendar, articles)

    out = []
    for run in _runs(doc, name_like, particles):
        # "Sheikh Mohammed", "Dr Okello": the honorific is evidence, not part of the name
        while len(run) and run[0].lower_.rstrip(".") in honorifics:
            run = doc[run.start + 1:run.end]
        if not len(run) or any(w.lower_ in thing_words for w in run):
            continue
        if _titled(run, title_ends, honorifics) or (
                len(run) >= 2 and run.root.dep_ in PARTICIPANT_DEPS and not is_place(run.text)
                and not (run.root.dep_ == "compound" and run.root.head.pos_ == "NOUN")):
            # an untitled run modifying a common noun names a kind of thing ("the Khyber
            # Pakhtunkhwa province", "the Nord Stream pipeline"), not a person
            out.append(run)
    return out
