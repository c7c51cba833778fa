"""Every export format loads in pandas and polars: dates are dates, lists are lists, codes are codes.

The store is filled through the app with a hand-made extractor, so rows carry incident ids,
articles' publication dates, outlets and URLs, organisation ids and every date precision.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

from communique.app import Communique
from communique.model import ActorRef, Article, Event, Span
from communique.settings import Settings
from communique.store.query import EVENT_COLUMNS

RUS, TUR, IRN = (ActorRef(code=c, sector="GOV", identifier_text=n)
                 for c, n in (("RUS", "Sergey Lavrov"), ("TUR", "Mevlüt Çavuşoğlu"), ("IRN", None)))
NATO = ActorRef(code="IGO", entity_text="NATO", identifier_text="NATO", reason="lexicon organizations.yaml: nato")
AU = ActorRef(code="IGO", entity_text="the African Union", identifier_text="African Union")
LIST_COLUMNS = [n for n, (kind, _, _) in EVENT_COLUMNS.items() if kind.endswith("[]")]
DATE_COLUMNS = ["published", "date_start", "date_end"]


def _event(doc: str, n: int, event_type: str, actor: tuple[ActorRef, ...], recipient: tuple[ActorRef, ...],
           date: str | None, source: str | None, text: str = "They met.") -> Event:
    return Event(id=f"{doc}:{n}", doc_id=doc, event_type=event_type, actor=actor, recipient=recipient,  # type: ignore[arg-type]
                 date=date, date_source=source, text_info=(Span(start=0, end=len(text), text=text),),  # type: ignore[arg-type]
                 topics=("Syria", "S-400"), context=("diplomatic",), reason="hand-made")


EVENTS = {
    "a": [_event("a", 1, "CONSULT", (RUS, TUR, IRN), (), "2020-12-16", "text"),
          _event("a", 2, "ACCUSE", (NATO,), (RUS,), "2020-12", "discourse", text="=HYPERLINK(\"x\") said NATO")],
    "b": [_event("b", 1, "AGREE", (RUS,), (TUR,), "2021", "text"),
          _event("b", 2, "REQUEST", (AU,), (TUR,), "2021-02-03", "publication", text="-1+1 the AU asked")],
    "c": [_event("c", 1, "REJECT", (TUR,), (RUS,), None, None)],  # undated: null dates, not a parse failure
}


class HandExtractor:
    """Returns the events above for each article."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, EVENTS.get(article.id, [])


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Communique]:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": doc, "text": f"Article {doc} about meetings and {n} things.",
                                        "published": f"2021-02-0{n}", "source": "Wire", "url": f"https://x/{doc}"})
                            + "\n" for n, doc in enumerate(EVENTS, 1)), encoding="utf-8")
    with Communique(Settings(db=tmp_path / "t.duckdb"), extractor=HandExtractor()) as communique:  # type: ignore[arg-type]
        communique.ingest([path])
        communique.extract()
        yield communique


def _frames(app: Communique, fmt: str, tmp_path: Path) -> tuple[pd.DataFrame, pl.DataFrame]:
    path = tmp_path / f"events.{fmt}"
    assert app.export(fmt, path) == 5
    if fmt == "parquet":
        return pd.read_parquet(path), pl.read_parquet(path)
    if fmt == "csv":
        return (pd.read_csv(path, parse_dates=DATE_COLUMNS, keep_default_na=False, na_values=[""]),
                pl.read_csv(path, try_parse_dates=True))
    return pd.read_json(path, lines=True, dtype=False), pl.read_ndjson(path)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_format_loads_with_dates_lists_and_codes(app: Communique, tmp_path: Path, fmt: str) -> None:
    pdf, pldf = _frames(app, fmt, tmp_path)
    assert len(pdf) == len(pldf) == 5
    for column in DATE_COLUMNS:
        parsed = pd.to_datetime(pdf[column], errors="raise")  # every row parses (nulls stay null)
        dated = pdf["date"].notna() if column != "published" else pd.Series(True, index=pdf.index)
        assert parsed[dated].notna().all() and parsed[~dated].isna().all(), column
        assert pldf.schema[column] == pl.Date or fmt == "jsonl", (column, pldf.schema[column])
    if fmt == "jsonl":  # JSON has no date type: ISO strings that parse
        assert pldf["date_start"].str.to_date(strict=True).null_count() == 1
    rows = {r["id"]: r for r in pdf.to_dict("records")}
    assert pd.Timestamp(rows["b:1"]["date_start"]) == pd.Timestamp("2021-01-01")  # a year: 1 Jan to 31 Dec
    assert str(rows["a:2"]["date_end"])[:10] == "2020-12-31" and rows["a:2"]["date_precision"] == "month"
    assert {r["incident_id"] is not None and r["source"] == "Wire" for r in rows.values()} == {True}
    assert rows["a:1"]["url"] == "https://x/a"
    if fmt == "csv":  # no lists in CSV: codes joined by ';', formulas escaped
        assert rows["a:1"]["actor"] == "RUS;TUR;IRN" and rows["a:2"]["actor_org"] == "NATO"
        assert rows["a:2"]["evidence"].startswith("'=") and rows["b:2"]["evidence"].startswith("'-1")
        return
    codes = {r["id"]: r["actor"] for r in rows.values()} if fmt == "parquet" else None
    if fmt == "parquet":
        assert all(pldf.schema[c] == pl.List(pl.String) for c in LIST_COLUMNS)
        assert list(codes["a:1"]) == ["RUS", "TUR", "IRN"] and list(rows["a:2"]["actor_org"]) == ["NATO"]
        assert list(rows["b:2"]["actor_org"]) == ["AU"] and list(rows["b:2"]["actor"]) == ["IGO"]
    else:  # jsonl: the schema's participant objects, each with its organisation id
        assert [a["code"] for a in rows["a:1"]["actor"]] == ["RUS", "TUR", "IRN"]
        assert rows["a:2"]["actor"][0]["org_id"] == "NATO" and rows["b:2"]["actor"][0]["org_id"] == "AU"
        assert isinstance(rows["a:1"]["topics"], list)


