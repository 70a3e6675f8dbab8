"""Moderators' checks across the whole library: structure, links, freshness, length, reading level."""

from __future__ import annotations

import datetime as dt
import re

from bot.content.loader import _rel
from bot.content.model import CONDITION_SECTIONS, Item, Library, Problem
from bot.content.readability import grade_level

MAX_SECTION_CHARS = 1200
STALE_AFTER = dt.timedelta(days=365)
MAX_GRADE = 10.0
INTERNAL_LINK_RE = re.compile(r"\]\(((?:\.\./)*[a-z0-9-]+/[a-z0-9-]+)\.md(?:#([a-z0-9-]+))?\)")
LANG_RE = re.compile(r"^[a-z]{2}$")


def check_library(library: Library, today: dt.date | None = None) -> list[Problem]:
    """Every problem of the loaded library: the loader's plus the cross-item checks."""
    today = today or dt.date.today()
    problems = list(library.problems)
    aliases: dict[str, str] = {}
    for item in library.items.values():
        problems.extend(_check_item(item, library, today))
        for name in (item.title, *item.aliases):
            key = name.strip().lower()
            other = aliases.setdefault(key, item.id)
            if other != item.id:
                problems.append(
                    _at(
                        item,
                        "aliases",
                        f"name {name!r} is also used by {other}",
                        "keep each alias on one item only",
                    )
                )
    for group in library.groups:
        rel = _rel(group.path, library.root)
        for cid in group.conditions:
            if cid not in library.items:
                problems.append(
                    Problem(
                        rel,
                        group.line,
                        f"{group.name}: unknown condition {cid}",
                        "use an id such as conditions/cystic-fibrosis",
                    )
                )
        for country in group.countries:
            if country != "online" and country not in library.safety.countries:
                problems.append(
                    Problem(
                        rel,
                        group.line,
                        f"{group.name}: unknown country {country}",
                        "use ISO codes from safety/emergency.yml or online",
                        "warning",
                    )
                )
        for lang in group.languages:
            if not LANG_RE.match(lang):
                problems.append(
                    Problem(
                        rel,
                        group.line,
                        f"{group.name}: language {lang!r}",
                        "use ISO 639-1 codes such as en, de",
                    )
                )
        if group.last_verified and today - group.last_verified > STALE_AFTER:
            problems.append(
                Problem(
                    rel,
                    group.line,
                    f"{group.name}: last verified {group.last_verified}",
                    "check the group still exists",
                    "warning",
                )
            )
    return problems


def _at(item: Item, key: str, message: str, fix: str, severity: str = "error") -> Problem:
    line = item.lines.get(key, 1)
    return Problem(_rel(item.path, item.path.parents[1]), line, message, fix, severity)


def _check_item(item: Item, library: Library, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    rel = _rel(item.path, library.root)
    if item.kind == "condition":
        ids = [s.id for s in item.sections]
        missing = [s for s in CONDITION_SECTIONS if s not in ids]
        if missing:
            problems.append(
                _at(
                    item,
                    "title",
                    f"missing sections: {', '.join(missing)}",
                    "conditions need Overview, Symptoms, Causes and inheritance, "
                    "Diagnosis, Treatment, Living with it",
                )
            )
        extra = [s for s in ids if s not in CONDITION_SECTIONS]
        for section in item.sections:
            if section.id in extra:
                problems.append(
                    Problem(
                        rel,
                        section.line,
                        f"unexpected section {section.id!r}",
                        "conditions use only the six standard sections",
                    )
                )
        for tid in item.treatments:
            target = library.items.get(tid)
            if target is None or target.kind != "treatment":
                problems.append(
                    _at(
                        item,
                        "treatments",
                        f"unknown treatment {tid}",
                        "use an id such as treatments/gene-therapy",
                    )
                )
    if item.reviewed and today - item.reviewed > STALE_AFTER:
        problems.append(
            _at(
                item,
                "reviewed",
                f"last reviewed {item.reviewed}",
                "re-read the item and update `reviewed`",
                "warning",
            )
        )
    if item.reviewed and item.reviewed > today:
        problems.append(_at(item, "reviewed", "review date is in the future", "use today's date"))
    for section in item.sections:
        if len(section.text) > MAX_SECTION_CHARS:
            problems.append(
                Problem(
                    rel,
                    section.line,
                    f"section {section.id!r} is {len(section.text)} characters",
                    f"keep it under {MAX_SECTION_CHARS} for one chat message",
                    "warning",
                )
            )
        grade = grade_level(section.text)
        if grade > MAX_GRADE:
            problems.append(
                Problem(
                    rel,
                    section.line,
                    f"section {section.id!r} reads at grade {grade}",
                    "use shorter sentences and simpler words (target: grade 7)",
                    "warning",
                )
            )
    for number, line in enumerate(item.path.read_text(encoding="utf-8").splitlines(), start=1):
        for match in INTERNAL_LINK_RE.finditer(line):
            target = library.items.get(_resolve(item.id, match.group(1)))
            anchor = match.group(2)
            if target is None or (anchor and target.section(anchor) is None):
                problems.append(
                    Problem(
                        rel,
                        number,
                        f"link to {match.group(1)}.md does not resolve",
                        "link to an existing item, e.g. ../treatments/gene-therapy.md",
                    )
                )
    return problems


def _resolve(item_id: str, link: str) -> str:
    parts = item_id.split("/")[:-1]
    for piece in link.split("/"):
        if piece == "..":
            parts = parts[:-1]
        else:
            parts.append(piece)
    return "/".join(parts)
