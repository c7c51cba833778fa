"""From raw fields to an :class:`Article`: publication dates, ids, cleaning, validation.

Every reader (text, JSON Lines, HTML, URL) ends here, so the rules for what makes an article
acceptable live in one place. A problem becomes an :class:`InputError` naming where the input
came from; readers *yield* it instead of raising, so one bad record never stops a batch.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from communique.errors import InputError
from communique.ingest.clean import Boilerplate, article_id, content_hash
from communique.model import Article

__all__ = [
    "EARLIEST_PUBLISHED",
    "check_published",
    "make_article",
    "parse_published",
    "record_to_article",
    "storable",
    "unencodable",
]

#: The earliest publication date accepted. Earlier dates (``0001-01-01``, a year typed as ``201``)
#: are typing or conversion errors, not news; the window is documented in the README.
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)

#: Days after today (UTC) a publication date may lie: a story dated tomorrow in a time zone ahead
#: of UTC is real, one dated 2999-01-01 is not.
FUTURE_SLACK_DAYS = 2


def check_published(published: dt.date | None, *, today: dt.date | None = None) -> str | None:
    """Why ``published`` is impossible or absurd, or None when it is in the accepted window.

    The window is :data:`EARLIEST_PUBLISHED` to today (UTC) plus :data:`FUTURE_SLACK_DAYS`.
    """
    if published is None:
        return None
    today = today or dt.datetime.now(dt.UTC).date()
    latest = today + dt.timedelta(days=FUTURE_SLACK_DAYS)
    if published < EARLIEST_PUBLISHED:
        return f"published {published.isoformat()} is before {EARLIEST_PUBLISHED.isoformat()}"
    if published > latest:
        return f"published {published.isoformat()} is in the future (after {latest.isoformat()})"
    return None


def unencodable(value: str) -> int | None:
    """The position of the first character of ``value`` that UTF-8 cannot encode (a lone
    surrogate such as ``"\\ud800"``), or None when the whole string encodes."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def storable(value: str) -> str:
    """``value`` with lone surrogates written as ``\\udXXX`` escapes, so it can be stored
    (for names of files and messages, never for article text)."""
    if unencodable(value) is None:
        return value
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def parse_published(value: object) -> dt.date | None:
    """An ISO date or datetime (``2021-05-06``, ``2021-05-06T09:30:00+03:00``) as a date.

    The date is the one written, not converted to UTC: a story published at 01:00 in Ankara
    belongs to that Ankara day. ``None`` and ``""`` give ``None``; anything else unparseable
    raises :class:`ValueError`.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be a string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        shown = repr(value[:40]) + ("..." if len(value) > 40 else "")
        raise ValueError(f"published {shown} is not an ISO date or datetime") from None


def make_article(
    text: str,
    *,
    boilerplate: Boilerplate,
    origin: str,
    line: int | None = None,
    id: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article | InputError:
    """Clean ``text`` and build the article, or an :class:`InputError`: E105 when no text is
    left, E135 when a field holds a lone surrogate, E136 when ``published`` is outside the
    accepted window (:func:`check_published`)."""
    origin = storable(origin)
    fields = {"text": text, "id": id, "title": title, "source": source, "url": url}
    for key, value in fields.items():
        if value is not None and (at := unencodable(value)) is not None:
            return InputError(f"{key!r} holds a lone surrogate (U+{ord(value[at]):04X}) at character {at}",
                              origin=origin, line=line, code="E135",
                              hint="the text is not valid Unicode; fix or drop this record")
    problem = check_published(published)
    if problem is not None:
        return InputError(problem, origin=origin, line=line, code="E136",
                          hint=f"publication dates must lie between {EARLIEST_PUBLISHED.isoformat()} and today")
    cleaned = boilerplate.clean(text)
    if not cleaned.strip():
        return InputError("empty text", origin=origin, line=line, code="E105")
    where = origin if line is None else f"{origin}:{line}"
    return Article(
        id=id or article_id(cleaned),
        text=cleaned,
        title=title,
        published=published,
        source=source,
        url=url,
        content_hash=content_hash(cleaned),
        origin=where,
    )


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) >= 10**64:  # an id or title of 65 digits is noise, and repr is slow beyond 4,300
            raise ValueError(f"{key!r} is a number of more than 64 digits")
        return str(value)
    raise ValueError(f"{key!r} must be a string, got {type(value).__name__}")


def record_to_article(
    record: object, *, boilerplate: Boilerplate, origin: str, line: int | None = None,
    default_published: dt.date | None = None,
) -> Article | InputError:
    """One JSON object ``{"id","title","text","published","source","url"}`` as an article.

    Extra keys are ignored. Errors: E104 not an object or no string ``text``, E105 empty
    text, E106 an unparseable ``published``, E107 a field of the wrong type, E135 a lone
    surrogate in a field, E136 ``published`` outside the accepted window. ``default_published``
    is the date of a record without one (``--published``).
    """
    if not isinstance(record, dict):
        return InputError(f"expected a JSON object, got {type(record).__name__}", origin=origin, line=line,
                          code="E104")
    text = record.get("text")
    if text is None:
        return InputError('no "text" field', origin=origin, line=line, code="E104",
                          hint='each record needs "text"; "id", "title", "published", "source", "url" are optional')
    if not isinstance(text, str):
        return InputError(f'"text" must be a string, got {type(text).__name__}', origin=origin, line=line,
                          code="E104")
    try:
        published = parse_published(record.get("published")) or default_published
    except ValueError as exc:
        return InputError(storable(str(exc)), origin=origin, line=line, code="E106",
                          hint="use YYYY-MM-DD or an ISO 8601 datetime")
    try:
        fields = {key: _optional_str(record, key) for key in ("id", "title", "source", "url")}
    except ValueError as exc:
        return InputError(str(exc), origin=origin, line=line, code="E107")
    return make_article(text, boilerplate=boilerplate, origin=origin, line=line, published=published,
                        id=fields["id"], title=fields["title"], source=fields["source"], url=fields["url"])
