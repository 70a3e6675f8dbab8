"""Moderators' slower checks: link checking against a local web server, near-duplicates."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.content.loader import load_library
from bot.content.quality import check_links, near_duplicates
from bot.search.embedder import Embedder


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self.send_response(200 if self.path.startswith("/ok") else 404)
        self.end_headers()

    do_GET = do_HEAD

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _only_local_links(content: Path, web: str) -> None:
    """Point every address at the local server: good ones at /ok, one broken at /missing."""
    for path in content.rglob("*.md"):
        text = path.read_text()
        lines = [
            f"    url: {web}/ok/{path.stem}" if line.strip().startswith("url:") else line
            for line in text.splitlines()
        ]
        path.write_text("\n".join(lines) + "\n")
    for path in (content / "groups").glob("*.yml"):
        lines = [
            f"  url: {web}/ok" if line.strip().startswith("url:") else line
            for line in path.read_text().splitlines()
        ]
        path.write_text("\n".join(lines) + "\n")
    broken = content / "trials" / "placebo.md"
    broken.write_text(broken.read_text().replace(f"{web}/ok/placebo", f"{web}/missing", 1))


async def test_link_check_reports_broken_addresses_with_file(content_copy: Path, web: str) -> None:
    _only_local_links(content_copy, web)
    problems = await check_links(load_library(content_copy))
    assert len(problems) == 1
    assert problems[0].path == "content/trials/placebo.md"
    assert "HTTP 404" in problems[0].message and problems[0].line > 1


def test_near_duplicate_sections_are_flagged(content_copy: Path, embedder: Embedder) -> None:
    assert near_duplicates(load_library(content_copy), embedder) == []
    source = (content_copy / "conditions" / "fabry-disease.md").read_text()
    symptoms = source.split("## Symptoms", 1)[1].split("\n## ", 1)[0]
    target = content_copy / "topics" / "caregivers.md"
    target.write_text(target.read_text() + "\n## Copied text\n" + symptoms + "\n")
    problems = near_duplicates(load_library(content_copy), embedder)
    pairs = [p.path + " " + p.message for p in problems]
    assert any("fabry-disease" in x and "caregivers" in x for x in pairs), pairs
