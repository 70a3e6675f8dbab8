"""Engine.handle(): safety → NLU → route → answer. No channel or Telegram imports here.

Blocking work (encoding a question, SQLite) runs in threads so channels stay responsive.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from bot.content.model import KINDS as ITEM_KINDS
from bot.engine import dialect, replies
from bot.engine.dialogs import Dialogs
from bot.engine.entities import Found, Gazetteer, normalize
from bot.engine.messages import Message, Reply
from bot.engine.privacy import user_key
from bot.engine.router import Route, confident_safety, route
from bot.engine.spelling import Speller, rule_words
from bot.nlu.base import NLU, Parse
from bot.search.embedder import Embedder
from bot.search.index import ContentIndex, confidence
from bot.search.safety_likeness import SafetyLikeness
from bot.store.repo import Repo

log = logging.getLogger(__name__)
MAX_CHARS = 2000


@dataclass
class Turn:
    """What one message carries through the engine."""

    key: str
    text: str
    user: dict[str, Any]
    found: Found
    parse: Parse | None
    likeness: float | None = None  # to nlu/'s examples of a safety intent, when asked
    vector: np.ndarray | None = None  # the text's embedding, once something needed it
    spelled: str = ""  # the text respelt for the rules and retrieval (bot/engine/spelling.py)
    typed: str = ""  # what was typed, when bot/engine/dialect.py changed it: moderators see this


def build_gazetteer(index: ContentIndex) -> Gazetteer:
    gaz = Gazetteer()
    for item in index.items.values():
        gaz.add_item(item.kind, item.id, item.title, item.aliases)
    for item in index.items.values():  # after every name, so a medicine never hides one
        gaz.add_medicines(item.id, item.medicines)
    for country in index.countries.values():
        gaz.add("country", country.code, [country.name, *country.aliases])
        gaz.add("country", country.code, [country.code], strict=True)
    return gaz


def build_speller(index: ContentIndex, english: set[str]) -> Speller:
    """Known words: English the embedding model knows and every word in content."""
    known = set(english)
    for chunk in index.chunks:
        known.update(normalize(f"{chunk.title} {chunk.heading} {chunk.text}"))
    for item in index.items.values():
        known.update(w for name in (*item.aliases, *item.medicines) for w in normalize(name))
    return Speller(known, rule_words())


class Engine:
    def __init__(
        self,
        index: ContentIndex,
        embedder: Embedder,
        repo: Repo,
        nlu: NLU,
        secret: str,
        threshold: float = 0.45,
        default_country: str | None = None,
        likeness: SafetyLikeness | None = None,
    ) -> None:
        self.embedder = embedder
        self.likeness = likeness
        self.repo = repo
        self.nlu = nlu
        self.secret = secret
        self.threshold = threshold
        self.default_country = default_country
        self.dialogs = Dialogs(self)
        self.english = Embedder.english_words()
        self.swap_index(index)

    def swap_index(self, index: ContentIndex) -> None:
        """Answer from a newly built store from the next message on (one atomic assignment)."""
        speller = build_speller(index, self.english)
        self.state, self.speller = (index, build_gazetteer(index)), speller

    @property
    def index(self) -> ContentIndex:
        return self.state[0]

    def key(self, message: Message) -> str:
        return user_key(self.secret, message.channel, message.user)

    async def handle(self, message: Message) -> Reply:
        text = " ".join((message.text or "").split())
        key = self.key(message)
        if not text:
            return Reply(
                "fallback",
                [
                    "I didn't get any text there. Type a question, for example "
                    "“what is cystic fibrosis?”"
                ],
            )
        note = ""
        if len(text) > MAX_CHARS:
            text, note = text[:MAX_CHARS], "Your message was long, so I read the first part only."
        typed, text = text, dialect.standard(text)
        user = await asyncio.to_thread(self.repo.get_user, key)
        waiting = await self.dialogs.intercept(message, key, text, user)
        if waiting is not None:
            return waiting
        index, gaz = self.state
        found = gaz.find(text)
        parse = await self._parse(text)
        turn = Turn(key, text, user, found, parse, typed=typed)
        turn.likeness = await self._likeness(turn, index)
        reply = await self._respond(turn, index, gaz)
        if note:
            reply.blocks.insert(0, note)
        await self._remember(message, turn, reply)
        return reply

    async def _parse(self, text: str) -> Parse | None:
        try:
            return await self.nlu.parse(text)
        except Exception:  # NLU must never take the engine down
            log.exception("NLU failed; routing by retrieval")
            return None

    async def _likeness(self, turn: Turn, index: ContentIndex) -> float | None:
        """The second opinion on Rasa's confident "crisis" or "emergency"; on "crisis" when
        there is no parse (Rasa down or starting)."""
        intent = "crisis" if turn.parse is None else confident_safety(turn.parse)
        if self.likeness is None or intent is None:
            return None
        vector = await self._vector(turn)
        return await asyncio.to_thread(self.likeness.margin, intent, vector, index.questions)

    async def _vector(self, turn: Turn) -> np.ndarray:
        """The message's embedding, encoded once and shared by the second opinion and retrieval."""
        if turn.vector is None:
            turn.vector = await asyncio.to_thread(self.embedder.encode_one, turn.text)
        return turn.vector

    async def _respond(self, turn: Turn, index: ContentIndex, gaz: Gazetteer) -> Reply:
        state = turn.user.get("state", {})
        turn.spelled = self.speller.correct(turn.text)
        r = route(turn.text, turn.found, turn.parse, gaz, state, turn.likeness, turn.spelled)
        country_code = r.country or turn.user.get("country") or self.default_country
        reply = await self._reply_for(r, turn, index, country_code)
        reply.intent = r.intent
        reply.entities = {"condition": r.condition, "treatment": r.treatment, "country": r.country}
        if not reply.confidence:
            reply.confidence = r.confidence
        return reply

    async def _reply_for(
        self, r: Route, turn: Turn, index: ContentIndex, country: str | None
    ) -> Reply:
        meta = index.meta
        if r.action == "emergency":
            return replies.emergency(
                index.countries.get(country or ""), meta.get("emergency_advice", "")
            )
        if r.action == "crisis":
            return replies.crisis(index.countries.get(country or ""), meta.get("crisis_advice", ""))
        if r.action == "advice":
            reading = await self._reading(r, turn, index)
            return replies.advice_refusal(index, reading)
        if r.action == "smalltalk":
            return replies.smalltalk(r.intent or "greet")
        if r.action == "out_of_scope":
            return replies.out_of_scope()
        if r.action == "groups":
            return replies.support_groups(index, r.condition, country)
        if r.action in ("handoff", "privacy", "forget"):
            return await self.dialogs.start(r.action, turn.key, turn.text, index)
        if r.action == "clarify":
            options = [sid for sid in r.sections if sid in index.by_id]
            return replies.clarify(
                index,
                options,
                "You mentioned more than one condition. Which one would you like to read about?",
            )
        return await self._search(r, turn, index)

    async def _reading(self, r: Route, turn: Turn, index: ContentIndex) -> str | None:
        item = r.condition or r.treatment
        if not item:
            return None
        hits = await self._hits(turn, index, item_ids=[item])
        return hits[0].chunk.id if hits else None

    async def _hits(self, turn: Turn, index: ContentIndex, **scope: Any) -> list[Any]:
        text = turn.spelled or turn.text
        if text == turn.text:
            vector = await self._vector(turn)
        else:  # the second opinion read what was typed; retrieval reads it respelt
            vector = await asyncio.to_thread(self.embedder.encode_one, text)
        return await asyncio.to_thread(index.search, text, vector, limit=8, **scope)

    async def _search(self, r: Route, turn: Turn, index: ContentIndex) -> Reply:
        if r.items and len(r.sections) == 1 and not r.margin and r.sections[0] in index.by_id:
            return replies.answer(index, r.sections[0], r.confidence)  # decided: no need to search
        # A condition's text only ever answers a question that names that condition.
        kinds = r.kinds or [k for k in ITEM_KINDS if k != "condition"]
        scope: dict[str, Any] = {"item_ids": r.items} if r.items else {"kinds": kinds}
        hits = await self._hits(turn, index, **scope)
        if not hits:
            return await self._fallback(turn, index, [], r.unknown, r.in_domain)
        top = hits[0]
        conf = max(confidence(top), r.confidence if r.items else 0.0)
        if r.sections:
            preferred = [h for h in hits if h.chunk.id in r.sections]
            if preferred:
                if preferred[0].score >= top.score - (r.margin or float("inf")):
                    top = preferred[0]
                    conf = max(conf, r.confidence)  # the rules chose it and retrieval agrees
            elif len(r.sections) == 1 and r.sections[0] in index.by_id:
                return replies.answer(index, r.sections[0], conf)
        if r.unknown and not r.items:
            return await self._fallback(
                turn, index, [], r.unknown, r.in_domain
            )  # not another's text
        if conf < self.threshold:
            if r.kinds and r.condition:  # "any trials for X?" with nothing better: X's treatment
                return replies.answer(index, f"{r.condition}#treatment", conf)
            return await self._fallback(turn, index, [h.chunk.id for h in hits], None, r.in_domain)
        second = next((h for h in hits[1:] if h.chunk.item_id != top.chunk.item_id), None)
        if (
            not r.items
            and not r.kinds
            and second is not None
            and conf < 0.6
            and confidence(second) > conf - 0.05
        ):
            return replies.clarify(
                index,
                [top.chunk.id, second.chunk.id],
                "I'm not sure which of these you mean. Which one?",
            )
        return replies.answer(index, top.chunk.id, conf)

    async def _fallback(
        self,
        turn: Turn,
        index: ContentIndex,
        related: list[str],
        unknown: str | None,
        in_domain: bool,
    ) -> Reply:
        if not in_domain and not unknown:
            return replies.out_of_scope()
        reason = "unknown_condition" if unknown else "low_confidence"
        await asyncio.to_thread(
            self.repo.record_unanswered, turn.typed or turn.text, reason, unknown
        )
        return replies.fallback(index, related, unknown)

    async def _remember(self, message: Message, turn: Turn, reply: Reply) -> None:
        state = dict(turn.user.get("state", {}))
        if reply.sources and reply.kind in ("answer", "trials"):
            state["last_source"] = reply.sources[0].id
            state["last_item"] = reply.sources[0].id.split("#")[0]
        country = reply.entities.get("country") or turn.user.get("country")
        await asyncio.to_thread(self.repo.save_user, turn.key, message.channel, country, state)
        await asyncio.to_thread(
            self.repo.log_event, turn.key, reply.kind, reply.intent, reply.confidence
        )

    async def action(self, message: Message, action: str) -> Reply:
        """A button press: `src:<id>`, `fb:+|-:<id>`, `groups:`, `handoff:...`, `forget:...`."""
        return await self.dialogs.action(message, self.key(message), action)
