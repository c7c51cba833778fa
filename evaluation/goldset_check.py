"""Validate a held-out set: every gold record against the event schema, every evidence span
against its article, and the records' own consistency:

    python evaluation/goldset_check.py evaluation/heldout4 [--schema PATH]

Exit status 0 when the set is valid, 1 when a problem was found (each is printed), 2 when a file
or the schema cannot be read. Without ``--schema`` the codebook's ``shared/spec/event.schema.json``
is looked for beside the repository and beside each folder above it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent  # evaluation/: the schema is looked for above it
SCHEMA_PATH = Path("shared") / "spec" / "event.schema.json"


def find_schema(start: Path = HERE) -> Path | None:
    """The shared event schema in the nearest folder above ``start`` that holds ``shared/``."""
    for folder in start.parents:
        if (folder / SCHEMA_PATH).is_file():
            return folder / SCHEMA_PATH
    return None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def schema_problems(gold: list[dict[str, Any]], schema: dict[str, Any]) -> list[str]:
    """Schema violations, and modes that are not modes of the record's type."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    modes = schema.get("x-modes-by-type", {})
    out = []
    for rec in gold:
        rid = rec.get("id", "?")
        out += [f"{rid}: schema: {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(rec)]
        etype, mode = rec.get("event_type"), rec.get("mode")
        if mode is not None and etype in modes and mode not in modes[etype]:
            out.append(f"{rid}: mode {mode!r} is not a mode of {etype}")
    return out


def _date_problems(rid: str, rec: dict[str, Any], published: str) -> list[str]:
    date, modality = rec.get("date"), rec.get("modality")
    if not date:
        return []
    pub = published[: len(date)]
    if modality in ("asserted", "negated") and date > pub:
        return [f"{rid}: {modality} event dated {date}, after publication {published}"]
    if modality == "future" and date < pub:
        return [f"{rid}: future event dated {date}, before publication {published}"]
    if len(date) == 10:
        dt.date.fromisoformat(date)  # raises on an impossible day
    return []


def span_problems(articles: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str]:
    """Evidence spans that are not slices of their article; unknown documents; repeated ids;
    entity texts absent from the article; dates that contradict the modality or publication."""
    docs = {a["id"]: a for a in articles}
    out, seen = [], set()
    for rec in gold:
        rid = rec.get("id", "?")
        if rid in seen:
            out.append(f"{rid}: id used twice")
        seen.add(rid)
        art = docs.get(rec.get("doc_id"))
        if art is None:
            out.append(f"{rid}: unknown doc_id {rec.get('doc_id')!r}")
            continue
        text = art["text"]
        for span in rec.get("text_info", []):
            s, e = span.get("start"), span.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                out.append(f"{rid}: span {s}-{e} outside the article ({len(text)} characters)")
            elif span.get("text") != text[s:e]:
                out.append(f"{rid}: span {s}-{e} text differs from the article: {span.get('text', '')[:60]!r}")
        for role in ("actor", "recipient"):
            for ent in rec.get(role) or []:
                words = ent.get("entity_text")
                if words and words not in text:
                    out.append(f"{rid}: {role} entity_text {words!r} is not in the article")
        try:
            out += _date_problems(rid, rec, art["published"])
        except ValueError as exc:
            out.append(f"{rid}: bad date {rec.get('date')!r}: {exc}")
    return out


def article_problems(articles: list[dict[str, Any]]) -> list[str]:
    """Articles without the ingest fields, or repeated ids."""
    out, seen = [], set()
    for art in articles:
        for key in ("id", "title", "text", "published", "source"):
            if not art.get(key):
                out.append(f"article {art.get('id', '?')}: no {key}")
        if "url" not in art:
            out.append(f"article {art.get('id', '?')}: no url field")
        if art.get("id") in seen:
            out.append(f"article {art.get('id')}: id used twice")
        seen.add(art.get("id"))
    return out


def problems(folder: Path, schema: dict[str, Any] | None = None) -> list[str]:
    """Every problem of the set in ``folder``; the schema part is skipped when ``schema`` is None."""
    articles = read_jsonl(folder / "articles.jsonl")
    gold = read_jsonl(folder / "gold.jsonl")
    out = article_problems(articles) + span_problems(articles, gold)
    if schema is not None:
        out += schema_problems(gold, schema)
    return out


def main(argv: list[str] | None = None) -> int:
    """Check the set in the folder given and print what was found; the exit status (see module doc)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="the set's folder (evaluation/heldout4)")
    ap.add_argument("--schema", type=Path, help="event.schema.json (default: ../shared/spec/ above the repository)")
    args = ap.parse_args(argv)
    folder: Path = args.folder
    path = args.schema or find_schema()
    if path is None:
        print("goldset_check.py: shared/spec/event.schema.json not found; give --schema", file=sys.stderr)
        return 2
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
        found = problems(folder, schema)
    except (OSError, ValueError) as exc:
        print(f"goldset_check.py: {exc}", file=sys.stderr)
        return 2
    for p in found:
        print(p)
    gold = read_jsonl(folder / "gold.jsonl")
    required = sum(not g.get("optional") for g in gold)
    print(f"{'INVALID' if found else 'valid'}: {len(gold)} gold events ({required} required) "
          f"in {len(read_jsonl(folder / 'articles.jsonl'))} articles; {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
