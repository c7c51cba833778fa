"""The facade: ingest -> extract -> events -> export, with a fake extractor."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from communique import Communique, Settings


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
        app.ingest(["-"], stdin=io.TextIOWrapper(io.BytesIO(b"Lavrov met Cavusoglu in Sochi.")))
        app.extract()
        assert len(app.events()) == 1
        assert app.info()["counts"]["events"] == 1
