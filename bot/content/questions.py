"""The `questions:` front-matter field: example messages that a section answers.

Moderators add the ways people really ask (often straight from `zebra content unanswered`) under the
section that answers them; retrieval matches new messages against these as well as the text.

    questions:
      travel-and-expenses:
        - will the study pay for our train tickets
"""

from __future__ import annotations

import dataclasses

import yaml

from bot.content.fields import Fields
from bot.content.model import Problem, Section

MAX_LENGTH = 300


def _key_lines(front: str, first_line: int) -> list[tuple[str, int]]:
    """Each section key under `questions:` with its line (the block is already known to parse)."""
    node = yaml.compose(front)
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "questions" and isinstance(value, yaml.MappingNode):
            return [(str(k.value), k.start_mark.line + first_line) for k, _v in value.value]
    return []


def attach_questions(
    fields: Fields, front: str, first_line: int, sections: tuple[Section, ...]
) -> tuple[Section, ...]:
    """Return `sections` with their example questions, recording problems with file:line."""
    raw = fields.data.get("questions")
    if raw is None:
        return sections
    if not isinstance(raw, dict):
        fields.problem(
            "questions",
            "`questions` should map section ids to lists of questions",
            "write `questions:` then `  section-id:` then `    - a question`",
        )
        return sections

    def problem(line: int, message: str, fix: str) -> None:
        fields.problems.append(Problem(fields.path, line, message, fix))

    keys = _key_lines(front, first_line)
    lines = dict(keys)
    seen: set[str] = set()
    for key, line in keys:  # YAML would quietly keep only the last of two
        if key in seen:
            problem(line, f"`questions` lists {key!r} twice", "merge the two lists into one")
        seen.add(key)
    known = {section.id for section in sections}
    found: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items():
        section_id = str(key)
        line = lines.get(section_id, fields.line("questions"))
        if section_id not in known:
            problem(
                line,
                f"`questions` names no section {section_id!r}",
                f"use one of: {', '.join(sorted(known))}",
            )
            continue
        values = value if isinstance(value, list) else [value]
        texts = [str(v).strip() for v in values if isinstance(v, str | int) and str(v).strip()]
        if len(texts) != len(values):
            problem(
                line,
                f"questions for {section_id!r} should be a list of text",
                "write each one as `    - a question`",
            )
        for text in texts:
            if len(text) > MAX_LENGTH:
                problem(
                    line,
                    f"a question for {section_id!r} is over {MAX_LENGTH} characters",
                    "keep example questions short",
                )
        found[section_id] = tuple(t for t in texts if len(t) <= MAX_LENGTH)
    return tuple(
        dataclasses.replace(s, questions=found[s.id]) if s.id in found else s for s in sections
    )
