"""Every schema step of the state database (users, feedback, unanswered, tickets), in order."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

state = Migrations("zebra-state")


@state()
def m001_users(db: sqlite_utils.Database) -> None:
    db.table("users").create(
        {"key": str, "channel": str, "country": str, "state": str, "created": str, "seen": str},
        pk="key",
    )


@state()
def m002_events(db: sqlite_utils.Database) -> None:
    # One row per message: no text, only what /stats needs.
    db.table("events").create(
        {
            "id": int,
            "user_key": str,
            "kind": str,
            "intent": str,
            "confidence": float,
            "answered": int,
            "created": str,
        },
        pk="id",
    )
    db.table("events").create_index(["user_key"])


@state()
def m003_unanswered(db: sqlite_utils.Database) -> None:
    # Questions Zebra could not answer, for moderators; deliberately without any user identity.
    db.table("unanswered").create(
        {"id": int, "question": str, "reason": str, "condition": str, "created": str}, pk="id"
    )


@state()
def m004_feedback(db: sqlite_utils.Database) -> None:
    db.table("feedback").create(
        {
            "id": int,
            "user_key": str,
            "source_id": str,
            "helpful": int,
            "comment": str,
            "created": str,
        },
        pk="id",
    )
    db.table("feedback").create_index(["user_key"])


@state()
def m005_tickets(db: sqlite_utils.Database) -> None:
    # Human handoff. chat_ref is the channel's address for relaying replies, kept only while open.
    db.table("tickets").create(
        {
            "id": int,
            "code": str,
            "user_key": str,
            "chat_ref": str,
            "question": str,
            "status": str,
            "created": str,
            "closed": str,
            "mod_message_id": int,
        },
        pk="id",
    )
    db.table("tickets").create_index(["user_key"])
    db.table("tickets").create_index(["code"], unique=True)
