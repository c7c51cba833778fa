"""Reprint detection: wire copies found, separate write-ups of one event not, state round-trips."""

from __future__ import annotations

from communique.dedup.reprints import ReprintDetector, shingles
from communique.model import Article

STORY = (
    "The foreign ministers of Norway and Chile met in Oslo on Thursday to discuss fisheries quotas, "
    "salmon farming rules and a joint research programme on Antarctic krill. Both delegations said the "
    "meeting was constructive and that experts would meet again before the end of the year. The "
    "Norwegian side proposed a shared database of vessel positions, while the Chilean minister asked for "
    "help with monitoring equipment for coastal waters. Trade between the two countries has grown steadily "
    "over the past decade, driven by seafood, copper and renewable energy components. Officials also "
    "talked about climate adaptation in fishing communities and about student exchanges between marine "
    "science faculties in Tromso and Valparaiso. A short joint statement released in the evening promised "
    "a working group on sustainable aquaculture and a follow-up visit by deputy ministers in the spring."
)

REWRITE = (
    "Chile and Norway want closer cooperation at sea. Meeting in the Norwegian capital on Thursday, their "
    "foreign ministers covered fishing quotas and krill research in Antarctica, and agreed that a working "
    "group would look at aquaculture standards. Norway offered to pool vessel tracking data; Chile wants "
    "equipment to watch its coastline. Deputy ministers are due to travel in the spring, the statement said."
)


def art(doc_id: str, text: str) -> Article:
    return Article(id=doc_id, text=text)


def wire_copy(text: str) -> str:
    return ("OSLO (Harbour Wire) - " + text.replace("constructive", "productive", 1)
            .replace("grown steadily", "grown", 1))


def test_reprints_shingles_are_word_five_grams() -> None:
    assert shingles("One two three four five six.") == {b"one two three four five", b"two three four five six"}
    assert shingles("Too short") == {b"too short"}
    assert shingles("") == set()


def test_reprints_wire_copy_found_rewrite_not() -> None:
    det = ReprintDetector()
    assert det.add(art("orig", "OSLO (Fjord News) - " + STORY)) is None
    assert det.add(art("copy", wire_copy(STORY))) == "orig"
    assert det.add(art("rewrite", REWRITE)) is None
    assert det.duplicate_of("copy") == "orig"
    assert len(det) == 3


def test_reprints_copy_of_copy_points_at_first_original() -> None:
    det = ReprintDetector()
    det.add(art("orig", STORY))
    det.add(art("copy1", wire_copy(STORY)))
    assert det.add(art("copy2", wire_copy(STORY) + " Reporting by a staff writer.")) == "orig"


def test_reprints_adding_twice_gives_first_answer() -> None:
    det = ReprintDetector()
    det.add(art("orig", STORY))
    assert det.add(art("orig", STORY)) is None
    assert len(det) == 1


def test_reprints_state_round_trips_and_rebuilds() -> None:
    det = ReprintDetector(num_perm=64)
    det.add(art("orig", STORY))
    det.add(art("copy", wire_copy(STORY)))
    restored = ReprintDetector.loads(det.dumps())
    assert restored.num_perm == 64 and len(restored) == 2
    assert restored.duplicate_of("copy") == "orig"
    assert restored.add(art("late-copy", wire_copy(STORY).replace("Thursday", "Friday"))) == "orig"
    rebuilt = ReprintDetector.rebuild([art("orig", STORY), art("copy", wire_copy(STORY))])
    assert rebuilt.duplicate_of("copy") == "orig"
    empty = ReprintDetector.loads(ReprintDetector().dumps())
    assert len(empty) == 0
