"""`make eval`: Rasa's split test, end-to-end routing and GARD recognition, in one report."""

from __future__ import annotations

import time
from pathlib import Path

import click

from bot.config import Settings
from bot.evaluate import evaluate, gard_cases, gard_report, report, run_ask, table
from bot.search.labelled import load_cases


def run_eval(
    settings: Settings, paths: tuple[str, ...], rasa_split: bool, gard: str, out: str
) -> None:
    started = time.perf_counter()
    sections: list[str] = [f"# Zebra evaluation ({time.strftime('%Y-%m-%d')})", ""]
    summary: list[tuple[str, str]] = []
    if rasa_split:
        from bot.nlu.evaluate import run_rasa_split_test
        from bot.nlu.rasa_service import train

        train(settings)
        figures = run_rasa_split_test(settings, Path(out).parent / "rasa-split")
        sections += ["## Rasa NLU on a held-out 20% split of nlu/ (Rasa's reports)", ""]
        sections += [f"- {k}: {v:.3f}" for k, v in figures.items()] + [""]
        summary += [(k, f"{v:.3f}") for k, v in figures.items()]
    sets = [(path, load_cases(Path(path))) for path in paths]
    cases = [case for _, group in sets for case in group]
    gard_path = Path(gard)
    extra = []
    if gard_path.exists():
        from bot.engine.engine import build_gazetteer
        from bot.search.index import ContentIndex

        gaz = build_gazetteer(ContentIndex(settings.content_db))
        extra = gard_cases(gard_path, lambda name: gaz.resolve("condition", name))
    answers = run_ask(
        [c["question"] for c in cases] + [c["question"] for c in extra], wait_nlu=True
    )
    start = 0
    for path, group in sets:
        outcomes = evaluate(group, answers[start : start + len(group)])
        start += len(group)
        name = Path(path).stem
        sections += [report(outcomes, f"End to end through `zebra ask --json` ({path})"), ""]
        for category, right, total in table(outcomes):
            summary.append((f"{name}: {category}", f"{right}/{total} ({right / total:.1%})"))
    if extra:
        text, figures = gard_report(extra, answers[len(cases) :])
        sections += [text, ""]
        summary += [(k, f"{v:.1%}") for k, v in figures.items()]
    head = ["## Summary", "", "| measure | value |", "|---|---|"]
    head += [f"| {k} | {v} |" for k, v in summary]
    head.append(f"\nTotal time: {time.perf_counter() - started:.0f} s")
    document = "\n".join(sections[:2] + head + [""] + sections[2:])
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(document)
    click.echo("\n".join(head))
    click.echo(f"\nFull report: {out}")
