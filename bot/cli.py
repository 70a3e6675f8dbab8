"""The `zebra` command line: chat, ask, content check|build|unanswered, bench, and more."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from typing import Any

import click

from bot.config import load_settings


def _quiet_libraries() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")  # fmt: skip
    for noisy in ("httpx", "sentence_transformers", "transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@click.group()
@click.version_option(package_name="zebra-bot")
def main() -> None:
    """Zebra: answers about rare conditions from curated content."""
    _quiet_libraries()


@main.group()
def content() -> None:
    """Check and build the curated content in content/."""


@content.command("check")
@click.option("--warnings/--no-warnings", default=True, help="Show warnings too.")
def content_check(warnings: bool) -> None:
    """Report every problem as file:line: problem (how to fix); exit 1 on errors."""
    from bot.content.checks import check_library
    from bot.content.loader import load_library

    settings = load_settings()
    library = load_library(settings.content_dir)
    problems = check_library(library)
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        if warnings or problem.severity == "error":
            click.echo(str(problem), err=True)
    click.echo(f"{len(library.items)} items, {len(library.groups)} support groups, "
               f"{len(library.safety.countries)} countries: {len(errors)} errors, "
               f"{len(problems) - len(errors)} warnings")  # fmt: skip
    sys.exit(1 if errors else 0)


@content.command("build")
def content_build() -> None:
    """Check content, embed changed sections and swap in a new store atomically."""
    from bot.app import build_content
    from bot.search.embedder import Embedder

    settings = load_settings()

    def bar(total: int) -> Any:
        return click.progressbar(length=total, label="Encoding sections", file=sys.stderr)

    report, problems = build_content(settings, Embedder(), bar)
    for problem in problems:
        click.echo(str(problem), err=True)
    if report is None:
        click.echo("Build failed: the bot keeps answering from the previous store.", err=True)
        sys.exit(1)
    click.echo(f"Built {report.path}: {report.items} items, {report.chunks} sections, "
               f"{report.encoded} encoded, {report.chunks - report.encoded} from cache, "
               f"{report.seconds:.1f} s")  # fmt: skip


@content.command("unanswered")
@click.option("--limit", default=20, show_default=True)
def content_unanswered(limit: int) -> None:
    """Questions Zebra could not answer (no user identities), newest first."""
    from bot.store.repo import Repo

    repo = Repo(load_settings().state_db)
    for row in repo.unanswered(limit):
        extra = f" [{row['condition']}]" if row["condition"] else ""
        click.echo(f"{row['created']}  {row['reason']}{extra}: {row['question']}")


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per answer (see README).")
@click.option("--user", default="cli", help="Conversation id (state is kept per id).")
def ask(question: str | None, as_json: bool, user: str) -> None:
    """Answer QUESTION, or one question per line from stdin (models load once)."""
    from bot.channels.console import ask_lines

    lines = [question] if question else (line.rstrip("\n") for line in sys.stdin)
    asyncio.run(ask_lines(load_settings(), lines, as_json, user))


@main.command()
def chat() -> None:
    """Chat with Zebra in the terminal."""
    from bot.channels.console import chat_loop

    asyncio.run(chat_loop(load_settings()))


@main.command()
@click.option("--synthetic", default=10, show_default=True, help="Copies for the large corpus.")
@click.option("--questions", default=200, show_default=True)
def bench(synthetic: int, questions: int) -> None:
    """Measure build time, ask latency, throughput and memory; print a table."""
    from bot.bench import run_bench

    run_bench(load_settings(), synthetic, questions)
