"""`make bench`: build times, ask latency and throughput, Telegram end to end, memory.

Everything runs through the same code users reach: the content build, Engine.handle, and the
real python-telegram-bot Application against a local Bot API server.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import click

from bot.app import build_content, create_app
from bot.config import Settings
from bot.engine.messages import Message
from bot.search.embedder import Embedder

QUESTIONS = Path("tests/eval/questions.jsonl")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def synthetic(content: Path, target: Path, copies: int) -> None:
    """`copies` variants of every item (distinct text, no aliases) beside the real ones."""
    shutil.copytree(content, target)
    for path in sorted(content.rglob("*.md")):
        if path.parent == content:
            continue
        text = path.read_text()
        _, front, body = text.split("---", 2)
        front = "\n".join(
            "aliases: []" if line.startswith("aliases:") else line for line in front.splitlines()
        )
        for n in range(2, copies + 1):
            lines = [
                f"{line} (variant {n})" if line and not line.startswith("#") else line
                for line in body.splitlines()
            ]
            titled = front.replace("\ntitle: ", f"\ntitle: Variant {n} of ", 1)
            out = target / path.relative_to(content).with_name(f"{path.stem}-v{n}.md")
            out.write_text(f"---{titled}\n---" + "\n".join(lines) + "\n")


def timed_build(settings: Settings, embedder: Embedder) -> tuple[float, int, int]:
    started = time.perf_counter()
    report, problems = build_content(settings, embedder)
    if report is None:
        raise SystemExit("\n".join(map(str, problems)))
    return time.perf_counter() - started, report.chunks, report.encoded


async def latency(
    handle: Callable[[str, int], Awaitable[Any]], questions: list[str], concurrency: int
) -> dict[str, float]:
    times: list[float] = []
    sem = asyncio.Semaphore(concurrency)

    async def one(i: int, q: str) -> None:
        async with sem:
            t = time.perf_counter()
            await handle(q, i)
            times.append(time.perf_counter() - t)

    started = time.perf_counter()
    await asyncio.gather(*(one(i, q) for i, q in enumerate(questions)))
    wall = time.perf_counter() - started
    return {"p50_ms": pct(times, 0.5), "p95_ms": pct(times, 0.95), "per_s": len(times) / wall}


async def engine_figures(
    settings: Settings, questions: list[str], nlu: Any = None
) -> dict[str, Any]:
    app = create_app(settings, nlu)
    if nlu is not None and getattr(nlu, "service", None) is not None:
        await nlu.service.wait_ready()

    async def handle(q: str, i: int) -> Any:
        return await app.engine.handle(Message(user=f"bench{i}", text=q, channel="bench"))

    await handle("warm up", -1)
    sequential = await latency(handle, questions, 1)
    parallel = await latency(handle, questions, 8)
    app.close()
    return {
        "p50_ms": sequential["p50_ms"],
        "p95_ms": sequential["p95_ms"],
        "seq_per_s": sequential["per_s"],
        "conc8_per_s": parallel["per_s"],
    }


def run_bench(settings: Settings, copies: int, count: int) -> None:
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text().splitlines()]
    questions = (questions * (count // len(questions) + 1))[:count]
    embedder = Embedder()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {"real": settings.content_dir}
        if copies > 1:
            synthetic(settings.content_dir, Path(tmp) / "synthetic", copies)
            corpora[f"{copies}x synthetic"] = Path(tmp) / "synthetic"
        for name, content in corpora.items():
            local = dataclasses.replace(
                settings, content_dir=content, data_dir=Path(tmp) / name, nlu="none"
            )
            cold, chunks, encoded = timed_build(local, embedder)
            warm, _, reencoded = timed_build(local, embedder)
            rows += [
                (f"{name}: sections", str(chunks)),
                (f"{name}: cold build (encode {encoded})", f"{cold:.1f} s"),
                (f"{name}: warm build (encode {reencoded})", f"{warm:.2f} s"),
            ]
            figures = asyncio.run(engine_figures(local, questions))
            rows += [
                (
                    f"{name}: ask p50 / p95 (retrieval only)",
                    f"{figures['p50_ms']:.1f} / {figures['p95_ms']:.1f} ms",
                ),
                (
                    f"{name}: questions/s sequential / 8 concurrent",
                    f"{figures['seq_per_s']:.1f} / {figures['conc8_per_s']:.1f}",
                ),
            ]
        rows += rasa_and_telegram(settings, Path(tmp) / "real", questions)
    rows.append(("peak RSS of this process", f"{rss_mb():.0f} MB"))
    click.echo("| measure | value |\n|---|---|")
    for key, value in rows:
        click.echo(f"| {key} | {value} |")


def rasa_and_telegram(
    settings: Settings, data_dir: Path, questions: list[str]
) -> list[tuple[str, str]]:
    from bot.nlu.rasa_service import model_path

    if not model_path(settings).exists():
        return [("Rasa", "no trained model: run `zebra nlu train`")]
    local = dataclasses.replace(settings, data_dir=data_dir, nlu="auto", rasa_url=None)

    async def run() -> list[tuple[str, str]]:
        from bot.nlu.setup import close_nlu, nlu_for

        started = time.perf_counter()
        nlu = await nlu_for(local)
        service = getattr(nlu, "service", None)
        ready = await service.wait_ready() if service else False
        rows = [
            (
                "Rasa start until ready",
                f"{time.perf_counter() - started:.1f} s" if ready else "failed",
            )
        ]
        figures = await engine_figures(local, questions, nlu)
        rows += [
            ("ask p50 / p95 with Rasa", f"{figures['p50_ms']:.1f} / {figures['p95_ms']:.1f} ms"),
            (
                "questions/s with Rasa sequential / 8 concurrent",
                f"{figures['seq_per_s']:.1f} / {figures['conc8_per_s']:.1f}",
            ),
        ]
        rows += await telegram_figures(local, nlu, questions)
        await close_nlu(nlu)
        return rows

    return asyncio.run(run())


async def telegram_figures(
    settings: Settings, nlu: Any, questions: list[str], users: int = 50, each: int = 4
) -> list[tuple[str, str]]:
    sys.path.insert(0, str(settings.root))
    from bot.channels.telegram import build_application, running
    from tests.botapi import FakeBotAPI

    api = FakeBotAPI()
    await api.start()
    app = create_app(settings, nlu)
    tg = dataclasses.replace(settings, telegram_token="1:bench", telegram_base_url=api.base_url)
    application = build_application(app, tg, rate_limiter=False)
    times: list[float] = []
    async with running(application, app, tg, listen="127.0.0.1"):

        async def user(n: int) -> None:
            person = {"id": 10_000 + n, "is_bot": False, "first_name": f"U{n}"}
            api.chat(10_000 + n)
            for k in range(each):
                since = len(api.sent)
                text = questions[(n * each + k) % len(questions)]
                t = time.perf_counter()
                await api.inject("1:bench", {"message": api.message(person, 10_000 + n, text)})
                await api.wait_sent(10_000 + n, since, settle=0.0, timeout=120)
                times.append(time.perf_counter() - t)

        started = time.perf_counter()
        await asyncio.gather(*(user(n) for n in range(users)))
        wall = time.perf_counter() - started
    app.close()
    await api.stop()
    return [
        (
            f"Telegram ({users} users x {each} messages, Rasa on): messages/s",
            f"{len(times) / wall:.1f}",
        ),
        ("Telegram reply latency p50 / p95", f"{pct(times, 0.5):.0f} / {pct(times, 0.95):.0f} ms"),
        ("Telegram reply latency mean", f"{statistics.mean(times) * 1000:.0f} ms"),
    ]
