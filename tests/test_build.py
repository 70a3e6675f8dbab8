"""Building the store: real model, real SQLite, incremental encoding and atomic swap."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from bot.app import build_content
from bot.config import Settings
from bot.search.embedder import Embedder


def _chunks(path: Path) -> dict[str, bytes]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("select id, embedding from chunks"))


def test_build_has_fts_and_embeddings(built: Path) -> None:
    with sqlite3.connect(built) as conn:
        count = conn.execute("select count(*) from chunks").fetchone()[0]
        hits = conn.execute(
            "select id from chunks_fts join chunks on chunks.rowid = chunks_fts.rowid "
            "where chunks_fts match 'inherited' limit 5"
        ).fetchall()
        dims = {len(row[0]) for row in conn.execute("select embedding from chunks")}
    assert count > 300
    assert hits, "porter stemming should find 'inherited'"
    assert dims == {384 * 4}


@pytest.fixture
def local(settings: Settings, built: Path, content_copy: Path, tmp_path: Path) -> Settings:
    """Settings on a private content copy; the session's embedding cache makes builds fast."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "embeddings.db").write_bytes(settings.embed_cache_db.read_bytes())
    return dataclasses.replace(settings, content_dir=content_copy, data_dir=data)


def test_rebuild_reencodes_only_changed_sections(
    local: Settings, embedder: Embedder, content_copy: Path
) -> None:
    first, _ = build_content(local, embedder)
    assert first is not None and first.encoded == 0
    before = _chunks(first.path)
    target = content_copy / "conditions" / "marfan-syndrome.md"
    text = target.read_text()
    marker = "## Symptoms\n"
    assert marker in text
    target.write_text(text.replace(marker, marker + "A new first sentence for this test.\n", 1))
    second, _ = build_content(local, embedder)
    assert second is not None
    assert second.encoded == 1, "only the edited section is encoded again"
    after = _chunks(second.path)
    changed = [k for k in after if before.get(k) != after[k]]
    assert changed == ["conditions/marfan-syndrome#symptoms"]


def test_failed_build_keeps_the_old_store(
    local: Settings, embedder: Embedder, content_copy: Path
) -> None:
    good, _ = build_content(local, embedder)
    assert good is not None
    stamp = good.path.stat().st_mtime_ns
    (content_copy / "trials" / "placebo.md").write_text("no front matter at all\n")
    report, problems = build_content(local, embedder)
    assert report is None
    assert any("placebo.md:1: no front matter" in str(p) for p in problems)
    assert good.path.stat().st_mtime_ns == stamp
    assert "trials/placebo#what-a-placebo-is" in _chunks(good.path)
    assert not list(local.data_dir.glob("*.building-*"))


def test_build_error_midway_leaves_no_partial_store(
    local: Settings, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.search import build

    good, _ = build_content(local, embedder)
    assert good is not None
    before = _chunks(good.path)

    def explode(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "_write", explode)
    with pytest.raises(RuntimeError):
        build_content(local, embedder)
    assert _chunks(good.path) == before
    assert not list(local.data_dir.glob("*.building-*"))


def test_a_moderators_example_question_steers_section_choice(
    local: Settings, embedder: Embedder, content_copy: Path
) -> None:
    from bot.search.index import ContentIndex

    asked = "my kid hates the pokes every fortnight, is there anything else"
    report, _ = build_content(local, embedder)
    assert report is not None
    index = ContentIndex(report.path)
    scope = {"item_ids": ["treatments/enzyme-replacement-therapy"]}
    before = index.search(asked, embedder.encode_one(asked), **scope)[0].chunk.id
    index.close()
    target = "risks-and-limits" if not before.endswith("#risks-and-limits") else "how-it-works"
    path = content_copy / "treatments" / "enzyme-replacement-therapy.md"
    lines = path.read_text().splitlines()
    at = lines.index(f"  {target}:") + 1
    lines.insert(at, f"    - {asked}")
    path.write_text("\n".join(lines) + "\n")
    second, problems = build_content(local, embedder)
    assert second is not None, problems
    assert second.encoded == 1, "only the new question is encoded"
    index = ContentIndex(second.path)
    after = index.search(asked, embedder.encode_one(asked), **scope)[0]
    index.close()
    assert after.chunk.id == f"treatments/enzyme-replacement-therapy#{target}"
    assert after.asked > 0.99
