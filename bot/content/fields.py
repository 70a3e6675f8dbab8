"""Typed reading of YAML mappings that records `file:line` problems instead of raising."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from bot.content.model import Problem

URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]{2,}$", re.IGNORECASE)


def key_lines(text: str, first_line: int) -> list[dict[str, int]]:
    """Line numbers (1-based, in the file) of every mapping key, for each mapping in `text`.

    For a top-level mapping the list has one entry; for a top-level list of mappings, one per record.
    """
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return []
    if isinstance(node, yaml.MappingNode):
        nodes = [node]
    elif isinstance(node, yaml.SequenceNode):
        nodes = list(node.value)
    else:
        return []
    result = []
    for mapping in nodes:
        lines = {"": mapping.start_mark.line + first_line}
        if isinstance(mapping, yaml.MappingNode):
            for key, _value in mapping.value:
                lines[str(key.value)] = key.start_mark.line + first_line
        result.append(lines)
    return result


def _unbool(value: Any) -> Any:
    """YAML 1.1 reads `NO` (Norway) and `no` (Norwegian) as false: give the text back."""
    if isinstance(value, bool):
        return "no" if value is False else "yes"
    return value


class Fields:
    """Reads fields of one YAML mapping, collecting a Problem for each missing or mistyped one."""

    def __init__(
        self, data: dict[str, Any], lines: dict[str, int], path: str, problems: list[Problem]
    ) -> None:
        self.data = data
        self.lines = lines
        self.path = path
        self.problems = problems

    def line(self, key: str) -> int:
        return self.lines.get(key, self.lines.get("", 1))

    def problem(self, key: str, message: str, fix: str, severity: str = "error") -> None:
        self.problems.append(Problem(self.path, self.line(key), message, fix, severity))

    def text(self, key: str, required: bool = True) -> str:
        value = _unbool(self.data.get(key))
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(key, f"missing `{key}`", f"add `{key}: ...`")
            return ""
        if not isinstance(value, str | int | float):
            self.problem(key, f"`{key}` should be text", f"write `{key}: some text`")
            return ""
        return str(value).strip()

    def texts(self, key: str, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, f"missing `{key}`", f"add `{key}: [..., ...]`")
            return ()
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            value = [_unbool(v) for v in value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            self.problem(key, f"`{key}` should be a list of text", f"write `{key}: [a, b]`")
            return ()
        return tuple(str(v).strip() for v in value if str(v).strip())

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, f"missing `{key}`", f"add `{key}: YYYY-MM-DD`")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.problem(key, f"`{key}` is not a date: {value!r}", "write it as YYYY-MM-DD")
            return None

    def url(self, key: str, required: bool = True) -> str:
        value = self.text(key, required)
        if value and not URL_RE.match(value):
            self.problem(key, f"`{key}` is not a web address: {value!r}", "start it with https://")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self.problem(key, f"`{key}` should be true or false", f"write `{key}: true`")
            return False
        return value

    def unknown(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.problem(
                    str(key),
                    f"unknown field `{key}`",
                    f"use one of: {', '.join(sorted(allowed))}",
                    "warning",
                )
