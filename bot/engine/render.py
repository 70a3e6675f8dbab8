"""Channel-neutral rendering of a Reply to plain text (console, `zebra ask`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine.messages import Reply, SourceRef

LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def links_to_text(text: str) -> str:
    """External links become "text (url)", links between items just their text."""

    def sub(match: re.Match[str]) -> str:
        label, target = match.group(1), match.group(2)
        return f"{label} ({target})" if target.startswith(("http://", "https://")) else label

    return LINK_RE.sub(sub, text)


def source_line(ref: SourceRef) -> str:
    names = "; ".join(f"{s.name} {s.url}" for s in ref.sources)
    based = f" Based on: {names}." if names else ""
    return f"Source: Zebra, “{ref.title}: {ref.heading}”, reviewed {ref.reviewed}.{based}"


def plain_text(reply: Reply) -> str:
    parts = [links_to_text(block) for block in reply.blocks]
    parts += [source_line(ref) for ref in reply.sources[:1] if ref.reviewed]
    return "\n\n".join(p for p in parts if p)
