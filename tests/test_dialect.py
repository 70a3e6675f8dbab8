"""Caribbean English spellings read as standard English (bot/engine/dialect.py), and the engine
that reads them so while moderators see what was typed."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.engine.dialect import standard
from bot.engine.messages import Message


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how much hydroxyurea mi son fi tek?", "how much hydroxyurea my son to take?"),
        ("Mi pickney cyaan breathe", "My child can't breathe"),
        ("how mi delete everyting mi tell yuh?", "how I delete everything I tell you?"),
        ("mi tired of di pain", "I tired of the pain"),
        ("wah gwaan zebra", "how are you zebra"),
        ("wah are di risks wid dem?", "what are the risks with them?"),
        ("any group fi sickle cell?", "any group for sickle cell?"),
    ],
)
def test_creole_spellings_read_as_standard_english(typed: str, read: str) -> None:
    assert standard(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "what is cystic fibrosis? I think my mum has it",
        "Dear Sir/Madam, I write to enquire about Fabry disease. Yours faithfully",
        "the midi-chlorian theory",  # parts of words are left alone
    ],
)
def test_standard_english_passes_unchanged(text: str) -> None:
    assert standard(text) == text


async def test_the_engine_reads_creole_and_records_what_was_typed(app: App) -> None:
    answer = await app.engine.handle(Message(user="jm", text="wah are di symptoms of sickle cell?"))
    assert answer.kind == "answer"
    assert answer.sources[0].id == "conditions/sickle-cell-disease#symptoms"
    emergency = await app.engine.handle(Message(user="jm", text="mi pickney cyaan breathe"))
    assert emergency.kind == "emergency"
    typed = "wah yuh know bout di alkaptonuria?"
    assert (await app.engine.handle(Message(user="jm", text=typed))).kind == "fallback"
    assert app.repo.unanswered(5)[0]["question"] == typed
