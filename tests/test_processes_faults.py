"""Real processes killed at known points: nothing half written, nothing temporary left behind.

Each writer runs as the command line in its own process with DRAFTER_PAUSE_AT=<point>: it says
"paused <point>" on stderr when it reaches that point (the files written, before the rename or
the commit) and waits there; the test then kills it with SIGKILL (a crash, a power cut) or
SIGTERM (a logout) and looks at what is on disk.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from drafter.errors import ProjectError
from drafter.io import lockfile, scratch
from drafter.io.project import Project
from drafter.services import export, lifecycle
from drafter.services.projects import open_project

sys.path.insert(0, str(Path(__file__).parent / "services"))
sys.path.insert(0, str(Path(__file__).parent / "io"))

from test_export import draft_and_acts
from test_redline_reader import ARTICLES_322
from ui.helpers import LineReader

ROOT = Path(__file__).resolve().parents[1]
WHEN = "2024-06-01"


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    """The processes keep their register of temporary folders in the test's own data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _project(path: Path) -> Path:
    """A project on articles 322–322.3 of the Criminal Code with three proposals."""
    draft, acts = draft_and_acts()
    with Project.create(path) as project:
        project.add_act(acts[0])
        project.save_draft(draft)
    return path


def _start(point: str, *args: str | Path) -> tuple[subprocess.Popen, LineReader]:
    """``drafter ARGS`` in a new process that stops at ``point`` (once it reached it)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{scratch.PAUSE_VARIABLE: point})
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    reader = LineReader(proc, proc.stderr, "the drafter process")
    try:
        reader.wait_for(f"paused {point}", 30)
    except BaseException:
        proc.kill()
        proc.wait(10)
        raise
    return proc, reader


def _kill(proc: subprocess.Popen, signum: int = signal.SIGKILL) -> int:
    proc.send_signal(signum)
    return proc.wait(10)


def _temporary(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(scratch.SUFFIX))


def test_killed_export_leaves_no_bundle_and_the_next_export_removes_its_folder(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    out = tmp_path / "exports"
    out.mkdir()
    proc, _ = _start("bundle", "export", project, "-o", out / "bundle", "--date", WHEN)
    assert _kill(proc) == -signal.SIGKILL
    # No partial output: the bundle folder does not exist; the temporary one stayed behind.
    assert not (out / "bundle").exists()
    assert len(_temporary(out)) == 1
    # The next export (to another name in the same folder) removes it and succeeds.
    result = export.export_project(project, out / "bundle", export_date=date(2024, 6, 1))
    assert (result.path / "manifest.json").is_file()
    assert _temporary(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["bundle"]
    assert not any(p.name == scratch.MARKER for p in result.path.iterdir())


def test_killed_export_leftover_goes_at_the_next_start(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    proc, _ = _start("bundle", "export", project, "-o", tmp_path / "bundle", "--date", WHEN)
    _kill(proc)
    assert len(_temporary(tmp_path)) == 1
    with open_project(project) as reopened:  # the app and the command line open it so
        assert not reopened.read_only  # the killed process's lock was stale
    assert _temporary(tmp_path) == []
    assert not (tmp_path / "bundle").exists()


def test_killed_export_leftover_goes_at_the_next_start_wherever_it_was(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    (tmp_path / "usb").mkdir()
    (tmp_path / "archive").mkdir()
    proc, _ = _start("bundle", "export", project, "-o", tmp_path / "usb" / "bundle")
    _kill(proc)
    assert len(_temporary(tmp_path / "usb")) == 1
    register = tmp_path / "data" / "drafter" / lifecycle.REGISTER
    assert len(list(register.iterdir())) == 1
    # The next run exports elsewhere: it starts by removing the noted leftover.
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "export", str(project), "-o", "archive/bundle"],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT), DRAFTER_LANG="en"),
        cwd=tmp_path,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert _temporary(tmp_path / "usb") == []
    assert list((tmp_path / "usb").iterdir()) == []
    assert list(register.iterdir()) == []  # every note gone with its folder
    assert (tmp_path / "archive" / "bundle" / "manifest.json").is_file()


def test_killed_redline_leaves_no_file_and_no_leftover_after_the_next_run(tmp_path):
    after = tmp_path / "after.txt"
    after.write_text(
        ARTICLES_322.read_text(encoding="utf-8").replace("до пяти лет.", "до шести лет.", 1),
        encoding="utf-8",
    )
    out = tmp_path / "redline.docx"
    proc, _ = _start("file", "redline", ARTICLES_322, after, "-o", out)
    _kill(proc)
    assert not out.exists()
    assert len(_temporary(tmp_path)) == 1
    export.redline_files(ARTICLES_322, after, out)
    assert out.is_file()
    assert _temporary(tmp_path) == []


def test_sigterm_during_export_removes_its_folder_and_releases_the_lock(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    proc, _ = _start("bundle", "export", project, "-o", tmp_path / "bundle", "--date", WHEN)
    assert lockfile.read_info(project) is not None  # the export holds the project
    assert _kill(proc, signal.SIGTERM) == 128 + signal.SIGTERM
    assert _temporary(tmp_path) == []
    assert not (tmp_path / "bundle").exists()
    assert lockfile.read_info(project) is None


def test_killed_while_saving_keeps_the_previous_state_readable(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    with Project.open(project) as before:
        proposals = before.draft().for_act("uk-rf").proposals
    after = tmp_path / "after.txt"
    after.write_text(
        ARTICLES_322.read_text(encoding="utf-8").replace("до пяти лет.", "до семи лет.", 1),
        encoding="utf-8",
    )
    proc, _ = _start("save", "propose", project, after)
    _kill(proc)
    # The second process finds the dead writer's lock stale, the file as it was before.
    with open_project(project) as reopened:
        assert not reopened.read_only
        assert reopened.draft().for_act("uk-rf").proposals == proposals
    assert lockfile.read_info(project) is None


def test_a_second_process_opens_read_only_and_its_write_is_refused_with_a_sentence(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    after = tmp_path / "after.txt"
    after.write_text(ARTICLES_322.read_text(encoding="utf-8"), encoding="utf-8")
    proc, _ = _start("bundle", "export", project, "-o", tmp_path / "bundle", "--date", WHEN)
    try:
        with open_project(project) as second:
            assert second.read_only
            assert second.locked_by is not None and second.locked_by["pid"] == proc.pid
        done = subprocess.run(
            [sys.executable, "-m", "drafter", "propose", str(project), str(after)],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT), DRAFTER_LANG="en"),
            cwd=ROOT,
            timeout=30,
        )
        assert done.returncode == 1
        assert (
            done.stderr.strip()
            == "drafter: draft.drafter is open in another Drafter; try again later"
        )
    finally:
        _kill(proc)


def test_two_processes_create_one_project_one_wins_the_other_is_told(tmp_path):
    project = tmp_path / "new.drafter"
    proc, _ = _start("create", "import", ARTICLES_322, "-p", project)
    try:
        # The file exists (empty) while the first process creates it.
        assert project.exists() and project.stat().st_size == 0
        for attempt in (Project.create, Project.open, open_project):
            with pytest.raises(ProjectError) as caught:
                attempt(project)
            assert str(caught.value).startswith("new.drafter is being created by another program")
            assert "empty" not in str(caught.value)
        done = subprocess.run(
            [sys.executable, "-m", "drafter", "import", str(ARTICLES_322), "-p", str(project)],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT), DRAFTER_LANG="en"),
            cwd=ROOT,
            timeout=30,
        )
        assert done.returncode == 1
        assert "is being created by another program" in done.stderr
        assert project.exists()  # the loser never removes the winner's file
    finally:
        assert _kill(proc, signal.SIGTERM) == 128 + signal.SIGTERM
    # Ended by SIGTERM mid-creation: no half-made project, no lock.
    assert not project.exists()
    assert lockfile.read_info(project) is None


def test_a_dead_process_lock_is_taken_over(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    proc, _ = _start("bundle", "export", project, "-o", tmp_path / "bundle", "--date", WHEN)
    _kill(proc)
    assert lockfile.read_info(project)["pid"] == proc.pid  # SIGKILL: the lock stayed
    with open_project(project) as project_:
        assert not project_.read_only
        assert lockfile.read_info(project)["pid"] == os.getpid()


def test_a_remote_hosts_lock_and_temporary_folder_are_left_alone(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    lockfile.lock_path(project).write_text(
        json.dumps(
            {"host": "pc-elsewhere", "pid": 1, "user": "anna", "time": "2099-01-01T00:00:00+00:00"}
        ),
        encoding="utf-8",
    )
    remote = tmp_path / ".bundle.x1.drafter-tmp"
    remote.mkdir()
    (remote / scratch.MARKER).write_text(
        json.dumps({"host": "pc-elsewhere", "pid": 1, "started": 0}), encoding="utf-8"
    )
    with open_project(project) as opened:
        assert opened.read_only
        assert opened.locked_by["host"] == "pc-elsewhere"
    assert remote.is_dir()
    assert lockfile.read_info(project)["host"] == "pc-elsewhere"


def test_only_our_folders_of_gone_writers_are_removed(tmp_path):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()

    def folder(name: str, marker: dict | None) -> Path:
        path = tmp_path / name
        path.mkdir()
        if marker is not None:
            (path / scratch.MARKER).write_text(json.dumps(marker), encoding="utf-8")
        return path

    host = socket.gethostname()
    dead = folder(".a.1.drafter-tmp", {"host": host, "pid": gone.pid, "started": 0})
    live = folder(".b.2.drafter-tmp", {"host": host, "pid": os.getpid(), "started": None})
    parent = folder(".c.3.drafter-tmp", {"host": host, "pid": os.getppid(), "started": None})
    unmarked = folder(".d.4.drafter-tmp", None)
    not_ours = folder(".e.5.tmp", {"host": host, "pid": gone.pid, "started": 0})
    assert lifecycle.remove_leftovers([tmp_path]) == [dead]
    assert all(p.is_dir() for p in (live, parent, unmarked, not_ours))


def test_a_reused_process_id_does_not_keep_a_leftover(tmp_path):
    # The marker names a live process id that started at another time: not the writer.
    started = scratch._writer()["started"]
    if started is None:
        pytest.skip("the system does not tell when a process started")
    leftover = tmp_path / ".bundle.7.drafter-tmp"
    leftover.mkdir()
    marker = {"host": socket.gethostname(), "pid": os.getppid(), "started": 1.0}
    (leftover / scratch.MARKER).write_text(json.dumps(marker), encoding="utf-8")
    assert scratch.remove_leftovers(tmp_path) == [leftover]


def test_a_project_another_program_holds_locked_is_busy_not_damaged(tmp_path, monkeypatch):
    import drafter.io.project as project_module

    project = _project(tmp_path / "draft.drafter")
    monkeypatch.setattr(
        project_module,
        "_sqlite_connect",
        lambda uri: sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.2),
    )
    other = sqlite3.connect(project, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing
        with pytest.raises(ProjectError) as caught:
            Project.open(project)
        assert str(caught.value) == (
            "draft.drafter is being written by another program; try again in a moment."
        )
        other.execute("ROLLBACK")
        with Project.open(project) as opened:
            other.execute("BEGIN IMMEDIATE")  # now it starts writing while we have it open
            with pytest.raises(ProjectError) as caught:
                opened.save_draft(opened.draft())
            assert "being written by another program" in str(caught.value)
            other.execute("ROLLBACK")
            opened.save_draft(opened.draft())
    finally:
        other.close()
    assert lockfile.read_info(project) is None


def test_the_app_ended_by_sigterm_releases_its_lock(tmp_path):
    project = _project(tmp_path / "draft.drafter")
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        DRAFTER_REPORT_READY="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", str(project)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    reader = LineReader(proc, proc.stderr, "the app")
    try:
        reader.wait_for("drafter: ready", 30)
        assert lockfile.read_info(project)["pid"] == proc.pid
    except BaseException:
        proc.kill()
        proc.wait(10)
        raise
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == 0  # closed as by the user, not killed
    assert lockfile.read_info(project) is None


def test_a_creation_killed_halfway_is_named_so_not_an_empty_file(tmp_path):
    project = tmp_path / "new.drafter"
    proc, _ = _start("create", "import", ARTICLES_322, "-p", project)
    _kill(proc)
    assert project.exists() and project.stat().st_size == 0  # SIGKILL: nothing cleaned up
    for attempt in (Project.create, open_project):
        with pytest.raises(ProjectError) as caught:
            attempt(project)
        assert str(caught.value) == (
            "new.drafter is empty: creating it was interrupted; delete it and create the "
            "project again."
        )


def test_the_command_line_refuses_a_folder_that_holds_files_with_a_sentence(tmp_path):
    _project(tmp_path / "draft.drafter")
    (tmp_path / "bundle").mkdir()
    (tmp_path / "bundle" / "notes.txt").write_text("keep me", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "export", "draft.drafter", "-o", "bundle"],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT), DRAFTER_LANG="en"),
        cwd=tmp_path,
        timeout=30,
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"drafter: bundle already exists in {tmp_path}; choose a new folder name for the bundle.\n"
    )
    assert [p.name for p in (tmp_path / "bundle").iterdir()] == ["notes.txt"]
