"""The pipeline: its error policy (one failing article never stops a batch), reprints and incident linking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import pytest

from communique.errors import InputError, ModelMissing
from communique.model import Article, Event
from communique.pipeline import (
    REPRINT_STATE,
    ExtractSummary,
    LinkSummary,
    StoredArticles,
    extract_into,
    ingest_into,
    link_into,
)
from communique.store import MEMORY, EventFilter, Store


class BatchingExtractor:
    """Like spaCy's nlp.pipe: works in batches and yields nothing of a batch that fails."""

    def __init__(self, batch: int = 3, fail_on: str = "CRASH", error: Exception | None = None) -> None:
        self.batch, self.fail_on, self.error = batch, fail_on, error

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        pending = list(articles)
        for start in range(0, len(pending), self.batch):
            chunk = pending[start:start + self.batch]
            if any(self.fail_on in a.text for a in chunk):
                raise self.error or ValueError("bad token")
            yield from ((a, []) for a in chunk)


def _articles(texts: list[str]) -> list[Article]:
    return [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(MEMORY) as s:
        yield s


def test_pipeline_failing_article_isolated(store: Store) -> None:
    articles = _articles(["ok", "ok", "ok", "ok", "CRASH", "ok", "ok", "ok"])
    store.add_articles(articles)
    summary = extract_into(store, BatchingExtractor(), articles, stages={"x": "1"}, window=3)
    assert summary.articles == 7
    assert [f.origin for f in summary.failed] == ["a4"]
    assert summary.failed[0].code == "E120"
    assert [a.id for a in store.pending_articles()] == ["a4"]
    assert store.rejects()[0].code == "E120"


def test_pipeline_strict_raises(store: Store) -> None:
    articles = _articles(["ok", "CRASH"])
    store.add_articles(articles)
    with pytest.raises(ValueError):
        extract_into(store, BatchingExtractor(), articles, stages={}, strict=True)


def test_pipeline_setup_errors_propagate(store: Store) -> None:
    articles = _articles(["CRASH"])
    store.add_articles(articles)
    with pytest.raises(ModelMissing):
        extract_into(store, BatchingExtractor(error=ModelMissing("no model")), articles, stages={})


class CountingStore:
    """A store's ``articles(ids)``, counting how many articles each call reads."""

    def __init__(self, store: Store) -> None:
        self.store, self.reads = store, []  # type: list[int]

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        found = self.store.articles(ids)
        self.reads.append(len(found))
        return found


def test_stored_articles_read_a_chunk_at_a_time_in_id_order(store: Store) -> None:
    articles = _articles([f"text {n}" for n in range(7)])
    store.add_articles(articles)
    counting = CountingStore(store)
    view = StoredArticles(counting, [a.id for a in reversed(articles)], chunk=3)  # type: ignore[arg-type]
    assert [a.id for a in view] == [a.id for a in reversed(articles)]
    assert counting.reads == [3, 3, 1]  # never all the texts at once
    assert len(view) == 7 and [a.id for a in view[5:]] == ["a1", "a0"] and view[0].id == "a6"


def test_pipeline_extracts_stored_articles_as_it_does_a_list(store: Store) -> None:
    articles = _articles(["ok", "ok", "ok", "ok", "CRASH", "ok", "ok", "ok"])
    store.add_articles(articles)
    view = StoredArticles(store, [a.id for a in articles], chunk=2)
    summary = extract_into(store, BatchingExtractor(), view, stages={"x": "1"}, window=3)
    assert (summary.articles, [f.origin for f in summary.failed]) == (7, ["a4"])
    assert [a.id for a in store.pending_articles()] == ["a4"]


def test_pipeline_progress_reported(store: Store) -> None:
    articles = _articles(["ok"] * 5)
    store.add_articles(articles)
    seen: list[tuple[int, int]] = []
    extract_into(store, BatchingExtractor(), articles, stages={}, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, 5) for n in range(1, 6)]


def test_pipeline_ingest_counts_and_rejects(store: Store) -> None:
    items: list[Article | InputError] = [*_articles(["one", "two"]), InputError("empty text", origin="f.txt")]
    summary = ingest_into(store, items, stages={"communique.ingest.v1": "0"})
    assert (summary.new, summary.unchanged, summary.rejected) == (2, 0, 1)
    assert ingest_into(store, items, stages={}).unchanged == 2
    assert [r["command"] for r in store.runs()] == ["ingest", "ingest"]


# -- reprints and incidents ---------------------------------------------------------------------

