"""The project lock file: taken atomically, refused while its process lives, stale otherwise."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from drafter.io import lockfile


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(project, **info) -> None:
    lockfile.lock_path(project).write_text(json.dumps(info), encoding="utf-8")


def test_lock_is_taken_with_holder_info_and_released(tmp_path):
    project = tmp_path / "bill.drafter"
    lock = lockfile.acquire(project)
    assert lock is not None
    assert lock.path == tmp_path / "bill.drafter.lock"
    info = lockfile.read_info(project)
    assert info["pid"] == os.getpid()
    assert info["host"] == socket.gethostname()
    assert info["user"]
    assert datetime.fromisoformat(info["time"]) <= datetime.now(UTC)
    lock.release()
    assert not lock.path.exists()
    assert lockfile.read_info(project) is None


def test_a_live_holder_keeps_the_lock(tmp_path):
    project = tmp_path / "bill.drafter"
    with lockfile.acquire(project) as first:
        assert lockfile.acquire(project) is None  # this very process is alive
        assert lockfile.read_info(project) == first.info
    assert lockfile.acquire(project) is not None


def test_a_dead_process_lock_is_taken_over(tmp_path):
    project = tmp_path / "bill.drafter"
    _write_lock(project, host=socket.gethostname(), pid=_dead_pid(), user="x", time="2020-01-01")
    lock = lockfile.acquire(project)
    assert lock is not None
    assert lockfile.read_info(project)["pid"] == os.getpid()
    assert list(tmp_path.iterdir()) == [lock.path]  # no stale leftovers


def test_another_hosts_lock_is_kept_for_a_day(tmp_path):
    project = tmp_path / "bill.drafter"
    recent = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    _write_lock(project, host="other-pc", pid=1, user="anna", time=recent)
    assert lockfile.acquire(project) is None
    old = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    _write_lock(project, host="other-pc", pid=1, user="anna", time=old)
    assert lockfile.acquire(project) is not None


def test_an_unreadable_lock_is_kept_until_it_is_old(tmp_path):
    project = tmp_path / "bill.drafter"
    target = lockfile.lock_path(project)
    target.write_bytes(b"")  # being written right now by its owner, perhaps
    assert lockfile.acquire(project) is None
    past = time.time() - 2 * lockfile.UNREADABLE_STALE_AFTER
    os.utime(target, (past, past))
    assert lockfile.acquire(project) is not None


def test_release_leaves_someone_elses_lock_alone(tmp_path):
    project = tmp_path / "bill.drafter"
    lock = lockfile.acquire(project)
    _write_lock(project, host="other-pc", pid=5, user="boris", time=datetime.now(UTC).isoformat())
    lock.release()
    assert lockfile.read_info(project)["user"] == "boris"


def test_describe_names_user_host_and_time():
    text = str(
        lockfile.describe({"user": "anna", "host": "pc7", "time": "2026-11-27T10:00:00+00:00"})
    )
    assert text == "in use by anna on pc7 since 2026-11-27T10:00:00+00:00"


def test_a_reused_process_id_does_not_keep_an_old_lock(tmp_path):
    if lockfile._process_started(os.getpid()) is None:
        pytest.skip("process start times are not available here")
    project = tmp_path / "bill.drafter"
    # This process is alive but started after the lock was written: the id was reused.
    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    _write_lock(project, host=socket.gethostname(), pid=os.getpid(), user="x", time=an_hour_ago)
    past = time.time() - 3600
    os.utime(lockfile.lock_path(project), (past, past))
    assert lockfile.acquire(project) is not None
