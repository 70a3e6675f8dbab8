"""Talking to the Bot API safely: bounded retries for sends, optional calls that may fail
without consequence, and the typing indicator while the engine works."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from typing import Any, TypeVar

from telegram import Bot, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

from bot.channels.telegram_render import Outgoing

log = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 4
BACKOFF = 0.5  # seconds before the second attempt, doubled after each failure
MAX_WAIT = 60.0  # longer flood waits are not retried: the error handler takes over
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def retry_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 deprecates the int form; both are handled
        warnings.simplefilter("ignore")
        value: Any = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def retrying(call: Callable[[], Awaitable[T]], attempts: int = ATTEMPTS) -> T:
    """Run `call`, retrying flood waits, timeouts and network errors a bounded number of times.

    Bad requests are never retried: sending the same thing again would fail the same way.
    """
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            delay = retry_seconds(exc)
            if attempt == attempts or delay > MAX_WAIT:
                raise
        except BadRequest:
            raise
        except NetworkError as exc:  # includes TimedOut and 5xx answers
            if attempt == attempts:
                raise
            delay = BACKOFF * 2 ** (attempt - 1)
            log.warning(
                "Telegram call failed (%s); retry %d in %.1f s", type(exc).__name__, attempt, delay
            )
        await asyncio.sleep(delay)
    raise RuntimeError("unreachable")  # pragma: no cover


async def optional(call: Awaitable[object], what: str) -> bool:
    """An extra (commands menu, typing indicator, ...) whose failure must not stop the bot."""
    try:
        await call
    except TelegramError as exc:
        log.info("optional call %s failed: %s", what, type(exc).__name__)
        return False
    return True


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int, every: float = 4.5) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block ends (Telegram clears it after ~5 s)."""

    async def keep_typing() -> None:
        while True:
            await optional(bot.send_chat_action(chat_id, ChatAction.TYPING), "sendChatAction")
            await asyncio.sleep(every)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def send(
    bot: Bot, chat_id: int, pieces: list[Outgoing], reply_to: int | None = None
) -> list[Message]:
    """Send rendered messages in order (the first one as a reply to `reply_to`), with retries."""
    sent = []
    for number, piece in enumerate(pieces):
        call = partial(
            bot.send_message,
            chat_id,
            piece.text,
            parse_mode=ParseMode.HTML,
            reply_markup=piece.markup,
            link_preview_options=NO_PREVIEW,
            reply_parameters=ReplyParameters(reply_to, allow_sending_without_reply=True)
            if reply_to and number == 0
            else None,
        )
        sent.append(await retrying(call))
    return sent
