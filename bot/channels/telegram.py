"""Zebra on Telegram: build the python-telegram-bot Application over the engine and run it,
by long polling or (when WEBHOOK_URL is set) a webhook checked with a secret token.

Only `bot.channels.telegram*` modules import `telegram`. Logs never carry message text, names
or raw ids.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
import warnings
from collections.abc import AsyncIterator, Awaitable
from typing import Any
from urllib.parse import urlparse

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.constants import ChatType
from telegram.error import InvalidToken
from telegram.ext import AIORateLimiter, Application, BaseUpdateProcessor, ContextTypes

from bot.app import App
from bot.channels.telegram_chat import Conversation
from bot.channels.telegram_menus import COMMANDS, MODERATOR_COMMANDS
from bot.channels.telegram_moderation import Moderation
from bot.channels.telegram_render import ActionTokens, Outgoing
from bot.channels.telegram_send import optional, send
from bot.config import Settings
from bot.store.repo import Repo

log = logging.getLogger(__name__)
Ctx = ContextTypes.DEFAULT_TYPE
TgApp = Application[Any, Any, Any, Any, Any, Any]
DAY = 24 * 3600.0
CONCURRENT_UPDATES = 16
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


class PerChatUpdates(BaseUpdateProcessor):
    """Different chats are served concurrently; each chat's updates stay in order (follow-up
    questions depend on the previous answer)."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}  # lock and updates holding it

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._chats.get(chat.id, (asyncio.Lock(), 0))
        self._chats[chat.id] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._chats[chat.id]
            if users == 1:
                del self._chats[chat.id]
            else:
                self._chats[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def build_application(app: App, settings: Settings, *, rate_limiter: bool = True) -> TgApp:
    """The Application with every handler; AIORateLimiter in production, none in tests."""
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    builder = Application.builder().token(settings.telegram_token)
    if settings.telegram_base_url:  # any Bot API-compatible server, e.g. http://host:8081/bot
        base = settings.telegram_base_url.rstrip("/")
        file_base = base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base
        builder = builder.base_url(base).base_file_url(file_base)
    builder = builder.concurrent_updates(PerChatUpdates(CONCURRENT_UPDATES))
    limited = builder.rate_limiter(AIORateLimiter()) if rate_limiter else builder
    application: TgApp = limited.build()
    tokens = ActionTokens()
    moderation = Moderation(app, settings)
    conversation = Conversation(app, settings, moderation, tokens)
    relay = moderation.relay()
    if relay is not None:
        application.add_handler(relay, group=-1)  # before the group-message handlers
    application.add_handlers([*moderation.commands(), *conversation.handlers()])
    application.add_error_handler(on_error)
    return application


async def on_error(update: object, context: Ctx) -> None:
    """Log the failure (its type and traceback only) and tell the person something went wrong."""
    error = context.error
    log.error("handling an update failed: %s", type(error).__name__, exc_info=error)
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is not None and chat.type != ChatType.CHANNEL:
        await optional(send(context.bot, chat.id, [Outgoing(SORRY)]), "error notice")


async def purge_forever(repo: Repo, days: int, interval: float = DAY, first: float = 60.0) -> None:
    """Data retention without PTB's job queue: purge now-ish, then once a day."""
    await asyncio.sleep(first)
    while True:
        try:
            touched = await asyncio.to_thread(repo.purge, days)
            log.info("retention: purged %d rows older than %d days", touched, days)
        except Exception:
            log.exception("retention purge failed")
        await asyncio.sleep(interval)


def schedule_purge(application: TgApp, repo: Repo, days: int) -> asyncio.Task[None] | None:
    with warnings.catch_warnings():  # PTB warns when the job-queue extra is not installed
        warnings.simplefilter("ignore")
        jobs = application.job_queue
    if jobs is None:
        return asyncio.create_task(purge_forever(repo, days))

    async def purge(context: Any) -> None:
        await asyncio.to_thread(repo.purge, days)

    jobs.run_repeating(purge, interval=dt.timedelta(days=1), first=dt.timedelta(minutes=1))
    return None


async def register_commands(application: TgApp, settings: Settings) -> None:
    bot = application.bot
    await optional(bot.set_my_commands([BotCommand(n, d) for n, d in COMMANDS]), "setMyCommands")
    if settings.moderators_chat_id is not None:
        mod = [BotCommand(n, d) for n, d in COMMANDS + MODERATOR_COMMANDS]
        scope = BotCommandScopeChat(settings.moderators_chat_id)
        await optional(bot.set_my_commands(mod, scope=scope), "setMyCommands (moderators)")


@contextlib.asynccontextmanager
async def running(
    application: TgApp, app: App, settings: Settings, listen: str = "0.0.0.0"
) -> AsyncIterator[TgApp]:
    """Start the bot (polling, or a webhook when WEBHOOK_URL is set); stop it gracefully."""
    updater = application.updater
    assert updater is not None
    await application.initialize()
    purge: asyncio.Task[None] | None = None
    try:
        await register_commands(application, settings)
        if settings.webhook_url:
            await updater.start_webhook(
                listen=listen,
                port=settings.webhook_port,
                webhook_url=settings.webhook_url,
                url_path=urlparse(settings.webhook_url).path.lstrip("/"),
                secret_token=settings.webhook_secret or None,
            )
        else:
            await updater.start_polling()
        await application.start()
        purge = schedule_purge(application, app.repo, settings.retention_days)
        mode = "webhook" if settings.webhook_url else "long polling"
        log.info("Zebra is on Telegram as @%s (%s)", application.bot.username, mode)
        yield application
    finally:
        if purge is not None:
            purge.cancel()
        if updater.running:
            await updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()


async def serve(settings: Settings) -> None:
    """`zebra telegram`: run until SIGINT or SIGTERM, then finish the work at hand and exit."""
    from bot.channels.console import start, stop

    app = await start(settings)
    try:
        application = build_application(app, settings)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stopping.set)
        async with running(application, app, settings):
            await stopping.wait()
        log.info("Zebra stopped")
    except InvalidToken:  # PTB's message would print the token
        raise SystemExit("Telegram rejected TELEGRAM_BOT_TOKEN: check it with @BotFather") from None
    finally:
        await stop(app)
