"""The labelled eval sets as data Zebra learns from: reading them, and their answer questions
joining content's example questions in retrieval (with the real model and store)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot import eval_report
from bot.app import App, load_labelled, reload_content
from bot.config import load_settings
from bot.search.embedder import Embedder
from bot.search.index import ContentIndex
from bot.search.labelled import examples_by_kind, section_questions


def write_set(path: Path, cases: list[dict[str, str | None]]) -> None:
    path.write_text("".join(json.dumps(case) + "\n" for case in cases))


def test_messages_are_read_by_kind(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"question": "he  is blue\\nand still", "kind": "emergency"}\n\n'
        '{"question": "what is CF", "kind": "answer"}\n'
    )
    assert examples_by_kind(tmp_path) == {
        "emergency": ["he is blue and still"],
        "answer": ["what is CF"],
    }


def test_only_questions_answered_by_one_section_teach_retrieval(tmp_path: Path) -> None:
    write_set(
        tmp_path / "b.jsonl",
        [
            {"question": "CF  and salt?", "kind": "answer", "source": "conditions/cf#living"},
            {"question": "about gene therapy", "kind": "answer", "source": "treatments/gene"},
            {"question": "I can't breathe", "kind": "emergency", "source": None},
            {"question": "hi", "kind": "smalltalk"},
        ],
    )
    assert section_questions(tmp_path) == [("CF and salt?", "conditions/cf#living")]


def test_a_labelled_question_steers_its_neighbours(built: Path, embedder: Embedder) -> None:
    """A moderator's labelled question moves a similar new one to its section; one for a
    section the store lacks is skipped."""
    index = ContentIndex(built)
    question = "does PKU mean she can never have a birthday cake"
    vector = embedder.encode_one(question)
    living = "conditions/phenylketonuria#living"
    before = index.search(question, vector, item_ids=["conditions/phenylketonuria"])
    assert before[0].chunk.id != living
    labelled = ["can a kid with PKU eat cake at a party like the other children?", "what is X?"]
    added = index.add_questions(
        [living, "conditions/not-in-content#overview"], embedder.encode(labelled)
    )
    after = index.search(question, vector, item_ids=["conditions/phenylketonuria"])
    assert added == 1
    assert after[0].chunk.id == living
    assert len(index.examples[1]) == len(index.question_owner) + 1  # content's own stay apart
    index.close()


async def test_labelled_questions_survive_a_reload(app: App) -> None:
    before = len(app.engine.index.examples[1])
    assert before > len(app.engine.index.question_owner)  # tests/eval taught the start-up index
    report, _ = await reload_content(app)
    assert report is not None
    assert len(app.engine.index.examples[1]) == before


def test_no_labelled_folder_means_nothing_learnt(app: App) -> None:
    labelled = load_labelled(dataclasses.replace(app.settings, labelled_dir=None), app.embedder)
    assert labelled.section_ids == []
    assert labelled.vectors.shape[0] == 0


def test_left_out_sets_teach_nothing(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make eval` leaves the sets it measures out (ZEBRA_LABELLED_EXCLUDE)."""
    for name in ("a", "b"):
        write_set(
            tmp_path / f"{name}.jsonl",
            [{"question": f"{name}?", "kind": "answer", "source": "conditions/cf#living"}],
        )
    monkeypatch.setenv("ZEBRA_LABELLED_DIR", str(tmp_path))
    monkeypatch.setenv("ZEBRA_LABELLED_EXCLUDE", "a, c")
    settings = load_settings(tmp_path / "no.env")
    assert settings.labelled_exclude == {"a", "c"}
    labelled = load_labelled(settings, app.embedder)
    assert labelled.section_ids == ["conditions/cf#living"]
    assert labelled.vectors.shape[0] == 1
    assert np.allclose(labelled.vectors[0], app.embedder.encode_one("b?"), atol=1e-5)


def test_eval_answers_each_set_without_learning_from_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pure logic of the folds, with the CLI run replaced by a recorder."""
    runs: list[list[str]] = []

    def fake_run_ask(
        questions: list[str], wait_nlu: bool = False, leave_out: list[str] | None = None
    ) -> list[dict[str, Any]]:
        runs.append(list(leave_out or []))
        return [{"q": q, "left_out": tuple(leave_out or ())} for q in questions]

    monkeypatch.setattr(eval_report, "run_ask", fake_run_ask)
    sets = [
        (f"tests/eval/s{i}.jsonl", [{"question": f"s{i}-{j}"} for j in range(2)]) for i in range(7)
    ]
    answers = eval_report.answer_in_folds(sets, ["gard?"])
    assert [a["q"] for a in answers] == [f"s{i}-{j}" for i in range(7) for j in range(2)] + [
        "gard?"
    ]
    for a in answers[:-1]:
        assert a["q"].split("-")[0] in a["left_out"]
    assert len(runs) == eval_report.FOLDS
