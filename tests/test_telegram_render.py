"""Pure Telegram rendering: escaping, links, sources, splitting under 4,096, callback data,
the group policy, and the Bot API fake's own HTML check (so it can be trusted)."""

from __future__ import annotations

import pytest
from botapi import ApiError, check_html
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.telegram_groups import public
from bot.channels.telegram_render import (
    ActionTokens,
    fit,
    inline_html,
    render,
    size,
    source_html,
    text_messages,
    without_actions,
)
from bot.content.model import Source
from bot.engine.messages import Button, Reply, SourceRef

REF = SourceRef(
    "conditions/x#symptoms",
    "X <syndrome>",
    "Symptoms & signs",
    "2026-11-29",
    (Source("Orphanet", "https://www.orpha.net/?a=1&b=2"), Source("Book", "isbn:1")),
)


def test_user_and_content_text_is_escaped_and_links_become_anchors() -> None:
    html = inline_html('1 < 2 & "x" [Orphanet](https://orpha.net/a?b=1&c=2) and [Y](conditions/y)')
    assert html == (
        '1 &lt; 2 &amp; "x" <a href="https://orpha.net/a?b=1&amp;c=2">Orphanet</a> and Y'
    )
    check_html(html)
    assert inline_html("<b>bold</b>") == "&lt;b&gt;bold&lt;/b&gt;"


def test_source_line_has_review_date_and_links_only_for_web_urls() -> None:
    html = source_html(REF)
    check_html(html)
    assert "X &lt;syndrome&gt;: Symptoms &amp; signs" in html and "reviewed 2026-11-29" in html
    assert '<a href="https://www.orpha.net/?a=1&amp;b=2">Orphanet</a>' in html
    assert "Book" in html and 'href="isbn' not in html


def test_answer_renders_bold_title_source_and_keyboard() -> None:
    reply = Reply(
        "answer",
        ["X <syndrome>: Symptoms & signs\n\nTired <often>."],
        [[Button("Causes", "src:conditions/x#causes")]],
        [REF],
    )
    [message] = render(reply, ActionTokens())
    check_html(message.text)
    assert message.text.startswith("<b>X &lt;syndrome&gt;: Symptoms &amp; signs</b>\n\nTired &lt;")
    assert "reviewed 2026-11-29" in message.text
    assert message.markup is not None
    assert message.markup.inline_keyboard[0][0].callback_data == "src:conditions/x#causes"


def test_long_reply_is_split_at_paragraphs_under_the_limit() -> None:
    paragraphs = [f"Paragraph {i}: " + "word & " * 150 for i in range(12)]  # ~1,070 chars each
    reply = Reply("answer", ["\n\n".join(paragraphs)], [[Button("More", "src:a#b")]])
    messages = render(reply, ActionTokens())
    assert len(messages) >= 4
    for message in messages:
        assert size(message.text) <= 4096
        check_html(message.text)
        assert message.text.startswith("Paragraph ")  # cut between paragraphs, never inside
    assert [m.markup is not None for m in messages] == [False] * (len(messages) - 1) + [True]
    joined = "\n\n".join(m.text for m in messages)
    assert joined.count("Paragraph ") == 12


def test_one_huge_paragraph_is_cut_at_lines_words_or_characters() -> None:
    for raw in ("line & more\n" * 800, "w<rd " * 2000, "é&" * 5000, "🦓" * 5000):
        pieces = fit(raw)
        assert len(pieces) > 1
        for piece in pieces:
            assert size(piece) <= 4096
            check_html(piece)
    assert sum(p.count("🦓") for p in fit("🦓" * 5000)) == 5000  # nothing lost


def test_long_actions_get_short_tokens_that_map_back() -> None:
    tokens = ActionTokens(size=2)
    short = "fb:+:conditions/x#symptoms"
    assert tokens.data_for(short) == short and tokens.action_for(short) == short
    long_action = "fb:+:conditions/" + "a" * 80 + "#symptoms"
    data = tokens.data_for(long_action)
    assert len(data.encode()) <= 64 and data != long_action
    assert tokens.data_for(long_action) == data  # the same button keeps its token
    assert tokens.action_for(data) == long_action
    tokens.data_for("src:" + "b" * 70)
    tokens.data_for("src:" + "c" * 70)  # evicts the least recently used token
    assert tokens.action_for(data) is None
    assert tokens.action_for("~unknown") is None


def test_feedback_buttons_can_be_removed_from_a_keyboard() -> None:
    tokens = ActionTokens()
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Causes", callback_data="src:x#causes")],
            [
                InlineKeyboardButton("👍", callback_data="fb:+:x"),
                InlineKeyboardButton("👎", callback_data=tokens.data_for("fb:-:" + "x" * 70)),
            ],
        ]
    )
    kept = without_actions(markup, tokens, "fb:")
    assert kept is not None and len(kept.inline_keyboard) == 1
    only_feedback = InlineKeyboardMarkup([[InlineKeyboardButton("👍", callback_data="fb:+:x")]])
    assert without_actions(only_feedback, tokens, "fb:") is None


def test_groups_never_get_personal_replies_or_buttons() -> None:
    for kind in ("handoff", "privacy", "advice_refusal"):
        assert public(Reply(kind, ["personal"])) == (None, True)
    assert public(Reply("handoff", [], notify=["🎫 Z-ABCDEF: hi"], silent=True))[0] is None
    fallback = Reply(
        "fallback",
        ["Not sure."],
        [
            [Button("Support groups", "groups:"), Button("Talk to a person", "handoff:ask")],
            [Button("Delete", "forget:yes")],
        ],
    )
    shown, stripped = public(fallback)
    assert stripped and shown is not None
    assert [[b.action for b in row] for row in shown.buttons] == [["groups:"]]
    assert fallback.buttons[0][1].action == "handoff:ask"  # the original is untouched


def test_plain_text_messages_escape_problem_reports() -> None:
    [message] = text_messages("content/x.md:3: bad <tag> & more\ncontent/y.md:9: missing")
    assert message.text == "content/x.md:3: bad &lt;tag&gt; &amp; more\ncontent/y.md:9: missing"


@pytest.mark.parametrize("bad", ["<b>open", "a < b", "<script>x</script>", "</i>", "AT&T"])
def test_the_fake_server_refuses_what_telegram_refuses(bad: str) -> None:
    with pytest.raises(ApiError):
        check_html(bad)
