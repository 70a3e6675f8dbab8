"""Build the content store: items, chunks with FTS5 and embeddings, groups and safety data.

The new store is written beside the old one and moved into place with one atomic rename, so a
failed build leaves the bot answering from the store it already had.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.content.model import Item, Library, Problem
from bot.search.embedder import Embedder, EmbeddingCache, embed_with_cache, text_hash

LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
SCHEMA_VERSION = 4


class ContentErrors(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} content error(s)")
        self.problems = problems


@dataclass(frozen=True)
class BuildReport:
    items: int
    chunks: int
    encoded: int
    seconds: float
    path: Path


LIST_ITEM_RE = re.compile(r"^\s*([-*•]|\d+[.)])\s+")


def reflow(text: str) -> str:
    """Join lines wrapped inside a paragraph (chat apps wrap for themselves); keep list items."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for line in block.splitlines():
            if lines and not LIST_ITEM_RE.match(line):
                lines[-1] = f"{lines[-1]} {line.strip()}"
            else:
                lines.append(line.strip())
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def plain(text: str) -> str:
    """Markdown links to their text: what is embedded and searched."""
    return LINK_RE.sub(r"\1", text)


def chunk_text(item: Item, heading: str, text: str) -> str:
    return f"{item.title}. {heading}. {plain(text)}"


def heading_text(item: Item, heading: str) -> str:
    return f"{item.title}: {heading}"


def chunk_rows(library: Library) -> list[dict[str, Any]]:
    rows = []
    for item in library.items.values():
        for position, section in enumerate(item.sections):
            embed = chunk_text(item, section.heading, section.text)
            rows.append(
                {
                    "id": item.source_id(section.id),
                    "item_id": item.id,
                    "kind": item.kind,
                    "section": section.id,
                    "heading": section.heading,
                    "title": item.title,
                    "text": reflow(section.text),
                    "aliases": " ".join(item.aliases),
                    "position": position,
                    "hash": text_hash(embed),
                    "_embed": embed,
                    "_heading": heading_text(item, section.heading),
                }
            )
    return rows


def store_is_current(path: Path) -> bool:
    """True when `path` is a store written by this version's schema."""
    if not path.exists():
        return False
    db = sqlite_utils.Database(path)
    try:
        row = db.execute("select value from meta where key = 'schema'").fetchone()
    except sqlite3.DatabaseError:  # a half-written or foreign file is simply not current
        return False
    finally:
        db.close()
    return bool(row) and row[0] == str(SCHEMA_VERSION)


def question_rows(library: Library) -> list[dict[str, Any]]:
    """One row per example question (`questions:` in the front matter), with its section's id."""
    return [
        {"chunk_id": item.source_id(section.id), "text": question}
        for item in library.items.values()
        for section in item.sections
        for question in section.questions
    ]


def build_store(
    library: Library,
    target: Path,
    embedder: Embedder,
    cache: EmbeddingCache,
    progress_factory: Callable[[int], Any] | None = None,
) -> BuildReport:
    """Build `target` from `library`; raises ContentErrors (and keeps the old store) on errors."""
    started = time.perf_counter()
    if library.errors:
        raise ContentErrors(library.errors)
    rows = chunk_rows(library)
    questions = question_rows(library)
    texts = [r.pop("_embed") for r in rows] + [r.pop("_heading") for r in rows]
    texts += [q["text"] for q in questions]
    every, encoded = embed_with_cache(embedder, cache, texts, progress_factory)
    vectors, headings = every[: len(rows)], every[len(rows) : 2 * len(rows)]
    for question, vector in zip(questions, every[2 * len(rows) :], strict=True):
        question["embedding"] = vector.tobytes()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite_utils.Database(tmp)
        _write(db, library, rows, vectors, headings, questions)
        db.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return BuildReport(
        len(library.items), len(rows), encoded, time.perf_counter() - started, target
    )


def _write(
    db: sqlite_utils.Database,
    library: Library,
    rows: list[dict[str, Any]],
    vectors: Any,
    headings: Any,
    questions: list[dict[str, Any]],
) -> None:
    db.table("items").insert_all(
        (
            {
                "id": i.id,
                "kind": i.kind,
                "title": i.title,
                "summary": i.summary,
                "aliases": json.dumps(i.aliases),
                "audience": json.dumps(i.audience),
                "sources": json.dumps([{"name": s.name, "url": s.url} for s in i.sources]),
                "reviewed": i.reviewed.isoformat() if i.reviewed else None,
                "reviewer": i.reviewer,
                "orpha": i.orpha,
                "treatments": json.dumps(i.treatments),
                "medicines": json.dumps(i.medicines),
            }
            for i in library.items.values()
        ),
        pk="id",
    )
    for row, vector, heading in zip(rows, vectors, headings, strict=True):
        row["embedding"] = vector.tobytes()
        row["heading_embedding"] = heading.tobytes()
    db.table("chunks").insert_all(rows, pk="id")
    db.table("chunks").create_index(["item_id"])
    db.table("chunks").enable_fts(["title", "heading", "text", "aliases"], tokenize="porter")
    db.table("questions").create({"chunk_id": str, "text": str, "embedding": bytes})
    db.table("questions").insert_all(questions)
    db.table("questions").create_index(["chunk_id"])
    db.table("groups").insert_all(
        (
            {
                "id": f"groups/{re.sub(r'[^a-z0-9]+', '-', g.name.lower()).strip('-')}",
                "name": g.name,
                "conditions": json.dumps(g.conditions),
                "umbrella": int(g.umbrella),
                "countries": json.dumps(g.countries),
                "languages": json.dumps(g.languages),
                "url": g.url,
                "contact": g.contact,
                "description": g.description,
                "last_verified": g.last_verified.isoformat() if g.last_verified else "",
            }
            for g in library.groups
        ),
        pk="id",
        replace=True,
    )
    safety = library.safety
    db.table("countries").insert_all(
        (
            {
                "code": c.code,
                "name": c.name,
                "aliases": json.dumps(c.aliases),
                "emergency": c.emergency,
                "also": json.dumps(c.also),
                "crisis": json.dumps([vars(line) for line in c.crisis]),
            }
            for c in safety.countries.values()
        ),
        pk="code",
    )
    db.table("meta").insert_all(
        [
            {"key": "schema", "value": str(SCHEMA_VERSION)},
            {"key": "built", "value": time.strftime("%Y-%m-%dT%H:%M:%S")},
            {"key": "emergency_advice", "value": safety.emergency_advice},
            {"key": "crisis_advice", "value": safety.crisis_advice},
            {"key": "safety_reviewed", "value": str(safety.reviewed or "")},
            {"key": "safety_sources", "value": json.dumps([vars(s) for s in safety.sources])},
        ],
        pk="key",
    )
