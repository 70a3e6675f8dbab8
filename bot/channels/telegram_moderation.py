"""Moderators on Telegram: /reload, /stats, /unanswered, /done, and the human-handoff relay
between the moderators' chat and users' private chats."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from typing import Any

from telegram import Bot, Chat, Update
from telegram.constants import ChatType
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.app import App, reload_content
from bot.channels.telegram_render import Outgoing, text_messages
from bot.channels.telegram_send import send
from bot.config import Settings

log = logging.getLogger(__name__)
Ctx = ContextTypes.DEFAULT_TYPE
CODE_RE = re.compile(r"\bZ-[0-9A-F]{6}\b")
REFUSAL = "Sorry, that command is for Zebra's moderators."
WHERE = "Please use moderator commands in a private chat with me or in the moderators' chat."


class Moderation:
    def __init__(self, app: App, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.recent: OrderedDict[int, str] = OrderedDict()  # moderators' chat message -> ticket
        self.reloading = asyncio.Lock()

    def commands(self) -> list[BaseHandler[Any, Any, Any]]:
        new = filters.UpdateType.MESSAGE
        return [
            CommandHandler("reload", self.on_reload, filters=new, block=False),
            CommandHandler("stats", self.on_stats, filters=new),
            CommandHandler("unanswered", self.on_unanswered, filters=new),
            CommandHandler("done", self.on_done, filters=new),
        ]

    def relay(self) -> BaseHandler[Any, Any, Any] | None:
        """Moderators' replies to ticket messages (runs before the group-message handlers)."""
        if self.settings.moderators_chat_id is None:
            return None
        chat = filters.Chat(self.settings.moderators_chat_id)
        replies = (
            filters.UpdateType.MESSAGE & chat & filters.REPLY & filters.TEXT & ~filters.COMMAND
        )
        return MessageHandler(replies, self.on_reply)

    # -- to the moderators' chat ----------------------------------------------------------------
    async def notify(self, bot: Bot, texts: list[str]) -> None:
        """Post handoff texts; remember which message belongs to which ticket."""
        chat = self.settings.moderators_chat_id
        if chat is None:
            log.warning("handoff message dropped: MODERATORS_CHAT_ID is not set")
            return
        for text in texts:
            sent = await send(bot, chat, text_messages(text))
            match = CODE_RE.search(text.partition("\n")[0])
            if match and sent:
                for message in sent:
                    self._remember(message.message_id, match.group(0))
                if "New ticket" in text:
                    await asyncio.to_thread(
                        self.app.repo.set_ticket_message, match.group(0), sent[0].message_id
                    )

    def _remember(self, message_id: int, code: str) -> None:
        self.recent[message_id] = code
        while len(self.recent) > 2048:
            self.recent.popitem(last=False)

    # -- commands ---------------------------------------------------------------------------------
    def is_moderator(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id in self.settings.moderator_ids

    async def _allowed(self, update: Update, bot: Bot) -> Chat | None:
        chat = update.effective_chat
        if chat is None:
            return None
        if not self.is_moderator(update):
            await self._say(bot, chat, REFUSAL)
            return None
        if chat.type != ChatType.PRIVATE and chat.id != self.settings.moderators_chat_id:
            await self._say(bot, chat, WHERE)
            return None
        return chat

    async def _say(self, bot: Bot, chat: Chat, text: str) -> None:
        await send(bot, chat.id, text_messages(text))

    async def on_reload(self, update: Update, context: Ctx) -> None:
        chat = await self._allowed(update, context.bot)
        if chat is None:
            return
        if self.reloading.locked():
            await self._say(context.bot, chat, "A reload is already running.")
            return
        async with self.reloading:
            await self._say(
                context.bot,
                chat,
                "Checking and rebuilding the content… "
                "I keep answering from the current content meanwhile.",
            )
            report, problems = await reload_content(self.app)
        errors = sum(p.severity == "error" for p in problems)
        if report is None:
            plural = "s" if errors != 1 else ""
            head = (
                f"Reload failed ({errors} error{plural}): I keep answering from the previous "
                "content. Fix these and /reload again:"
            )
        else:
            head = (
                f"Reloaded: {report.items} items, {report.chunks} sections "
                f"({report.encoded} newly encoded) in {report.seconds:.1f} s."
            )
            head += f" {len(problems)} warnings:" if problems else ""
        lines = "\n".join(str(p) for p in problems)
        await self._say(context.bot, chat, f"{head}\n\n{lines}" if lines else head)

    async def on_stats(self, update: Update, context: Ctx) -> None:
        chat = await self._allowed(update, context.bot)
        if chat is not None:
            stats = await asyncio.to_thread(self.app.repo.stats)
            text = "\n".join(f"{name.replace('_', ' ')}: {value}" for name, value in stats.items())
            await self._say(context.bot, chat, text)

    async def on_unanswered(self, update: Update, context: Ctx) -> None:
        chat = await self._allowed(update, context.bot)
        if chat is None:
            return
        rows = await asyncio.to_thread(self.app.repo.unanswered, 10)
        lines = [
            f"{r['created'][:10]} {r['reason']}"
            + (f" [{r['condition']}]" if r["condition"] else "")
            + f": {r['question']}"
            for r in rows
        ]
        await self._say(context.bot, chat, "\n".join(lines) or "No unanswered questions.")

    async def on_done(self, update: Update, context: Ctx) -> None:
        chat = await self._allowed(update, context.bot)
        if chat is None or update.message is None:
            return
        replied = update.message.reply_to_message
        code = (context.args or [""])[0].upper()
        if not code and replied:
            code = await asyncio.to_thread(self._code_for, replied)
        ticket = await asyncio.to_thread(self.app.repo.ticket, code) if code else None
        if ticket is None or ticket["status"] != "open":
            await self._say(context.bot, chat, f"No open ticket {code}. Use /done Z-XXXXXX.")
            return
        chat_id = user_chat(ticket)
        await asyncio.to_thread(self.app.repo.close_ticket, code)
        text = (
            f"A person from our team closed your request {code}. I'm answering your "
            "questions again. Thank you for writing to us."
        )
        if chat_id is not None:
            await send(context.bot, chat_id, text_messages(text))
        await self._say(context.bot, chat, f"Closed {code}; the user was told.")

    # -- the relay ------------------------------------------------------------------------------
    def _code_for(self, message: Any) -> str:
        """The ticket a message in the moderators' chat belongs to ('' if none)."""
        code = self.recent.get(message.message_id)
        if code is None:
            ticket = self.app.repo.ticket_by_mod_message(message.message_id)
            code = ticket["code"] if ticket else None
        if code is None and message.text:
            match = CODE_RE.search(message.text.partition("\n")[0])
            code = match.group(0) if match else None
        return code or ""

    async def on_reply(self, update: Update, context: Ctx) -> None:
        """A reply in the moderators' chat to a ticket message goes to that user."""
        message = update.message
        if message is None or message.reply_to_message is None or message.text is None:
            return
        replied = message.reply_to_message
        if replied.from_user is None or replied.from_user.id != context.bot.id:
            return
        code = await asyncio.to_thread(self._code_for, replied)
        if not code:
            return  # not a ticket: the group handlers treat it as a question to the bot
        if not self.is_moderator(update):
            await self._say(context.bot, message.chat, "Only moderators can answer tickets.")
            raise ApplicationHandlerStop
        ticket = await asyncio.to_thread(self.app.repo.ticket, code)
        chat_id = user_chat(ticket) if ticket and ticket["status"] == "open" else None
        if chat_id is None:
            await self._say(context.bot, message.chat, f"Ticket {code} is closed.")
            raise ApplicationHandlerStop
        pieces = text_messages(message.text, limit=4000)
        if not pieces:
            raise ApplicationHandlerStop
        head = f"💬 <b>Zebra team</b> ({code}):\n\n"
        pieces[0] = Outgoing(head + pieces[0].text)
        await send(context.bot, chat_id, pieces)
        await send(
            context.bot,
            message.chat.id,
            text_messages(f"✓ Sent to {code}."),
            reply_to=message.message_id,
        )
        raise ApplicationHandlerStop


def user_chat(ticket: dict[str, Any]) -> int | None:
    """The Telegram chat of a ticket's user (None if it came from elsewhere or was closed)."""
    ref = str(ticket.get("chat_ref") or "")
    return int(ref) if ref.lstrip("-").isdigit() else None
