"""PETRARCH-2 validation records (openeventdata/UniversalPetrarch, MIT) read from ../shared.

The file is third-party data: it is read where it lies, never copied here. The mapping and
scoring tests build their own records and predictions and run without it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from communique.evaluate.petrarch import (
    VALIDATION_FILE,
    Coding,
    Record,
    cameo_actor,
    cameo_to_plover,
    evaluate_petrarch,
    expectations,
    format_petrarch_report,
    parse_validation,
    score_sentence,
)
from communique.model import ActorRef, Article, Event

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
VALIDATION = SHARED / VALIDATION_FILE
needs_shared = pytest.mark.skipif(not VALIDATION.is_file(), reason=f"{VALIDATION} is absent")


def _record(*codings: Coding, text: str = "A sentence.") -> Record:
    return Record(id="r1", category="TEST", date=dt.date(2015, 6, 9), text=text, codings=codings)


def _event(etype: str, actor: list[str], recipient: list[str]) -> Event:
    return Event(id=f"e-{etype}-{actor}-{recipient}", doc_id="r1", event_type=etype,
                 actor=tuple(ActorRef(code=c) for c in actor),
                 recipient=tuple(ActorRef(code=c) for c in recipient))


@pytest.mark.parametrize("code,plover", [
    ("030", "AGREE"), ("0352", "AGREE"), ("040", "CONSULT"), ("046", "CONSULT"), ("051", "SUPPORT"),
    ("057", "SUPPORT"), ("060", "COOPERATE"), ("072", "AID"), ("080", "CONCEDE"), ("083", "CONCEDE"),
    ("0841", "RETREAT"), ("087", "RETREAT"), ("090", "ACCUSE"), ("1014", "REQUEST"), ("112", "ACCUSE"),
    ("121", "REJECT"), ("138", "THREATEN"), ("145", "PROTEST"), ("150", "MOBILIZE"), ("160", "SANCTION"),
    ("173", "COERCE"), ("186", "ASSAULT"), ("195", "ASSAULT"), ("202", "ASSAULT"),
    ("010", None), ("015", None), ("023", None),
])
def test_petrarch_cameo_to_plover_maps_roots(code: str, plover: str | None) -> None:
    assert cameo_to_plover(code) == plover


@pytest.mark.parametrize("code", ["", "21", "210", "999", "04a", "00"])
def test_petrarch_cameo_to_plover_rejects_non_codes(code: str) -> None:
    with pytest.raises(ValueError):
        cameo_to_plover(code)


@pytest.mark.parametrize("code,ours", [
    ("USA", "USA"), ("RUSGOV", "RUS"), ("IRQGOVMIL", "IRQ"), ("PSEGZACVL", "PSE"), ("KOSGOV", "KOS"),
    ("IGOUNOMIL", "UNO"), ("UNO", "UNO"), ("IGOEUREEC", "EUR"), ("IGOCOPITP", "IGO"), ("IGONATO", "IGO"),
    ("---", None), ("---REB", None), ("CVL", None), ("IMGMUSISI", None), ("AFR", None),
])
def test_petrarch_cameo_actor_maps_states_and_igos(code: str, ours: str | None) -> None:
    assert cameo_actor(code) == ours


def test_petrarch_expectations_fold_both_directions_of_symmetric_event() -> None:
    exps = expectations(_record(Coding("031", "FRA", "DEU"), Coding("031", "DEUGOV", "FRA")))
    assert len(exps) == 1
    assert exps[0].scored and exps[0].known_codes() == {"FRA", "DEU"} and len(exps[0].codings) == 2


def test_petrarch_expectations_keep_both_directions_of_directed_event() -> None:
    exps = expectations(_record(Coding("112", "FRA", "DEU"), Coding("112", "DEU", "FRA")))
    assert len(exps) == 2


def test_petrarch_expectations_fold_complete_dyads_into_one_meeting() -> None:
    pairs = [("JPN", "KOR"), ("KOR", "JPN"), ("JPN", "CHN"), ("CHN", "KOR")]
    exps = expectations(_record(*(Coding("040", a, b) for a, b in pairs)))
    assert [e.known_codes() for e in exps] == [frozenset({"JPN", "KOR", "CHN"})]


def test_petrarch_expectations_do_not_fold_incomplete_dyads() -> None:
    exps = expectations(_record(Coding("040", "USAGOV", "CHE"), Coding("040", "RUSGOV", "CHE")))
    assert sorted(sorted(e.known_codes()) for e in exps) == [["CHE", "RUS"], ["CHE", "USA"]]


@pytest.mark.parametrize("coding,why", [
    (Coding("023", "USA", "IRN"), "no PLOVER type"),
    (Coding("190", "---REB", "SYR"), "actor with no state"),
    (Coding("194", "GEOOPP", "GEOGOV"), "domestic"),
])
def test_petrarch_expectations_mark_unmatchable_codings(coding: Coding, why: str) -> None:
    (exp,) = expectations(_record(coding))
    assert not exp.scored and exp.why_not.startswith(why)


def test_petrarch_score_sentence_counts_hits_misses_and_false_alarms() -> None:
    rec = _record(Coding("112", "FRA", "DEU"), Coding("040", "FRA", "ITA"))
    res = score_sentence(rec, [_event("ACCUSE", ["FRA"], ["DEU"]), _event("CONSULT", ["ITA"], ["FRA"]),
                               _event("THREATEN", ["DEU"], ["FRA"])])
    assert res.hits() == 2 and len(res.misses()) == 0 and len(res.false_alarms()) == 1
    res = score_sentence(rec, [_event("ACCUSE", ["DEU"], ["FRA"])])  # direction matters for ACCUSE
    assert res.hits() == 0 and len(res.misses()) == 2 and len(res.false_alarms()) == 1
    assert res.hits("dyad") == 1 and len(res.misses("dyad")) == 1 and not res.false_alarms("dyad")


def test_petrarch_score_sentence_absorbs_prediction_on_unmatchable_coding() -> None:
    rec = _record(Coding("190", "---REB", "SYR"))
    res = score_sentence(rec, [_event("ASSAULT", ["SYR"], ["SYR"])])
    assert res.hits() == 0 and not res.misses() and not res.false_alarms()
    res = score_sentence(rec, [_event("ASSAULT", ["TUR"], ["IRQ"])])  # SYR absent: a false alarm
    assert len(res.false_alarms()) == 1


def test_petrarch_score_sentence_one_prediction_matches_one_expectation() -> None:
    rec = _record(Coding("112", "FRA", "DEU"), Coding("112", "FRA", "DEU"))
    res = score_sentence(rec, [_event("ACCUSE", ["FRA"], ["DEU"])])
    assert res.hits() == 1 and len(res.misses()) == 1


def test_petrarch_evaluate_counts_noevent_false_alarms() -> None:
    records = [_record(Coding(noevents=True), text="Nothing happened."),
               _record(Coding("173", "TURJUD", "GRC"), text="A Turkish court jailed a Greek.")]

    def fake_extract_many(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for a in articles:
            yield a, [_event("COERCE", ["TUR"], ["GRC"])]

    report = evaluate_petrarch(records, fake_extract_many)
    assert (report.typed.tp, report.typed.fp, report.typed.fn) == (1, 1, 0)
    assert report.per_category["TEST"].recall == 1.0
    assert "typed F1: 0.6667" in format_petrarch_report(report, verbose=True)


@needs_shared
def test_petrarch_parser_reads_all_records() -> None:
    records = parse_validation(VALIDATION)
    codings = [c for r in records for c in r.codings]
    assert len(records) == 78
    # shared/external/README.md says 93 (81 + 12): it also counts the "<EventCoding...>"
    # mentioned in the file's header comment, which belongs to no sentence.
    assert len(codings) == 92
    assert sum(not c.noevents for c in codings) == 80
    assert sum(c.noevents for c in codings) == 12
    assert Counter(r.category for r in records) == {"AFP": 18, "GOLD": 10, "TEST": 11, "VERB": 8,
                                                     "PASSIVE": 8, "OTHER": 23}
    assert all(r.text and "\n" not in r.text for r in records)  # the empty <Text> is rebuilt from its parse
    assert all(cameo_to_plover(c.eventcode) or c.eventcode[:2] in {"01", "02"}
               for c in codings if c.eventcode)


@needs_shared
def test_petrarch_full_run_report_is_consistent() -> None:
    from communique.extraction import Extractor

    records = parse_validation(VALIDATION)
    report = evaluate_petrarch(records, Extractor().extract_many)
    scored = sum(e.scored for r in records for e in expectations(r))
    assert len(report.results) == report.sentences == 78
    assert report.typed.tp + report.typed.fn == report.expected == scored
    assert report.dyad.tp + report.dyad.fn == scored
    assert report.typed.tp + report.typed.fp + report.absorbed == report.predicted
    assert report.dyad.tp >= report.typed.tp
    assert sum(report.not_scored.values()) + sum(len(e.codings) for r in report.results
                                                 for e in r.expected if e.scored) == report.coded_events
    for prf in (report.typed, report.dyad, *report.per_category.values()):
        assert 0.0 <= prf.f1 <= 1.0


def test_petrarch_parser_is_lenient_and_rebuilds_text(tmp_path: Path) -> None:
    xml = tmp_path / "records.xml"
    xml.write_text(
        '<Sentences>\n<Sentence category="TEST" date="20150609" id="A1" evaluate="true"/>\n'
        '<EventCoding eventcode="043" sourcecode="NORGOV" targetcode="SWE" />\n'
        "<Text>\nNorway's foreign minister called her\nSwedish counterpart`` urgently''.\n</Text>\n"
        "</Sentence>\n"
        '<Sentence category="TEST" date="121108" id="A2" evaluate="true"/>\n'
        '<EventCoding noevents="True" />\n<Text>\n</Text>\n<Parse>\n'
        "1\tOslo\tOslo\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tslept\tsleep\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n</Parse>\n</Sentence>\n</Sentences>\n",
        encoding="utf-8")
    first, second = parse_validation(xml)
    assert first.text == "Norway's foreign minister called her Swedish counterpart \"urgently\"."
    assert first.date == dt.date(2015, 6, 9) and first.codings == (Coding("043", "NORGOV", "SWE"),)
    assert second.text == "Oslo slept." and second.date is None and second.codings == (Coding(noevents=True),)
