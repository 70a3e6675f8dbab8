"""Train, start, supervise and stop the local Rasa server (its own Python 3.10 venv).

Training runs only when config.yml, nlu/ (with the generated lookups) or domain.yml changed:
the model's file name carries a hash of those inputs. The server binds 127.0.0.1 only, needs
an auth token, is restarted if it crashes, and dies with Zebra (no orphans).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import logging
import os
import signal
import subprocess
from pathlib import Path

import httpx

from bot.config import Settings

log = logging.getLogger(__name__)
READY_TIMEOUT = 180.0
PR_SET_PDEATHSIG = 1


def rasa_env(settings: Settings) -> dict[str, str]:
    """Rasa's caches, keras and config files inside the repo (git-ignored), not in $HOME."""
    home = settings.root / ".rasa" / "home"
    home.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "HOME": str(home),
        "RASA_TELEMETRY_ENABLED": "false",
        "RASA_CACHE_DIRECTORY": str(settings.root / ".rasa" / "cache"),
        "KERAS_HOME": str(settings.root / ".rasa" / "keras"),
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "LOG_LEVEL": os.environ.get("RASA_LOG_LEVEL", "WARNING"),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "PYTHONWARNINGS": "ignore",
    }


def rasa_bin(settings: Settings) -> Path:
    path = settings.rasa_venv / "bin" / "rasa"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run `make setup` to create .venv-rasa")
    return path


def inputs_hash(settings: Settings) -> str:
    digest = hashlib.sha256()
    digest.update((settings.root / "config.yml").read_bytes())
    for path in sorted(settings.nlu_dir.rglob("*.yml")):
        digest.update(str(path.relative_to(settings.nlu_dir)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path(settings: Settings) -> Path:
    return settings.models_dir / f"nlu-{inputs_hash(settings)}.tar.gz"


def train(settings: Settings, force: bool = False) -> tuple[Path, bool]:
    """Train unless a model for exactly these inputs exists; returns (model, trained)."""
    target = model_path(settings)
    if target.exists() and not force:
        return target, False
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(rasa_bin(settings)),
            "train",
            "nlu",
            "--config",
            "config.yml",
            "--nlu",
            str(settings.nlu_dir.relative_to(settings.root)),
            "--out",
            str(settings.models_dir),
            "--fixed-model-name",
            target.name.removesuffix(".tar.gz"),
        ],
        cwd=settings.root,
        env=rasa_env(settings),
        check=True,
    )
    for old in settings.models_dir.glob("nlu-*.tar.gz"):
        if old != target:
            old.unlink()
    return target, True


def _die_with_parent() -> None:  # runs in the child before exec
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6").prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class RasaService:
    """One supervised `rasa run` process; `ready` is true while it answers /status."""

    def __init__(self, settings: Settings, model: Path, port: int | None = None) -> None:
        self.settings = settings
        self.model = model
        self.port = port or settings.rasa_port
        self.token = settings.rasa_token
        self.url = f"http://127.0.0.1:{self.port}"
        self.ready = False
        self.restarts = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def _spawn(self) -> None:
        self.process = subprocess.Popen(
            [
                str(rasa_bin(self.settings)),
                "run",
                "--enable-api",
                "-m",
                str(self.model),
                "-i",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--auth-token",
                self.token,
                "--quiet",
            ],
            cwd=self.settings.root,
            env=rasa_env(self.settings),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )

    async def healthy(self) -> bool:
        try:
            async with httpx.AsyncClient(timeout=2.0) as client:
                r = await client.get(f"{self.url}/status", params={"token": self.token})
            return r.status_code == 200
        except httpx.HTTPError:
            return False

    def start(self) -> None:
        """Start in the background: Zebra answers by retrieval until Rasa is ready."""
        self._stopping = False
        self._task = asyncio.get_running_loop().create_task(self._supervise())

    async def wait_ready(self, timeout: float = READY_TIMEOUT) -> bool:
        deadline = asyncio.get_running_loop().time() + timeout
        while not self.ready and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.5)
        return self.ready

    async def _supervise(self) -> None:
        backoff = 1.0
        while not self._stopping:
            self._spawn()
            started = asyncio.get_running_loop().time()
            while not self._stopping and self.process and self.process.poll() is None:
                ok = await self.healthy()
                if ok and not self.ready:
                    log.info("Rasa ready after %.0f s", asyncio.get_running_loop().time() - started)
                    backoff = 1.0
                self.ready = ok
                await asyncio.sleep(1.0 if ok else 0.5)
            self.ready = False
            if self._stopping:
                break
            self.restarts += 1
            log.warning(
                "Rasa server exited (code %s); restarting", self.process and self.process.returncode
            )
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)

    async def stop(self) -> None:
        self._stopping = True
        self.ready = False
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        process = self.process
        if process and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                await asyncio.to_thread(process.wait, 15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                await asyncio.to_thread(process.wait)
