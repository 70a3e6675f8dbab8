"""Respelling for the keyword rules (pure logic), and what it must never touch."""

from __future__ import annotations

import pytest

from bot.engine.entities import Gazetteer
from bot.engine.router import route
from bot.engine.rules import facets_of, rule_intent
from bot.engine.spelling import Speller, rule_words

KNOWN = {"what", "are", "the", "of", "support", "groups", "symptoms", "syndrome", "for", "is"}
KNOWN |= {"convulse", "forget", "hospital", "does", "would", "she", "having", "halve", "my", "dose"}


@pytest.fixture
def speller() -> Speller:
    return Speller(KNOWN | rule_words(), rule_words())


def test_sound_spellings_of_rule_words(speller: Speller) -> None:
    assert facets_of("wat are the simtoms") != ["symptoms"]
    assert facets_of(speller.correct("wat are the simtoms")) == ["symptoms"]
    groups = speller.correct("suport grups for angleman sindrom")
    assert rule_intent(groups).intent == "find_support_group"
    assert speller.correct("Wat is it") == "what is it"


@pytest.mark.parametrize(
    "word",
    ["convulsing", "forgetful", "hospitalised", "doesnt", "wouldnt", "Spinraza", "x"],
)
def test_known_words_their_endings_and_short_words_stay(speller: Speller, word: str) -> None:
    assert speller.correct(word) == word


def test_rule_words_are_words_not_stems() -> None:
    words = rule_words()
    assert {"support", "groups"} <= words
    speller = Speller({"support"}, [*words, "randomi"])  # a stem in a pattern is no target
    assert speller.targets == {"s": ["support"]}


def test_safety_and_advice_read_what_was_typed() -> None:
    gaz = Gazetteer()
    text = "can i halve my dose"
    assert route(text, gaz.find(text), None, gaz, {}, None, "can i have my dose").action == "advice"
    typed = "she is convulsing"  # a respelling that loses the alarm is never read by the screen
    assert route(typed, gaz.find(typed), None, gaz, {}, None, "she is confusing").action == (
        "emergency"
    )


def test_the_rules_read_the_respelt_text() -> None:
    gaz = Gazetteer()
    gaz.add_item("condition", "conditions/ehlers-danlos-syndromes", "Ehlers-Danlos syndromes", [])
    text = "ehlers danlos simtoms"
    r = route(text, gaz.find(text), None, gaz, {}, None, "ehlers danlos symptoms")
    assert r.sections == ["conditions/ehlers-danlos-syndromes#symptoms"]
