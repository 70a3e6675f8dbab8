"""The NLU interface the engine depends on, and the no-NLU implementation (retrieval only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Parse:
    intent: str | None
    confidence: float
    entities: dict[str, list[str]] = field(default_factory=dict)  # raw values by entity type
    ranking: tuple[tuple[str, float], ...] = ()
    source: str = "rasa"


class NLU(Protocol):
    async def parse(self, text: str) -> Parse | None:
        """A parse, or None when NLU is unavailable (the engine then routes without it)."""
        ...


class NoNLU:
    """Retrieval-only routing: the engine's keyword rules and gazetteer do all the work."""

    async def parse(self, text: str) -> Parse | None:
        return None
