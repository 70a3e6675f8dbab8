"""Terminal chat and `zebra ask` over the same Engine the Telegram adapter uses."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable

import click

from bot.app import App, create_app
from bot.config import Settings
from bot.engine.messages import Message, Reply
from bot.engine.render import plain_text


def show(reply: Reply) -> list[str]:
    """Print a reply; returns the actions of its numbered buttons."""
    click.echo(click.style(plain_text(reply), fg="white"))
    actions = []
    for row in reply.buttons:
        for button in row:
            actions.append(button.action)
            click.echo(click.style(f"  [{len(actions)}] {button.label}", fg="cyan"))
    return actions


async def start(settings: Settings) -> App:
    from bot.nlu.setup import nlu_for

    nlu = await nlu_for(settings)
    return create_app(settings, nlu)


async def chat_loop(settings: Settings) -> None:
    click.echo("Loading Zebra…")
    app = await start(settings)
    click.echo(
        "Zebra: general information about rare conditions, not medical advice. "
        "Type a question, a button number, or /quit."
    )
    actions: list[str] = []
    try:
        while True:
            try:
                text = click.prompt(click.style("you", fg="green"), prompt_suffix="> ")
            except (EOFError, click.Abort):
                break
            if text.strip() in ("/quit", "/exit"):
                break
            message = Message(user="local", text=text, channel="console")
            if text.strip().isdigit() and 0 < int(text) <= len(actions):
                reply = await app.engine.action(message, actions[int(text) - 1])
            else:
                reply = await app.engine.handle(message)
            actions = show(reply)
    finally:
        await stop(app)


async def ask_lines(
    settings: Settings, lines: Iterable[str], as_json: bool, user: str, wait_nlu: bool = False
) -> None:
    """Each line is a conversation of its own, deleted once answered (one-shot, no residue)."""
    app = await start(settings)
    if wait_nlu:
        await wait_for_nlu(app.engine.nlu)
    try:
        for number, line in enumerate(lines):
            if not line.strip() and not as_json:
                continue
            message = Message(user=f"{user}:{number}", text=line, channel="cli")
            reply = await app.engine.handle(message)
            await asyncio.to_thread(app.repo.forget, app.engine.key(message))
            if as_json:
                click.echo(json.dumps(reply.as_json(line), ensure_ascii=False))
            else:
                click.echo(plain_text(reply) + "\n")
    finally:
        await stop(app)


async def wait_for_nlu(nlu: object) -> None:
    service = getattr(nlu, "service", None)
    if service is not None and not await service.wait_ready():
        click.echo("Rasa did not become ready; answering by retrieval.", err=True)


async def stop(app: App) -> None:
    from bot.nlu.setup import close_nlu

    await close_nlu(app.engine.nlu)
    app.close()
