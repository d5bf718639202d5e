"""Temporary folders beside an output, marked with their writer so a killed run's are removed.

Every file Drafter writes through a temporary place (a bundle, a redline, a copy of a project)
is built in a folder ``.<name>.<random>.drafter-tmp`` beside its destination, holding a marker
``.drafter-writer`` (host, process id and, on Linux, the process's start time). A writer killed
before it could clean up leaves that folder behind; :func:`remove_leftovers` removes the ones
whose writer is gone — never by age, never another host's, never a live writer's. A process
that keeps a register (:func:`keep_register`: the app and the command line do, in the user's data
folder) notes each folder there too, so its next start finds a leftover wherever it was written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from drafter.io.lockfile import _host, _pid_alive, _process_started

SUFFIX = ".drafter-tmp"
MARKER = ".drafter-writer"
# The environment variable that makes a writer stop at a named point (see :func:`pause_point`).
PAUSE_VARIABLE = "DRAFTER_PAUSE_AT"

_own: set[Path] = set()
_register: Path | None = None  # a folder of notes, one per temporary folder: its path


def keep_register(folder: Path | None) -> None:
    """Note every temporary folder this process makes in ``folder`` (None: stop noting)."""
    global _register
    _register = folder


def _note(folder: Path) -> Path | None:
    if _register is None:
        return None
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:32]
    return _register / f"{key}.json"


def _write_note(folder: Path) -> None:
    note = _note(folder)
    if note is None:
        return
    with contextlib.suppress(OSError):  # a register that cannot be written: the folder is
        note.parent.mkdir(parents=True, exist_ok=True)  # still found by the next export there
        note.write_text(json.dumps({"folder": str(folder.resolve())}), encoding="utf-8")


def _drop_note(folder: Path) -> None:
    note = _note(folder)
    if note is not None:
        note.unlink(missing_ok=True)


def _writer() -> dict:
    pid = os.getpid()
    return {"host": _host(), "pid": pid, "started": _process_started(pid)}


def make_dir(parent: Path, name: str) -> Path:
    """A new temporary folder for ``name`` in ``parent``, marked as this process's.

    OSError (no such folder, permission denied) propagates for the caller's own message.
    """
    folder = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=SUFFIX, dir=parent))
    _own.add(folder)
    try:
        (folder / MARKER).write_text(json.dumps(_writer()), encoding="utf-8")
        _write_note(folder)
    except BaseException:
        remove(folder)
        raise
    return folder


def unmark(folder: Path) -> None:
    """Take the marker out, just before the folder itself becomes the output."""
    (folder / MARKER).unlink(missing_ok=True)


def remove(folder: Path) -> None:
    """Remove a temporary folder of this process (and forget it)."""
    shutil.rmtree(folder, ignore_errors=True)
    _own.discard(folder)
    _drop_note(folder)


def forget(folder: Path) -> None:
    """The folder was renamed into place: it is no longer temporary."""
    _own.discard(folder)
    _drop_note(folder)


def remove_own() -> None:
    """Remove every temporary folder this process still has (its exit, even on SIGTERM)."""
    for folder in list(_own):
        remove(folder)


def writer_gone(info: object) -> bool:
    """Whether the writer a marker names is known to have ended (on this host only)."""
    if not isinstance(info, dict):
        return False
    host, pid, started = info.get("host"), info.get("pid"), info.get("started")
    if host != _host() or not isinstance(pid, int) or isinstance(pid, bool):
        return False
    if pid == os.getpid():
        return False
    if not _pid_alive(pid):
        return True
    # The id may have been reused: a process that started at another time is not the writer.
    now_started = _process_started(pid)
    return (
        isinstance(started, int | float)
        and now_started is not None
        and abs(now_started - started) > 1
    )


def _marker(folder: Path) -> object:
    try:
        return json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary folders in ``folder`` whose writer is gone; the removed ones."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not (entry.name.startswith(".") and entry.name.endswith(SUFFIX)):
            continue
        if entry.is_symlink() or not entry.is_dir():
            continue
        if not writer_gone(_marker(entry)):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
            _drop_note(entry)
    return removed


def remove_noted_leftovers() -> list[Path]:
    """Remove the noted temporary folders whose writer is gone, wherever they are."""
    if _register is None:
        return []
    try:
        notes = sorted(_register.glob("*.json"))
    except OSError:
        return []
    removed: list[Path] = []
    for note in notes:
        try:
            folder = Path(json.loads(note.read_text(encoding="utf-8"))["folder"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not folder.name.endswith(SUFFIX):
            continue
        if not folder.exists():  # finished, or removed by an export there
            note.unlink(missing_ok=True)
            continue
        if folder.is_dir() and not folder.is_symlink() and writer_gone(_marker(folder)):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
                note.unlink(missing_ok=True)
    return removed


def pause_point(point: str) -> None:
    """For the fault tests: with DRAFTER_PAUSE_AT=<point>, say so on stderr and wait to be
    killed (a real process stopped at a known moment, instead of a race against a timer)."""
    if os.environ.get(PAUSE_VARIABLE) != point:
        return
    print(f"paused {point}", file=sys.stderr, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        time.sleep(60)
