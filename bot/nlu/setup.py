"""Choose the NLU for a run: Rasa when configured or available, otherwise retrieval only."""

from __future__ import annotations

from bot.config import Settings
from bot.nlu.base import NLU, NoNLU


async def nlu_for(settings: Settings) -> NLU:
    return NoNLU()


async def close_nlu(nlu: NLU) -> None:
    close = getattr(nlu, "aclose", None)
    if close is not None:
        await close()
