"""Reply -> Telegram messages: HTML with every text escaped, split under 4,096 characters at
paragraph boundaries, inline keyboards whose callback_data fits Telegram's 64 bytes."""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine.messages import Button, Reply, SourceRef
from bot.engine.render import LINK_RE

LIMIT = 4096  # Telegram's maximum message length (UTF-16 code units)
CALLBACK_BYTES = 64
TOKEN_PREFIX = "~"  # callback_data starting with it is a token for a longer action
SOURCED_KINDS = ("answer", "trials", "advice_refusal")


@dataclass(frozen=True)
class Outgoing:
    """One Telegram message to send: HTML text and an optional keyboard."""

    text: str
    markup: InlineKeyboardMarkup | None = None


class ActionTokens:
    """Short stand-ins for actions longer than 64 bytes: an in-memory LRU (lost on restart,
    when an old button answers "expired")."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._actions: OrderedDict[str, str] = OrderedDict()  # token -> action
        self._tokens: dict[str, str] = {}  # action -> token

    def data_for(self, action: str) -> str:
        if len(action.encode()) <= CALLBACK_BYTES and not action.startswith(TOKEN_PREFIX):
            return action
        token = self._tokens.get(action)
        if token is None:
            token = TOKEN_PREFIX + secrets.token_urlsafe(9)
            self._tokens[action] = token
            self._actions[token] = action
            if len(self._actions) > self.size:
                _, old = self._actions.popitem(last=False)
                self._tokens.pop(old, None)
        self._actions.move_to_end(token)
        return token

    def action_for(self, data: str) -> str | None:
        """The action behind callback_data; None for an unknown (expired) token."""
        if not data.startswith(TOKEN_PREFIX):
            return data or None
        action = self._actions.get(data)
        if action is not None:
            self._actions.move_to_end(data)
        return action


def size(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def inline_html(text: str) -> str:
    """Escape text; Markdown-style web links become <a href>, links between items their label."""
    out, last = [], 0
    for match in LINK_RE.finditer(text):
        label, target = match.group(1), match.group(2)
        out.append(escape(text[last : match.start()], quote=False))
        if target.startswith(("http://", "https://")):
            out.append(f'<a href="{escape(target)}">{escape(label, quote=False)}</a>')
        else:
            out.append(escape(label, quote=False))
        last = match.end()
    out.append(escape(text[last:], quote=False))
    return "".join(out)


def source_html(ref: SourceRef) -> str:
    """Where an answer comes from: Zebra's page, its review date, and its sources as links."""
    names = []
    for source in ref.sources:
        if source.url.startswith(("http://", "https://")):
            names.append(f'<a href="{escape(source.url)}">{escape(source.name, quote=False)}</a>')
        else:
            names.append(escape(source.name, quote=False))
    line = (
        f"<i>Source: Zebra, “{escape(ref.title, quote=False)}: "
        f"{escape(ref.heading, quote=False)}”, reviewed {escape(ref.reviewed)}.</i>"
    )
    return f"{line} Based on: {'; '.join(names)}." if names else line


def fit(raw: str, limit: int = LIMIT, separators: Sequence[str] = ("\n", " ")) -> list[str]:
    """One paragraph as HTML pieces within `limit`: cut at lines, then words, then characters."""
    rendered = inline_html(raw)
    if size(rendered) <= limit:
        return [rendered] if raw.strip() else []
    if not separators:
        cut = min(len(raw), limit)
        while cut > 1 and size(inline_html(raw[:cut])) > limit:
            cut = cut * 9 // 10
        return [inline_html(raw[:cut]), *fit(raw[cut:], limit, ())]
    sep, finer = separators[0], separators[1:]
    chunks: list[str] = []
    current = ""
    for unit in raw.split(sep):
        candidate = f"{current}{sep}{unit}" if current else unit
        if current and size(inline_html(candidate)) > limit:
            chunks.append(current)
            candidate = unit
        current = candidate
    chunks.append(current)
    return [piece for chunk in chunks for piece in fit(chunk, limit, finer)]


def pack(paragraphs: list[str], limit: int = LIMIT) -> list[str]:
    """Join HTML paragraphs (each within `limit`) into as few messages as fit."""
    messages: list[str] = []
    for paragraph in paragraphs:
        if messages and size(messages[-1]) + 2 + size(paragraph) <= limit:
            messages[-1] += "\n\n" + paragraph
        else:
            messages.append(paragraph)
    return messages


def paragraphs(reply: Reply, limit: int = LIMIT) -> list[str]:
    title = f"{reply.sources[0].title}: {reply.sources[0].heading}" if reply.sources else None
    out: list[str] = []
    for block in reply.blocks:
        for raw in block.split("\n\n"):
            if raw.strip() == title and reply.kind in SOURCED_KINDS:
                out.append(f"<b>{escape(raw.strip(), quote=False)}</b>")
            else:
                out.extend(fit(raw.strip("\n"), limit))
    out += [source_html(ref) for ref in reply.sources[:1] if ref.reviewed]
    return out


def keyboard(rows: list[list[Button]], tokens: ActionTokens) -> InlineKeyboardMarkup | None:
    buttons = [
        [InlineKeyboardButton(b.label, callback_data=tokens.data_for(b.action)) for b in row]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(buttons) if buttons else None


def render(reply: Reply, tokens: ActionTokens, limit: int = LIMIT) -> list[Outgoing]:
    """The messages for one reply; the keyboard goes under the last one."""
    texts = pack(paragraphs(reply, limit), limit)
    markup = keyboard(reply.buttons, tokens)
    if not texts:
        return [Outgoing("👇", markup)] if markup else []
    return [Outgoing(t) for t in texts[:-1]] + [Outgoing(texts[-1], markup)]


def text_messages(text: str, limit: int = LIMIT) -> list[Outgoing]:
    """Plain text (reports, relayed messages), escaped and split."""
    pieces = [p for raw in text.split("\n\n") for p in fit(raw, limit)]
    return [Outgoing(t) for t in pack(pieces, limit)]


def without_actions(
    markup: InlineKeyboardMarkup | None, tokens: ActionTokens, prefix: str
) -> InlineKeyboardMarkup | None:
    """The keyboard minus buttons whose action starts with `prefix` (e.g. after feedback)."""
    if markup is None:
        return None
    rows = [
        [
            b
            for b in row
            if not (tokens.action_for(str(b.callback_data or "")) or "").startswith(prefix)
        ]
        for row in markup.inline_keyboard
    ]
    kept = [row for row in rows if row]
    return InlineKeyboardMarkup(kept) if kept else None


def dm_button(username: str) -> InlineKeyboardMarkup:
    url = f"https://t.me/{username}"
    return InlineKeyboardMarkup([[InlineKeyboardButton("Open a private chat with Zebra", url=url)]])


def with_dm_button(markup: InlineKeyboardMarkup | None, username: str) -> InlineKeyboardMarkup:
    rows = [*(markup.inline_keyboard if markup else ()), *dm_button(username).inline_keyboard]
    return InlineKeyboardMarkup(rows)
