"""The embedding second opinion on Rasa's "crisis" and "emergency": nlu/'s examples, the real
model, the engine."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.app import App
from bot.config import ROOT
from bot.engine.messages import Message
from bot.engine.router import ALONE, SECONDED
from bot.engine.safety import corroborated, screen
from bot.nlu.base import Parse
from bot.search.embedder import EmbeddingCache
from bot.search.safety_likeness import SafetyLikeness, nlu_examples

# Written for these tests (not in nlu/), with none of the words the router's gate looks for.
UNWORDED_CRISES = [
    "i've started writing notes to everyone i love and i feel calm about it now",
    "nobody would notice if i stopped existing",
]
UNWORDED_EMERGENCIES = [
    "glucometer just says LO and he's glassy and not making sense",
    "he went down at the park and is making snoring noises and won't rouse",
]
# Told, not happening: near the emergency examples, but the router's other checks still apply.
PAST = "we had a scary night last year when she stopped breathing, how do we get a monitor"
# Ordinary messages; the first three were called "crisis" at 0.99 by a trained model.
ORDINARY = [
    "what's the weather tomorrow",
    "can i stop my pyridostigmine for a few days, it's giving me stomach cramps",
    "how do other families cope when the hunger never stops",
    "where can i find a support group for parents of kids with rett",
]


class Says:
    """An NLU that gives every message one intent at 0.99, as DIET sometimes does."""

    def __init__(self, intent: str) -> None:
        self.intent = intent

    async def parse(self, text: str) -> Parse:
        return Parse(self.intent, 0.99)


def test_nlu_examples_are_read_as_typed() -> None:
    examples = nlu_examples(ROOT / "nlu")
    assert len(examples["crisis"]) >= 500
    every = [t for texts in examples.values() for t in texts]
    assert not [t for t in every if "](" in t or "]{" in t or t.startswith("- ")]
    # "he has [haemophilia](condition) and fell ..." in nlu/safety.yml
    assert any(t.startswith("he has haemophilia and fell") for t in examples["emergency"])


async def test_labelled_messages_join_the_examples(app: App, tmp_path: Path) -> None:
    """A message near a labelled crisis is nearer the crisis side once the labelled set is read."""
    labelled = [
        "sitting in the ute with the hose and the keys, the dogs are fed",
        "the paddock gate is shut and the hose is in the car",
        "ute's in the shed with the engine running and the doors shut",
    ]
    (tmp_path / "crises.jsonl").write_text(
        "".join(json.dumps({"question": q, "kind": "crisis"}) + "\n" for q in labelled)
    )
    cache = EmbeddingCache(app.settings.embed_cache_db)
    try:
        without = SafetyLikeness.from_nlu(ROOT / "nlu", app.embedder, cache)
        with_them = SafetyLikeness.from_nlu(ROOT / "nlu", app.embedder, cache, tmp_path)
    finally:
        cache.close()
    vector = app.embedder.encode_one("sat in the ute with a hose and the keys tonight")
    assert with_them.margin("crisis", vector) > without.margin("crisis", vector) + 0.03


def test_margin_compares_the_three_nearest_on_each_side() -> None:
    crisis = np.array([[1.0, 0.0], [0.8, 0.6], [0.6, 0.8]], dtype=np.float32)
    others = np.array([[0.0, 1.0], [0.6, 0.8], [0.28, 0.96]], dtype=np.float32)
    likeness = SafetyLikeness({"crisis": crisis}, {"crisis": others})
    towards_crisis = np.array([1.0, 0.0], dtype=np.float32)
    assert likeness.margin("crisis", towards_crisis) == pytest.approx(
        (1.0 + 0.8 + 0.6) / 3 - (0 + 0.6 + 0.28) / 3
    )
    # More "other" examples nearby (content's questions) outweigh the crisis side.
    content = np.array([[1.0, 0.0], [0.99, 0.141], [0.98, 0.199]], dtype=np.float32)
    assert likeness.margin("crisis", towards_crisis, content) < 0
    assert likeness.margin("emergency", towards_crisis) < 0  # no examples of it


def _margin(app: App, intent: str, text: str) -> float:
    likeness = app.engine.likeness
    assert likeness is not None
    return likeness.margin(intent, app.embedder.encode_one(text), app.engine.index.questions)


@pytest.mark.parametrize(
    ("intent", "text"),
    [("crisis", t) for t in UNWORDED_CRISES] + [("emergency", t) for t in UNWORDED_EMERGENCIES],
)
def test_the_model_finds_safety_messages_without_the_gate_words(
    app: App, intent: str, text: str
) -> None:
    assert not corroborated(intent, text) and screen(text) is None
    assert _margin(app, intent, text) >= SECONDED


@pytest.mark.parametrize("text", ORDINARY)
def test_the_model_does_not_second_an_ordinary_question(app: App, text: str) -> None:
    assert _margin(app, "crisis", text) < SECONDED
    assert _margin(app, "emergency", text) < SECONDED


async def test_with_rasa_down_a_clear_likeness_alone_is_a_crisis(app: App) -> None:
    """NoNLU (the app's default here): the screen misses these, the second opinion does not."""
    text = UNWORDED_CRISES[1]
    assert _margin(app, "crisis", text) >= ALONE
    assert (await app.engine.handle(Message("alone-c", text, "test"))).kind == "crisis"
    for i, text in enumerate(ORDINARY):
        assert (await app.engine.handle(Message(f"alone-o{i}", text, "test"))).kind != "crisis"


@pytest.mark.parametrize(
    ("intent", "texts"), [("crisis", UNWORDED_CRISES), ("emergency", UNWORDED_EMERGENCIES)]
)
async def test_the_engine_believes_rasa_safety_only_when_seconded(
    app: App, intent: str, texts: list[str]
) -> None:
    nlu, likeness = app.engine.nlu, app.engine.likeness
    app.engine.nlu = Says(intent)
    try:
        for i, text in enumerate(texts):
            reply = await app.engine.handle(Message(f"like-{intent}{i}", text, "test"))
            assert reply.kind == intent, text
        for i, text in enumerate([*ORDINARY, PAST]):
            reply = await app.engine.handle(Message(f"like-{intent}-o{i}", text, "test"))
            assert reply.kind not in ("crisis", "emergency"), text
        app.engine.likeness = None  # without the second opinion the gate drops them
        reply = await app.engine.handle(Message(f"like-{intent}-none", texts[0], "test"))
        assert reply.kind != intent
    finally:
        app.engine.nlu, app.engine.likeness = nlu, likeness
