"""What flows through the engine: Message in, Reply out (blocks, buttons, sources, kind)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.content.model import Source

KINDS = (
    "answer",
    "clarify",
    "support_groups",
    "trials",
    "emergency",
    "crisis",
    "advice_refusal",
    "out_of_scope",
    "smalltalk",
    "fallback",
    "handoff",
    "privacy",
)


@dataclass(frozen=True)
class Message:
    """A user's message. `user` is the channel's raw id: the engine only ever stores its hash."""

    user: str
    text: str
    channel: str = "console"
    chat_ref: str = ""


@dataclass(frozen=True)
class Button:
    label: str
    action: str  # e.g. "src:<source id>", "fb:+:<source id>", "forget:yes", "handoff:yes"


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str
    heading: str
    reviewed: str
    sources: tuple[Source, ...] = ()


@dataclass
class Reply:
    kind: str
    blocks: list[str]
    buttons: list[list[Button]] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    intent: str | None = None
    confidence: float = 0.0
    entities: dict[str, str | None] = field(
        default_factory=lambda: {"condition": None, "treatment": None, "country": None}
    )
    notify: list[str] = field(default_factory=list)  # texts for the moderators (handoff)
    silent: bool = False  # the channel sends nothing (e.g. a message inside an open ticket)

    def as_json(self, question: str) -> dict[str, Any]:
        """The stable JSON contract of `zebra ask --json` (see README)."""
        from bot.engine.render import plain_text

        return {
            "question": question,
            "kind": self.kind,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "entities": dict(self.entities),
            "sources": [s.id for s in self.sources],
            "text": plain_text(self),
        }
