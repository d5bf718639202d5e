"""Rounds sent and answers recorded on an open project (the app's document's), as the command
line does them from a project file."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from drafter.errors import DrafterError
from drafter.io.project import Project
from drafter.services import rounds as services

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "demo.drafter"


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(SAMPLE, path)
    return path


def test_the_next_round_is_sent_from_the_open_project_the_app_holds(demo, tmp_path):
    with Project.open(demo) as project:
        n = project.last_round() + 1
        sent = services.send_round(
            project,
            tmp_path / "r2",
            to="Минюст России,Минфин России",
            deadline="2026-12-28",
            export_date=date(2026, 12, 8),
        )
        assert (sent.number, sent.new_agencies) == (n, ["Минфин России"])
        second = project.round(n)
    manifest = json.loads((tmp_path / "r2" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["round"]["number"] == n and manifest["round"]["date"] == "2026-12-08"
    assert [(x.agency, x.deadline, x.status) for x in second.recipients] == [
        ("Минюст России", "2026-12-28", "pending"),
        ("Минфин России", "2026-12-28", "pending"),
    ]


def test_an_answer_is_recorded_in_the_open_project_and_a_bad_one_changes_nothing(demo):
    with Project.open(demo) as project:
        got = services.answer(
            project,
            "Генпрокуратура России",
            1,
            "agreed",
            letter=" 7-1/26 ",
            answer_date="2026-12-09",
        )
        assert (got.status, got.letter, got.answer_date) == ("agreed", "7-1/26", "2026-12-09")
    before = hashlib.sha256(demo.read_bytes()).digest()
    with Project.open(demo) as project:
        with pytest.raises(DrafterError, match=r"^'maybe' is not an answer"):
            services.answer(project, "Генпрокуратура России", 1, "maybe")
        with pytest.raises(DrafterError, match=r"has no round 9"):
            services.answer(project, "Генпрокуратура России", 9, "agreed")
    assert hashlib.sha256(demo.read_bytes()).digest() == before


def test_a_read_only_project_sends_no_round(demo, tmp_path):
    with Project.open(demo, read_only=True) as project:
        with pytest.raises(DrafterError, match="open read-only"):
            services.send_round(project, tmp_path / "r2")
    assert not (tmp_path / "r2").exists()
