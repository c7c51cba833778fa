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

__all__ = ["make_article", "parse_published", "record_to_article"]


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
        raise ValueError(f"published {value!r} is not a string")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO date or datetime") from None


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
    """Clean ``text`` and build the article, or an :class:`InputError` (E105) when no text is left."""
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
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"{key!r} must be a string, got {type(value).__name__}")


def record_to_article(
    record: object, *, boilerplate: Boilerplate, origin: str, line: int | None = None
) -> Article | InputError:
    """One JSON object ``{"id","title","text","published","source","url"}`` as an article.

    Extra keys are ignored. Errors: E104 not an object or no string ``text``, E105 empty
    text, E106 an unparseable ``published``, E107 a field of the wrong type.
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
        published = parse_published(record.get("published"))
    except ValueError as exc:
        return InputError(str(exc), origin=origin, line=line, code="E106",
                          hint="use YYYY-MM-DD or an ISO 8601 datetime")
    try:
        fields = {key: _optional_str(record, key) for key in ("id", "title", "source", "url")}
    except ValueError as exc:
        return InputError(str(exc), origin=origin, line=line, code="E107")
    return make_article(text, boilerplate=boilerplate, origin=origin, line=line, published=published,
                        id=fields["id"], title=fields["title"], source=fields["source"], url=fields["url"])
