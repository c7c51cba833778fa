"""Boilerplate removal, newlines, ids and hashes."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from communique.errors import DataFileError
from communique.ingest.clean import Boilerplate, article_id, content_hash, load_boilerplate


@pytest.fixture(scope="module")
def rules() -> Boilerplate:
    return load_boilerplate()


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("Talks went well.\r\nBoth sides agreed.\rThey left.", "Talks went well.\nBoth sides agreed.\nThey left."),
        ("Talks went well.\nDiscussion about this post\nThey left.", "Talks went well.\nThey left."),
        ("Talks went well.\n  Advertisement  \nThey left.", "Talks went well.\nThey left."),
        ("Talks went well.\nShare this article\nThey left.", "Talks went well.\nThey left."),
        ("Talks went well.\nRead more: Ministers to meet again\nThey left.", "Talks went well.\nThey left."),
        ("Talks went well. They left. /ibna", "Talks went well. They left."),
        ("Talks went well. They left. (Reuters)", "Talks went well. They left."),
        ("Talks went well.\n(Reporting by A. Writer; Editing by B. Editor)\n", "Talks went well."),
        ("Talks went well.\nThey left.\n\nSubscribe to our newsletter\n", "Talks went well.\nThey left."),
    ],
)
def test_clean_boilerplate_removed(rules: Boilerplate, raw: str, clean: str) -> None:
    assert rules.clean(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Share prices fell sharply after the talks.",
        "Subscribe rates for the new service rose.",
        "The ministers met in Ankara.\nAdvertisement agencies were not involved.",
        "Talks on and/or around the border went on",
        "The agency quoted the spokesman (Reuters reported later).",
        "Untouched text keeps its trailing newline\n",
    ],
)
def test_clean_prose_kept(rules: Boilerplate, text: str) -> None:
    assert rules.clean(text) == text


def test_clean_keeps_offsets_before_removed_parts(rules: Boilerplate) -> None:
    raw = ("The foreign ministers met in Ankara on Monday.\nAdvertisement\n"
           "They agreed to reopen the border crossing. /ibna")
    clean = rules.clean(raw)
    first = "The foreign ministers met in Ankara on Monday."
    second = "They agreed to reopen the border crossing."
    assert clean.index(first) == raw.index(first) == 0
    assert clean == f"{first}\n{second}"
    # the trailing tag is cut at the end only: everything before it keeps its offset
    tagged = "A long paragraph about the talks.\nA second one. /ibna"
    assert tagged.startswith(rules.clean(tagged))


def test_clean_user_patterns_extend_packaged(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "boilerplate.yaml").write_text("lines:\n  - '^Follow us on \\w+$'\n", encoding="utf-8")
    rules = load_boilerplate([tmp_path])
    assert rules.clean("Talks went well.\nFollow us on Mastodon\nAdvertisement\nThey left.") == \
        "Talks went well.\nThey left."


def test_clean_bad_user_pattern_listed(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "boilerplate.yaml").write_text("lines:\n  - '(unclosed'\n  - 3\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_boilerplate([tmp_path])
    assert info.value.code == "E203"
    assert len(info.value.problems) == 2
    assert "lines[1]" in str(info.value) and "lines[2]" in str(info.value)


def test_clean_packaged_patterns_compile() -> None:
    rules = load_boilerplate()
    assert rules.lines and rules.trailing
    assert all(isinstance(p, re.Pattern) for p in (*rules.lines, *rules.trailing))


def test_article_id_ignores_whitespace_layout() -> None:
    assert article_id("Ministers met.\nThey agreed.") == article_id("Ministers  met.\r\n They agreed. ")
    assert article_id("Ministers met.") != article_id("Ministers left.")
    assert re.fullmatch(r"[0-9a-f]{16}", article_id("x"))


def test_content_hash_is_sha256_of_text() -> None:
    assert content_hash("Ministers met.") == hashlib.sha256(b"Ministers met.").hexdigest()
