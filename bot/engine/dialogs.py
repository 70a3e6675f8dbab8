"""Multi-step flows with state in the store: privacy and /forget, human handoff, button actions."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from bot.engine import replies, safety
from bot.engine.messages import Button, Message, Reply
from bot.search.index import ContentIndex

if TYPE_CHECKING:
    from bot.engine.engine import Engine

ABOUT = "topics/about-zebra"
CONFIRM_FORGET = (Button("Yes, delete my data", "forget:yes"), Button("No, keep it", "forget:no"))


class Dialogs:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def repo(self) -> Any:
        return self.engine.repo

    def _about(self, index: ContentIndex, word: str) -> str | None:
        item = index.items.get(ABOUT)
        return next((s for s in item.sections if word in s), None) if item else None

    async def start(self, action: str, key: str, text: str, index: ContentIndex) -> Reply:
        if action == "handoff":
            return self.handoff_offer()
        section = self._about(index, "delet" if action == "forget" else "privacy")
        reply = replies.answer(index, section, 1.0) if section else Reply("privacy", [])
        reply.kind = "privacy"  # what Zebra keeps and how to delete it: a flow of its own
        if action == "forget":
            reply.blocks.append(
                "Do you want me to delete everything I hold about you now? This cannot be undone."
            )
            reply.buttons = [list(CONFIRM_FORGET)]
        else:
            reply.buttons = [[Button("Delete my data", "forget:ask")]]
        return reply

    @staticmethod
    def handoff_offer() -> Reply:
        return Reply(
            "handoff",
            [
                "I can pass your question to a person from our community team. They are trained "
                "volunteers and moderators, not your doctors. They will see your question under a "
                "ticket number, not your name. Shall I send it?"
            ],
            [[Button("Yes, send it", "handoff:yes"), Button("No, thanks", "handoff:no")]],
        )

    async def intercept(
        self, message: Message, key: str, text: str, user: dict[str, Any]
    ) -> Reply | None:
        """While a ticket is open, the user's messages go to the moderators, not the bot."""
        if safety.screen(text):
            return None
        if user["state"].get("awaiting_handoff_question") and message.chat_ref:
            await self._set_state(key, awaiting_handoff_question=None)
            return await self._open_ticket(message, key, text)
        ticket = await asyncio.to_thread(self.repo.open_ticket_for, key)
        if ticket is None:
            return None
        return Reply("handoff", [], notify=[f"🎫 {ticket['code']}: {text}"], silent=True)

    async def action(self, message: Message, key: str, action: str) -> Reply:
        verb, _, arg = action.partition(":")
        index = self.engine.index
        if verb == "src" and arg in index.by_id:
            await self._set_state(key, last_source=arg, last_item=arg.split("#")[0])
            return replies.answer(index, arg, 1.0)
        if verb == "fb":
            helpful, _, source = arg.partition(":")
            await asyncio.to_thread(self.repo.add_feedback, key, source, helpful == "+")
            if helpful == "+":
                return Reply("smalltalk", ["Thank you! Glad it helped."])
            return Reply(
                "smalltalk",
                [
                    "Thank you for telling us. Moderators will look at this "
                    "answer. If you'd like, ask a person: /human."
                ],
            )
        if verb == "groups":
            user = await asyncio.to_thread(self.repo.get_user, key)
            last = user["state"].get("last_item", "")
            condition = last if last.startswith("conditions/") else None
            return replies.support_groups(index, condition, user["country"])
        if verb == "forget":
            return await self._forget(key, arg)
        if verb == "handoff":
            return await self._handoff(message, key, arg)
        return Reply("fallback", ["That button has expired. Please ask again."])

    async def _forget(self, key: str, arg: str) -> Reply:
        if arg == "ask":
            return Reply(
                "privacy",
                ["Delete everything I hold about you? This cannot be undone."],
                [list(CONFIRM_FORGET)],
            )
        if arg != "yes":
            return Reply("privacy", ["OK, nothing was deleted."])
        counts = await asyncio.to_thread(self.repo.forget, key)
        total = sum(counts.values())
        return Reply(
            "privacy",
            [
                f"Done. I deleted everything I held about you ({total} records). "
                "If you write again, I start from nothing."
            ],
        )

    async def _handoff(self, message: Message, key: str, arg: str) -> Reply:
        if arg == "ask":
            return self.handoff_offer()
        if arg == "cancel":
            ticket = await asyncio.to_thread(self.repo.open_ticket_for, key)
            if ticket:
                await asyncio.to_thread(self.repo.close_ticket, ticket["code"])
                return Reply(
                    "handoff",
                    ["OK, I closed your request. I'm answering again."],
                    notify=[f"🎫 {ticket['code']} was cancelled by the user."],
                )
            return Reply("handoff", ["You have no open request."])
        if arg != "yes":
            return Reply("handoff", ["OK. I'm here if you want to ask anything else."])
        if not message.chat_ref:
            return Reply(
                "handoff",
                [
                    "People from our community team answer on Telegram. There, "
                    "type /human to reach them."
                ],
            )
        await self._set_state(key, awaiting_handoff_question=True)
        return Reply(
            "handoff",
            [
                "Please type your question for the team in one message. "
                "Leave out names and other details that could identify you."
            ],
        )

    async def _open_ticket(self, message: Message, key: str, question: str) -> Reply:
        code = await asyncio.to_thread(self.repo.open_ticket, key, message.chat_ref, question)
        return Reply(
            "handoff",
            [
                f"Sent. Your ticket is {code}. A person will reply here when they can; until then, "
                "your messages go to them, not to me. Type /cancel to stop."
            ],
            notify=[
                f"🎫 New ticket {code}\n{question}\n\nReply to this message to answer. "
                f"/done {code} closes it."
            ],
        )

    async def _set_state(self, key: str, **changes: Any) -> None:
        user = await asyncio.to_thread(self.repo.get_user, key)
        state = {k: v for k, v in {**user["state"], **changes}.items() if v is not None}
        await asyncio.to_thread(self.repo.save_user, key, "", user["country"], state)
