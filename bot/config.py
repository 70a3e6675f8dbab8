"""Settings from the environment (and an optional `.env`), one frozen dataclass loaded once."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parent.parent


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


def _names(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _ints(value: str) -> frozenset[int]:
    return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)


@dataclass(frozen=True)
class Settings:
    """Everything Zebra can be configured with; see README "Configuration"."""

    root: Path = ROOT
    content_dir: Path = ROOT / "content"
    data_dir: Path = ROOT / "var"
    nlu_dir: Path = ROOT / "nlu"
    # Labelled messages (the eval sets) Zebra learns from at start-up; None: none (see
    # bot/search/labelled.py).
    labelled_dir: Path | None = ROOT / "tests" / "eval"
    labelled_exclude: frozenset[str] = frozenset()  # set names left out (`make eval`'s folds)
    models_dir: Path = ROOT / "models"
    rasa_venv: Path = ROOT / ".venv-rasa"
    nlu: str = "auto"  # auto (own Rasa when trained), rasa (RASA_URL), none (retrieval only)
    rasa_url: str | None = None
    rasa_token: str = field(default="", repr=False)
    rasa_port: int = 5005
    rasa_timeout: float = 0.5
    answer_threshold: float = 0.45
    default_country: str | None = None
    telegram_token: str | None = field(default=None, repr=False)
    telegram_base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str = field(default="", repr=False)
    webhook_port: int = 8443
    moderator_ids: frozenset[int] = frozenset()
    moderators_chat_id: int | None = None
    hash_secret: str = field(default="", repr=False)
    retention_days: int = 90

    @property
    def content_db(self) -> Path:
        return self.data_dir / "content.db"

    @property
    def state_db(self) -> Path:
        return self.data_dir / "state.db"

    @property
    def embed_cache_db(self) -> Path:
        return self.data_dir / "embeddings.db"


def load_settings(env_file: Path | None = None) -> Settings:
    """Read settings from the environment; values in `.env` fill in what is unset."""
    load_dotenv(env_file or ROOT / ".env", override=False)
    env = os.environ.get
    data_dir = _path("ZEBRA_DATA_DIR", ROOT / "var")
    hash_secret = env("ZEBRA_HASH_SECRET") or _local_secret(data_dir)
    chat = env("MODERATORS_CHAT_ID")
    return Settings(
        content_dir=_path("ZEBRA_CONTENT_DIR", ROOT / "content"),
        data_dir=data_dir,
        models_dir=_path("ZEBRA_MODELS_DIR", ROOT / "models"),
        labelled_dir=_labelled_dir(),
        labelled_exclude=frozenset(_names(env("ZEBRA_LABELLED_EXCLUDE", ""))),
        nlu=(env("ZEBRA_NLU") or "auto").lower(),
        rasa_url=env("RASA_URL") or None,
        rasa_token=env("RASA_TOKEN") or secrets.token_urlsafe(24),
        rasa_port=int(env("RASA_PORT", "5005")),
        rasa_timeout=float(env("RASA_TIMEOUT", "0.5")),
        answer_threshold=float(env("ZEBRA_ANSWER_THRESHOLD", "0.45")),
        default_country=(env("ZEBRA_DEFAULT_COUNTRY") or "").upper() or None,
        telegram_token=env("TELEGRAM_BOT_TOKEN") or None,
        telegram_base_url=env("TELEGRAM_API_BASE_URL") or None,
        webhook_url=env("WEBHOOK_URL") or None,
        webhook_secret=env("WEBHOOK_SECRET") or secrets.token_urlsafe(24),
        webhook_port=int(env("WEBHOOK_PORT", "8443")),
        moderator_ids=_ints(env("MODERATOR_IDS", "")),
        moderators_chat_id=int(chat) if chat else None,
        hash_secret=hash_secret,
        retention_days=int(env("ZEBRA_RETENTION_DAYS", "90")),
    )


def _labelled_dir() -> Path | None:
    """ZEBRA_LABELLED_DIR: unset means tests/eval, set but empty means no labelled sets."""
    if os.environ.get("ZEBRA_LABELLED_DIR") == "":
        return None
    return _path("ZEBRA_LABELLED_DIR", ROOT / "tests" / "eval")


def _local_secret(data_dir: Path) -> str:
    """A per-installation secret for hashing user ids when none is configured."""
    path = data_dir / "hash-secret"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32)
    path.write_text(value)
    path.chmod(0o600)
    return value
