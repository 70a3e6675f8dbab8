"""Dataclasses for curated content: items and their sections, support groups, safety data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("condition", "treatment", "trial-guide", "topic")
CONDITION_SECTIONS = ("overview", "symptoms", "causes", "diagnosis", "treatment", "living")


@dataclass(frozen=True)
class Source:
    name: str
    url: str


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    text: str
    line: int
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    id: str
    path: Path
    title: str
    kind: str
    summary: str
    aliases: tuple[str, ...]
    audience: tuple[str, ...]
    sources: tuple[Source, ...]
    reviewed: dt.date | None
    reviewer: str
    sections: tuple[Section, ...]
    orpha: int | None = None
    treatments: tuple[str, ...] = ()
    medicines: tuple[str, ...] = ()  # a condition's medicines, named in its Treatment section
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def source_id(self, section_id: str) -> str:
        return f"{self.id}#{section_id}"


@dataclass(frozen=True)
class SupportGroup:
    name: str
    conditions: tuple[str, ...]
    umbrella: bool
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    url: str
    contact: str
    description: str
    last_verified: dt.date | None
    path: Path
    line: int


@dataclass(frozen=True)
class CrisisLine:
    name: str
    phone: str = ""
    text: str = ""
    url: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    emergency: str
    also: tuple[str, ...] = ()
    crisis: tuple[CrisisLine, ...] = ()


@dataclass(frozen=True)
class SafetyInfo:
    countries: dict[str, Country]
    emergency_advice: str
    crisis_advice: str
    sources: tuple[Source, ...]
    reviewed: dt.date | None


@dataclass(frozen=True)
class Problem:
    """One finding of the loader or checks, printed as `file:line: problem (how to fix)`."""

    path: str
    line: int
    message: str
    fix: str = ""
    severity: str = "error"

    def __str__(self) -> str:
        fix = f" ({self.fix})" if self.fix else ""
        tag = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.path}:{self.line}: {tag}{self.message}{fix}"


@dataclass
class Library:
    """Everything loaded from `content/`, plus what was wrong with it."""

    root: Path
    items: dict[str, Item] = field(default_factory=dict)
    groups: list[SupportGroup] = field(default_factory=list)
    safety: SafetyInfo = field(default_factory=lambda: SafetyInfo({}, "", "", (), None))
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def by_kind(self, kind: str) -> list[Item]:
        return [item for item in self.items.values() if item.kind == kind]
