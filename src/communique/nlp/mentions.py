"""Mentions found in one article: the participants named (with the tokens naming them) and the date
expressions, shared by the resolvers (``communique.resolve``) and the extractor (``communique.extract``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

__all__ = ["MOST_NAMED", "PLURAL_PRONOUNS", "QUOTE_RE", "DateMention", "DocActors", "Mention"]

#: a direct quotation: straight or curly double quotes, or guillemets
QUOTE_RE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|«([^»]{3,})»")
#: pronouns that stand for several participants
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}


#: how a group reference resolved only to the article's most named states says so in its reason
MOST_NAMED = "the most named states"


@dataclass(frozen=True)
class Mention:
    """A stretch of tokens that names a participant (or a group of them)."""

    start: int  # token indices, [start, end)
    end: int
    code: str | None
    sector: str | None
    kind: str  # person | state | organ | org | group
    entity_text: str
    identifier_text: str | None = None
    identifier_id: str | None = None
    office: str | None = None
    key: str | None = None  # identity across the article (person id, name or code)
    reason: str = ""
    members: tuple[Mention, ...] = ()
    char_start: int = 0
    char_end: int = 0

    def expand(self) -> tuple[Mention, ...]:
        """The participants behind this mention: itself, or the members of a group."""
        return self.members if self.kind == "group" else (self,)


@dataclass
class DocActors:
    """Mentions of one article, by token."""

    by_token: dict[int, Mention] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    demonym_mods: dict[int, list[str]] = field(default_factory=dict)  # noun token -> codes of its demonyms
    #: plural pronouns read as standing for things or unnamed people ("the lorries ... received them"):
    #: no participant, and never the parties of the last event
    things: set[int] = field(default_factory=set)

    def at(self, token: Token) -> Mention | None:
        """The mention the token belongs to, if any."""
        return self.by_token.get(token.i)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence, and what it resolves to."""

    start: int  # char offset in the text passed in
    end: int
    text: str  # the words, e.g. "the third of last June"
    value: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when it cannot be resolved
    reason: str  # which rule/library resolved it, e.g. "duckling:time grain=day"
    #: told in a clause on a noun ("lifting a closure imposed in January"): no time the story has reached
    aside: bool = False
