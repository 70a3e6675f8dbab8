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

from bot.search.labelled import load_cases

SAFETY = ("emergency", "crisis")


@dataclass(frozen=True)
class Outcome:
    case: dict[str, Any]
    got: dict[str, Any]
    ok: bool
    why: str


def judge(case: dict[str, Any], got: dict[str, Any]) -> Outcome:
    """Right kind, and where a source is expected the best source is that section (or item).

    Kind "not_safety" (near misses in the safety sets): anything but an emergency or crisis reply.
    """
    if case["kind"] == "not_safety":
        ok = got["kind"] not in SAFETY
        return Outcome(case, got, ok, "" if ok else f"kind {got['kind']} for a near miss")
    if got["kind"] != case["kind"]:
        return Outcome(case, got, False, f"kind {got['kind']} != {case['kind']}")
    expected = case.get("source")
    top = got["sources"][0] if got["sources"] else None
    if expected:
        ok = top == expected if "#" in expected else bool(top and top.startswith(expected + "#"))
        if not ok:
            return Outcome(case, got, False, f"source {top} != {expected}")
    wanted = case.get("condition")
    if case["kind"] == "support_groups" and wanted and got["entities"]["condition"] != wanted:
        return Outcome(case, got, False, f"condition {got['entities']['condition']}")
    return Outcome(case, got, True, "")


def run_ask(
    questions: list[str], wait_nlu: bool = False, leave_out: list[str] | None = None
) -> list[dict[str, Any]]:
    """Run the real CLI once over all questions (one JSON object per line back). `leave_out`:
    labelled sets Zebra must not learn from in that run (the sets being measured)."""
    import os

    env = dict(os.environ)
    if leave_out:
        env["ZEBRA_LABELLED_EXCLUDE"] = ",".join(leave_out)
    zebra = Path(sys.executable).with_name("zebra")
    flags = ["--wait-nlu"] if wait_nlu else []
    proc = subprocess.run(
        [str(zebra), "ask", "--json", "--user", "eval", *flags],
        input="\n".join(q.replace("\n", " ") for q in questions) + "\n",
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
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


BUCKETS = ((0.0, 0.6), (0.6, 0.8), (0.8, 0.95), (0.95, 1.01))


def calibration(outcomes: list[Outcome]) -> list[str]:
    """How often answers at each confidence level were right: is the confidence honest?"""
    answered = [
        o for o in outcomes if o.got["kind"] in ("answer", "trials") and o.case.get("source")
    ]
    lines = ["", "| answer confidence | answers | right |", "|---|---:|---:|"]
    for low, high in BUCKETS:
        bucket = [o for o in answered if low <= o.got["confidence"] < high]
        if bucket:
            right = sum(o.ok for o in bucket)
            lines.append(
                f"| {low:.2f}-{min(high, 1):.2f} | {len(bucket)} | {right / len(bucket):.0%} |"
            )
    return lines


def report(outcomes: list[Outcome], title: str) -> str:
    lines = [f"## {title}", "", "| category | right | total | accuracy |", "|---|---:|---:|---:|"]
    for cat, right, total in table(outcomes):
        lines.append(f"| {cat} | {right} | {total} | {right / total:.1%} |")
    lines += calibration(outcomes)
    misses = [o for o in outcomes if not o.ok]
    lines += ["", f"Misses ({len(misses)}):"]
    lines += [f"- [{o.case['category']}] {o.case['question']!r}: {o.why}" for o in misses]
    return "\n".join(lines)


GARD_FACETS = {
    "information": "overview",
    "symptoms": "symptoms",
    "causes": "causes",
    "inheritance": "causes",
    "treatment": "treatment",
    "exams and tests": "diagnosis",
}


def gard_cases(path: Path, resolve: Any, negatives: int = 150) -> list[dict[str, Any]]:
    """GARD template questions: those about conditions Zebra covers (expected id and facet),
    plus an evenly spaced sample about conditions it does not cover (expected: none)."""
    import csv

    with path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    ours: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    for row in rows:
        ident = resolve(row["focus"])
        case = {
            "question": row["question"],
            "focus": row["focus"],
            "condition": ident,
            "facet": GARD_FACETS.get(row["qtype"]),
        }
        (ours if ident else others).append(case)
    step = max(1, len(others) // negatives)
    return ours + others[::step][:negatives]


def gard_report(
    cases: list[dict[str, Any]], answers: list[dict[str, Any]]
) -> tuple[str, dict[str, float]]:
    ours = [(c, a) for c, a in zip(cases, answers, strict=True) if c["condition"]]
    others = [(c, a) for c, a in zip(cases, answers, strict=True) if not c["condition"]]
    recognised = sum(a["entities"]["condition"] == c["condition"] for c, a in ours)
    section = sum(
        bool(a["sources"]) and a["sources"][0] == f"{c['condition']}#{c['facet']}" for c, a in ours
    )
    false_hits = sum(a["entities"]["condition"] is not None for c, a in others)
    wrong_text = sum(
        a["kind"] == "answer" and any(s.startswith("conditions/") for s in a["sources"][:1])
        for c, a in others
    )
    figures = {
        "gard_recognised": recognised / len(ours) if ours else 0.0,
        "gard_section": section / len(ours) if ours else 0.0,
        "gard_false_condition": false_hits / len(others) if others else 0.0,
        "gard_other_condition_answered": wrong_text / len(others) if others else 0.0,
    }
    lines = [
        "## Condition recognition on GARD questions (MedQuAD, CC BY 4.0)",
        "",
        f"- Questions about the {len({c['condition'] for c, _ in ours})} conditions Zebra covers: "
        f"{len(ours)}; condition recognised: {recognised} ({figures['gard_recognised']:.1%}); "
        f"right section for the question type: {section} ({figures['gard_section']:.1%})",
        f"- Sample about conditions Zebra does not cover: {len(others)}; wrongly recognised as one "
        f"of ours: {false_hits} ({figures['gard_false_condition']:.1%}); answered with another "
        f"condition's text: {wrong_text} ({figures['gard_other_condition_answered']:.1%})",
    ]
    misses = [
        f"  - {c['question']} -> {a['entities']['condition']}"
        for c, a in ours
        if a["entities"]["condition"] != c["condition"]
    ][:15]
    if misses:
        lines += ["- First misses:", *misses]
    return "\n".join(lines), figures


def main(path: str = "tests/eval/questions.jsonl") -> None:
    cases = load_cases(Path(path))
    outcomes = evaluate(cases, run_ask([c["question"] for c in cases]))
    print(report(outcomes, f"End to end ({path})"))


if __name__ == "__main__":
    main(*sys.argv[1:])
