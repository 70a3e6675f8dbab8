"""What Zebra may do in group chats: speak only when addressed (an @mention or a reply to one
of its messages) and never show anything personal there."""

from __future__ import annotations

import dataclasses

from telegram import Bot, Chat, MessageEntity
from telegram import Message as TgMessage
from telegram.constants import ChatType

from bot.engine.messages import Reply

PERSONAL_KINDS = ("handoff", "privacy", "advice_refusal")
PERSONAL_ACTIONS = ("handoff:", "forget:")
DM = "That's personal, so let's talk about it in a private chat. Tap below, then ask me there."


def is_private(chat: Chat) -> bool:
    return chat.type == ChatType.PRIVATE


def public(reply: Reply) -> tuple[Reply | None, bool]:
    """What a group may see: None if the reply is personal; else the reply without personal
    buttons, and whether any were removed."""
    if reply.kind in PERSONAL_KINDS or reply.silent:
        return None, True
    rows = [[b for b in row if not b.action.startswith(PERSONAL_ACTIONS)] for row in reply.buttons]
    stripped = sum(map(len, rows)) < sum(map(len, reply.buttons))
    return dataclasses.replace(reply, buttons=[r for r in rows if r], notify=[]), stripped


def addressed_text(message: TgMessage, bot: Bot) -> str | None:
    """A group message's text without the @mention, or None if it isn't addressed to the bot."""
    text = message.text or ""
    mine = [
        part
        for entity, part in message.parse_entities(
            [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
        ).items()
        if part.lower() == f"@{bot.username}".lower()
        or (entity.user is not None and entity.user.id == bot.id)
    ]
    replied = message.reply_to_message
    to_bot = (
        replied is not None and replied.from_user is not None and replied.from_user.id == bot.id
    )
    if not mine and not to_bot:
        return None
    for part in mine:
        text = text.replace(part, " ")
    return text
