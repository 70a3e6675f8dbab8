"""The labelled messages of the eval sets (tests/eval/*.jsonl): each one's text, its expected
kind and, for answers, the content section that answers it.

`make eval` scores Zebra on them. Zebra also learns from them at start-up: the safety second
opinion compares a message with them by kind (bot/search/safety_likeness.py), and retrieval
counts the answer questions as example questions of their sections (ContentIndex.add_questions).
A replay of a set that is already here therefore finds its own questions: `make eval` and `zebra
replay` leave the sets they measure out (ZEBRA_LABELLED_EXCLUDE, in 5 folds), and only a new
set's first run measures Zebra on writing it has never seen.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

# `make eval` and `zebra replay` answer each set with a Zebra that left its fold out.
FOLDS = 5


def fold_groups(count: int, folds: int = FOLDS) -> list[list[int]]:
    """The indexes of `count` sets in `folds` folds: every folds-th set together (some may be
    empty when there are fewer sets than folds)."""
    return [[i for i in range(count) if i % folds == fold] for fold in range(folds)]


def load_cases(path: Path) -> list[dict[str, Any]]:
    """One labelled set: a JSON object per line."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def flat(text: str) -> str:
    """A message as the engine sees it: whitespace runs made single spaces."""
    return " ".join(text.split())


def labelled_cases(labelled_dir: Path, exclude: Collection[str] = ()) -> list[dict[str, Any]]:
    """Every case of every set in `labelled_dir` but the sets named in `exclude`, in file order."""
    paths = [p for p in sorted(labelled_dir.glob("*.jsonl")) if p.stem not in exclude]
    return [case for path in paths for case in load_cases(path)]


def examples_by_kind(labelled_dir: Path, exclude: Collection[str] = ()) -> dict[str, list[str]]:
    """The messages by what they are: "crisis", "emergency" or another kind."""
    examples: dict[str, list[str]] = {}
    for case in labelled_cases(labelled_dir, exclude):
        examples.setdefault(case["kind"], []).append(flat(case["question"]))
    return examples


def section_questions(labelled_dir: Path, exclude: Collection[str] = ()) -> list[tuple[str, str]]:
    """(question, section id) for every question answered by one section of content."""
    return [
        (flat(case["question"]), case["source"])
        for case in labelled_cases(labelled_dir, exclude)
        if "#" in (case.get("source") or "")
    ]