#: Written for these tests: a report long enough for word 5-shingles to tell a copy from a rewrite.
BODY = ("The two foreign ministers spent most of the afternoon on the conflict in Syria and on the "
        "stalled talks about Libya, according to a short statement issued by both delegations. They also "
        "reviewed preparations for a summit of their presidents planned for the spring, discussed visa rules "
        "for students and tourists, and agreed that officials from the energy ministries would meet again "
        "within a month to settle open questions about gas deliveries and pipeline maintenance. Neither side "
        "took questions from journalists after the meeting ended.")
OTHER = ("Reporters were kept outside while the delegations talked. A spokesperson later said the conversation "
         "had covered regional security, the grain corridor and the exchange of prisoners, and that the "
         "ministers had asked their deputies to draft a plan before the next round. Markets barely moved.")
PACIFIC = ("The leaders walked along the harbour front before sitting down to lunch, where fisheries, rising "
           "sea levels and a new scholarship scheme for nurses were on the menu. A joint communique is due.")


def _report(doc_id: str, lead: str, body: str = BODY, published: str = "2020-12-30") -> Article:
    return Article(id=doc_id, text=f"{lead}\n{body}", published=dt.date.fromisoformat(published))


def _wire_copy(original: Article, doc_id: str) -> Article:
    text = "ANKARA (Harbour Wire) - " + original.text.replace("most of the afternoon", "the afternoon", 1)
    return Article(id=doc_id, text=text, published=original.published)


def _run(store: Store, extractor: object, *articles: Article) -> tuple[ExtractSummary, LinkSummary]:
    ingest_into(store, articles, stages={})
    extracted = extract_into(store, extractor, store.pending_articles(), stages={})  # type: ignore[arg-type]
    return extracted, link_into(store)


def test_pipeline_reprint_marked_and_not_extracted(store: Store, fake_extractor: type) -> None:
    original = _report("orig", "Lavrov met Cavusoglu in Kazan on 2020-12-16.")
    copy = _wire_copy(original, "copy")
    summary = ingest_into(store, [original, copy], stages={})
    assert summary.reprints == (("copy", "orig"),)
    assert store.duplicates() == {"copy": "orig"}
    extractor = fake_extractor()
    extracted = extract_into(store, extractor, store.pending_articles(), stages={})
    assert (extracted.articles, extracted.events, extracted.reprints, extractor.calls) == (1, 1, 1, 1)
    assert store.pending_articles() == [] and store.events(EventFilter(doc_id="copy")) == []
    linked = link_into(store)
    [incident] = store.incidents()
    assert incident.doc_ids == ("orig", "copy") and incident.n_sources == 2
    assert (linked.events, linked.changed, linked.reprints) == (1, 1, 1)


def test_pipeline_rewrite_is_not_a_reprint(store: Store) -> None:
    first = _report("a", "Lavrov met Cavusoglu in Kazan on 2020-12-16.")
    second = _report("b", "Cavusoglu met Lavrov in Kazan on 2020-12-16.", OTHER)
    assert ingest_into(store, [first, second], stages={}).reprints == ()
    assert store.duplicates() == {}


def test_pipeline_reprint_found_across_runs_from_state_or_rebuilt(store: Store) -> None:
    original = _report("orig", "Lavrov met Cavusoglu in Kazan on 2020-12-16.")
    ingest_into(store, [original], stages={})
    state = store.load_state(REPRINT_STATE)
    assert state is not None  # the detector's signatures are kept for the next run
    assert ingest_into(store, [_wire_copy(original, "copy1")], stages={}).reprints == (("copy1", "orig"),)
    store.save_state(REPRINT_STATE, "stale", b"")  # no longer matches the articles: rebuilt from the texts
    assert ingest_into(store, [_wire_copy(original, "copy2")], stages={}).reprints == (("copy2", "orig"),)
    assert store.duplicates() == {"copy1": "orig", "copy2": "orig"}
    assert ingest_into(store, [original], stages={}).reprints == ()  # unchanged input: nothing new


def test_pipeline_reprint_of_linked_original_adds_a_source(store: Store, fake_extractor: type) -> None:
    original = _report("orig", "Lavrov met Cavusoglu in Kazan on 2020-12-16.")
    _run(store, fake_extractor(), original)
    [before] = store.incidents()
    extracted, linked = _run(store, fake_extractor(), _wire_copy(original, "copy"))
    assert (extracted.articles, extracted.reprints, linked.events, linked.reprints) == (0, 1, 0, 1)
    [after] = store.incidents()
    assert after.id == before.id and after.n_sources == 2 and after.doc_ids == ("orig", "copy")


