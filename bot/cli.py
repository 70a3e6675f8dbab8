"""The `zebra` command line: chat, ask, content check|build|unanswered, bench, and more."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

import click

from bot.config import load_settings


def _quiet_libraries() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
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
@click.option("--links", is_flag=True, help="Also fetch every web address (needs internet).")
@click.option(
    "--similar", is_flag=True, help="Also find near-duplicate sections (loads the model)."
)
def content_check(warnings: bool, links: bool, similar: bool) -> None:
    """Report every problem as file:line: problem (how to fix); exit 1 on errors."""
    from bot.content.checks import check_library
    from bot.content.loader import load_library

    settings = load_settings()
    library = load_library(settings.content_dir)
    problems = check_library(library)
    if links:
        from bot.content.quality import check_links

        problems += asyncio.run(check_links(library))
    if similar:
        from bot.content.quality import near_duplicates
        from bot.search.embedder import Embedder

        problems += near_duplicates(library, Embedder())
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        if warnings or problem.severity == "error":
            click.echo(str(problem), err=True)
    click.echo(
        f"{len(library.items)} items, {len(library.groups)} support groups, "
        f"{len(library.safety.countries)} countries: {len(errors)} errors, "
        f"{len(problems) - len(errors)} warnings"
    )
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
    click.echo(
        f"Built {report.path}: {report.items} items, {report.chunks} sections, "
        f"{report.encoded} new texts encoded (sections, headings, example questions; the rest "
        f"came from the cache), "
        f"{report.seconds:.1f} s"
    )


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
@click.option("--user", default="cli", help="A name for these one-shot conversations.")
@click.option("--wait-nlu", is_flag=True, help="Wait until Rasa is ready before answering.")
def ask(question: str | None, as_json: bool, user: str, wait_nlu: bool) -> None:
    """Answer QUESTION, or one question per line from stdin (models load once).

    Each question is answered on its own, with no memory of the others, and nothing about it is
    kept afterwards (unanswered questions are still recorded, without identity, for moderators).
    """
    from bot.channels.console import ask_lines

    lines = [question] if question else (line.rstrip("\n") for line in sys.stdin)
    asyncio.run(ask_lines(load_settings(), lines, as_json, user, wait_nlu))


@main.command()
def chat() -> None:
    """Chat with Zebra in the terminal."""
    from bot.channels.console import chat_loop

    asyncio.run(chat_loop(load_settings()))


@main.command()
def telegram() -> None:
    """Run Zebra on Telegram (long polling; a webhook when WEBHOOK_URL is set)."""
    from bot.channels.telegram import serve

    settings = load_settings()
    if not settings.telegram_token:
        raise click.UsageError("set TELEGRAM_BOT_TOKEN (in the environment or .env)")
    asyncio.run(serve(settings))


@main.command("eval")
@click.option(
    "--questions",
    "paths",
    multiple=True,
    help="Evaluation sets (repeat the option for several); default: every tests/eval/*.jsonl.",
)
@click.option("--rasa-split/--no-rasa-split", default=True, help="Rasa's held-out split test.")
@click.option("--gard", default="../shared/data/gard_questions.csv", show_default=True)
@click.option("--out", default="reports/eval.md", show_default=True)
def eval_command(paths: tuple[str, ...], rasa_split: bool, gard: str, out: str) -> None:
    """Rasa split test, end-to-end routing and GARD condition recognition; one table."""
    from bot.eval_report import run_eval

    run_eval(load_settings(), paths or eval_sets(), rasa_split, gard, out)


def eval_sets() -> tuple[str, ...]:
    """Every tests/eval/*.jsonl in natural order: blind, blind2, ..., blind10."""
    found = Path("tests/eval").glob("*.jsonl")
    return tuple(str(p) for p in sorted(found, key=_natural))


def _natural(path: Path) -> list[int | str]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", path.stem)]


@main.command("replay")
@click.option("--questions", "paths", multiple=True, help="Sets to replay; default: tests/eval.")
@click.option("--parses", default="var/parses.json", show_default=True, help="Recorded parses.")
@click.option("--record", is_flag=True, help="Ask a live Rasa for parses the file lacks.")
@click.option("--folds/--no-folds", default=True, help="Answer each set without learning from it.")
@click.option("--misses", is_flag=True, help="List every miss.")
def replay_command(
    paths: tuple[str, ...], parses: str, record: bool, folds: bool, misses: bool
) -> None:
    """Every labelled question through the real engine, with Rasa's parses from a file."""
    from bot.replay import run_replay

    asyncio.run(
        run_replay(load_settings(), paths or eval_sets(), Path(parses), record, folds, misses)
    )


@main.command()
@click.option("--synthetic", default=10, show_default=True, help="Copies for the large corpus.")
@click.option("--questions", default=200, show_default=True)
def bench(synthetic: int, questions: int) -> None:
    """Measure build time, ask latency, throughput and memory; print a table."""
    from bot.bench import run_bench

    run_bench(load_settings(), synthetic, questions)


@main.group()
def nlu() -> None:
    """Train and serve the Rasa NLU model."""


@nlu.command("train")
@click.option("--force", is_flag=True, help="Retrain even if nothing changed.")
@click.option("--lookups-only", is_flag=True, help="Only regenerate nlu/generated/lookups.yml.")
def nlu_train(force: bool, lookups_only: bool) -> None:
    """Regenerate lookups from content/, then train only if config.yml or nlu/ changed."""
    from bot.content.loader import load_library
    from bot.nlu.lookups import write_lookups
    from bot.nlu.rasa_service import train

    settings = load_settings()
    path = write_lookups(load_library(settings.content_dir), settings.nlu_dir)
    if lookups_only:
        click.echo(f"Wrote {path}")
        return
    model, trained = train(settings, force)
    click.echo(f"{'Trained' if trained else 'Up to date'}: {model}")
    _warm_labelled(settings)


def _warm_labelled(settings: Any) -> None:
    """Encode the second opinion's examples and the labelled questions now, so the first start
    need not."""
    from bot.app import load_labelled
    from bot.search.embedder import Embedder

    labelled = load_labelled(settings, Embedder())
    click.echo(
        f"Second opinion: {labelled.likeness.size} examples; retrieval: "
        f"{len(labelled.section_ids)} labelled questions (encoded or cached)"
    )


@nlu.command("serve")
def nlu_serve() -> None:
    """Run the Rasa server on 127.0.0.1 in the foreground, supervised (Ctrl-C stops it)."""
    from bot.nlu.rasa_service import RasaService, model_path

    settings = load_settings()

    async def run() -> None:
        service = RasaService(settings, model_path(settings))
        service.start()
        click.echo(f"Rasa starting on {service.url} (token from RASA_TOKEN)…")
        try:
            if await service.wait_ready():
                click.echo("Rasa ready.")
            await asyncio.Event().wait()
        finally:
            await service.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())
