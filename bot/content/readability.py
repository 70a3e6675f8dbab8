"""Plain-language measures for moderators: Flesch-Kincaid grade of a text."""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
SENTENCE_RE = re.compile(r"[.!?]+(?:\s|$)|\n\s*[-*]\s|\n\n")
LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def syllables(word: str) -> int:
    word = word.lower().strip("'")
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    word = re.sub(r"^y", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word)))


def grade_level(text: str) -> float:
    """Flesch-Kincaid grade; a reading age is roughly grade + 5."""
    text = LINK_RE.sub(r"\1", text)
    words = WORD_RE.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len([s for s in SENTENCE_RE.split(text) if WORD_RE.search(s)]))
    count = sum(syllables(w) for w in words)
    return round(0.39 * len(words) / sentences + 11.8 * count / len(words) - 15.59, 1)