def test_pipeline_incremental_linking_keeps_incident_id(store: Store, fake_extractor: type) -> None:
    _, first = _run(store, fake_extractor(), _report("a", "Lavrov met Cavusoglu in Kazan on 2020-12-16."),
                    _report("nz", "Ardern met Bainimarama in Suva on 2019-05-03.", PACIFIC))
    assert (first.events, first.changed, first.incidents) == (2, 2, 2)
    [kazan] = store.incidents(dyad="RUS-TUR")
    assert kazan.id == "inc:a:1" and kazan.n_sources == 1

    _, second = _run(store, fake_extractor(), _report("b", "Cavusoglu met Lavrov in Kazan on 2020-12-16.", OTHER,
                                                      published="2020-12-29"))
    assert (second.events, second.changed, second.incidents) == (1, 1, 2)  # NZL-FJI untouched
    [joined] = store.incidents(dyad="RUS-TUR")
    assert joined.id == kazan.id and joined.n_sources == 2 and joined.event_ids == ("a:1", "b:1")
    assert joined.first_report == dt.date(2020, 12, 29)
    assert {e.id for e in store.unlinked_events()} == set()

    _, third = _run(store, fake_extractor(), _report("c", "Lavrov met Cavusoglu in Izmir on 2021-03-18.", BODY[:200]))
    assert third.changed == 1 and len(store.incidents(dyad="RUS-TUR")) == 2


def test_pipeline_link_redo_gives_the_same_incidents(store: Store, fake_extractor: type) -> None:
    original = _report("a", "Lavrov met Cavusoglu in Kazan on 2020-12-16.")
    _run(store, fake_extractor(), original, _wire_copy(original, "copy"),
         _report("b", "Cavusoglu met Lavrov in Kazan on 2020-12-16.", OTHER))
    before = store.incidents()
    again = link_into(store, redo=True)
    assert (again.events, again.changed, again.incidents) == (2, 1, 1)
    assert store.incidents() == before and before[0].n_sources == 3
    assert link_into(store) == LinkSummary(events=0, changed=0, incidents=1)


def test_pipeline_reextracted_article_relinked(store: Store, fake_extractor: type) -> None:
    _run(store, fake_extractor(), _report("a", "Lavrov met Cavusoglu in Kazan on 2020-12-16."),
         _report("b", "Cavusoglu met Lavrov in Kazan on 2020-12-16.", OTHER))
    [before] = store.incidents()
    extract_into(store, fake_extractor(), store.articles(["b"]), stages={})  # replaces b's events
    assert store.incidents() == [] and len(store.unlinked_events()) == 2
    link_into(store)
    [after] = store.incidents()
    assert after.id == before.id and after.n_sources == 2


class _Saves:
    """A store that only records how many articles each save_events_many call held."""

    def __init__(self) -> None:
        self.saved: list[int] = []

    def save_events_many(self, batch: list[tuple[str, list[Event]]]) -> None:
        self.saved.append(len(batch))


def _results(n: int) -> Iterator[tuple[Article, list[Event] | InputError]]:
    for i in range(n):
        yield Article(id=f"a{i}", text="x"), []


def test_saves_batch_by_articles_at_most_once_per_interval() -> None:
    """A batch of ``articles`` is written at once when the last write is old enough (interval 0),
    waits for the interval otherwise up to ``most`` articles, and the rest is written at the end."""
    from communique.pipeline import _saved_in_batches

    often, rarely = _Saves(), _Saves()
    assert len(list(_saved_in_batches(often, _results(50), articles=8, seconds=0.0, most=1000))) == 50  # type: ignore[arg-type]
    assert often.saved == [8, 8, 8, 8, 8, 8, 2]
    list(_saved_in_batches(rarely, _results(50), articles=8, seconds=3600.0, most=20))  # type: ignore[arg-type]
    assert rarely.saved == [20, 20, 10]


def test_parse_batches_hold_at_most_their_size_and_character_budget() -> None:
    from communique.extraction import _budgeted

    articles = [Article(id=f"a{n}", text="x" * length) for n, length in enumerate([10, 10, 10, 50, 5, 5, 5, 5])]
    batches = [[a.id for a in b] for b in _budgeted(articles, 3, 40)]
    # three short ones fill a batch; a long one stands alone; then three by count, one left
    assert batches == [["a0", "a1", "a2"], ["a3"], ["a4", "a5", "a6"], ["a7"]]
    assert [a for b in _budgeted(articles, 3, 40) for a in b] == articles
