"""Deterministic entity finder built from content: conditions, treatments, countries, medicines.

Names come from titles and aliases (as the generated Rasa lookups do) and from conditions'
`medicines` (Zebra's own: "Spinraza" means SMA's treatment section), matched on word
boundaries, longest first, with a little fuzziness for misspellings. It works without Rasa and
maps Rasa's raw entity values to content ids.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.engine.sounds import sound_key

TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
# Names people misspell; topics match exactly.
FUZZY_KINDS = ("condition", "treatment", "country", "medicine")
SPELT_KINDS = ("condition", "treatment", "medicine")  # split or spelt by ear; not "the US"
SOUND_CUTOFF = 0.9  # how alike two sound keys must be (bot/engine/sounds.py)
GENERIC_TAIL = ("syndrome", "syndromes", "disease", "disorder")
# Short aliases that are also everyday words or units: they must be typed in capitals.
AMBIGUOUS = frozenset(
    [
        "mg",
        "ms",
        "oi",
        "fa",
        "as",
        "us",
        "it",
        "am",
        "in",
        "is",
        "ra",
        "pa",
        "pah",
        "ok",
        "id",
        "me",
        "no",
    ]
)
UNKNOWN_CONDITION_RE = re.compile(
    r"\b((?:[a-z][a-z'-]+\s+){0,2}[a-z][a-z'-]+\s+(?:syndrome|disease|disorder|deficiency|dystrophy"
    r"|ataxia|anemia|anaemia|palsy)|[a-z]{4,}(?:osis|emia|aemia|uria|pathy|plasia|ectasia|itis|oma"
    r"|penia|cytosis)s?|[a-z]{2,}(?:kinesia|tonia|plegia|cephaly|malacia))\b"
)
# Words that make "... disease" generic rather than a name, and -osis/-oma words that are not.
GENERIC_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "my",
        "his",
        "her",
        "their",
        "our",
        "your",
        "its",
        "same",
        "any",
        "other",
        "such",
        "some",
        "what",
        "which",
        "is",
        "are",
        "has",
        "have",
        "had",
        "with",
        "of",
        "for",
        "about",
        "in",
        "on",
        "rare",
        "genetic",
        "inherited",
        "chronic",
        "undiagnosed",
        "orphan",
        "new",
        "known",
        "serious",
        "progressive",
        "kidney",
        "lung",
        "heart",
        "liver",
        "bone",
        "eye",
        "skin",
        "blood",
        "muscle",
        "nerve",
        "brain",
        "autoimmune",
        "metabolic",
        "mitochondrial",
        "lysosomal",
        "storage",
        "neuromuscular",
        "ultra",
        "what",
        "how",
        "why",
        "when",
        "tell",
        "me",
        "about",
        "explain",
        "info",
        "information",
        "causes",
        "cause",
        "symptoms",
        "signs",
        "treatment",
        "treatments",
        "therapy",
        "cure",
        "is",
        "there",
        "does",
        "do",
        "can",
        "could",
        "should",
        "diagnosed",
        "with",
        "has",
        "have",
        "got",
        "called",
        "named",
        "from",
        "like",
        "living",
        "child",
        "son",
        "daughter",
        "baby",
        "kid",
        "wife",
        "husband",
        "mum",
        "mom",
        "dad",
    ]
)
NOT_CONDITIONS = frozenset(
    [
        "diagnosis",
        "diagnoses",
        "prognosis",
        "coma",
        "diploma",
        "aroma",
        "sympathy",
        "empathy",
        "telepathy",
        "osmosis",
        "hypnosis",
    ]
)


def title_variants(title: str) -> list[str]:
    """A title and the shorter names people use for it: "Systemic sclerosis (scleroderma)" also
    as "Systemic sclerosis" and "scleroderma"; "Rett syndrome" also as "Rett"."""
    names = [title]
    inner = re.findall(r"\(([^)]+)\)", title)
    bare = re.sub(r"\s*\([^)]*\)", "", title).strip()
    names += [bare, *inner] if inner else []
    words = bare.split()
    if len(words) > 1 and words[-1].lower() in GENERIC_TAIL and words[0][:1].isupper():
        short = " ".join(words[:-1])
        if len(short) >= 4:
            names.append(short)
    return list(dict.fromkeys(n for n in names if n))


def normalize(text: str) -> list[str]:
    return [t.lower().removesuffix("'s") for t in TOKEN_RE.findall(text.replace("’", "'"))]


@dataclass
class Found:
    conditions: list[str] = field(default_factory=list)
    treatments: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # trial guides and topics named by alias
    medicines: list[str] = field(default_factory=list)  # conditions whose medicine is named
    unknown_condition: str | None = None
    named_tokens: int = 0  # how many of the text's tokens were names found here

    def first(self, kind: str) -> str | None:
        values: list[str] = getattr(self, kind)
        return values[0] if values else None


class Gazetteer:
    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], tuple[str, str]] = {}
        self.strict: set[tuple[str, ...]] = set()
        self.max_len = 1
        self.medicine_of: dict[str, list[str]] = {}  # one medicine, many conditions

    def add(self, kind: str, ident: str, names: Iterable[str], strict: bool = False) -> None:
        """Add names for an id; strict names match only when typed in capitals."""
        for name in names:
            key = tuple(normalize(name))
            if not key:
                continue
            if strict or (len(key) == 1 and key[0] in AMBIGUOUS):
                self.strict.add(key)
            self.names.setdefault(key, (kind, ident))
            self.max_len = max(self.max_len, len(key))

    def add_item(self, kind: str, ident: str, title: str, aliases: Iterable[str]) -> None:
        self.add(kind, ident, [*title_variants(title), *aliases])

    def add_medicines(self, condition: str, names: Iterable[str]) -> None:
        """Medicines point at the conditions they treat; "miglustat" at three."""
        for name in names:
            key = tuple(normalize(name))
            ident = " ".join(key)
            if key and self.names.setdefault(key, ("medicine", ident))[0] == "medicine":
                conditions = self.medicine_of.setdefault(ident, [])
                conditions += [condition] if condition not in conditions else []
                self.max_len = max(self.max_len, len(key))

    def resolve(self, kind: str, value: str, fuzzy: bool = True) -> str | None:
        """Map a raw name (e.g. a Rasa entity value) to an id of `kind`, or None."""
        if value.startswith(f"{kind}s/") or (
            kind == "country" and re.fullmatch(r"[A-Z]{2}", value)
        ):
            return value
        found = self.find(value, strict=False, fuzzy=fuzzy)
        return found.first(
            {"condition": "conditions", "treatment": "treatments", "country": "countries"}[kind]
        )

    def find(self, text: str, strict: bool = True, fuzzy: bool = True) -> Found:
        raw = TOKEN_RE.findall(text.replace("’", "'"))
        tokens = normalize(text)
        found = Found()
        i = 0
        while i < len(tokens):
            match = self._match_at(tokens, raw, i, strict, fuzzy)
            if match is None:
                i += 1
                continue
            length, (kind, ident) = match
            if kind == "medicine":
                found.medicines += [c for c in self.medicine_of[ident] if c not in found.medicines]
                found.named_tokens += length
                i += length
                continue
            bucket = {
                "condition": found.conditions,
                "treatment": found.treatments,
                "country": found.countries,
            }.get(kind, found.others)
            if ident not in bucket:
                bucket.append(ident)
            found.named_tokens += length
            i += length
        if not found.conditions:
            found.unknown_condition = unknown_condition(" ".join(tokens))
        return found

    def _match_at(
        self, tokens: list[str], raw: list[str], i: int, strict: bool, fuzzy: bool = True
    ) -> tuple[int, tuple[str, str]] | None:
        for n in range(min(self.max_len, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + n])
            hit = self.names.get(key)
            if hit is not None:
                if key in self.strict and strict and not raw[i].isupper():
                    continue
                return n, hit
        if not fuzzy:
            return None
        for n in (4, 3, 2):  # a name split in two: "angel man syndrome", "p k u"
            joined = (
                self._joined().get("".join(tokens[i : i + n])) if i + n <= len(tokens) else None
            )
            if joined is not None:
                return n, joined
        for n in (3, 2, 1):
            if i + n > len(tokens):
                continue
            phrase = " ".join(tokens[i : i + n])
            if len(phrase) < 6:
                continue
            # Misspellings keep the first letter: "a medicine" is not "RNA medicine".
            close = difflib.get_close_matches(phrase, self._keys(n), n=3, cutoff=0.86)
            close = [c for c in close if c[0] == phrase[0]]
            if close:
                return n, self.names[tuple(close[0].split())]
            by_sound = self._by_sound(phrase, n)
            if by_sound is not None:
                return n, by_sound
        return None

    def _by_sound(self, phrase: str, n: int) -> tuple[str, str] | None:
        """A condition, treatment or medicine spelt by ear: "freedrik ataxia", "fabree disese"."""
        sounds = self.__dict__.setdefault("_sound_cache", {})
        if n not in sounds:
            sounds[n] = {}
            for name in self._keys(n):
                if self.names[tuple(name.split())][0] in SPELT_KINDS:
                    key = sound_key(name)
                    sounds[n].setdefault(key[0], {}).setdefault(key, name)
        key = sound_key(phrase)
        bucket = sounds[n].get(key[0], {})  # the first sound is kept, as for misspellings
        close = difflib.get_close_matches(key, bucket, n=1, cutoff=SOUND_CUTOFF)
        return self.names[tuple(bucket[close[0]].split())] if close else None

    def _joined(self) -> dict[str, tuple[str, str]]:
        """Names with their spaces taken out, for a name split in two."""
        cache = self.__dict__.setdefault("_joined_cache", {})
        if not cache:
            for k, hit in self.names.items():
                if len("".join(k)) >= 3 and k not in self.strict and hit[0] in SPELT_KINDS:
                    cache["".join(k)] = hit
        joined: dict[str, tuple[str, str]] = cache
        return joined

    def _keys(self, n: int) -> list[str]:
        cache = self.__dict__.setdefault("_key_cache", {})
        if n not in cache:
            cache[n] = [
                " ".join(k)
                for k, (kind, _) in self.names.items()
                if len(k) == n and len(" ".join(k)) >= 6 and kind in FUZZY_KINDS
            ]
        keys: list[str] = cache[n]
        return keys


def unknown_condition(text: str) -> str | None:
    """A phrase that looks like the name of a condition ("alkaptonuria", "X syndrome")."""
    for match in UNKNOWN_CONDITION_RE.finditer(text):
        words = match.group(1).split()
        while len(words) > 1 and words[0] in GENERIC_WORDS:
            words = words[1:]
        if len(words) == 1 and words[0] in NOT_CONDITIONS:
            continue
        if len(words) > 1 and words[-2] in GENERIC_WORDS:
            continue
        if len(words) == 1 and words[0] in {"syndrome", "disease", "disorder"}:
            continue
        return " ".join(words)
    return None
