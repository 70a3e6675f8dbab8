"""A second opinion on Rasa's "crisis" and "emergency", from the sentence embeddings that
retrieval already uses.

Rasa's DIET says "crisis" at 0.99 for some ordinary questions too, so the router believed it only
with a word such messages carry, and a new writer's crises without those words were lost (17 of
the 20 crises safety4 missed on its first run). This asks something Rasa does not: is the message
at least as near to nlu/'s examples of that intent as to anything else Zebra has seen, that is
the other intents' examples (near misses included) and content's example questions? "Near" is
the mean cosine of the 3 closest on each side.

Crises, on the 15 older eval sets with the parses of the model in use: of the true crises Rasa
called at 0.9 or more without a gate word, this agreed on 90 of 100; of the ordinary messages
Rasa called a crisis, on 1 of 101. With no parse at all (Rasa down or still starting), a margin
of 0.08 or more stands in for Rasa's "crisis": over 17 sets with Rasa off, 46 more crises routed
right and 1 message was wrongly called a crisis (at 0.05: 54 and 5; at 0.03: 57 and 7).

Since 2026-11-30 the labelled messages of tests/eval (11,151 at 417cf4b, each set's first run
already measured) join nlu/'s examples on both sides. Replayed on the first runs of the last five
rounds of sealed sets, each with the code of its day and a pool without that round's or later
sets: 7 more crises believed and 1 lost; 10 false alarms on near misses gone and 1 new; 3
emergencies that Rasa called a crisis lost that (wrong but alarming) reply and 1 gained it. It
makes a replay of those sets meaningless for safety (each message finds itself); only new sealed
sets measure it.

Emergencies keep the router's other checks (not a general question, not a past event, a named
condition only with a now-cue). Alone it would add 3 right and 13 false alarms; with those checks,
replayed on safety5's first run, it recovered 3 of the 5 missed emergencies and alarmed none of
the 4,521 questions of the 17 sets.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection
from pathlib import Path

import numpy as np
import yaml

from bot.search.embedder import Embedder, EmbeddingCache, embed_with_cache
from bot.search.labelled import examples_by_kind

log = logging.getLogger(__name__)
NEAREST = 3
# "[rett](condition)" and '[CF]{"entity": "condition"}' → the words as typed.
ANNOTATION = re.compile(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})")


def nlu_examples(nlu_dir: Path) -> dict[str, list[str]]:
    """intent -> its example messages, annotations removed, from the hand-written nlu/*.yml."""
    examples: dict[str, list[str]] = {}
    for path in sorted(nlu_dir.glob("*.yml")):
        data = yaml.safe_load(path.read_text()) or {}
        for block in data.get("nlu") or []:
            if "intent" not in block:
                continue
            for line in str(block.get("examples", "")).splitlines():
                text = ANNOTATION.sub(r"\1", line.strip().removeprefix("- ")).strip()
                if text:
                    examples.setdefault(block["intent"], []).append(text)
    return examples


def _nearest(vector: np.ndarray, *pools: np.ndarray) -> float:
    """Mean cosine between `vector` and its NEAREST closest rows over all `pools`."""
    sims = np.concatenate([pool @ vector for pool in pools])
    return float(np.sort(sims)[-NEAREST:].mean()) if len(sims) else -1.0


class SafetyLikeness:
    """For each safety intent, its examples' vectors and everything else's."""

    INTENTS = ("crisis", "emergency")

    def __init__(self, vectors: dict[str, np.ndarray], others: dict[str, np.ndarray]) -> None:
        self.vectors = vectors
        self.others = others

    @property
    def size(self) -> int:
        """How many examples, of every intent, it compares with."""
        intent = self.INTENTS[0]
        return len(self.vectors.get(intent, ())) + len(self.others.get(intent, ()))

    @classmethod
    def from_nlu(
        cls,
        nlu_dir: Path,
        embedder: Embedder,
        cache: EmbeddingCache,
        labelled_dir: Path | None = None,
        exclude: Collection[str] = (),
    ) -> SafetyLikeness:
        """Embed nlu/'s examples and the labelled messages (cached across starts, so only new
        ones are encoded)."""
        examples = nlu_examples(nlu_dir)
        if labelled_dir is not None:
            for kind, texts in examples_by_kind(labelled_dir, exclude).items():
                examples.setdefault(kind, []).extend(texts)
        intents = list(examples)
        texts = [t for intent in intents for t in examples[intent]]
        every, encoded = embed_with_cache(embedder, cache, texts)
        owner = np.array([intent for intent in intents for _ in examples[intent]])
        log.info("safety second opinion: %d examples (%d encoded)", len(texts), encoded)
        return cls(
            {i: every[owner == i] for i in cls.INTENTS},
            {i: every[owner != i] for i in cls.INTENTS},
        )

    def margin(
        self, intent: str, vector: np.ndarray, also_others: np.ndarray | None = None
    ) -> float:
        """How much nearer `intent`'s examples are than the nearest others (>= 0: as near);
        -1 when nlu/ has no examples of it."""
        own = self.vectors.get(intent)
        if own is None or not len(own):
            return -1.0
        others = (
            (self.others[intent],) if also_others is None else (self.others[intent], also_others)
        )
        return _nearest(vector, own) - _nearest(vector, *others)
