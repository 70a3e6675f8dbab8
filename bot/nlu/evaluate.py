"""Rasa's own evaluation on a held-out split of nlu/: intent accuracy, macro-F1, entity F1.

Splits the training data 80/20 (fixed seed), trains a model on the 80% and runs `rasa test nlu`
on the rest; the figures come from Rasa's reports.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from bot.config import Settings
from bot.nlu.rasa_service import rasa_bin, rasa_env


def run_rasa_split_test(settings: Settings, out: Path) -> dict[str, float]:
    out.mkdir(parents=True, exist_ok=True)
    split = out / "split"
    shutil.rmtree(split, ignore_errors=True)
    rasa, env, root = str(rasa_bin(settings)), rasa_env(settings), settings.root
    subprocess.run(
        [
            rasa,
            "data",
            "split",
            "nlu",
            "--nlu",
            "nlu",
            "--training-fraction",
            "0.8",
            "--random-seed",
            "7",
            "--out",
            str(split),
        ],
        cwd=root,
        env=env,
        check=True,
    )
    # Lookups are knowledge from content, not examples: keep them in training.
    train_dir = split / "train"
    train_dir.mkdir()
    shutil.move(str(split / "training_data.yml"), train_dir / "training_data.yml")
    shutil.copy(settings.nlu_dir / "generated" / "lookups.yml", train_dir / "lookups.yml")
    subprocess.run(
        [
            rasa,
            "train",
            "nlu",
            "--config",
            "config.yml",
            "--nlu",
            str(train_dir),
            "--out",
            str(out / "models"),
            "--fixed-model-name",
            "split",
        ],
        cwd=root,
        env=env,
        check=True,
    )
    subprocess.run(
        [
            rasa,
            "test",
            "nlu",
            "--nlu",
            str(split / "test_data.yml"),
            "--model",
            str(out / "models" / "split.tar.gz"),
            "--out",
            str(out / "rasa"),
        ],
        cwd=root,
        env=env,
        check=True,
    )
    intents = json.loads((out / "rasa" / "intent_report.json").read_text())
    figures = {
        "intent_accuracy": intents["accuracy"],
        "intent_macro_f1": intents["macro avg"]["f1-score"],
    }
    for name in ("DIETClassifier_report.json", "RegexEntityExtractor_report.json"):
        path = out / "rasa" / name
        if path.exists():
            report = json.loads(path.read_text())
            key = name.split("_")[0]
            figures[f"{key}_entity_micro_f1"] = report.get("micro avg", {}).get("f1-score", 0.0)
            for entity in ("condition", "treatment", "country", "facet"):
                if entity in report:
                    figures[f"{key}_{entity}_f1"] = report[entity]["f1-score"]
    return figures
