"""Respell words people spell by sound ("simtoms", "suport grups") for the rules and retrieval.

Only an unknown word (not English the embedding model knows, not in content) close to a word the
keyword rules look for is respelt. The rules that choose intents and sections, and retrieval, read
the respelt text. The safety screens, the second opinion, the advice check, the gazetteer and Rasa
read what was typed: a respelling must never raise or drop an alarm ("convulsing" is not
"confusing").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from bot.engine import rules

WORD_RE = re.compile(r"[A-Za-z]+")
# Sound spellings too short to compare safely.
SHORT = {"wat": "what", "wot": "what", "wen": "when"}
# Endings on a known word ("forgetful", "hospitalised") and apostrophes left out ("doesnt").
SUFFIXES = (
    *("s", "es", "ies", "d", "ed", "ing", "ly", "er", "est", "ful", "ness", "ment", "al"),
    *("ise", "ised", "ize", "ized", "nt", "re", "ve", "ll"),
)
CUTOFF = 0.8


def rule_words() -> set[str]:
    """The words (4+ letters) the rules' patterns look for."""
    tables = (rules.FACET_RES, rules.TREATMENT_FACET_RES, rules.INTENT_RES, rules.TRIAL_SECTION_RES)
    patterns = [rules.DOMAIN_RE, rules.PHASE, *(p for table in tables for _, p in table)]
    return {w for p in patterns for w in re.findall(r"(?<![\\a-z])[a-z]{4,}(?![a-z])", p.pattern)}


class Speller:
    def __init__(self, known: Iterable[str], targets: Iterable[str]) -> None:
        self.known = {w.lower() for w in known}
        self.targets: dict[str, list[str]] = {}
        wanted = {f"{w}{end}" for w in targets for end in ("", "s", "es", "ed")}  # "symptom\w*"
        for word in sorted(wanted & self.known):  # words, not stems such as "randomi"
            self.targets.setdefault(word[0], []).append(word)

    def is_known(self, word: str) -> bool:
        """A known word, an ending added to one, or two joined ("stepson")."""
        if word in self.known:
            return True
        stems = [word[: -len(s)] for s in SUFFIXES if word.endswith(s)]
        if any(stem in self.known or stem + "e" in self.known for stem in stems):
            return True
        return any(
            word[:i] in self.known and word[i:] in self.known for i in range(3, len(word) - 2)
        )

    def respell(self, word: str) -> str | None:
        if word in SHORT:
            return SHORT[word]
        if len(word) < 4 or self.is_known(word):
            return None
        close = [
            c
            for c in difflib.get_close_matches(word, self.targets.get(word[0], []), 3, CUTOFF)
            if abs(len(c) - len(word)) <= 2 and not word.startswith(c)
        ]
        return close[0] if close else None

    def correct(self, text: str) -> str:
        return WORD_RE.sub(lambda m: self.respell(m.group(0).lower()) or m.group(0), text)
