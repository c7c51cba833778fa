"""HTML pages -> articles: trafilatura finds the main text and title, htmldate the date.

Both libraries run offline on the page we already have. trafilatura drops navigation, footers
and comments; htmldate looks at the page's metadata and URL only (no guessing from dates that
happen to appear in the text), so a page without a publication date gets ``published=None``.
"""

from __future__ import annotations

import datetime as dt
import re

from communique.errors import InputError
from communique.ingest.clean import Boilerplate
from communique.ingest.records import make_article
from communique.model import Article

__all__ = ["decode_html", "html_to_article"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(raw: bytes, *, origin: str, charset: str | None = None) -> str | InputError:
    """The page as text: UTF-8, else the charset the server or the page's ``<meta>`` declares.

    Returns an :class:`InputError` (E102) when neither decodes it.
    """
    declared = [charset] if charset else []
    match = _CHARSET.search(raw[:4096])
    if match:
        declared.append(match.group(1).decode("ascii"))
    for encoding in ("utf-8", *declared):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return InputError("not UTF-8 and no usable charset declared", origin=origin, code="E102",
                      hint="save the page as UTF-8")


def html_to_article(
    html: str,
    *,
    boilerplate: Boilerplate,
    origin: str,
    url: str | None = None,
    published: dt.date | None = None,
) -> Article | InputError:
    """The main text, title and publication date of one HTML page.

    ``published`` is a fallback (a feed's ``pubDate``) used when the page itself has no date.
    Returns an :class:`InputError` (E108) when trafilatura finds no main text.
    """
    import htmldate
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    if not text or not text.strip():
        return InputError("no main text found in the HTML page", origin=origin, code="E108")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta is not None else None
    source = meta.sitename if meta is not None else None
    found = htmldate.find_date(html, url=url, outputformat="%Y-%m-%d", extensive_search=False, original_date=True)
    if found:
        published = dt.date.fromisoformat(found)
    page_url = url or (meta.url if meta is not None else None)
    return make_article(text, boilerplate=boilerplate, origin=origin, title=title or None, published=published,
                        source=source or None, url=page_url or None)
