"""Write a held-out set's ``articles.jsonl`` and ``gold.jsonl`` from its ``_texts.py`` and
``_gold.py``:

    python evaluation/goldset_build.py evaluation/heldout4

Evidence is given in ``_gold.py`` as a piece of a sentence; it is widened here to the whole
sentence, so that every ``text_info`` span is a sentence of the article with exact offsets.
Edit the two source files and run this again; ``goldset_check.py`` then validates the result.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

# a sentence ends at . ! or ? (and a closing quote) before a space and a capital, an opening quote or
# a paragraph break; the articles are written without abbreviations that end in a full stop
_END = re.compile(r'[.!?]["\u201d]?(?=\s+["\u201cA-Z(])|\n\n')
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of every sentence of ``text``."""
    out, start = [], 0
    for m in _END.finditer(text):
        end = m.end() if m.group() != "\n\n" else m.start()
        if text[start:end].strip():
            out.append((start, end))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


def entity(spec: str, text: str) -> dict[str, Any]:
    code_sector, _, rest = spec.partition(":")
    code, _, sector = code_sector.partition("/")
    words, _, office = rest.partition("|")
    if words not in text:
        raise SystemExit(f"entity text not in article: {words!r}")
    return {"code": code, "sector": sector or None, "entity_text": words, "identifier_text": None,
            "identifier_id": None, "office": office or None}


def evidence(piece: str, text: str, sents: list[tuple[int, int]]) -> dict[str, Any]:
    at = text.find(piece)
    if at < 0:
        raise SystemExit(f"evidence not in article: {piece!r}")
    if text.find(piece, at + 1) >= 0:
        raise SystemExit(f"evidence not unique: {piece!r}")
    for s, e in sents:
        if s <= at < e:
            return {"start": s, "end": e, "text": text[s:e]}
    raise SystemExit(f"no sentence holds {piece!r}")


def check_weekday(doc: str, date: str | None, date_text: str | None, published: str) -> None:
    """A weekday named in date_text must be the weekday of a full date, within the week before publication."""
    if not date or not date_text or len(date) != 10:
        return
    named = [w for w in WEEKDAYS if w in date_text]
    d = dt.date.fromisoformat(date)
    for w in named:
        if WEEKDAYS[d.weekday()] != w:
            raise SystemExit(f"{doc}: {date} is a {WEEKDAYS[d.weekday()]}, text says {w}")
        if abs((dt.date.fromisoformat(published) - d).days) > 6:
            raise SystemExit(f"{doc}: {date} ({w}) is more than six days from publication {published}")


def _source(folder: Path, name: str) -> ModuleType:
    """One of the set's source files (``_texts.py``, ``_gold.py``) as a module."""
    spec = importlib.util.spec_from_file_location(f"{folder.name}_{name}", folder / f"{name}.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot read {folder / name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(folder: Path) -> int:
    """Write the set in ``folder`` from its sources; 0, or an exit with the first problem found."""
    texts, golds = _source(folder, "_texts"), _source(folder, "_gold")
    ARTICLES, SOURCE, EVENTS, PLACES = texts.ARTICLES, texts.SOURCE, golds.EVENTS, golds.PLACES
    arts = {a[0]: a for a in ARTICLES}
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for doc, title, published, text in ARTICLES:
            fh.write(json.dumps({"id": doc, "title": title, "text": text, "published": published,
                                 "source": SOURCE, "url": None}, ensure_ascii=False) + "\n")
    counters: dict[str, int] = {}
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for doc, etype, mode, actors, recips, date, date_text, modality, ev, extra in EVENTS:
            _, _, published, text = arts[doc]
            sents = sentences(text)
            counters[doc] = counters.get(doc, 0) + 1
            check_weekday(doc, date, date_text, published)
            spans = []
            for piece in ev:
                span = evidence(piece, text, sents)
                if span not in spans:
                    spans.append(span)
            loc = None
            if extra.get("loc"):
                name, cc, lat, lon, res = PLACES[extra["loc"]]
                loc = {"extracted_place": extra["loc"], "resolved_place": name, "country_code": cc,
                       "lat": lat, "lon": lon, "geonameid": None, "resolution": res}
            rec: dict[str, Any] = {
                "id": f"{doc}-{counters[doc]}", "doc_id": doc, "event_type": etype, "mode": mode,
                "actor": [entity(a, text) for a in actors], "recipient": [entity(r, text) for r in recips],
                "date": date, "date_text": date_text, "modality": modality, "event_loc": loc,
                "context": extra.get("ctx", []), "topics": extra.get("topics", []), "text_info": spans,
            }
            if extra.get("opt"):
                rec["optional"] = True
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evaluation/goldset_build.py FOLDER (a held-out set, e.g. evaluation/heldout4)")
    sys.exit(main(Path(sys.argv[1])))
