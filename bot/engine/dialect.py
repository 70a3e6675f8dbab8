"""Caribbean English spellings read as standard English before anything else reads a message.

"mi pickney cyaan breathe", "wah are di risks", "how much hydroxyurea mi son fi tek?": Jamaican,
Trinidadian and Bajan writers spell these words by sound, and Rasa, the safety screens and the
keyword rules were all written for standard spellings. Each word here is a whole word that is not
an English word (or, like "dem", one English writers do not use), so standard English passes
through unchanged. "mi" is "I" before a verb and "my" otherwise; "fi" is "to" before a verb and
"for" otherwise. Moderators still see what was typed.
"""

from __future__ import annotations

import re

WORDS = {
    "di": "the",
    "dem": "them",
    "yuh": "you",
    "unu": "you",
    "wah": "what",
    "wha": "what",
    "weh": "where",
    "cyaan": "can't",
    "kyaan": "can't",
    "tek": "take",
    "mek": "make",
    "seh": "say",
    "nuh": "don't",
    "likkle": "little",
    "lickle": "little",
    "waan": "want",
    "tings": "things",
    "everyting": "everything",
    "anyting": "anything",
    "someting": "something",
    "nutten": "nothing",
    "nuttin": "nothing",
    "pickney": "child",
    "pickneys": "children",
    "pon": "on",
    "wid": "with",
    "dat": "that",
    "deh": "is",
    "tink": "think",
    "haffi": "have to",
    "inna": "in the",
    "jus": "just",
}
# After "mi" or "fi", these are verbs (or say how someone is): "mi cyaan", "mi did", "mi tired".
_VERBS = """
    can can't cant cyaan kyaan nuh don't dont waan want did deh a is have has had feel feeling
    tink think know need get got go going tek take mek seh say just jus been would will should
    could never tell ask try switch worry fraid frighten love like hear see read reach find haffi
    also still delete remove erase talk speak give put use stop start join keep call sleep eat
    drink pay live work send show write type share travel walk wonder hope believe understand
    forget remember tired sick worried scared sad done alone okay ok fine sorry
"""
VERBS = set(_VERBS.split())
# Words read one way before a verb and another before anything else.
SUBJECT_OR_NOT = {"mi": ("I", "my"), "fi": ("to", "for")}
# Greetings said as one: "wah gwaan" is "how are you".
PHRASES = re.compile(r"\b(wah|wha|what) ?gwaan\b|\bwagwan\b", re.IGNORECASE)
WORD = re.compile(
    r"\b(" + "|".join([*SUBJECT_OR_NOT, *WORDS]) + r")\b(?:(?=\s+([\w']+)))?", re.IGNORECASE
)


def _standard(match: re.Match[str]) -> str:
    word, following = match.group(1), (match.group(2) or "").lower()
    lower = word.lower()
    if lower in SUBJECT_OR_NOT:  # "mi did" is I, "mi son" my; "fi tek" to take, "fi Marfan" for
        english = SUBJECT_OR_NOT[lower][following not in VERBS]
    else:
        english = WORDS[lower]
    return english[0].upper() + english[1:] if word[0].isupper() else english


def standard(text: str) -> str:
    """`text` with Caribbean English spellings in standard English; unchanged when it has none."""
    return WORD.sub(_standard, PHRASES.sub("how are you", text))
