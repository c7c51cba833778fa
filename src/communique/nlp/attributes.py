"""The attribute ruler's matches found by a lookup per token instead of spaCy's ``Matcher``.

The English pipelines' ``attribute_ruler`` maps tags to parts of speech and morphology with
about 180 patterns, nearly all of one token (``{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}``).
spaCy's ``Matcher`` tries every pattern at every token: 16 % of the parse's time, more than the
parser itself. A one-token pattern only reads its token's ``TAG``, ``LOWER``, ``DEP`` and
``IS_SPACE``, so its matches are a function of those four values: :class:`AttributeIndex` works
them out once per distinct combination (with the patterns' own tests, on the same hashes the
``Matcher`` compares) and looks them up for every other token. Patterns of several tokens or
with a regular expression (a dozen: "gon na", "y' all", "nothin'") stay with a ``Matcher`` of
their own, run only on the documents holding, for each test of one of those patterns, a token
that passes it ("gon" and "na"). The matches, and so the ruler's annotations, are the same as
the ``Matcher``'s; :func:`speed_up` installs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

__all__ = ["AttributeIndex", "speed_up"]

#: the token attributes a one-token pattern may test, as ``Doc.to_array`` columns
_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = list(_ATTRS.values())

#: one test of a token pattern: the column it reads and whether a value passes
Test = tuple[int, Callable[[int], bool]]


#: stands for every value no pattern names (it passes and fails the same tests as each of them)
_OTHER = 2**64 - 1


def _test(ruler: AttributeRuler, attr: str, spec: Any) -> tuple[Test, frozenset[int]] | None:
    """The test of ``attr: spec`` on hashes (as the ``Matcher`` compares them) and the values it
    names; None when ``spec`` is beyond what this module does (``REGEX``, comparisons ...)."""
    def value(v: Any) -> int:
        return int(v) if attr == "IS_SPACE" else int(ruler.vocab.strings.add(str(v)))
    column = _COLUMNS.index(_ATTRS[attr])
    if isinstance(spec, (str, bool)):
        want = value(spec)
        return (column, lambda v: v == want), frozenset([want])
    if isinstance(spec, dict) and len(spec) == 1 and next(iter(spec)) in ("IN", "NOT_IN"):
        op, values = next(iter(spec.items()))
        within = frozenset(value(v) for v in values)
        test = within.__contains__ if op == "IN" else (lambda v: v not in within)
        return (column, test), within
    return None


def _member(values: np.ndarray[Any, np.dtype[np.uint64]],
            named: np.ndarray[Any, np.dtype[np.uint64]]) -> np.ndarray[Any, np.dtype[np.bool_]]:
    """``np.isin(values, named)`` for ``named`` sorted and without repeats, by binary search:
    ``np.isin`` sorts both arrays with ``np.unique``, whose first call imports ``numpy.ma``
    (10 ms of every start)."""
    if not len(named):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(named, values), len(named) - 1)
    return np.asarray(named[at] == values)


class AttributeIndex:
    """What ``ruler.matcher(doc, allow_missing=True, as_spans=False)`` finds, found faster (see
    the module docstring): ``(match_id, start, end)`` triples."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self._single: list[tuple[int, list[Test]]] = []  # (match id, tests of its one token)
        self._named: list[set[int]] = [set() for _ in _COLUMNS]  # the values the tests name, by column
        self._rest = Matcher(ruler.vocab)
        #: per pattern left to the Matcher: what a document needs for it to match (see _needs)
        self._needs: list[list[tuple[int, frozenset[int] | re.Pattern[str]]]] = []
        for n in range(len(ruler.attrs)):
            key = ruler.vocab.strings[str(n)]
            for pattern in ruler.matcher.get(key)[1]:
                tests = self._tests(pattern)
                if tests is None:
                    self._rest.add(key, [pattern])
                    self._needs.append(self._needs_of(pattern))
                else:
                    self._single.append((key, tests))
        if any(_OTHER in named for named in self._named):
            raise ValueError("a pattern names the value standing for the others")
        self._columns = [np.array(sorted(named), dtype=np.uint64) for named in self._named]
        self._memo: dict[tuple[int, ...], list[int]] = {}  # bounded: the named values' combinations

    def _tests(self, pattern: Sequence[dict[str, Any]]) -> list[Test] | None:
        """The tests of a one-token pattern, or None for a pattern left to the ``Matcher``."""
        if len(pattern) != 1 or not pattern[0]:
            return None
        tests = []
        named = []
        for attr, spec in pattern[0].items():
            test = _test(self.ruler, attr, spec) if attr in _ATTRS else None
            if test is None:
                return None
            tests.append(test[0])
            named.append((test[0][0], test[1]))
        for column, values in named:
            self._named[column] |= values
        return tests

    def _needs_of(self, pattern: Sequence[dict[str, Any]]) -> list[tuple[int, frozenset[int] | re.Pattern[str]]]:
        """What a document must hold for ``pattern`` to match in it: for each value test
        (``"LOWER": "gon"``, ``"TAG": {"IN": [...]}``) and each regular expression on ``LOWER``, a
        token passing it -- ``(column, values)`` or ``(column, regex)``. Other tests (``NOT_IN``,
        attributes not read here) ask for nothing, so the list is never stricter than the pattern."""
        needs: list[tuple[int, frozenset[int] | re.Pattern[str]]] = []
        for token in pattern:
            for attr, spec in token.items():
                if attr not in _ATTRS or attr == "IS_SPACE":
                    continue
                column = _COLUMNS.index(_ATTRS[attr])
                if isinstance(spec, dict) and set(spec) == {"REGEX"} and attr == "LOWER":
                    needs.append((column, re.compile(str(spec["REGEX"]))))
                    continue
                test = _test(self.ruler, attr, spec)
                if test is not None and not (isinstance(spec, dict) and "NOT_IN" in spec):
                    needs.append((column, test[1]))
        return needs

    def _rest_may_match(self, doc: Doc, table: np.ndarray[Any, np.dtype[np.uint64]]) -> bool:
        """Whether the document (its ``_COLUMNS`` as read) holds what one of the patterns left to
        the ``Matcher`` needs (:meth:`_needs_of`); when not, none of them can match."""
        present = [set(table[:, c].tolist()) for c in range(len(_COLUMNS))]
        strings = doc.vocab.strings

        def met(column: int, need: frozenset[int] | re.Pattern[str]) -> bool:
            if isinstance(need, re.Pattern):
                return any(need.search(strings[v]) for v in present[column])
            return not need.isdisjoint(present[column])
        return any(all(met(column, need) for column, need in needs) for needs in self._needs)

    def _keys(self, row: tuple[int, ...]) -> list[int]:
        """The match ids of the one-token patterns a token with these column values matches."""
        keys = self._memo.get(row)
        if keys is None:
            keys = self._memo[row] = list(dict.fromkeys(
                key for key, tests in self._single if all(ok(row[col]) for col, ok in tests)))
        return keys

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The ``(match_id, start, end)`` of every pattern in ``doc`` (in no particular order)."""
        out: list[tuple[int, int, int]] = []
        if not len(doc):
            return out
        table = doc.to_array(_COLUMNS).astype(np.uint64).reshape(len(doc), len(_COLUMNS))
        rest = self._rest_may_match(doc, table)
        for column, named in enumerate(self._columns):  # a value no test names: one key for all
            table[~_member(table[:, column], named), column] = _OTHER
        for i, row in enumerate(table.tolist()):
            out.extend((key, i, i + 1) for key in self._keys(tuple(row)))
        if rest:
            out.extend(self._rest(doc, allow_missing=True, as_spans=False))
        return out

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: ``(attr index, match_id, start, end)``, sorted."""
        strings = self.ruler.vocab.strings
        return sorted((int(strings[key]), key, start, end) for key, start, end in self(doc))


def speed_up(nlp: Language, name: str = "attribute_ruler") -> None:
    """Give the pipe ``name`` of ``nlp`` (an ``AttributeRuler``) an :class:`AttributeIndex` for its
    matches. Nothing changes when there is no such pipe."""
    if name not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(name)
    if isinstance(ruler, AttributeRuler):
        ruler.match = AttributeIndex(ruler).match  # type: ignore[method-assign]
