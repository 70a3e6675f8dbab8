"""People on Telegram: commands, questions in private chats and (when addressed) in groups,
button presses, and whatever else people send. Every answer comes from the engine; groups never
see anything personal (privacy, deletion, handoff, advice go to a private chat)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot, CallbackQuery, Chat, Update
from telegram import Message as TgMessage
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.app import App
from bot.channels import telegram_menus as menus
from bot.channels.telegram_groups import DM, PERSONAL_ACTIONS, addressed_text, is_private, public
from bot.channels.telegram_moderation import Moderation
from bot.channels.telegram_render import (
    ActionTokens,
    Outgoing,
    dm_button,
    render,
    with_dm_button,
    without_actions,
)
from bot.channels.telegram_send import optional, retrying, send, typing
from bot.config import Settings
from bot.engine.messages import Message, Reply

Ctx = ContextTypes.DEFAULT_TYPE
Callback = Callable[[Update, Ctx], Coroutine[Any, Any, None]]
TEXT_ONLY = (
    "I can only read text messages for now. Please type your question, for example "
    "“what is Pompe disease?”"
)
EDITED = "I only read new messages, so I didn't see your edit. Please send it again."
UNKNOWN = "I don't know that command. /help lists what I can do."
NO_HANDOFF = (
    "Talking to a person isn't set up for this bot yet, sorry. I can still answer "
    "your questions, and /groups lists support organisations."
)
FEEDBACK_HOW = "Write your comment after the command, e.g. “/feedback the trials answer helped”."
EXPIRED = "That button has expired. Please ask again."


class Conversation:
    def __init__(
        self, app: App, settings: Settings, moderation: Moderation, tokens: ActionTokens
    ) -> None:
        self.app, self.settings, self.moderation, self.tokens = app, settings, moderation, tokens

    def handlers(self) -> list[BaseHandler[Any, Any, Any]]:
        new, private = filters.UpdateType.MESSAGE, filters.ChatType.PRIVATE
        commands: dict[str, Callback] = {
            "start": self.on_start,
            "help": self.on_help,
            "conditions": self._browse("condition"),
            "treatments": self._browse("treatment"),
            "trials": self._browse("trial-guide"),
            "groups": self.on_groups,
            "human": self._dm(self.on_human),
            "cancel": self._dm(self._act("handoff:cancel")),
            "privacy": self._dm(self.on_privacy),
            "forget": self._dm(self._act("forget:ask")),
            "feedback": self.on_feedback,
        }
        text = new & filters.TEXT & ~filters.COMMAND
        return [
            *(CommandHandler(name, callback, filters=new) for name, callback in commands.items()),
            MessageHandler(text & private, self.on_private_text),
            MessageHandler(text & filters.ChatType.GROUPS, self.on_group_text),
            MessageHandler(new & private & filters.COMMAND, self._say(UNKNOWN)),
            MessageHandler(
                new & private & ~filters.TEXT & ~filters.StatusUpdate.ALL, self._say(TEXT_ONLY)
            ),
            MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, self._say(EDITED)),
            CallbackQueryHandler(self.on_button),
        ]

    # -- engine in, Telegram out ---------------------------------------------------------------
    @staticmethod
    def message(user_id: int, chat: Chat, text: str) -> Message:
        return Message(user=str(user_id), text=text, channel="telegram", chat_ref=str(chat.id))

    async def deliver(
        self, bot: Bot, chat: Chat, reply: Reply, reply_to: int | None = None
    ) -> None:
        if is_private(chat):
            if reply.notify:
                await self.moderation.notify(bot, reply.notify)
            pieces = [] if reply.silent else render(reply, self.tokens)
        else:
            shown, stripped = public(reply)
            if shown is None:
                pieces = [Outgoing(DM, dm_button(bot.username))]
            else:
                pieces = render(shown, self.tokens)
                if stripped and pieces:
                    last = pieces[-1]
                    pieces[-1] = Outgoing(last.text, with_dm_button(last.markup, bot.username))
        await send(bot, chat.id, pieces, reply_to)

    async def converse(
        self, bot: Bot, chat: Chat, user_id: int, text: str, reply_to: int | None = None
    ) -> None:
        async with typing(bot, chat.id):
            reply = await self.app.engine.handle(self.message(user_id, chat, text))
        await self.deliver(bot, chat, reply, reply_to)

    async def act(self, bot: Bot, chat: Chat, user_id: int, action: str) -> None:
        if (
            action.startswith("handoff:")
            and action != "handoff:cancel"
            and (self.settings.moderators_chat_id is None)
        ):
            reply = Reply("handoff", [NO_HANDOFF])
        elif action.startswith("browse:"):
            reply = menus.browse(self.app.engine.index, action.partition(":")[2])
        else:
            async with typing(bot, chat.id):
                reply = await self.app.engine.action(self.message(user_id, chat, ""), action)
        await self.deliver(bot, chat, reply)

    # -- messages ---------------------------------------------------------------------------------
    async def on_private_text(self, update: Update, context: Ctx) -> None:
        message = update.message
        if message and message.from_user and message.text:
            await self.converse(context.bot, message.chat, message.from_user.id, message.text)

    async def on_group_text(self, update: Update, context: Ctx) -> None:
        message = update.message
        if message is None or message.from_user is None:
            return
        text = addressed_text(message, context.bot)
        if text is None:
            return  # not for us: in groups Zebra speaks only when spoken to
        if not text.strip():
            await self.deliver(context.bot, message.chat, menus.welcome(False), message.message_id)
            return
        await self.converse(
            context.bot, message.chat, message.from_user.id, text, message.message_id
        )

    def _say(self, text: str) -> Callback:
        async def say(update: Update, context: Ctx) -> None:
            if update.effective_chat is not None:
                await send(context.bot, update.effective_chat.id, [Outgoing(text)])

        return say

    # -- commands ---------------------------------------------------------------------------------
    def _dm(self, callback: Callback) -> Callback:
        """Personal commands run in private chats only; in groups, an invitation to one."""

        async def private_only(update: Update, context: Ctx) -> None:
            chat, message = update.effective_chat, update.effective_message
            if chat is None or message is None or is_private(chat):
                await callback(update, context)
                return
            await send(
                context.bot,
                chat.id,
                [Outgoing(DM, dm_button(context.bot.username))],
                message.message_id,
            )

        return private_only

    def _act(self, action: str) -> Callback:
        async def act(update: Update, context: Ctx) -> None:
            if update.effective_chat and update.effective_user:
                await self.act(context.bot, update.effective_chat, update.effective_user.id, action)

        return act

    def _browse(self, kind: str) -> Callback:
        async def browse(update: Update, context: Ctx) -> None:
            letter = (context.args or [""])[0][:1].upper()
            action = (
                f"browse:{kind}:{letter}" if letter and kind == "condition" else f"browse:{kind}"
            )
            await self._act(action)(update, context)

        return browse

    async def on_start(self, update: Update, context: Ctx) -> None:
        if update.effective_chat:
            chat = update.effective_chat
            await self.deliver(context.bot, chat, menus.welcome(is_private(chat)))

    async def on_help(self, update: Update, context: Ctx) -> None:
        if update.effective_chat:
            await self.deliver(
                context.bot, update.effective_chat, menus.help_text(context.bot.username)
            )

    async def on_privacy(self, update: Update, context: Ctx) -> None:
        if update.effective_chat:
            reply = menus.privacy(self.app.engine.index)
            await self.deliver(context.bot, update.effective_chat, reply)

    async def on_human(self, update: Update, context: Ctx) -> None:
        await self._act("handoff:ask")(update, context)

    async def on_groups(self, update: Update, context: Ctx) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat and user and context.args:
            text = "support groups " + " ".join(context.args)
            await self.converse(context.bot, chat, user.id, text)
        else:
            await self._act("groups:")(update, context)

    async def on_feedback(self, update: Update, context: Ctx) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        comment = " ".join(context.args or [])
        if comment:
            key = self.app.engine.key(self.message(user.id, chat, ""))
            await asyncio.to_thread(self.app.repo.add_feedback, key, "general", None, comment)
        thanks = "Thank you! Our moderators read every comment."
        await send(context.bot, chat.id, [Outgoing(thanks if comment else FEEDBACK_HOW)])

    # -- buttons ----------------------------------------------------------------------------------
    async def on_button(self, update: Update, context: Ctx) -> None:
        query = update.callback_query
        if query is None:
            return
        action = self.tokens.action_for(query.data or "")
        message = query.message if isinstance(query.message, TgMessage) else None
        if action is None or message is None:
            await self.answer(query, EXPIRED)
            return
        chat = message.chat
        if not is_private(chat) and action.startswith(PERSONAL_ACTIONS):
            await self.answer(query, "Please open a private chat with me for that.")
            return
        if action.startswith("fb:"):
            await self.feedback(query, chat, action)
            return
        await self.answer(query)
        if action.startswith(PERSONAL_ACTIONS):  # one-shot confirmations: no second press
            await optional(query.edit_message_reply_markup(None), "editMessageReplyMarkup")
        await self.act(context.bot, chat, query.from_user.id, action)

    async def feedback(self, query: CallbackQuery, chat: Chat, action: str) -> None:
        thanks: str | None = None
        try:
            reply = await self.app.engine.action(self.message(query.from_user.id, chat, ""), action)
            thanks = reply.blocks[0][:200] if reply.blocks else None
        finally:
            await self.answer(query, thanks)
        markup = query.message.reply_markup if isinstance(query.message, TgMessage) else None
        kept = without_actions(markup, self.tokens, "fb:")
        await optional(query.edit_message_reply_markup(kept), "editMessageReplyMarkup")

    @staticmethod
    async def answer(query: CallbackQuery, text: str | None = None) -> None:
        """Every button press is answered (or Telegram shows a spinner for a long time)."""
        await optional(retrying(lambda: query.answer(text)), "answerCallbackQuery")
