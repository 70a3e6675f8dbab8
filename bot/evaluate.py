"""End-to-end evaluation: questions with expected kind and source, run through `zebra ask --json`.

Prints accuracy per category and the misses; `make eval` also runs Rasa's own NLU test and the
GARD condition-recognition check (see bot/nlu/evaluate.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SAFETY = ("emergency", "crisis")


@dataclass(frozen=True)
class Outcome:
    case: dict[str, Any]
    got: dict[str, Any]
    ok: bool
    why: str


def load_cases(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def judge(case: dict[str, Any], got: dict[str, Any]) -> Outcome:
    """Right kind, and where a source is expected the best source is that section (or item)."""
    if got["kind"] != case["kind"]:
        return Outcome(case, got, False, f"kind {got['kind']} != {case['kind']}")
    expected = case.get("source")
    top = got["sources"][0] if got["sources"] else None
    if expected:
        ok = top == expected if "#" in expected else bool(top and top.startswith(expected + "#"))
        if not ok:
            return Outcome(case, got, False, f"source {top} != {expected}")
    if case["kind"] == "support_groups" and case.get("condition"):
        if got["entities"]["condition"] != case["condition"]:
            return Outcome(case, got, False, f"condition {got['entities']['condition']}")
    return Outcome(case, got, True, "")


def run_ask(questions: list[str], extra_env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Run the real CLI once over all questions (one JSON object per line back)."""
    import os

    env = {**os.environ, **(extra_env or {})}
    zebra = Path(sys.executable).with_name("zebra")
    proc = subprocess.run(
        [str(zebra), "ask", "--json", "--user", "eval"],
        input="\n".join(q.replace("\n", " ") for q in questions) + "\n",
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def evaluate(cases: list[dict[str, Any]], answers: list[dict[str, Any]]) -> list[Outcome]:
    return [judge(c, a) for c, a in zip(cases, answers, strict=True)]


def table(outcomes: list[Outcome]) -> list[tuple[str, int, int]]:
    per: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        per[o.case["category"]].append(o.ok)
    rows = [(cat, sum(v), len(v)) for cat, v in sorted(per.items())]
    rows.append(("ALL", sum(o.ok for o in outcomes), len(outcomes)))
    return rows


def report(outcomes: list[Outcome], title: str) -> str:
    lines = [f"## {title}", "", "| category | right | total | accuracy |", "|---|---:|---:|---:|"]
    for cat, right, total in table(outcomes):
        lines.append(f"| {cat} | {right} | {total} | {right / total:.1%} |")
    misses = [o for o in outcomes if not o.ok]
    lines += ["", f"Misses ({len(misses)}):"]
    lines += [f"- [{o.case['category']}] {o.case['question']!r}: {o.why}" for o in misses]
    return "\n".join(lines)


def main(path: str = "tests/eval/questions.jsonl") -> None:
    cases = load_cases(Path(path))
    outcomes = evaluate(cases, run_ask([c["question"] for c in cases]))
    print(report(outcomes, f"End to end ({path})"))


if __name__ == "__main__":
    main(*sys.argv[1:])
