"""Sound keys for names spelt by ear: "freedrik ataxia" and "Friedreich ataxia" sound alike.

A key rewrites the spellings English uses for one sound to one letter (ph → f, ee/ea/ie/ei → i,
c before e/i/y → s, other c → k, doubled letters once), so the gazetteer can compare how two
names sound when their letters differ too much for an ordinary misspelling match.
"""

from __future__ import annotations

import re

# Order matters: longer spellings first.
RULES = (
    (r"ph", "f"),
    (r"gh", "g"),
    (r"sch", "sh"),  # then "s": h after a consonant goes below
    (r"ck", "k"),
    (r"ch", "k"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"q", "k"),
    (r"x", "ks"),
    (r"z", "s"),
    (r"wh", "w"),
    (r"^kn", "n"),
    (r"y", "i"),
    (r"ee|ea|ie|ei", "i"),
    (r"oo|ou", "u"),
    (r"ae|oe", "e"),
    (r"(?<=[^aeiou\s])h", ""),
    (r"([a-z])\1+", r"\1"),
    (r"(?<=[a-z]{3})e\b", ""),
)
COMPILED = tuple((re.compile(p), r) for p, r in RULES)


def sound_key(phrase: str) -> str:
    """'fenilketonurea' and 'phenylketonuria' give keys a close match can pair."""
    key = phrase.lower()
    for pattern, replacement in COMPILED:
        key = pattern.sub(replacement, key)
    return key
