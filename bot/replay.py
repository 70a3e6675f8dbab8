"""Replay labelled sets through the real Engine.handle, with Rasa's parses read from a file.

`make eval` asks a live Rasa through `zebra ask` and takes over 20 minutes for every set. A change
to the screens, rules or router is measured on all of them in about ten with `zebra replay`,
which reads each parse from a file recorded once per model (`--record` asks a live Rasa for the
parses the file lacks). As in `make eval`, each set is answered by a Zebra that did not learn
from it: five folds, each leaving its sets out of the labelled pool.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import click

from bot.app import create_app
from bot.config import Settings
from bot.engine.messages import Message
from bot.evaluate import SAFETY, Outcome, judge
from bot.nlu.base import NLU, Parse
from bot.search.labelled import FOLDS, fold_groups, load_cases


class RecordedNLU:
    """Parses from a file made for one model; with `live`, the missing ones are asked and kept."""

    def __init__(self, path: Path, model: str, live: NLU | None = None) -> None:
        self.path, self.model, self.live = path, model, live
        data: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}
        if data.get("model", model) != model and live is None:
            raise ValueError(f"{path} holds another Rasa model's parses: record again (--record)")
        self.parses: dict[str, dict[str, Any]] = (
            data.get("parses", {}) if data.get("model") == model else {}
        )
        self.asked = 0

    async def parse(self, text: str) -> Parse | None:
        if text in self.parses:
            saved = self.parses[text]
            ranking = tuple((str(name), float(conf)) for name, conf in saved["ranking"])
            return Parse(saved["intent"], saved["confidence"], saved["entities"], ranking)
        if self.live is None:
            return None  # as if Rasa were down
        parse = await self.live.parse(text)
        if parse is not None:
            self.parses[text] = asdict(parse)
            self.asked += 1
        return parse

    def save(self) -> None:
        if self.asked:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".partial")
            partial.write_text(json.dumps({"model": self.model, "parses": self.parses}))
            partial.replace(self.path)


async def replay(
    settings: Settings, sets: list[Path], nlu: NLU, folds: int = FOLDS
) -> dict[str, list[Outcome]]:
    """Every case of every set through Engine.handle; folds=0 learns from every set."""
    groups = [list(range(len(sets)))] if folds == 0 else fold_groups(len(sets), folds)
    results: dict[str, list[Outcome]] = {}
    for members in (g for g in groups if g):
        left_out = {sets[i].stem for i in members} if folds else set()
        app = create_app(
            replace(settings, labelled_exclude=settings.labelled_exclude | left_out), nlu
        )
        try:
            for i in members:
                outcomes = []
                for n, case in enumerate(load_cases(sets[i])):
                    message = Message(user=f"replay:{n}", text=case["question"], channel="cli")
                    reply = await app.engine.handle(message)
                    await asyncio.to_thread(app.repo.forget, app.engine.key(message))
                    outcomes.append(judge(case, reply.as_json(case["question"])))
                results[sets[i].stem] = outcomes
        finally:
            app.close()
    return {path.stem: results[path.stem] for path in sets}


def summary(name: str, outcomes: list[Outcome]) -> str:
    """One line: right of total, then right of total per category."""
    right, total = Counter[str](), Counter[str]()
    for o in outcomes:
        total[o.case["category"]] += 1
        right[o.case["category"]] += o.ok
    ok = sum(right.values())
    per = " ".join(f"{c} {right[c]}/{n}" for c, n in total.items())
    return f"{name}: {ok}/{len(outcomes)} = {ok / max(len(outcomes), 1):.1%}  {per}"


def safety_misses(outcomes: list[Outcome]) -> int:
    return sum(not o.ok for o in outcomes if o.case["kind"] in SAFETY)


async def run_replay(
    settings: Settings,
    paths: tuple[str, ...],
    parses: Path,
    record: bool,
    folds: bool,
    misses: bool,
) -> None:
    """`zebra replay`: print one line per set, the misses when asked, and the totals."""
    from bot.channels.console import wait_for_nlu
    from bot.nlu.rasa_service import inputs_hash
    from bot.nlu.setup import close_nlu, nlu_for

    live = await nlu_for(settings) if record else None
    if live is not None:
        await wait_for_nlu(live)
    try:
        nlu = RecordedNLU(parses, inputs_hash(settings), live)
        results = await replay(settings, [Path(p) for p in paths], nlu, FOLDS if folds else 0)
    finally:
        if live is not None:
            await close_nlu(live)
    nlu.save()
    every = [o for outcomes in results.values() for o in outcomes]
    for name, outcomes in results.items():
        click.echo(summary(name, outcomes))
        if misses:
            for o in outcomes:
                if not o.ok:
                    click.echo(f"  - [{o.case['category']}] {o.case['question']!r}: {o.why}")
    click.echo(summary("ALL", every) + f"; safety messages missed: {safety_misses(every)}")
    if nlu.asked:
        click.echo(f"{nlu.asked} new parses recorded in {parses}")
