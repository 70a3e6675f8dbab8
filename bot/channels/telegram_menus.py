"""Zebra's own Telegram texts and menus: welcome, help, the command list, browsing conditions
A-Z, treatments and trial guides, and the privacy page. Pure: Replies from the content index."""

from __future__ import annotations

from bot.engine import replies
from bot.engine.dialogs import ABOUT
from bot.engine.messages import Button, Reply
from bot.search.index import ContentIndex, ItemInfo

COMMANDS = [
    ("start", "What Zebra can do"),
    ("help", "How to use Zebra"),
    ("conditions", "Browse conditions A-Z"),
    ("treatments", "Browse types of treatment"),
    ("trials", "About clinical trials"),
    ("groups", "Find support groups"),
    ("human", "Talk to a person from our team"),
    ("cancel", "Close your request to a person"),
    ("privacy", "What Zebra stores about you"),
    ("forget", "Delete your data"),
    ("feedback", "Tell us what you think: /feedback your comment"),
]
MODERATOR_COMMANDS = [
    ("reload", "Check and reload the content"),
    ("stats", "Usage numbers"),
    ("unanswered", "Questions Zebra could not answer"),
    ("done", "Close a ticket: /done Z-XXXXXX"),
]
WELCOME = (
    "Hello, I'm Zebra 🦓 I share general information about rare conditions, treatments, "
    "clinical trials and support groups, from pages our team has checked. I'm a chatbot, not a "
    "doctor, and this is not medical advice. In an emergency, call your local emergency number."
    "\n\nAsk me a question, for example “what is Fabry disease?”, or pick a topic:"
)
HELP = (
    "Just type a question, for example “what are the symptoms of Pompe disease?” or “support "
    "groups in Ireland”. Under each answer you'll find buttons to read more and to tell us if "
    "it helped.\n\n"
    + "\n".join(f"/{name}: {about}" for name, about in COMMANDS)
    + "\n\nIn a group, mention me (@{username}) or reply to one of my messages."
)
KINDS = {
    "condition": "Conditions",
    "treatment": "Types of treatment",
    "trial-guide": "Clinical trials",
}


def welcome(private: bool) -> Reply:
    rows = [
        [Button("Conditions A-Z", "browse:condition")],
        [Button("Treatments", "browse:treatment"), Button("Clinical trials", "browse:trial-guide")],
        [Button("Support groups", "groups:")],
    ]
    if private:
        rows[-1].append(Button("Talk to a person", "handoff:ask"))
    return Reply("smalltalk", [WELCOME], rows)


def help_text(username: str) -> Reply:
    return Reply("smalltalk", [HELP.replace("{username}", username)])


def first_section(index: ContentIndex, item: ItemInfo) -> str:
    overview = f"{item.id}#overview"
    return overview if overview in index.by_id else item.sections[0]


def browse(index: ContentIndex, arg: str) -> Reply:
    """`condition` (letters), `condition:F` (titles under F), `treatment`, `trial-guide`."""
    kind, _, letter = arg.partition(":")
    items = sorted(
        (i for i in index.items.values() if i.kind == kind and i.sections),
        key=lambda i: i.title.casefold(),
    )
    if not items:
        return Reply("fallback", ["There is nothing to browse there yet."])
    if kind == "condition" and not letter:
        letters = sorted({i.title[0].upper() for i in items})
        buttons = [Button(x, f"browse:condition:{x}") for x in letters]
        rows = [buttons[i : i + 6] for i in range(0, len(buttons), 6)]
        return Reply("smalltalk", [f"{len(items)} conditions. Pick a first letter:"], rows)
    if letter:
        items = [i for i in items if i.title[:1].upper() == letter.upper()]
    rows = [[Button(i.title, f"src:{first_section(index, i)}")] for i in items]
    heading = KINDS.get(kind, "Topics") + (f" starting with {letter.upper()}" if letter else "")
    return Reply("smalltalk", [f"{heading}:" if rows else "Nothing starts with that letter."], rows)


def privacy(index: ContentIndex) -> Reply:
    """The privacy section of the About Zebra page, with a button to delete one's data."""
    item = index.items.get(ABOUT)
    section = next((s for s in item.sections if "privacy" in s), None) if item else None
    if section is None:
        reply = Reply(
            "privacy",
            [
                "Zebra stores as little as it can: a scrambled code instead "
                "of your user id, and only questions it could not answer."
            ],
        )
    else:
        reply = replies.answer(index, section, 1.0)
    reply.buttons = [[Button("Delete my data", "forget:ask")]]
    return reply
