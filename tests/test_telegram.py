"""Zebra on Telegram end to end: the real PTB Application over the real engine, against the
local Bot API server in tests/botapi.py, driven as people would use it."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import os
import re
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from botapi import BOT_USERNAME, FakeBotAPI, public

from bot.app import App
from bot.channels import telegram_send
from bot.channels.telegram import build_application, purge_forever, running
from bot.config import ROOT, Settings
from bot.engine.messages import Button, Message, Reply

TOKEN = "100001:TEST-polling"
MOD_ID, MOD_CHAT, GROUP = 900_001, -100_900, -100_777
users = itertools.count(500_001)
queries = itertools.count(1)


class Person:
    """Someone using Telegram: sends messages and presses buttons, sees what the bot sent."""

    def __init__(self, api: FakeBotAPI, name: str, user_id: int | None = None) -> None:
        self.api, self.token = api, TOKEN
        self.id = user_id or next(users)
        self.user = {"id": self.id, "is_bot": False, "first_name": name}
        api.chat(self.id, "private", first_name=name)

    async def send(
        self,
        text: str | None = None,
        *,
        chat: int | None = None,
        expect: int = 1,
        wait: int | None = None,
        **extra: Any,
    ) -> list[dict[str, Any]]:
        """Send a message; return what the bot then sends to chat `wait` (default: this chat)."""
        chat_id = chat or self.id
        mark = len(self.api.sent)
        message = self.api.message(self.user, chat_id, text, **extra)
        if text and text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        self.last = message
        await self.api.inject(self.token, {"message": message})
        if not expect:
            return []
        return await self.api.wait_sent(wait or chat_id, mark, expect)

    async def press(
        self, shown: dict[str, Any], label: str, expect: int = 1
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Press the button whose label contains `label`: (the callback answer, new messages)."""
        data = next(
            b["callback_data"]
            for row in shown["reply_markup"]["inline_keyboard"]
            for b in row
            if label in b["text"]
        )
        return await self.press_data(shown, data, expect)

    async def press_data(
        self, shown: dict[str, Any], data: str, expect: int = 1
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        mark, calls, query_id = len(self.api.sent), len(self.api.calls), str(next(queries))
        query = {
            "id": query_id,
            "from": self.user,
            "message": public(shown),
            "chat_instance": "test",
            "data": data,
        }
        await self.api.inject(self.token, {"callback_query": query})
        answer = await self.api.wait_call("answerCallbackQuery", calls, callback_query_id=query_id)
        sent = await self.api.wait_sent(shown["chat"]["id"], mark, expect) if expect else []
        return answer, sent


def labels(message: dict[str, Any]) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


def key_of(app: App, person: Person) -> str:
    return app.engine.key(Message(user=str(person.id), text="", channel="telegram"))


def ticket_of(app: App, code: str) -> dict[str, Any]:
    ticket = app.repo.ticket(code)
    assert ticket is not None
    return ticket


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI()
    await server.start()
    server.chat(MOD_CHAT, "supergroup", title="Zebra moderators")
    server.chat(GROUP, "supergroup", title="Rare disease parents")
    yield server
    await server.stop()


@pytest.fixture(scope="session")
def tg_settings(app: App, api: FakeBotAPI) -> Settings:
    return dataclasses.replace(
        app.settings,
        telegram_token=TOKEN,
        telegram_base_url=api.base_url,
        webhook_url=None,
        webhook_secret="s3cret-token",
        moderator_ids=frozenset({MOD_ID}),
        moderators_chat_id=MOD_CHAT,
    )


@pytest.fixture(scope="session")
async def bot(app: App, api: FakeBotAPI, tg_settings: Settings) -> AsyncIterator[FakeBotAPI]:
    """The bot, long polling, started once; its first optional call (setMyCommands) fails."""
    api.fail("setMyCommands", 500)
    application = build_application(app, tg_settings, rate_limiter=False)
    async with running(application, app, tg_settings, listen="127.0.0.1"):
        yield api


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch, api: FakeBotAPI) -> Iterator[None]:
    """Short backoffs; faults a test armed but did not use do not leak into the next test."""
    monkeypatch.setattr(telegram_send, "BACKOFF", 0.05)
    yield
    api.faults.clear()


async def test_start_shows_the_menu_even_though_setmycommands_failed(bot: FakeBotAPI) -> None:
    ana = Person(bot, "Ana")
    [welcome] = await ana.send("/start")
    assert "I'm Zebra" in welcome["text"] and welcome["_parse_mode"] == "HTML"
    assert {"Conditions A-Z", "Treatments", "Support groups", "Talk to a person"} <= set(
        labels(welcome)
    )
    public_menu, moderators_menu = bot.calls_to("setMyCommands")[:2]
    assert public_menu["status"] == 500 and moderators_menu["status"] == 200
    names = {c["command"] for c in moderators_menu["params"]["commands"]}
    assert {"start", "human", "forget", "reload", "done"} <= names
    assert moderators_menu["params"]["scope"] == {"type": "chat", "chat_id": MOD_CHAT}
    [help_text] = await ana.send("/help")
    assert (
        "/forget: Delete your data" in help_text["text"] and f"@{BOT_USERNAME}" in help_text["text"]
    )
    [unknown] = await ana.send("/frobnicate")
    assert "/help" in unknown["text"]


async def test_question_more_on_this_and_helpful_feedback(bot: FakeBotAPI, app: App) -> None:
    ana = Person(bot, "Ana")
    calls = len(bot.calls)
    [answer] = await ana.send("what is fabry disease?")
    assert answer["text"].startswith("<b>Fabry disease: Overview</b>")
    assert "reviewed 2026-" in answer["text"] and '<a href="https://' in answer["text"]
    assert any(
        c["method"] == "sendChatAction" and c["params"]["chat_id"] == str(ana.id)
        for c in bot.calls[calls:]
    )
    _, [symptoms] = await ana.press(answer, "Symptoms")
    assert symptoms["text"].startswith("<b>Fabry disease: Symptoms</b>")
    thanks, _ = await ana.press(symptoms, "Helpful", expect=0)
    assert thanks["params"]["text"] == "Thank you! Glad it helped."
    rows = list(app.repo.db["feedback"].rows_where("user_key = ?", [key_of(app, ana)]))
    assert [(r["source_id"], r["helpful"]) for r in rows] == [
        ("conditions/fabry-disease#symptoms", 1)
    ]
    await bot.wait_call("editMessageReplyMarkup", calls, message_id=str(symptoms["message_id"]))
    assert "👍 Helpful" not in labels(symptoms) and "Overview" in labels(symptoms)


async def test_clarify_then_choose(bot: FakeBotAPI) -> None:
    ben = Person(bot, "Ben")
    [question] = await ben.send("tell me about fabry and gaucher")
    assert len(labels(question)) == 2, question["text"]
    gaucher = next(label for label in labels(question) if "Gaucher" in label)
    _, [answer] = await ben.press(question, gaucher)
    assert answer["text"].startswith("<b>Gaucher disease: ")


async def test_browse_conditions_by_letter_and_expired_buttons(bot: FakeBotAPI) -> None:
    cleo = Person(bot, "Cleo")
    [letters] = await cleo.send("/conditions")
    assert {"A", "F", "G"} <= set(labels(letters))
    _, [under_f] = await cleo.press(letters, "F")
    assert {"Fabry disease", "Friedreich ataxia", "Fragile X syndrome"} <= set(labels(under_f))
    _, [overview] = await cleo.press(under_f, "Fabry")
    assert overview["text"].startswith("<b>Fabry disease: Overview</b>")
    answer, _ = await cleo.press_data(overview, "~no-such-token", expect=0)
    assert answer["params"]["text"] == "That button has expired. Please ask again."
    [groups] = await cleo.send("/groups")  # follows the conversation: Fabry disease
    assert "Fabry disease" in groups["text"] and "https://" in groups["text"]
    [trials] = await cleo.send("/trials")
    assert "What is a clinical trial?" in labels(trials)


async def test_groups_answer_only_when_addressed_and_never_privately(
    bot: FakeBotAPI, app: App
) -> None:
    dora = Person(bot, "Dora")
    mark = len(bot.sent)
    await dora.send("what is cystic fibrosis?", chat=GROUP, expect=0)
    ignored = dora.last
    mention = f"@{BOT_USERNAME} what is cystic fibrosis?"
    entity = {"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}
    [answer] = await dora.send(mention, chat=GROUP, entities=[entity])
    assert answer["_reply_to"] == dora.last["message_id"] != ignored["message_id"]
    assert [m for m in bot.sent[mark:] if m["chat"]["id"] == GROUP] == [answer]
    assert answer["text"].startswith("<b>Cystic fibrosis: ")
    [follow_up] = await dora.send(
        "and how is it treated?", chat=GROUP, reply_to_message=public(answer)
    )
    assert follow_up["_reply_to"] == dora.last["message_id"]
    before = app.repo.rows_about(key_of(app, dora))
    for personal in ("/forget", "/privacy", "/human"):
        [nudge] = await dora.send(personal, chat=GROUP)
        assert "private chat" in nudge["text"]
        assert (
            nudge["reply_markup"]["inline_keyboard"][0][0]["url"] == f"https://t.me/{BOT_USERNAME}"
        )
        assert "Yes, delete my data" not in labels(nudge)
    [advice] = await dora.send(
        f"@{BOT_USERNAME} should I stop my medicine?", chat=GROUP, entities=[entity]
    )
    assert "private chat" in advice["text"] and "doctor" not in advice["text"]
    assert app.repo.rows_about(key_of(app, dora))["feedback"] == before["feedback"]


async def test_stickers_media_edits_and_channel_posts_never_crash(bot: FakeBotAPI) -> None:
    eli = Person(bot, "Eli")
    media: dict[str, Any] = {
        "sticker": {
            "file_id": "s",
            "file_unique_id": "s",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        },
        "photo": [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}],
        "voice": {"file_id": "v", "file_unique_id": "v", "duration": 3},
        "document": {"file_id": "d", "file_unique_id": "d", "file_name": "letter.pdf"},
        "location": {"latitude": 53.3, "longitude": -6.2},
    }
    for kind, payload in media.items():
        [reply] = await eli.send(None, **{kind: payload})
        assert "I can only read text" in reply["text"], kind
    mark = len(bot.sent)
    edited = bot.message(eli.user, eli.id, "what is gaucher disease?", edit_date=int(time.time()))
    await bot.inject(TOKEN, {"edited_message": edited})
    [notice] = await bot.wait_sent(eli.id, mark)
    assert "didn't see your edit" in notice["text"]
    bot.chat(-100_555, "channel", title="News")
    post = {"message_id": 1, "date": int(time.time()), "chat": bot.chats[-100_555], "text": "hi"}
    await bot.inject(TOKEN, {"channel_post": post})
    await eli.send(None, chat=GROUP, expect=0, sticker=media["sticker"])
    mark = len(bot.sent)
    [answer] = await eli.send("what is pompe disease?")
    assert answer["text"].startswith("<b>Pompe disease: ")
    assert [m["chat"]["id"] for m in bot.sent[mark:]] == [eli.id]  # nothing to channel or group


async def test_handoff_round_trip(bot: FakeBotAPI, app: App) -> None:
    fay, mod = Person(bot, "Fay"), Person(bot, "Mo", MOD_ID)
    [offer] = await fay.send("/human")
    assert "Yes, send it" in labels(offer)
    _, [prompt] = await fay.press(offer, "Yes, send it")
    assert "type your question" in prompt["text"]
    mark = len(bot.sent)
    [sent] = await fay.send("Where can we find a Fabry clinic?")
    code = re.search(r"Z-[0-9A-F]{6}", sent["text"]).group(0)  # type: ignore[union-attr]
    [ticket] = await bot.wait_sent(MOD_CHAT, mark)
    assert f"New ticket {code}" in ticket["text"] and "Fay" not in ticket["text"]
    assert "Where can we find a Fabry clinic?" in ticket["text"]
    assert ticket_of(app, code)["mod_message_id"] == ticket["message_id"]
    assert "reply_markup" not in offer  # the one-shot buttons were removed

    [relayed] = await mod.send(
        "Hi! How can we help?", chat=MOD_CHAT, wait=fay.id, reply_to_message=public(ticket)
    )
    assert "Zebra team" in relayed["text"] and "Hi! How can we help?" in relayed["text"]

    mark = len(bot.sent)
    [forwarded] = await fay.send("My son has <Fabry> & we need a clinic", wait=MOD_CHAT)
    assert forwarded["text"] == f"🎫 {code}: My son has &lt;Fabry&gt; &amp; we need a clinic"
    assert not [m for m in bot.sent[mark:] if m["chat"]["id"] == fay.id]  # silent while open

    [second] = await mod.send(
        "Try the expert centre list.",
        chat=MOD_CHAT,
        wait=fay.id,
        reply_to_message=public(forwarded),
    )
    assert "Try the expert centre list." in second["text"]
    [refused] = await Person(bot, "Stranger").send(
        "hello", chat=MOD_CHAT, reply_to_message=public(ticket)
    )
    assert refused["text"] == "Only moderators can answer tickets."

    [closed] = await mod.send(f"/done {code}", chat=MOD_CHAT, wait=fay.id)
    assert "closed your request" in closed["text"]
    assert ticket_of(app, code)["status"] == "closed"
    [answer] = await fay.send("what is cystic fibrosis?")
    assert answer["text"].startswith("<b>Cystic fibrosis: ")


async def test_user_can_cancel_a_handoff(bot: FakeBotAPI, app: App) -> None:
    pat = Person(bot, "Pat")
    [offer] = await pat.send("I want to talk to a real person")
    await pat.press(offer, "Yes, send it")
    [sent] = await pat.send("Is there a clinic near Leeds?")
    code = re.search(r"Z-[0-9A-F]{6}", sent["text"]).group(0)  # type: ignore[union-attr]
    mark = len(bot.sent)
    [cancelled] = await pat.send("/cancel")
    assert "closed your request" in cancelled["text"]
    [notice] = await bot.wait_sent(MOD_CHAT, mark)
    assert notice["text"] == f"🎫 {code} was cancelled by the user."
    assert ticket_of(app, code)["status"] == "closed"


async def test_forget_deletes_every_row(bot: FakeBotAPI, app: App) -> None:
    gus = Person(bot, "Gus")
    [answer] = await gus.send("what is marfan syndrome?")
    await gus.press(answer, "Helpful", expect=0)
    [thanks] = await gus.send("/feedback the answers are <very> clear")
    assert thanks["text"] == "Thank you! Our moderators read every comment."
    rows = app.repo.db["feedback"].rows_where("user_key = ?", [key_of(app, gus)])
    assert {r["source_id"]: r["comment"] for r in rows}["general"] == "the answers are <very> clear"
    before = app.repo.rows_about(key_of(app, gus))
    assert before["users"] == 1 and before["events"] >= 1 and before["feedback"] == 2
    [confirm] = await gus.send("/forget")
    _, [done] = await gus.press(confirm, "Yes, delete my data")
    assert done["text"].startswith("Done. I deleted everything")
    assert set(app.repo.rows_about(key_of(app, gus)).values()) == {0}


async def test_moderator_commands_and_refusals(bot: FakeBotAPI, app: App) -> None:
    mod, hal = Person(bot, "Mo", MOD_ID), Person(bot, "Hal")
    for command in ("/reload", "/stats", "/unanswered"):
        [refusal] = await hal.send(command)
        assert refusal["text"] == "Sorry, that command is for Zebra's moderators."
    mark = len(bot.sent)
    await mod.send("/reload", expect=0)
    [answer] = await hal.send("what is wilson disease?")  # answered while reloading
    assert answer["text"].startswith("<b>Wilson disease: ")
    status = await bot.wait_sent(mod.id, mark, count=2, timeout=90)
    assert status[0]["text"].startswith("Checking and rebuilding")
    assert status[-1]["text"].startswith("Reloaded: ")
    [stats] = await mod.send("/stats")
    assert re.search(r"^questions: \d+$", stats["text"], re.M)
    [gaps] = await mod.send("/unanswered")
    assert key_of(app, hal) not in gaps["text"] and str(hal.id) not in gaps["text"]


async def test_reload_with_broken_content_lists_problems_and_keeps_answering(
    bot: FakeBotAPI, app: App, content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (content_copy / "conditions" / "broken.md").write_text("## Overview\n<b>no front matter</b>\n")
    monkeypatch.setattr(
        app, "settings", dataclasses.replace(app.settings, content_dir=content_copy)
    )
    mod = Person(bot, "Mo", MOD_ID)
    status = await mod.send("/reload", expect=2)
    assert status[-1]["text"].startswith("Reload failed (1 error)")
    assert "conditions/broken.md:1: no front matter" in status[-1]["text"]
    [answer] = await Person(bot, "Ida").send("what is fabry disease?")
    assert answer["text"].startswith("<b>Fabry disease: ")


async def test_flood_waits_and_server_errors_are_retried(bot: FakeBotAPI) -> None:
    jo = Person(bot, "Jo")
    bot.fail("sendMessage", 429, retry_after=1)
    bot.fail("sendMessage", 500)
    bot.fail("sendChatAction", 500, times=3)
    calls, started = len(bot.calls), time.monotonic()
    [answer] = await jo.send("what is haemophilia?")
    assert answer["text"].startswith("<b>Haemophilia: ")
    tries = [c["status"] for c in bot.calls[calls:] if c["method"] == "sendMessage"]
    assert tries == [429, 500, 200]
    assert time.monotonic() - started >= 1.0  # Telegram's retry_after was honoured


async def test_giving_up_is_bounded_logged_without_personal_data_and_recoverable(
    bot: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.WARNING, logger="httpx")
    kim = Person(bot, "Kimberley")
    bot.fail("sendMessage", 500, times=5)  # 4 tries for the answer, then 1 for the apology
    calls = len(bot.calls)
    [sorry] = await kim.send("what is secret-question phenylketonuria?")
    assert sorry["text"] == "Sorry, something went wrong on my side. Please try again in a moment."
    [answer] = await kim.send("what is phenylketonuria?")
    assert answer["text"].startswith("<b>Phenylketonuria (PKU): ")
    tries = [c["status"] for c in bot.calls[calls:] if c["method"] == "sendMessage"]
    assert tries == [500] * 5 + [200, 200]
    ours = [r for r in caplog.records if not r.name.startswith("tornado")]  # the fake server's
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in ours)
    assert "handling an update failed: NetworkError" in logged
    for personal in ("secret-question", "Kimberley", str(kim.id), TOKEN):
        assert personal not in logged