def test_codes_not_display_strings(app: Communique, tmp_path: Path) -> None:
    frame = _frames(app, "parquet", tmp_path)[1]
    codes = {c for column in ("actor", "recipient") for cell in frame[column].to_list() for c in cell}
    assert codes == {"RUS", "TUR", "IRN", "IGO"}  # no "Sergey Lavrov (RUS)"
    orgs = {c for cell in frame["actor_org"].to_list() for c in cell if c}
    assert orgs == {"NATO", "AU"}


def test_plover_keeps_every_participant_of_symmetric_events(app: Communique) -> None:
    out = io.StringIO()
    app.export("plover", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    meeting = [(r["actor"], r["recipient"]) for r in records if r["id"].startswith("a:1")]
    assert meeting == [("RUSGOV", "TURGOV"), ("RUSGOV", "IRNGOV"), ("TURGOV", "IRNGOV")]
    assert all(r["recipient"] is not None for r in records)
    assert {r["incident_id"] is not None and r["published"] is not None for r in records} == {True}


def test_export_takes_the_events_filters(app: Communique) -> None:
    out = io.StringIO()
    assert app.export("csv", out, dyad="TUR-AU") == 1
    assert app.export("csv", io.StringIO(), dyad="RUS-NATO", date_source="discourse") == 1
    assert app.export("csv", io.StringIO(), actor="NATO") == 1 and app.export("csv", io.StringIO(), actor="AU") == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["id"] for r in rows] == ["b:2"]


def test_notebook_relations(app: Communique) -> None:
    import communique

    c = communique.open(app.settings.db)
    frame = c.events(dyad="RUS-TUR").pl()
    assert frame["id"].to_list() == ["a:1", "b:1", "c:1"]
    assert frame.schema["date_start"] == pl.Date and frame["date_end"].to_list()[:2] == [dt.date(2020, 12, 16),
                                                                                          dt.date(2021, 12, 31)]
    assert c.events(dyad="TUR-AU", type="REQUEST").df()["actor_org"].map(list).tolist() == [["AU"]]
    assert c.incidents(dyad="RUS-NATO").arrow().num_rows == 1 and len(c.incidents(dyad="RUS-AU")) == 0
    series = c.series(dyad="RUS-TUR", freq="year").pl()
    assert series["period"].to_list() == ["2020", "2021"] and series["n"].to_list() == [1, 1]
    c.close()


def test_notebook_relations_outlive_the_writer_letting_the_file_go(app: Communique) -> None:
    # a writer opened with `hold` lets its file go between units of work (so readers get in); a
    # relation made before must still run afterwards, on the file opened again
    app.close()
    import communique

    c = communique.open(app.settings.db)
    relation = c.events(dyad="RUS-TUR")
    store = c.app.store()  # the workspace's store: let its file go now
    store.release()
    assert relation.pl()["id"].to_list() == ["a:1", "b:1", "c:1"]
    assert len(relation) == 3 and len(relation.fetchall()) == 3
    c.close()
