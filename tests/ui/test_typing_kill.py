"""A real process typing ten keys a second, killed with SIGKILL: about a second is lost at most."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from drafter.core.profiles import get_profile

from .helpers import LineReader, make_project

SCRIPT = Path(__file__).with_name("app_typing_process.py")
ROOT = Path(__file__).resolve().parents[2]
KEYS_BEFORE_KILL = 50  # five seconds of typing without a pause
# About a second of keys (ten a second), with room for timers firing late on a loaded machine.
MOST_KEYS_LOST = 15


def _kill_while_typing(project: Path) -> tuple[int, int, list[float]]:
    """Keys typed when the process was killed, keys the project file holds, the save times."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(project), "8"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    output = LineReader(proc, proc.stdout, "the typing process")
    try:
        output.wait_for("ready", 60)
        started = time.time()
        typed = 0
        while typed < KEYS_BEFORE_KILL:
            typed = int(output.wait_for("typed", 10).split()[1])
        proc.send_signal(signal.SIGKILL)  # the power goes mid-burst: no chance to flush
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    lines = output.rest()
    typed = max([typed] + [int(ln.split()[1]) for ln in lines if ln.startswith("typed")])
    saves = [float(ln.split()[1]) - started for ln in lines if ln.startswith("saved")]
    from drafter.core.textlayout import unit_to_text
    from drafter.io.project import Project

    with Project.open(project) as reopened:
        assert not reopened.read_only  # the dead process's lock is stale
        proposal = reopened.draft().for_act("uk-rf").proposals.get("art:322.1")
    text = unit_to_text(proposal.unit, get_profile("ru-code")) if proposal else ""
    kept = len(text) - len(text.rstrip("x"))
    return typed, kept, saves


def test_killed_while_typing_without_a_pause_loses_about_a_second(tmp_path):
    typed, kept, saves = _kill_while_typing(make_project(tmp_path / "typing.drafter"))
    gaps = [round(b - a, 2) for a, b in itertools.pairwise(saves)]
    assert len(saves) >= 3, f"saves while typing without a pause: {saves}"
    assert typed - kept <= MOST_KEYS_LOST, (
        f"{typed} keys typed, {kept} in the file; saves {gaps} s apart"
    )
