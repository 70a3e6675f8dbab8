"""Content loading and moderators' checks on real files and deliberately broken copies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from bot.cli import main
from bot.content.checks import check_library
from bot.content.loader import load_library
from bot.content.model import CONDITION_SECTIONS


def test_real_content_has_no_errors(content_copy: Path) -> None:
    library = load_library(content_copy)
    errors = [p for p in check_library(library) if p.severity == "error"]
    assert errors == []
    assert len(library.by_kind("condition")) >= 40
    for item in library.by_kind("condition"):
        assert [s.id for s in item.sections] == list(CONDITION_SECTIONS), item.id
    assert library.safety.countries["GB"].emergency == "999"
    assert "NO" in library.safety.countries, "YAML must not turn Norway into false"


def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_broken_front_matter_is_reported_with_file_and_line(content_copy: Path) -> None:
    target = content_copy / "conditions" / "marfan-syndrome.md"
    lines = target.read_text().splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("summary:"))
    lines[number - 1] = "summary: [unclosed"
    target.write_text("\n".join(lines) + "\n")
    problems = [str(p) for p in load_library(content_copy).problems]
    hits = [p for p in problems if p.startswith("content/conditions/marfan-syndrome.md:")]
    assert hits and "YAML error" in hits[0]
    reported_line = int(hits[0].split(":")[1])
    assert abs(reported_line - number) <= 1


def test_every_problem_is_reported_at_once(content_copy: Path) -> None:
    cf = content_copy / "conditions" / "cystic-fibrosis.md"
    _break(cf, "## Diagnosis", "## Tests")
    _break(cf, "reviewed: ", "reviewed: not-a-date #")
    gene = content_copy / "treatments" / "gene-therapy.md"
    _break(gene, "kind: treatment", "kind: treatmnet")
    problems = check_library(load_library(content_copy))
    text = "\n".join(map(str, problems))
    assert "cystic-fibrosis.md" in text and "missing sections: diagnosis" in text
    assert "is not a date" in text
    assert "unknown kind 'treatmnet'" in text
    assert all(":" in str(p).split(" ")[0] for p in problems)


def test_only_conditions_list_medicines(content_copy: Path) -> None:
    gene = content_copy / "treatments" / "gene-therapy.md"
    _break(gene, "kind: treatment", "kind: treatment\nmedicines: [Zolgensma]")
    text = "\n".join(map(str, load_library(content_copy).problems))
    assert "gene-therapy.md" in text and "only a condition lists `medicines`" in text
    library = load_library(content_copy)
    assert "Spinraza" in library.items["conditions/spinal-muscular-atrophy"].medicines


def test_broken_internal_link_and_unknown_group_condition(content_copy: Path) -> None:
    item = content_copy / "topics" / "caregivers.md"
    item.write_text(item.read_text() + "\nSee [this](../conditions/no-such-thing.md).\n")
    groups = content_copy / "groups" / "umbrella.yml"
    groups.write_text(
        groups.read_text() + "\n- name: Test group\n  conditions: [conditions/nope]\n"
        "  countries: [GB]\n  languages: [en]\n  url: https://example.org/\n"
        "  description: x\n  last_verified: 2026-01-01\n"
    )
    text = "\n".join(map(str, check_library(load_library(content_copy))))
    assert "no-such-thing.md does not resolve" in text
    assert "unknown condition conditions/nope" in text


def test_stale_review_and_long_section_are_warnings(content_copy: Path) -> None:
    library = load_library(content_copy)
    later = dt.date.today() + dt.timedelta(days=800)
    problems = check_library(library, today=later)
    stale = [p for p in problems if "last reviewed" in p.message]
    assert stale and all(p.severity == "warning" for p in stale)
    item = content_copy / "topics" / "caregivers.md"
    item.write_text(item.read_text() + "\n## A very long section\n" + "Words here. " * 200 + "\n")
    long = [p for p in check_library(load_library(content_copy)) if "characters" in p.message]
    assert long and long[0].severity == "warning"


def test_cli_check_exits_non_zero_on_errors(content_copy: Path, monkeypatch: object) -> None:
    import os

    _break(content_copy / "trials" / "placebo.md", "title:", "titel:")
    env = {**os.environ, "ZEBRA_CONTENT_DIR": str(content_copy)}
    result = CliRunner().invoke(main, ["content", "check", "--no-warnings"], env=env)
    assert result.exit_code == 1
    assert "placebo.md" in result.output and "missing `title`" in result.output


def test_example_questions_for_a_missing_section_name_the_line(content_copy: Path) -> None:
    target = content_copy / "trials" / "placebo.md"
    lines = target.read_text().splitlines()
    at = lines.index("questions:") + 1
    lines[at:at] = ["  no-such-section:", "    - is the sugar pill fair"]
    target.write_text("\n".join(lines) + "\n")
    problems = [str(p) for p in load_library(content_copy).problems]
    assert (
        f"content/trials/placebo.md:{at + 1}: `questions` names no section 'no-such-section'"
        in (" ".join(problems))
    )
