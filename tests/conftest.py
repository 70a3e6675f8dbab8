"""Shared fixtures: settings on a temporary data folder, the real content store and model,
built once per test session."""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import App, build_content, create_app
from bot.config import ROOT, Settings, load_settings
from bot.search.embedder import Embedder

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Real content, a throwaway data folder (its embedding cache seeded from var/ when `make
    setup` made one), no Rasa and no Telegram unless a test adds them."""
    data = tmp_path_factory.mktemp("zebra-data")
    base = load_settings(ROOT / "does-not-exist.env")
    if base.embed_cache_db.exists():  # what `make setup` encoded: the same model's vectors
        shutil.copyfile(base.embed_cache_db, data / "embeddings.db")
    return dataclasses.replace(
        base,
        data_dir=data,
        content_dir=ROOT / "content",
        rasa_url=None,
        nlu="none",
        telegram_token=None,
        hash_secret="test-secret",
        default_country=None,
    )


@pytest.fixture(scope="session")
def built(settings: Settings, embedder: Embedder) -> Path:
    report, problems = build_content(settings, embedder)
    assert report is not None, "\n".join(map(str, problems))
    return report.path


@pytest.fixture(scope="session")
async def app(settings: Settings, built: Path) -> AsyncIterator[App]:
    application = create_app(settings)
    yield application
    application.close()


@pytest.fixture
def content_copy(tmp_path: Path) -> Iterator[Path]:
    """A private copy of content/ that a test may break."""

    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    yield target
