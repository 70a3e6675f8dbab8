"""Read `content/`: Markdown items with front matter, support-group YAML and safety YAML.

Nothing here raises on bad content: every problem is recorded with its file and line, so that a
moderator sees all of them at once (`zebra content check`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from bot.content.fields import Fields, key_lines
from bot.content.model import (
    CONDITION_SECTIONS,
    KINDS,
    Country,
    CrisisLine,
    Item,
    Library,
    Problem,
    SafetyInfo,
    Section,
    Source,
    SupportGroup,
)
from bot.content.questions import attach_questions

ITEM_FIELDS = {
    "title",
    "kind",
    "summary",
    "aliases",
    "audience",
    "sources",
    "reviewed",
    "reviewer",
    "orpha",
    "treatments",
    "medicines",
    "questions",
}
GROUP_FIELDS = {
    "name",
    "conditions",
    "umbrella",
    "countries",
    "languages",
    "url",
    "contact",
    "description",
    "last_verified",
}
HEADING_RE = re.compile(r"^##\s+(.+?)\s*(?:\{#([a-z0-9-]+)\})?\s*$")
MAX_FILE_BYTES = 200_000


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_library(root: Path) -> Library:
    """Load every item, support group and the safety data below `root`."""
    library = Library(root=root)
    if not root.is_dir():
        library.problems.append(Problem(str(root), 1, "content folder not found", "check the path"))
        return library
    for path in sorted(root.rglob("*.md")):
        if path.name == "README.md" or path.parent == root:
            continue
        item = load_item(path, root, library.problems)
        if item is not None:
            library.items[item.id] = item
    for path in sorted((root / "groups").glob("*.y*ml")):
        library.groups.extend(load_groups(path, root, library.problems))
    safety = root / "safety" / "emergency.yml"
    if safety.exists():
        library.safety = load_safety(safety, root, library.problems)
    else:
        library.problems.append(
            Problem(_rel(safety, root), 1, "safety data missing", "add safety/emergency.yml")
        )
    return library


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _read(path: Path, rel: str, problems: list[Problem]) -> str | None:
    if path.stat().st_size > MAX_FILE_BYTES:
        problems.append(Problem(rel, 1, "file is too large", "split it into several items"))
        return None
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        problems.append(Problem(rel, line, "not valid UTF-8 text", "save the file as UTF-8"))
        return None


def _yaml(text: str, rel: str, first_line: int, problems: list[Problem]) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        # The construct that was left open is where moderators need to look first.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = first_line + (mark.line if mark else 0)
        reason = getattr(exc, "problem", None) or "invalid YAML"
        problems.append(
            Problem(rel, line, f"YAML error: {reason}", "check indentation, colons and quotes")
        )
        return None


def load_item(path: Path, root: Path, problems: list[Problem]) -> Item | None:
    rel = _rel(path, root)
    text = _read(path, rel, problems)
    if text is None:
        return None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(rel, 1, "no front matter", "start the file with a `---` line"))
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        problems.append(Problem(rel, 1, "front matter never closed", "add a `---` line after it"))
        return None
    front = "\n".join(lines[1:end])
    data = _yaml(front, rel, 2, problems)
    if not isinstance(data, dict):
        if data is not None:
            problems.append(Problem(rel, 2, "front matter is not a mapping", "use `key: value`"))
        return None
    fields = Fields(data, (key_lines(front, 2) or [{}])[0], rel, problems)
    fields.unknown(ITEM_FIELDS)
    item_id = str(path.relative_to(root).with_suffix("")).replace("\\", "/")
    kind = fields.text("kind")
    if kind and kind not in KINDS:
        fields.problem("kind", f"unknown kind {kind!r}", f"use one of: {', '.join(KINDS)}")
    orpha = data.get("orpha")
    if orpha is not None and not isinstance(orpha, int):
        fields.problem("orpha", "`orpha` should be a number", "write the ORPHAcode, e.g. 586")
        orpha = None
    if kind != "condition" and "medicines" in data:
        fields.problem(
            "medicines", "only a condition lists `medicines`", "move them to the condition"
        )
    return Item(
        id=item_id,
        path=path,
        title=fields.text("title"),
        kind=kind,
        summary=fields.text("summary"),
        aliases=fields.texts("aliases", required=False),
        audience=fields.texts("audience"),
        sources=_sources(fields),
        reviewed=fields.date("reviewed"),
        reviewer=fields.text("reviewer"),
        sections=attach_questions(fields, front, 2, _sections(lines, end + 1, kind, rel, problems)),
        orpha=orpha,
        treatments=fields.texts("treatments", required=kind == "condition"),
        medicines=fields.texts("medicines", required=False),
        lines=fields.lines,
    )


def _sources(fields: Fields) -> tuple[Source, ...]:
    raw = fields.data.get("sources")
    if not isinstance(raw, list) or not raw:
        fields.problem("sources", "missing `sources`", "add a list of `- name: ...` / `url: ...`")
        return ()
    sources = []
    for entry in raw:
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("url"):
            fields.problem("sources", "each source needs a `name` and a `url`", "see README.md")
            continue
        sub = Fields(entry, {"": fields.line("sources")}, fields.path, fields.problems)
        sources.append(Source(sub.text("name"), sub.url("url")))
    return tuple(sources)


def _sections(
    lines: list[str], start: int, kind: str, rel: str, problems: list[Problem]
) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: tuple[str, str, int] | None = None
    body: list[str] = []

    def close() -> None:
        if heading is None:
            return
        text = "\n".join(body).strip()
        if not text:
            problems.append(
                Problem(rel, heading[2], f"section {heading[0]!r} is empty", "add text")
            )
        sections.append(Section(heading[1], heading[0], text, heading[2]))

    for number, line in enumerate(lines[start:], start=start + 1):
        match = HEADING_RE.match(line)
        if match:
            close()
            title, explicit = match.group(1), match.group(2)
            heading, body = (title, explicit or _section_id(title, kind), number), []
        elif heading is None:
            if line.strip():
                problems.append(
                    Problem(
                        rel,
                        number,
                        "text before the first `##` section is never shown",
                        "move it under a `## ...` heading",
                        "warning",
                    )
                )
        else:
            body.append(line)
    close()
    if not sections:
        problems.append(Problem(rel, start + 1, "no sections", "add `## Overview` and some text"))
    seen: set[str] = set()
    for section in sections:
        if section.id in seen:
            problems.append(
                Problem(
                    rel,
                    section.line,
                    f"duplicate section id {section.id!r}",
                    "give each `##` heading a different name",
                )
            )
        seen.add(section.id)
    return tuple(sections)


def _section_id(heading: str, kind: str) -> str:
    slug = slugify(heading)
    if kind == "condition":
        for canonical in CONDITION_SECTIONS:
            if slug == canonical or slug.startswith(canonical + "-"):
                return canonical
    return slug


def load_groups(path: Path, root: Path, problems: list[Problem]) -> list[SupportGroup]:
    rel = _rel(path, root)
    text = _read(path, rel, problems)
    data = _yaml(text, rel, 1, problems) if text is not None else None
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(
            Problem(rel, 1, "support groups file is not a list", "start with `- name:`")
        )
        return []
    groups = []
    for record, lines in zip(data, key_lines(text or "", 1), strict=False):
        if not isinstance(record, dict):
            problems.append(Problem(rel, lines[""], "record is not a mapping", "use `key: value`"))
            continue
        f = Fields(record, lines, rel, problems)
        f.unknown(GROUP_FIELDS)
        umbrella = f.flag("umbrella")
        groups.append(
            SupportGroup(
                name=f.text("name"),
                conditions=f.texts("conditions", required=not umbrella),
                umbrella=umbrella,
                countries=tuple(c.upper() if c != "online" else c for c in f.texts("countries")),
                languages=f.texts("languages"),
                url=f.url("url"),
                contact=f.text("contact", required=False),
                description=f.text("description"),
                last_verified=f.date("last_verified"),
                path=path,
                line=lines[""],
            )
        )
    return groups


def load_safety(path: Path, root: Path, problems: list[Problem]) -> SafetyInfo:
    rel = _rel(path, root)
    text = _read(path, rel, problems) or ""
    data = _yaml(text, rel, 1, problems)
    if not isinstance(data, dict):
        problems.append(Problem(rel, 1, "safety data is not a mapping", "see content/README.md"))
        return SafetyInfo({}, "", "", (), None)
    top = Fields(data, (key_lines(text, 1) or [{}])[0], rel, problems)
    raw_general = data.get("general")
    general: dict[str, Any] = raw_general if isinstance(raw_general, dict) else {}
    g = Fields(general, {"": top.line("general")}, rel, problems)
    countries: dict[str, Country] = {}
    node = yaml.compose(text)
    country_lines = _country_lines(node)
    for index, raw in enumerate(data.get("countries") or []):
        line = country_lines[index] if index < len(country_lines) else top.line("countries")
        f = Fields(raw if isinstance(raw, dict) else {}, {"": line}, rel, problems)
        code = f.text("code").upper()
        if code and not re.fullmatch(r"[A-Z]{2}", code):
            f.problem("code", f"country code {code!r} is not ISO 3166 alpha-2", "e.g. GB, US, DE")
        lines_raw = raw.get("crisis") if isinstance(raw, dict) else None
        crisis = tuple(
            CrisisLine(
                str(c.get("name", "")),
                str(c.get("phone", "") or ""),
                str(c.get("text", "") or ""),
                str(c.get("url", "") or ""),
            )
            for c in (lines_raw or [])
            if isinstance(c, dict)
        )
        if code in countries:
            f.problem("code", f"country {code} listed twice", "keep one entry")
        countries[code] = Country(
            code=code,
            name=f.text("name"),
            aliases=f.texts("aliases", required=False),
            emergency=f.text("emergency"),
            also=f.texts("also", required=False),
            crisis=crisis,
        )
    return SafetyInfo(
        countries=countries,
        emergency_advice=g.text("emergency_advice"),
        crisis_advice=g.text("crisis_advice"),
        sources=_sources(top),
        reviewed=top.date("reviewed"),
    )


def _country_lines(node: Any) -> list[int]:
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "countries" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []
