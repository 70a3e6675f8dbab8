"""Rasa NLU: a real trained model served by a real Rasa server (one per test session)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App
from bot.config import Settings
from bot.engine.messages import Message
from bot.nlu.base import NoNLU
from bot.nlu.rasa_client import RasaNLU, to_parse
from bot.nlu.rasa_service import RasaService, inputs_hash, model_path

pytestmark = pytest.mark.rasa


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
async def rasa(settings: Settings) -> AsyncIterator[RasaService]:
    model = model_path(settings)
    if not model.exists():
        pytest.fail(f"no trained model at {model}: run `make setup` (zebra nlu train) first")
    service = RasaService(settings, model, port=free_port())
    service.start()
    assert await service.wait_ready(240), "Rasa did not start"
    yield service
    await service.stop()


@pytest.fixture
async def rasa_nlu(rasa: RasaService) -> AsyncIterator[RasaNLU]:
    client = RasaNLU(rasa.url, rasa.token, timeout=2.0, ready=lambda: rasa.ready, cool_down=0.2)
    yield client
    await client.aclose()


async def test_intents_and_entities_from_the_real_model(rasa_nlu: RasaNLU) -> None:
    greet = await rasa_nlu.parse("hello there")
    assert greet is not None and greet.intent == "greet" and greet.source == "rasa"
    trial = await rasa_nlu.parse("how do i sign up for a study")
    assert trial is not None and trial.intent == "ask_clinical_trials"
    group = await rasa_nlu.parse("my daughter has rett, is there a group for parents in germany?")
    assert group is not None and group.intent == "find_support_group"
    # Synonyms generated from content map what people type to content ids and ISO codes.
    assert "conditions/rett-syndrome" in group.entities.get("condition", [])
    assert "DE" in group.entities.get("country", [])


async def test_token_is_required(rasa: RasaService) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        response = await client.post(f"{rasa.url}/model/parse", json={"text": "hi"})
    assert response.status_code == 401


async def test_engine_uses_rasa_and_survives_a_crash(
    app: App, rasa: RasaService, rasa_nlu: RasaNLU, caplog: pytest.LogCaptureFixture
) -> None:
    original = app.engine.nlu
    app.engine.nlu = rasa_nlu
    try:
        message = Message(user="crash", text="how do i sign up for a study", channel="test")
        before = await app.engine.handle(message)
        assert before.kind == "trials" and before.intent == "ask_clinical_trials"
        assert rasa_nlu.healthy
        assert rasa.process is not None
        rasa.process.kill()  # mid-conversation
        for _ in range(50):
            if not rasa.ready:
                break
            await asyncio.sleep(0.1)
        assert not rasa.ready, "the supervisor notices the crash"
        caplog.set_level(logging.WARNING)
        during = [
            await app.engine.handle(Message(user="crash", text=t, channel="test"))
            for t in ("what is gene therapy", "what are the symptoms of cf", "hi")
        ]
        assert [r.kind for r in during] == ["answer", "answer", "smalltalk"]
        assert await rasa_nlu.parse("hello") is None, "no NLU while Rasa is down"
        assert await rasa.wait_ready(240), "the supervisor restarts Rasa"
        assert rasa.restarts >= 1
        exits = [r for r in caplog.records if "Rasa server exited" in r.getMessage()]
        assert len(exits) == 1, "the outage is logged once"
        assert (await rasa_nlu.parse("hello")) is not None
        again = await app.engine.handle(message)
        assert again.kind == "trials" and rasa_nlu.healthy
    finally:
        app.engine.nlu = original


async def test_start_with_rasa_unreachable(app: App) -> None:
    client = RasaNLU(f"http://127.0.0.1:{free_port()}", "t", timeout=0.3)
    original = app.engine.nlu
    app.engine.nlu = client
    try:
        reply = await app.engine.handle(Message(user="down", text="what is gene therapy"))
        assert reply.kind == "answer" and reply.sources[0].id.startswith("treatments/gene-therapy")
        assert client.failures == 1 and not client.healthy
    finally:
        app.engine.nlu = original
        await client.aclose()


async def test_slow_rasa_times_out_quickly() -> None:
    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(3)
        writer.close()

    server = await asyncio.start_server(slow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = RasaNLU(f"http://127.0.0.1:{port}", "t", timeout=0.3)
    started = time.perf_counter()
    assert await client.parse("hello") is None
    assert time.perf_counter() - started < 1.0
    server.close()
    await client.aclose()


async def test_stop_leaves_no_process(settings: Settings) -> None:
    service = RasaService(settings, model_path(settings), port=free_port())
    service.start()
    for _ in range(100):
        if service.process is not None:
            break
        await asyncio.sleep(0.05)
    assert service.process is not None
    pid = service.process.pid
    await service.stop()
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)


def test_parse_mapping_and_dedup() -> None:
    parse = to_parse(
        {
            "intent": {"name": "ask_condition", "confidence": 0.9},
            "entities": [
                {"entity": "condition", "value": "conditions/cystic-fibrosis", "start": 10},
                {"entity": "condition", "value": "conditions/cystic-fibrosis", "start": 10},
                {"entity": "facet", "value": "symptoms", "start": 0},
                {"entity": "weird", "value": "x", "start": 3},
            ],
        }
    )
    assert parse.entities == {"facet": ["symptoms"], "condition": ["conditions/cystic-fibrosis"]}
    fallback = to_parse({"intent": {"name": "nlu_fallback", "confidence": 0.4}})
    assert fallback.intent is None and fallback.confidence == 0.0


def test_lookups_follow_content(settings: Settings, content_copy: Path, tmp_path: Path) -> None:
    import shutil

    from bot.content.loader import load_library
    from bot.nlu.lookups import write_lookups

    nlu_dir = tmp_path / "nlu"
    shutil.copytree(settings.nlu_dir, nlu_dir, ignore=shutil.ignore_patterns("generated"))
    local = dataclasses.replace(settings, nlu_dir=nlu_dir)
    write_lookups(load_library(content_copy), nlu_dir)
    before = inputs_hash(local)
    assert inputs_hash(local) == before, "unchanged inputs, unchanged hash: no retraining"
    item = content_copy / "conditions" / "fabry-disease.md"
    item.write_text(item.read_text().replace("aliases: [", "aliases: [anderson fabry thing, ", 1))
    text = write_lookups(load_library(content_copy), nlu_dir).read_text()
    assert "- anderson fabry thing" in text
    assert inputs_hash(local) != before


async def test_no_nlu_is_the_fallback(settings: Settings) -> None:
    from bot.nlu.setup import nlu_for

    none = dataclasses.replace(settings, nlu="none")
    assert isinstance(await nlu_for(none), NoNLU)


async def test_replay_records_parses_once_then_answers_the_same_without_rasa(
    settings: Settings, built: Path, rasa_nlu: RasaNLU, tmp_path: Path
) -> None:
    """`zebra replay`: parses asked of the real Rasa once, then read from the file."""
    import json

    from bot.replay import RecordedNLU, replay

    mini = tmp_path / "mini.jsonl"
    cases = [
        ("how do i sign up for a study", "trial", "trials", None),
        ("she's been seizing for 6 minutes", "emergency", "emergency", None),
        (
            "what are the symptoms of cf",
            "condition",
            "answer",
            "conditions/cystic-fibrosis#symptoms",
        ),
    ]
    mini.write_text(
        "".join(
            json.dumps({"question": q, "category": c, "kind": k, "source": s}) + "\n"
            for q, c, k, s in cases
        )
    )
    parses = tmp_path / "parses.json"
    recording = RecordedNLU(parses, "model-a", live=rasa_nlu)
    first = (await replay(settings, [mini], recording, folds=0))["mini"]
    recording.save()
    assert recording.asked == len(cases)
    offline = RecordedNLU(parses, "model-a")
    again = (await replay(settings, [mini], offline, folds=0))["mini"]
    assert [o.got for o in again] == [o.got for o in first]
    assert all(o.ok for o in again), [o.why for o in again]
    assert again[0].got["intent"] == "ask_clinical_trials", "the recorded parse was used"
    with pytest.raises(ValueError, match="another Rasa model"):
        RecordedNLU(parses, "model-b")
