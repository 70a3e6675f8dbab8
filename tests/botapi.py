"""A local fake Telegram Bot API server for end-to-end tests (tornado, on the test's event loop).

It speaks the HTTP side of the Bot API that python-telegram-bot uses: form-encoded (or JSON)
bodies, non-string values as JSON strings, `{"ok": ..., "result": ...}` answers. Tests inject
updates and wait for what the bot sent, either in-process (`inject`, `wait_sent`, `wait_call`) or
over HTTP (`POST /test/<token>/updates`, `GET /test/sent?since=N`). `fail()` makes the next N
calls of a method answer 429 (with retry_after) or 500. Messages are checked like Telegram does:
at most 4,096 characters, well-formed HTML, callback_data at most 64 bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

import tornado.httpserver
import tornado.netutil
import tornado.web

BOT_ID = 7_000_000_001
BOT_USERNAME = "zebra_test_bot"
JSON_FIELDS = (
    "reply_markup",
    "reply_parameters",
    "commands",
    "allowed_updates",
    "scope",
    "link_preview_options",
)
TAG_RE = re.compile(r"<(/?)([a-z-]+)(?:\s[^<>]*)?>")
ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "span",
    "tg-spoiler",
    "blockquote",
}


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def check_html(text: str) -> None:
    """Raise ApiError(400) where Telegram would refuse to parse an HTML message."""
    stack: list[str] = []
    for match in TAG_RE.finditer(text):
        closing, tag = match.group(1), match.group(2)
        if tag not in HTML_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: unsupported tag {tag}")
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            raise ApiError(400, f"Bad Request: can't parse entities: unexpected end tag {tag}")
    if stack:
        raise ApiError(400, "Bad Request: can't parse entities: unclosed tag")
    if re.search(r"[<>&]", ENTITY_RE.sub("", TAG_RE.sub("", text))):
        raise ApiError(400, "Bad Request: can't parse entities: unescaped character")


@dataclass
class Bot:
    """One token's update queue and webhook."""

    updates: list[dict[str, Any]] = field(default_factory=list)
    webhook: dict[str, Any] = field(default_factory=dict)


