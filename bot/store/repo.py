"""The state queries the engine and channels need: user state, events, feedback, gaps, tickets.

All methods are synchronous and serialised by one lock; async callers run them in a thread.
User identities arrive here already as keyed hashes (see `bot.engine.privacy`).
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
import threading
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.store.migrations import state as state_migrations

USER_TABLES = ("users", "events", "feedback", "tickets")
MAX_QUESTION_CHARS = 1000


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Repo:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        self.db.execute("PRAGMA journal_mode=WAL")
        state_migrations.apply(self.db)
        self.lock = threading.Lock()

    def close(self) -> None:
        self.db.close()

    # -- conversation state -------------------------------------------------------------
    def get_user(self, key: str) -> dict[str, Any]:
        with self.lock:
            rows = list(self.db.table("users").rows_where("key = ?", [key]))
        if not rows:
            return {"country": None, "state": {}}
        return {"country": rows[0]["country"], "state": json.loads(rows[0]["state"] or "{}")}

    def save_user(self, key: str, channel: str, country: str | None, state: dict[str, Any]) -> None:
        stamp = now()
        with self.lock:
            existing = self.db.execute("select created from users where key = ?", [key]).fetchone()
            self.db.table("users").upsert(
                {
                    "key": key,
                    "channel": channel,
                    "country": country,
                    "state": json.dumps(state),
                    "created": existing[0] if existing else stamp,
                    "seen": stamp,
                },
                pk="key",
            )

    def log_event(self, key: str, kind: str, intent: str | None, confidence: float) -> None:
        answered = int(kind not in ("fallback", "out_of_scope"))
        with self.lock:
            self.db.table("events").insert(
                {
                    "user_key": key,
                    "kind": kind,
                    "intent": intent or "",
                    "confidence": confidence,
                    "answered": answered,
                    "created": now(),
                }
            )

    # -- moderators' queues ---------------------------------------------------------------
    def record_unanswered(self, question: str, reason: str, condition: str | None = None) -> None:
        with self.lock:
            self.db.table("unanswered").insert(
                {
                    "question": question[:MAX_QUESTION_CHARS],
                    "reason": reason,
                    "condition": condition or "",
                    "created": now(),
                }
            )

    def unanswered(self, limit: int = 20) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.db.table("unanswered").rows_where(order_by="id desc", limit=limit))

    def add_feedback(
        self, key: str, source_id: str, helpful: bool | None, comment: str = ""
    ) -> None:
        """A 👍/👎 on an answer, or (helpful None) a free comment that counts as neither."""
        with self.lock:
            self.db.table("feedback").insert(
                {
                    "user_key": key,
                    "source_id": source_id,
                    "helpful": None if helpful is None else int(helpful),
                    "comment": comment[:MAX_QUESTION_CHARS],
                    "created": now(),
                }
            )

    def stats(self) -> dict[str, Any]:
        with self.lock:
            q = self.db.execute
            users = q("select count(*) from users").fetchone()[0]
            questions, answered = q(
                "select count(*), coalesce(sum(answered),0) from events"
            ).fetchone()
            helpful, unhelpful = q(
                "select coalesce(sum(helpful),0), coalesce(sum(1-helpful),0) from feedback"
            ).fetchone()
            gaps = q("select count(*) from unanswered").fetchone()[0]
            open_tickets = q("select count(*) from tickets where status = 'open'").fetchone()[0]
        rate = answered / questions if questions else 0.0
        return {
            "users": users,
            "questions": questions,
            "answered_rate": round(rate, 3),
            "helpful": helpful,
            "not_helpful": unhelpful,
            "unanswered": gaps,
            "open_tickets": open_tickets,
        }

    # -- human handoff ----------------------------------------------------------------------
    def open_ticket(self, key: str, chat_ref: str, question: str) -> str:
        code = "Z-" + secrets.token_hex(3).upper()
        with self.lock:
            self.db.table("tickets").insert(
                {
                    "code": code,
                    "user_key": key,
                    "chat_ref": chat_ref,
                    "question": question[:MAX_QUESTION_CHARS],
                    "status": "open",
                    "created": now(),
                    "closed": None,
                    "mod_message_id": None,
                }
            )
        return code

    def open_ticket_for(self, key: str) -> dict[str, Any] | None:
        with self.lock:
            rows = self.db.table("tickets").rows_where(
                "user_key = ? and status = 'open'", [key], limit=1
            )
            return next(iter(rows), None)

    def ticket(self, code: str) -> dict[str, Any] | None:
        with self.lock:
            return next(
                iter(self.db.table("tickets").rows_where("code = ?", [code], limit=1)), None
            )

    def ticket_by_mod_message(self, message_id: int) -> dict[str, Any] | None:
        with self.lock:
            rows = self.db.table("tickets").rows_where("mod_message_id = ?", [message_id], limit=1)
            return next(iter(rows), None)

    def set_ticket_message(self, code: str, message_id: int) -> None:
        with self.lock:
            self.db.execute(
                "update tickets set mod_message_id = ? where code = ?", [message_id, code]
            )
            self.db.conn.commit()

    def close_ticket(self, code: str) -> None:
        # Once closed, the channel address and question text are no longer needed.
        with self.lock:
            self.db.execute(
                "update tickets set status = 'closed', closed = ?, chat_ref = '', question = '' "
                "where code = ?",
                [now(), code],
            )
            self.db.conn.commit()

    # -- data rights -------------------------------------------------------------------------
    def forget(self, key: str) -> dict[str, int]:
        """Delete every row about one user, in every table that holds user rows."""
        counts = {}
        with self.lock, self.db.conn:
            for table in USER_TABLES:
                column = "key" if table == "users" else "user_key"
                cursor = self.db.conn.execute(f"delete from {table} where {column} = ?", [key])
                counts[table] = cursor.rowcount
        return counts

    def rows_about(self, key: str) -> dict[str, int]:
        with self.lock:
            return {
                table: self.db.execute(
                    f"select count(*) from {table} where {'key' if table == 'users' else 'user_key'} = ?",
                    [key],
                ).fetchone()[0]
                for table in USER_TABLES
            }

    def purge(self, retention_days: int) -> int:
        """Drop question text older than the retention period; returns rows touched."""
        cutoff = (dt.datetime.now(dt.UTC) - dt.timedelta(days=retention_days)).isoformat()
        with self.lock, self.db.conn:
            c = self.db.conn
            n = c.execute("delete from unanswered where created < ?", [cutoff]).rowcount
            n += c.execute(
                "update feedback set comment = '' where created < ? and comment != ''", [cutoff]
            ).rowcount
            n += c.execute(
                "delete from tickets where status = 'closed' and closed < ?", [cutoff]
            ).rowcount
            n += c.execute("delete from events where created < ?", [cutoff]).rowcount
        return n