async def test_long_answers_are_split_under_4096(
    bot: FakeBotAPI, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = "A long & careful <explanation> of living with a rare condition. " * 20
    long_reply = Reply("answer", ["\n\n".join([paragraph] * 12)], [[Button("More", "groups:")]])

    async def handle(message: Message) -> Reply:
        return long_reply

    monkeypatch.setattr(app.engine, "handle", handle)
    messages = await Person(bot, "Lou").send("tell me everything", expect=3)
    assert len(messages) >= 3
    assert all(len(m["text"]) <= 4096 for m in messages)
    assert all(m["text"].startswith("A long &amp; careful &lt;explanation&gt;") for m in messages)
    assert ["reply_markup" in m for m in messages] == [False] * (len(messages) - 1) + [True]


async def test_webhook_mode_checks_the_secret_token(
    app: App, api: FakeBotAPI, tg_settings: Settings
) -> None:
    port, token = free_port(), "100002:TEST-webhook"
    url = f"http://127.0.0.1:{port}/telegram-hook"
    settings = dataclasses.replace(
        tg_settings, telegram_token=token, webhook_url=url, webhook_port=port
    )
    application = build_application(app, settings, rate_limiter=False)
    max = Person(api, "Max")
    async with running(application, app, settings, listen="127.0.0.1"):
        assert api.bots[token].webhook == {"url": url, "secret_token": "s3cret-token"}
        async with httpx.AsyncClient() as client:

            async def post(text: str, headers: dict[str, str]) -> int:
                update = {
                    "update_id": next(api.update_ids),
                    "message": api.message(max.user, max.id, text),
                }
                response = await client.post(url, json=update, headers=headers)
                return response.status_code

            mark = len(api.sent)
            assert await post("what is rett syndrome?", {}) == 403
            wrong = {"X-Telegram-Bot-Api-Secret-Token": "guess"}
            assert await post("what is rett syndrome?", wrong) == 403
            right = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            assert await post("what is rett syndrome?", right) == 200
            [answer] = await api.wait_sent(max.id, mark)
            assert answer["text"].startswith("<b>Rett syndrome: ") and answer["_token"] == token


async def test_purge_runs_daily_and_survives_errors() -> None:
    days: list[int] = []

    class Store:
        def purge(self, retention_days: int) -> int:
            days.append(retention_days)
            if len(days) == 1:
                raise RuntimeError("database is locked")
            return 0

    task = asyncio.create_task(purge_forever(Store(), 30, interval=0.01, first=0))  # type: ignore[arg-type]
    await asyncio.sleep(0.2)
    task.cancel()
    assert len(days) >= 3 and set(days) == {30}


async def test_zebra_telegram_command_stops_gracefully_on_sigterm(
    api: FakeBotAPI, settings: Settings, tmp_path: Path
) -> None:
    token = "100003:TEST-cli"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "ZEBRA_DATA_DIR": str(settings.data_dir),
        "ZEBRA_CONTENT_DIR": str(settings.content_dir),
        "ZEBRA_MODELS_DIR": str(tmp_path),
        "ZEBRA_HASH_SECRET": "cli-secret",
        "LOG_LEVEL": "INFO",
        "HF_HUB_OFFLINE": "1",
        "ZEBRA_NLU": "none",
    }
    env.pop("RASA_URL", None)
    env.pop("WEBHOOK_URL", None)
    calls = len(api.calls)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "telegram",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await api.wait_call("getUpdates", calls, timeout=120, _token=token)
        nia = Person(api, "Nia")
        nia.token = token
        [answer] = await nia.send("what is alport syndrome?")
        assert answer["text"].startswith("<b>Alport syndrome: ")
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
    log = stderr.decode()
    assert process.returncode == 0, log[-2000:]
    assert "Zebra stopped" in log
    assert "alport" not in log.lower() and str(nia.id) not in log and token not in log