class FakeBotAPI:
    def __init__(self) -> None:
        self.bots: dict[str, Bot] = defaultdict(Bot)
        self.chats: dict[int, dict[str, Any]] = {}
        self.sent: list[dict[str, Any]] = []  # every message a bot sent, in order
        self.calls: list[dict[str, Any]] = []  # every call: method, params, status
        self.faults: dict[str, deque[tuple[int, int | None]]] = defaultdict(deque)
        self.changed = asyncio.Condition()
        self.ids = itertools.count(1000)
        self.update_ids = itertools.count(1)
        self.port = 0
        self.server: tornado.httpserver.HTTPServer | None = None

    # -- lifecycle ----------------------------------------------------------------------------
    async def start(self) -> None:
        web = tornado.web.Application(
            [
                (r"/bot([^/]+)/(\w+)", MethodHandler, {"api": self}),
                (r"/test/([^/]+)/updates", InjectHandler, {"api": self}),
                (r"/test/sent", SentHandler, {"api": self}),
            ]
        )
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        self.server = tornado.httpserver.HTTPServer(web)
        self.server.add_sockets(sockets)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            await self.server.close_all_connections()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- test API -------------------------------------------------------------------------------
    def fail(
        self, method: str, status: int = 500, retry_after: int | None = None, times: int = 1
    ) -> None:
        """The next `times` calls of `method` answer `status` (429 carries retry_after)."""
        self.faults[method].extend([(status, retry_after)] * times)

    def chat(self, chat_id: int, kind: str = "private", **extra: Any) -> dict[str, Any]:
        self.chats[chat_id] = {"id": chat_id, "type": kind, **extra}
        return self.chats[chat_id]

    def message(
        self, user: dict[str, Any], chat_id: int, text: str | None = None, **extra: Any
    ) -> dict[str, Any]:
        """A message from a person (not yet delivered: pass it to `inject`)."""
        message = {
            "message_id": next(self.ids),
            "date": int(time.time()),
            "from": user,
            "chat": self.chats[chat_id],
            **extra,
        }
        if text is not None:
            message["text"] = text
        return message

    async def inject(self, token: str, update: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self.update_ids), **update}
        async with self.changed:
            self.bots[token].updates.append(update)
            self.changed.notify_all()
        return update

    async def wait_sent(
        self, chat_id: int, since: int, count: int = 1, timeout: float = 20.0, settle: float = 0.3
    ) -> list[dict[str, Any]]:
        """Messages to `chat_id` after index `since`: at least `count`, then `settle` s of quiet."""

        def mine() -> list[dict[str, Any]]:
            return [m for m in self.sent[since:] if m["chat"]["id"] == chat_id]

        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(lambda: len(mine()) >= count), timeout)
        seen = -1
        while seen != len(mine()):
            seen = len(mine())
            await asyncio.sleep(settle)
        return mine()

    async def wait_call(
        self, method: str, since: int = 0, timeout: float = 20.0, **params: Any
    ) -> dict[str, Any]:
        """The first successful call of `method` after index `since` whose params match."""

        def found() -> dict[str, Any] | None:
            return next(
                (
                    c
                    for c in self.calls[since:]
                    if c["method"] == method
                    and c["status"] == 200
                    and params.items() <= c["params"].items()
                ),
                None,
            )

        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(lambda: found() is not None), timeout)
        call = found()
        assert call is not None
        return call

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        return [c for c in self.calls if c["method"] == method]

    # -- the Bot API ----------------------------------------------------------------------------
    async def call(self, token: str, method: str, params: dict[str, Any]) -> Any:
        try:
            if self.faults[method]:
                status, retry_after = self.faults[method].popleft()
                text = (
                    "Too Many Requests: retry later" if status == 429 else "Internal Server Error"
                )
                raise ApiError(status, text, retry_after)
            handler = getattr(self, f"api_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(token, params)
        except ApiError as exc:
            await self._record(method, params, exc.code)
            raise
        await self._record(method, params, 200)
        return result

    async def _record(self, method: str, params: dict[str, Any], status: int) -> None:
        async with self.changed:
            self.calls.append({"method": method, "params": params, "status": status})
            self.changed.notify_all()

    async def api_getme(self, token: str, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Zebra",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def api_getupdates(self, token: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        bot = self.bots[token]
        offset, timeout = int(params.get("offset", 0)), float(params.get("timeout", 0))
        bot.updates = [u for u in bot.updates if u["update_id"] >= offset]
        if not bot.updates and timeout > 0:
            async with self.changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self.changed.wait_for(lambda: bool(bot.updates)), min(timeout, 5.0)
                    )
        return bot.updates[: int(params.get("limit", 100))]

    async def api_sendmessage(self, token: str, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, text = int(params["chat_id"]), str(params.get("text", ""))
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        self._check_text(text, params)
        reply_to = (params.get("reply_parameters") or {}).get("message_id")
        message = {
            "message_id": next(self.ids),
            "date": int(time.time()),
            "chat": self.chats[chat_id],
            "from": self.bot_user,
            "text": text,
            "_parse_mode": params.get("parse_mode"),
            "_reply_to": reply_to,
            "_token": params["_token"],
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        async with self.changed:
            self.sent.append(message)
            self.changed.notify_all()
        return public(message)

    async def api_editmessagetext(self, token: str, params: dict[str, Any]) -> dict[str, Any]:
        message = self._find(params)
        self._check_text(str(params["text"]), params)
        message["text"] = params["text"]
        message.pop("reply_markup", None)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return public(message)

    async def api_editmessagereplymarkup(self, token: str, params: dict[str, Any]) -> Any:
        message = self._find(params)
        message.pop("reply_markup", None)
        if (params.get("reply_markup") or {}).get("inline_keyboard"):
            message["reply_markup"] = params["reply_markup"]
        return public(message)

    async def api_setwebhook(self, token: str, params: dict[str, Any]) -> bool:
        self.bots[token].webhook = {
            "url": params.get("url", ""),
            "secret_token": params.get("secret_token"),
        }
        return True

    async def api_deletewebhook(self, token: str, params: dict[str, Any]) -> bool:
        self.bots[token].webhook = {}
        return True

    async def api_getwebhookinfo(self, token: str, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.bots[token].webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.bots[token].updates),
        }

    async def api_answercallbackquery(self, token: str, params: dict[str, Any]) -> bool:
        return True

    api_sendchataction = api_setmycommands = api_close = api_logout = api_answercallbackquery

    @property
    def bot_user(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Zebra", "username": BOT_USERNAME}

    def _find(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        for message in self.sent:
            if message["chat"]["id"] == chat_id and message["message_id"] == message_id:
                return message
        raise ApiError(400, "Bad Request: message to edit not found")

    @staticmethod
    def _check_text(text: str, params: dict[str, Any]) -> None:
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        if params.get("parse_mode") == "HTML":
            check_html(text)
        for row in (params.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if len(button.get("callback_data", "").encode()) > 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def public(message: dict[str, Any]) -> dict[str, Any]:
    """A stored message as Telegram returns it (without the test-only `_` fields)."""
    return {k: v for k, v in message.items() if not k.startswith("_")}


class MethodHandler(tornado.web.RequestHandler):
    def initialize(self, api: FakeBotAPI) -> None:
        self.api = api

    async def post(self, token: str, method: str) -> None:
        if self.request.headers.get("Content-Type", "").startswith("application/json"):
            params: dict[str, Any] = json.loads(self.request.body or b"{}")
        else:
            args = {**self.request.query_arguments, **self.request.body_arguments}
            params = {k: v[-1].decode() for k, v in args.items()}
            for name in JSON_FIELDS:
                if isinstance(params.get(name), str):
                    params[name] = json.loads(params[name])
        params["_token"] = token
        try:
            result = await self.api.call(token, method, params)
        except ApiError as exc:
            self.set_status(exc.code)
            body: dict[str, Any] = {
                "ok": False,
                "error_code": exc.code,
                "description": exc.description,
            }
            if exc.retry_after:
                body["parameters"] = {"retry_after": exc.retry_after}
            self.finish(body)
            return
        self.finish(json.dumps({"ok": True, "result": result}))

    get = post


class InjectHandler(tornado.web.RequestHandler):
    def initialize(self, api: FakeBotAPI) -> None:
        self.api = api

    async def post(self, token: str) -> None:
        self.finish(await self.api.inject(token, json.loads(self.request.body)))


class SentHandler(tornado.web.RequestHandler):
    def initialize(self, api: FakeBotAPI) -> None:
        self.api = api

    def get(self) -> None:
        since = int(self.get_query_argument("since", "0"))
        self.finish(json.dumps([public(m) for m in self.api.sent[since:]]))
