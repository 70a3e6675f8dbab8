"""Choose the NLU for a run: an external Rasa (RASA_URL), our own supervised Rasa server, or
retrieval only when neither is possible."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.config import Settings
from bot.nlu.base import NLU, NoNLU, Parse
from bot.nlu.rasa_client import RasaNLU
from bot.nlu.rasa_service import RasaService, model_path

log = logging.getLogger(__name__)


@dataclass
class ManagedRasa:
    """Our own Rasa server and its client, closed together."""

    service: RasaService
    client: RasaNLU

    async def parse(self, text: str) -> Parse | None:
        return await self.client.parse(text)

    async def aclose(self) -> None:
        await self.client.aclose()
        await self.service.stop()


async def nlu_for(settings: Settings) -> NLU:
    if settings.nlu == "none":
        return NoNLU()
    if settings.rasa_url:
        return RasaNLU(settings.rasa_url, settings.rasa_token, settings.rasa_timeout)
    try:
        model = model_path(settings)
    except FileNotFoundError:
        model = None
    if model is None or not model.exists() or not (settings.rasa_venv / "bin" / "rasa").exists():
        log.warning("no trained Rasa model (run `zebra nlu train`): routing by retrieval only")
        return NoNLU()
    service = RasaService(settings, model)
    service.start()
    client = RasaNLU(service.url, service.token, settings.rasa_timeout, lambda: service.ready)
    return ManagedRasa(service, client)


async def close_nlu(nlu: NLU) -> None:
    close = getattr(nlu, "aclose", None)
    if close is not None:
        await close()
