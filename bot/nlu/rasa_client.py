"""Client for Rasa's `POST /model/parse`: short timeout, a circuit breaker, log once.

When Rasa is down, slow or failing, `parse` returns None and the engine routes by retrieval;
the first failure is logged, and so is the recovery.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import httpx

from bot.nlu.base import Parse

log = logging.getLogger(__name__)
ENTITY_TYPES = ("condition", "treatment", "country", "facet")


def to_parse(data: dict[str, Any]) -> Parse:
    """Rasa's JSON → Parse; entity values (after synonym mapping) de-duplicated by type."""
    intent = data.get("intent") or {}
    name, confidence = intent.get("name"), float(intent.get("confidence") or 0.0)
    ranking = tuple((r["name"], float(r["confidence"])) for r in data.get("intent_ranking") or [])
    if name == "nlu_fallback":
        name, confidence = None, 0.0
    entities: dict[str, list[str]] = {}
    for entity in sorted(data.get("entities") or [], key=lambda e: e.get("start", 0)):
        kind, value = entity.get("entity"), entity.get("value")
        if kind in ENTITY_TYPES and isinstance(value, str) and value.strip():
            values = entities.setdefault(kind, [])
            if value not in values:
                values.append(value)
    return Parse(name, confidence, entities, ranking, "rasa")


class RasaNLU:
    def __init__(
        self,
        url: str,
        token: str,
        timeout: float = 0.5,
        ready: Callable[[], bool] | None = None,
        cool_down: float = 2.0,
    ) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.ready = ready or (lambda: True)
        self.cool_down = cool_down
        self.client = httpx.AsyncClient(timeout=timeout)
        self.healthy = True
        self._skip_until = 0.0
        self.failures = 0

    async def parse(self, text: str) -> Parse | None:
        if not self.ready() or time.monotonic() < self._skip_until:
            return None
        try:
            response = await self.client.post(
                f"{self.url}/model/parse", params={"token": self.token}, json={"text": text}
            )
            response.raise_for_status()
            result = to_parse(response.json())
        except (httpx.HTTPError, ValueError, KeyError) as exc:
            self._failed(exc)
            return None
        if not self.healthy:
            log.info("Rasa is answering again; NLU routing resumed")
        self.healthy = True
        return result

    def _failed(self, exc: Exception) -> None:
        self.failures += 1
        self._skip_until = time.monotonic() + self.cool_down
        if self.healthy:  # log the transition once, not every message
            log.warning(
                "Rasa unavailable (%s); routing by retrieval until it is back", type(exc).__name__
            )
        self.healthy = False

    async def aclose(self) -> None:
        await self.client.aclose()
