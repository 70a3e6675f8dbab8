"""The embedding second opinion on Rasa's "crisis": nlu/'s examples, the real model, the engine."""

from __future__ import annotations

import numpy as np
import pytest

from bot.app import App
from bot.config import ROOT
from bot.engine.messages import Message
from bot.engine.router import ALONE, SECONDED
from bot.engine.safety import corroborated, screen
from bot.nlu.base import Parse
from bot.search.crisis_likeness import CrisisLikeness, nlu_examples

# Written for these tests (not in nlu/), with none of the words the router's gate looks for.
UNWORDED_CRISES = [
    "i've started writing notes to everyone i love and i feel calm about it now",
    "nobody would notice if i stopped existing",
]
# Ordinary messages; the first three were called "crisis" at 0.99 by a trained model.
ORDINARY = [
    "what's the weather tomorrow",
    "can i stop my pyridostigmine for a few days, it's giving me stomach cramps",
    "how do other families cope when the hunger never stops",
    "where can i find a support group for parents of kids with rett",
]


class SaysCrisis:
    """An NLU that calls every message a crisis at 0.99, as DIET sometimes does."""

    async def parse(self, text: str) -> Parse:
        return Parse("crisis", 0.99)


def test_nlu_examples_are_read_as_typed() -> None:
    examples = nlu_examples(ROOT / "nlu")
    assert len(examples["crisis"]) >= 500
    every = [t for texts in examples.values() for t in texts]
    assert not [t for t in every if "](" in t or "]{" in t or t.startswith("- ")]
    # "he has [haemophilia](condition) and fell ..." in nlu/safety.yml
    assert any(t.startswith("he has haemophilia and fell") for t in examples["emergency"])


def test_margin_compares_the_three_nearest_on_each_side() -> None:
    crisis = np.array([[1.0, 0.0], [0.8, 0.6], [0.6, 0.8]], dtype=np.float32)
    others = np.array([[0.0, 1.0], [0.6, 0.8], [0.28, 0.96]], dtype=np.float32)
    likeness = CrisisLikeness(crisis, others)
    towards_crisis = np.array([1.0, 0.0], dtype=np.float32)
    assert likeness.margin(towards_crisis) == pytest.approx(
        (1.0 + 0.8 + 0.6) / 3 - (0 + 0.6 + 0.28) / 3
    )
    # More "other" examples nearby (content's questions) outweigh the crisis side.
    content = np.array([[1.0, 0.0], [0.99, 0.141], [0.98, 0.199]], dtype=np.float32)
    assert likeness.margin(towards_crisis, content) < 0
    assert CrisisLikeness(crisis[:0], others[:0]).margin(towards_crisis) < 0


@pytest.mark.parametrize("text", UNWORDED_CRISES)
def test_the_model_finds_a_crisis_without_the_gate_words(app: App, text: str) -> None:
    assert not corroborated("crisis", text) and screen(text) is None
    likeness = app.engine.likeness
    assert likeness is not None
    margin = likeness.margin(app.embedder.encode_one(text), app.engine.index.questions)
    assert margin >= SECONDED


@pytest.mark.parametrize("text", ORDINARY)
def test_the_model_does_not_second_an_ordinary_question(app: App, text: str) -> None:
    likeness = app.engine.likeness
    assert likeness is not None
    margin = likeness.margin(app.embedder.encode_one(text), app.engine.index.questions)
    assert margin < SECONDED


async def test_with_rasa_down_a_clear_likeness_alone_is_a_crisis(app: App) -> None:
    """NoNLU (the app's default here): the screen misses these, the second opinion does not."""
    text = UNWORDED_CRISES[1]
    likeness = app.engine.likeness
    assert likeness is not None
    assert likeness.margin(app.embedder.encode_one(text), app.engine.index.questions) >= ALONE
    assert (await app.engine.handle(Message("alone-c", text, "test"))).kind == "crisis"
    for i, text in enumerate(ORDINARY):
        assert (await app.engine.handle(Message(f"alone-o{i}", text, "test"))).kind != "crisis"


async def test_the_engine_believes_rasa_crisis_only_when_seconded(app: App) -> None:
    nlu, likeness = app.engine.nlu, app.engine.likeness
    app.engine.nlu = SaysCrisis()
    try:
        for i, text in enumerate(UNWORDED_CRISES):
            reply = await app.engine.handle(Message(f"like-c{i}", text, "test"))
            assert reply.kind == "crisis", text
        for i, text in enumerate(ORDINARY):
            reply = await app.engine.handle(Message(f"like-o{i}", text, "test"))
            assert reply.kind != "crisis", text
        app.engine.likeness = None  # without the second opinion the gate drops them
        reply = await app.engine.handle(Message("like-none", UNWORDED_CRISES[0], "test"))
        assert reply.kind != "crisis"
    finally:
        app.engine.nlu, app.engine.likeness = nlu, likeness
