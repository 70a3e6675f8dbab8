"""Slower moderator checks, run on request: web links over HTTP and near-duplicate sections."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import numpy as np

from bot.content.loader import _rel
from bot.content.model import Item, Library, Problem
from bot.search.build import plain
from bot.search.embedder import Embedder

DUPLICATE_COSINE = 0.92


def _urls(library: Library) -> Iterator[tuple[str, str, int]]:
    """(url, file, line) for every source and support-group address."""
    for item in library.items.values():
        for source in item.sources:
            yield source.url, _rel(item.path, library.root), item.lines.get("sources", 1)
    for group in library.groups:
        yield group.url, _rel(group.path, library.root), group.line


async def check_links(library: Library, timeout: float = 10.0, parallel: int = 8) -> list[Problem]:
    """Each distinct URL once (HEAD, then GET if HEAD is refused); problems name file and line."""
    places: dict[str, list[tuple[str, int]]] = {}
    for url, path, line in _urls(library):
        places.setdefault(url, []).append((path, line))
    sem = asyncio.Semaphore(parallel)
    headers = {"User-Agent": "ZebraContentCheck/0.1 (+link check for moderators)"}

    async def status(client: httpx.AsyncClient, url: str) -> str | None:
        async with sem:
            try:
                response = await client.head(url)
                if response.status_code in (403, 405, 501):
                    response = await client.get(url)
            except httpx.HTTPError as exc:
                return type(exc).__name__
        return None if response.status_code < 400 else f"HTTP {response.status_code}"

    async with httpx.AsyncClient(timeout=timeout, follow_redirects=True, headers=headers) as client:
        results = await asyncio.gather(*(status(client, url) for url in places))
    problems = []
    for (url, where), error in zip(places.items(), results, strict=True):
        if error:
            for path, line in where:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"link {url} failed: {error}",
                        "fix or replace the address",
                        "warning",
                    )
                )
    return problems


def near_duplicates(library: Library, embedder: Embedder) -> list[Problem]:
    """Sections of different items that say almost the same thing (cosine above the bar)."""
    sections = [(item, s) for item in library.items.values() for s in item.sections]
    if len(sections) < 2:
        return []
    vectors = embedder.encode([plain(s.text) for _, s in sections])
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, 0.0)
    problems = []
    for i, j in zip(*np.nonzero(np.triu(similarity) > DUPLICATE_COSINE), strict=True):
        (a, sa), (b, sb) = sections[i], sections[j]
        if a.id == b.id:
            continue
        problems.append(_dup(a, sa.line, f"{b.id}#{sb.id}", float(similarity[i, j]), library))
    return problems


def _dup(item: Item, line: int, other: str, score: float, library: Library) -> Problem:
    return Problem(
        _rel(item.path, library.root),
        line,
        f"section is very similar to {other} (cosine {score:.2f})",
        "merge them or make each say something of its own",
        "warning",
    )
