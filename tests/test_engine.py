"""The engine end to end (real store, real model, retrieval-only NLU): what users reach."""

from __future__ import annotations

import json

from click.testing import CliRunner

from bot.app import App
from bot.engine.messages import Message


def msg(text: str, user: str = "u1") -> Message:
    return Message(user=user, text=text, channel="test", chat_ref="chat-1")


async def test_answer_has_source_review_date_and_buttons(app: App) -> None:
    reply = await app.engine.handle(msg("what is gene therapy"))
    assert reply.kind == "answer"
    assert reply.sources[0].id.startswith("treatments/gene-therapy#")
    assert reply.sources[0].reviewed and reply.sources[0].sources
    actions = [b.action for row in reply.buttons for b in row]
    assert any(a.startswith("src:treatments/gene-therapy#") for a in actions)
    assert any(a.startswith("fb:+:") for a in actions)


async def test_condition_facet_and_follow_up(app: App) -> None:
    first = await app.engine.handle(msg("how is duchenne inherited", user="f1"))
    assert first.sources[0].id == "conditions/duchenne-muscular-dystrophy#causes"
    follow = await app.engine.handle(msg("and how is it diagnosed?", user="f1"))
    assert follow.sources[0].id == "conditions/duchenne-muscular-dystrophy#diagnosis"


async def test_safety_first(app: App) -> None:
    reply = await app.engine.handle(msg("she's been seizing for 6 minutes, we're in the UK"))
    assert reply.kind == "emergency"
    assert "999" in " ".join(reply.blocks)
    assert reply.sources == []
    crisis = await app.engine.handle(msg("i want to end my life"))
    assert crisis.kind == "crisis"


async def test_advice_refusal_points_to_clinician(app: App) -> None:
    reply = await app.engine.handle(msg("should i stop my fabry infusions"))
    assert reply.kind == "advice_refusal"
    assert "doctor" in reply.blocks[0]


async def test_unknown_condition_is_recorded_without_identity(app: App) -> None:
    reply = await app.engine.handle(
        msg("what are the symptoms of alkaptonuria", user="secret-user")
    )
    assert reply.kind == "fallback"
    rows = app.repo.unanswered(5)
    assert rows[0]["question"] == "what are the symptoms of alkaptonuria"
    assert rows[0]["condition"] == "alkaptonuria"
    assert "secret-user" not in json.dumps(rows)


async def test_support_groups_by_condition_and_country(app: App) -> None:
    reply = await app.engine.handle(
        msg("my daughter has rett, is there a group for parents in the uk?")
    )
    assert reply.kind == "support_groups"
    assert reply.entities["condition"] == "conditions/rett-syndrome"
    assert reply.entities["country"] == "GB"
    assert reply.sources, "at least one group is listed"


async def test_clarify_between_two_conditions(app: App) -> None:
    reply = await app.engine.handle(msg("tell me about fabry and gaucher"))
    assert reply.kind == "clarify"
    actions = [b.action for row in reply.buttons for b in row]
    assert "src:conditions/fabry-disease#overview" in actions
    picked = await app.engine.action(msg("", user="c1"), actions[0])
    assert picked.kind == "answer" and picked.sources[0].id == actions[0][4:]


async def test_a_medicine_alone_reaches_its_condition(app: App) -> None:
    reply = await app.engine.handle(msg("spinraza vs evrysdi vs zolgensma?? whats the difference"))
    assert reply.kind == "answer"
    assert reply.sources[0].id == "conditions/spinal-muscular-atrophy#treatment"


async def test_bad_input_is_handled_kindly(app: App) -> None:
    empty = await app.engine.handle(msg("   "))
    assert empty.kind == "fallback" and "didn't get any text" in empty.blocks[0]
    huge = await app.engine.handle(msg("what is cystic fibrosis " + "blah " * 5000))
    assert huge.blocks[0].startswith("Your message was long")
    odd = await app.engine.handle(msg("\x00\x01 ☃☃☃ 🦓"))
    assert odd.kind in ("fallback", "out_of_scope")


async def test_forget_removes_every_row(app: App) -> None:
    user = msg("what is cystic fibrosis", user="forget-me")
    await app.engine.handle(user)
    reply = await app.engine.handle(msg("gene therapy", user="forget-me"))
    await app.engine.action(user, f"fb:+:{reply.sources[0].id}")
    key = app.engine.key(user)
    assert sum(app.repo.rows_about(key).values()) >= 3
    done = await app.engine.action(user, "forget:yes")
    assert "deleted" in done.blocks[0]
    assert app.repo.rows_about(key) == {t: 0 for t in app.repo.rows_about(key)}


def test_ask_json_contract(built: object, settings: object) -> None:
    from bot.cli import main

    data_dir = str(settings.data_dir)  # type: ignore[attr-defined]
    env = {"ZEBRA_DATA_DIR": data_dir, "ZEBRA_NLU": "none", "ZEBRA_HASH_SECRET": "t"}
    result = CliRunner().invoke(main, ["ask", "--json"], input="what is gene therapy\n\n", env=env)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert len(lines) == 2
    first = lines[0]
    assert set(first) == {"question", "kind", "intent", "confidence", "entities", "sources", "text"}
    assert first["kind"] == "answer" and first["sources"][0].startswith("treatments/gene-therapy#")
    assert set(first["entities"]) == {"condition", "treatment", "country"}
    assert lines[1]["kind"] == "fallback"


async def test_never_answers_with_a_condition_the_question_did_not_name(app: App) -> None:
    for text in (
        "How is Erdheim-Chester disease treated?",
        "what are the symptoms of kabuki syndrome",
        "signs of a rare disease in a baby",
    ):
        reply = await app.engine.handle(msg(text, user="other"))
        assert not any(s.id.startswith("conditions/") for s in reply.sources), (text, reply.kind)
    unknown = await app.engine.handle(msg("How is Erdheim-Chester disease treated?"))
    assert unknown.kind == "fallback"
