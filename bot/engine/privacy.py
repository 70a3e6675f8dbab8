"""User identities: only keyed hashes (HMAC-SHA256) of channel user ids are ever stored."""

from __future__ import annotations

import hashlib
import hmac


def user_key(secret: str, channel: str, user: str) -> str:
    return hmac.new(secret.encode(), f"{channel}:{user}".encode(), hashlib.sha256).hexdigest()
