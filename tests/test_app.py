"""The facade: ingest -> extract (+ link) -> events, timeline, report, export; fake and real extractors."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from communique import Communique, Settings
from communique.analytics import format_line
from communique.errors import InputError
from communique.pipeline import LinkSummary


def test_app_round_trip(tmp_path: Path, fake_extractor: type, validate_record: Callable[[dict[str, Any]], None]
                        ) -> None:
    news = tmp_path / "news.txt"
    news.write_text("Ardern met Bainimarama in Suva on 2019-05-03.\nAdvertisement\nLavrov met Cavusoglu.",
                    encoding="utf-8")
    with Communique(Settings(db=tmp_path / "app.duckdb")) as app:
        assert app.ingest([news]).new == 1
        summary = app.extract()
        assert (summary.articles, summary.events) == (1, 2)
        [fiji] = app.events(dyad="FJI-NZL")
        assert fiji.date == "2019-05-03" and fiji.event_loc is not None
        article = app.store().articles()[0]
        span = fiji.text_info[0]
        assert article.text[span.start:span.end] == span.text  # offsets index the stored (cleaned) text
        out = io.StringIO()
        assert app.export("jsonl", out) == 2
        for line in out.getvalue().splitlines():
            validate_record(json.loads(line))
        runs = app.store().runs()
        assert [r["command"] for r in runs] == ["ingest", "extract"]
        assert "communique.extract.v1" in runs[1]["stages"] and runs[1]["data_versions"]
        assert app.extract().articles == 0
        assert app.extract(redo=True).articles == 1


def test_app_memory_store_lives_with_object(fake_extractor: type) -> None:
    with Communique(Settings(db=Path(":memory:"))) as app:
        app.ingest(["-"], stdin=io.TextIOWrapper(io.BytesIO(b"Lavrov met Cavusoglu in Kazan.")))
        app.extract()
        assert len(app.events()) == 1
        assert app.info()["counts"]["events"] == 1


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds.jsonl"

#: Written for these tests; the fake extractor reads the first line of each.
MEETING = ("Lavrov met Cavusoglu in Kazan on 2020-12-16.\nThe ministers went through the agenda item by item, "
           "starting with the ceasefire lines in northern Syria and ending with tourist flights for the summer.")
MEETING_AGAIN = ("Cavusoglu met Lavrov in Kazan on 2020-12-16.\nIn a brief appearance before cameras the two men "
                 "shook hands; aides said grain exports and a planned hospital project were also raised.")
CALL = "Cavusoglu phoned Lavrov on 2021-03-01.\nA readout mentioned vaccines."


def _jsonl(path: Path, *articles: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def test_app_extract_links_incidents_and_timeline(tmp_path: Path, fake_extractor: type) -> None:
    first = _jsonl(tmp_path / "one.jsonl", {"id": "a", "text": MEETING, "published": "2020-12-30"},
                   {"id": "c", "text": CALL, "published": "2021-03-02"})
    second = _jsonl(tmp_path / "two.jsonl", {"id": "b", "text": MEETING_AGAIN, "published": "2020-12-29"})
    with Communique(Settings(db=tmp_path / "app.duckdb")) as app:
        app.ingest([first])
        summary = app.extract()
        assert summary.linked is not None and summary.linked.incidents == 2
        app.ingest([second])
        assert app.extract().linked == LinkSummary(events=1, changed=1, incidents=2)
        rows = app.timeline("RUS-TUR")
        assert [format_line(r) for r in rows] == [
            "2020-12-16  CONSULT visit  Sergey Lavrov (RUS) – Mevlut Cavusoglu (TUR), Kazan · 2 sources",
            "2021-03-01  CONSULT phone  Mevlut Cavusoglu (TUR) – Sergey Lavrov (RUS) · 1 source",
        ]
        assert [r.n_sources for r in app.timeline("RUS-TUR", events=True)] == [1, 1, 1]
        assert [r.date for r in app.timeline("TUR-RUS", date_from="2021")] == ["2021-03-01"]
        assert app.timeline("RUS-TUR", modality="future") == []
        assert [r["command"] for r in app.store().runs()] == ["ingest", "extract", "ingest", "extract"]
        page = app.report("RUS-TUR", title="Russia and Turkey")
        assert "<svg" in page and "Russia and Turkey" in page and "Lavrov met Cavusoglu in Kazan" in page
        assert app.link(redo=True) == LinkSummary(events=3, changed=2, incidents=2)


def test_app_extract_can_release_its_extractor_before_linking(tmp_path: Path, fake_extractor: type,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    closed: list[bool] = []

    class Closing(fake_extractor):  # type: ignore[misc]
        def close(self) -> None:
            closed.append(True)

    from communique.extract.learned import load_typing_model
    from communique.nlp import load_nlp

    load_typing_model()  # a model the process loaded: released with the extractor
    news = _jsonl(tmp_path / "one.jsonl", {"id": "a", "text": MEETING, "published": "2020-12-30"})
    with Communique(Settings(db=tmp_path / "small.duckdb"), extractor=Closing()) as app:
        app.ingest([news])
        assert app.extract(release=True).events == 1
        assert closed == [] and app._extractor is not None  # one article: not worth dropping the parser
    monkeypatch.setattr("communique.app.RELEASE_FROM", 1)
    with Communique(Settings(db=tmp_path / "app.duckdb"), extractor=Closing()) as app:
        app.ingest([news])
        summary = app.extract(release=True)
        assert summary.events == 1 and summary.linked is not None and summary.linked.incidents == 1
        assert closed == [True] and app._extractor is None  # dropped (and its workers stopped) before linking
        assert load_typing_model.cache_info().currsize == 0 and load_nlp.cache_info().currsize == 0
        assert isinstance(app.extractor, fake_extractor)  # the next extraction builds one again


def test_app_bad_dyad_is_an_input_error(tmp_path: Path, fake_extractor: type) -> None:
    with Communique(Settings(db=tmp_path / "app.duckdb")) as app:
        app.ingest([_jsonl(tmp_path / "one.jsonl", {"id": "a", "text": MEETING})])
        with pytest.raises(InputError) as info:
            app.timeline("Russia-Turkey")
        assert info.value.code == "E112" and "RUS" in str(info.value)  # a name, not a code: suggests RUS
        with pytest.raises(InputError) as info:
            app.timeline("RUS")
        assert info.value.code == "E111"


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus/seeds.jsonl is not available")
def test_app_seeds_end_to_end_with_real_extractor(tmp_path: Path) -> None:
    """Seeds 002 and 004 report one and the same RUS-TUR visit (gold incident seeds-inc-1); seed 003
    a visit of 2016. Two incidents, the first with two sources."""
    with Communique(Settings(db=tmp_path / "seeds.duckdb")) as app:
        app.ingest([SEEDS])
        assert app.extract().failed == ()
        docs = {a.id[:3]: a.id for a in app.store().articles()}
        visits = [i for i in app.incidents("RUS-TUR", "asserted") if i.event_type == "CONSULT" and i.mode == "visit"]
        sochi = [i for i in visits if i.date == "2020-12-29"]
        assert len(sochi) == 1
        assert {docs["002"], docs["004"]} <= set(sochi[0].doc_ids) and sochi[0].n_sources >= 2
        older = [i for i in visits if docs["003"] in i.doc_ids]
        assert older and all(i.date and i.date.startswith("2016") for i in older)
        assert not set(older) & set(sochi)
        line = format_line(next(r for r in app.timeline("RUS-TUR") if r.id == sochi[0].id))
        assert line.startswith("2020-12-29  CONSULT visit") and "Sochi" in line and line.endswith("2 sources")


def test_app_extract_caps_the_store_cache_while_parsing(tmp_path: Path, fake_extractor: type) -> None:
    """DuckDB's memory limit is the extract cap while articles are extracted, its default again after."""
    from communique.app import EXTRACT_MEMORY

    seen: list[str] = []

    def setting(app: Communique) -> str:
        with app.store().cursor(functions=False) as cur:
            row = cur.execute("SELECT current_setting('memory_limit')").fetchone()
        return str(row[0]) if row else ""

    class Watching(fake_extractor):  # type: ignore[misc]
        def extract_many(self, articles: Any) -> Any:
            seen.append(setting(app))
            yield from super().extract_many(articles)

    news = _jsonl(tmp_path / "one.jsonl", {"id": "a", "text": MEETING, "published": "2020-12-30"})
    with Communique(Settings(db=tmp_path / "app.duckdb"), extractor=Watching()) as app:
        app.ingest([news])
        default = setting(app)
        assert app.extract().events == 1
        after = setting(app)
    cap = int(EXTRACT_MEMORY.removesuffix("MB"))
    assert len(seen) == 1 and seen[0].endswith("MiB") and float(seen[0].split()[0]) <= cap
    assert after == default != seen[0]
