"""Two real processes: a crash loses at most about a second; a second instance is read-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from drafter.ui.app import create_window

from .helpers import LineReader, make_project

SCRIPT = Path(__file__).with_name("app_process.py")


def _start(project: Path, *extra: str) -> tuple[subprocess.Popen, LineReader]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(project), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    return proc, LineReader(proc, proc.stdout, "the app process")


def test_killed_while_typing_loses_at_most_a_second(tmp_path):
    project = make_project(tmp_path / "crash.drafter")
    proc, output = _start(project, "--type", " Дополнительное условие.")
    try:
        output.wait_for("ready", 60)
        output.wait_for("typed", 60)
        time.sleep(1.0)  # the drafter pauses a second, then the machine loses power
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    from drafter.io.project import Project

    with Project.open(project) as reopened:
        assert not reopened.read_only  # the dead process's lock is stale
        proposal = reopened.draft().for_act("uk-rf").proposals["art:322.1"]
    from drafter.core.textlayout import unit_to_text

    assert "Дополнительное условие." in unit_to_text(proposal.unit, "ru-code")


def test_second_instance_opens_read_only_and_says_so(qtbot, tmp_path, message_boxes):
    project = make_project(tmp_path / "shared.drafter")
    proc, output = _start(project)
    try:
        assert output.wait_for("ready", 60) == "ready writable"
        window = create_window(project)
        qtbot.addWidget(window)
        assert window.document.read_only
        assert window.banner.isVisibleTo(window)
        assert "Read-only" in window.banner.text()
        assert "open in Drafter by" in window.banner.text()
        window.select_unit("uk-rf", "art:322")
        assert window.side_by_side.proposed_edit.isReadOnly()
        assert not window.repeal_action.isEnabled()
        assert not window.undo_action.isEnabled()
        # Save As gives the drafter an editable copy of their own.
        assert window.save_as(tmp_path / "mine.drafter")
        assert not window.document.read_only
        assert not window.banner.isVisibleTo(window)
        assert not window.side_by_side.proposed_edit.isReadOnly()
        assert window.repeal_action.isEnabled()
        window.close()
    finally:
        proc.terminate()
        proc.wait(10)
