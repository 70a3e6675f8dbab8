"""`make eval`: Rasa's split test, end-to-end routing and GARD recognition, in one report."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from bot.config import Settings
from bot.evaluate import evaluate, gard_cases, gard_report, report, run_ask, table
from bot.search.labelled import FOLDS, fold_groups, load_cases


def answer_in_folds(
    sets: list[tuple[str, list[dict[str, Any]]]], more: list[str]
) -> list[dict[str, Any]]:
    """Answers for every case of `sets` in order, then for `more` (asked in the first fold).
    Zebra learns from the labelled sets, so each run leaves its fold's sets out."""
    by_case: dict[tuple[int, int], dict[str, Any]] = {}
    extra: list[dict[str, Any]] = []
    for fold, members in enumerate(fold_groups(len(sets))):
        questions = [c["question"] for i in members for c in sets[i][1]]
        asked = more if fold == 0 else []
        if not questions and not asked:
            continue
        names = [Path(sets[i][0]).stem for i in members]
        answers = run_ask(questions + asked, wait_nlu=True, leave_out=names)
        keys = [(i, j) for i in members for j in range(len(sets[i][1]))]
        by_case.update(zip(keys, answers[: len(keys)], strict=True))
        extra += answers[len(keys) :]
    ordered = [by_case[(i, j)] for i, (_, group) in enumerate(sets) for j in range(len(group))]
    return ordered + extra


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
    answers = answer_in_folds(sets, [c["question"] for c in extra])
    sections += [
        f"Each set below was answered by a Zebra that did not learn from it: the sets run in {FOLDS}"
        " folds, each leaving its own sets out of the labelled examples (bot/search/labelled.py).",
        "",
    ]
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
