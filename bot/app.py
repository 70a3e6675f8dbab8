"""The one wiring point: settings → store, embedder, NLU client, engine. Heavy models load here,
once, at start-up, never at import time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bot.config import Settings
from bot.content.checks import check_library
from bot.content.loader import load_library
from bot.content.model import Problem
from bot.engine.engine import Engine
from bot.nlu.base import NLU, NoNLU
from bot.search.build import BuildReport, ContentErrors, build_store, store_is_current
from bot.search.embedder import Embedder, EmbeddingCache, embed_with_cache
from bot.search.index import ContentIndex
from bot.search.labelled import section_questions
from bot.search.safety_likeness import SafetyLikeness
from bot.store.repo import Repo

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    embedder: Embedder
    repo: Repo
    engine: Engine
    labelled: Labelled
    on_reload: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    def close(self) -> None:
        self.engine.index.close()
        self.repo.close()


def build_content(
    settings: Settings, embedder: Embedder, progress_factory: Callable[[int], Any] | None = None
) -> tuple[BuildReport | None, list[Problem]]:
    """Check and build the content store; on errors the old store stays in place."""
    library = load_library(settings.content_dir)
    problems = check_library(library)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        return None, problems
    cache = EmbeddingCache(settings.embed_cache_db)
    try:
        report = build_store(library, settings.content_db, embedder, cache, progress_factory)
    except ContentErrors as exc:
        return None, exc.problems
    finally:
        cache.close()
    return report, problems


async def reload_content(app: App) -> tuple[BuildReport | None, list[Problem]]:
    """Rebuild the store in a thread and swap it in; the engine keeps answering meanwhile."""
    report, problems = await asyncio.to_thread(build_content, app.settings, app.embedder)
    if report is not None:
        old = app.engine.index
        index = await asyncio.to_thread(ContentIndex, report.path)
        app.labelled.teach(index)
        app.engine.swap_index(index)
        old.close()
        for hook in app.on_reload:
            await hook()
    return report, problems


@dataclass
class Labelled:
    """What Zebra learns from the labelled sets at start-up (bot/search/labelled.py)."""

    likeness: SafetyLikeness
    section_ids: list[str]
    vectors: np.ndarray  # one row per entry of `section_ids`: its labelled question

    def teach(self, index: ContentIndex) -> None:
        added = index.add_questions(self.section_ids, self.vectors)
        log.info("retrieval: %d labelled questions join content's examples", added)


def load_labelled(settings: Settings, embedder: Embedder) -> Labelled:
    """The safety second opinion from nlu/ and the labelled sets, and the labelled questions of
    content sections, through the embedding cache (so only new texts are encoded)."""
    cache = EmbeddingCache(settings.embed_cache_db)
    try:
        labelled, exclude = settings.labelled_dir, settings.labelled_exclude
        likeness = SafetyLikeness.from_nlu(settings.nlu_dir, embedder, cache, labelled, exclude)
        pairs = section_questions(labelled, exclude) if labelled else []
        vectors, _ = embed_with_cache(embedder, cache, [q for q, _ in pairs])
    finally:
        cache.close()
    return Labelled(likeness, [ident for _, ident in pairs], vectors)


def create_app(settings: Settings, nlu: NLU | None = None, content_db: Path | None = None) -> App:
    embedder = Embedder()
    path = content_db or settings.content_db
    if not store_is_current(path):
        log.info("no current content store: building it from %s", settings.content_dir)
        report, problems = build_content(settings, embedder)
        if report is None:
            raise SystemExit("content has errors:\n" + "\n".join(map(str, problems)))
    index = ContentIndex(path)
    embedder.encode_one("warm up")  # load the model now, not on the first question
    labelled = load_labelled(settings, embedder)
    labelled.teach(index)
    repo = Repo(settings.state_db)
    engine = Engine(
        index,
        embedder,
        repo,
        nlu or NoNLU(),
        settings.hash_secret,
        settings.answer_threshold,
        settings.default_country,
        labelled.likeness,
    )
    return App(settings, embedder, repo, engine, labelled)
