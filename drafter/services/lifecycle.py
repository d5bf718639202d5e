"""A process's start and end: leftovers of killed runs removed, locks released on SIGTERM."""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import FrameType

from drafter.io import lockfile, scratch
from drafter.services.paths import user_data_dir

REGISTER = "temporary-folders"


def start() -> list[Path]:
    """At the start of the app or a command: note this process's temporary folders in the
    user's data folder, and remove the noted ones a killed run left, wherever they are."""
    scratch.keep_register(user_data_dir() / REGISTER)
    return scratch.remove_noted_leftovers()


def remove_leftovers(folders: Iterable[str | Path]) -> list[Path]:
    """Remove the temporary folders a killed export, redline or Save As left in ``folders``.

    Only folders of ours (by name and marker) whose writer process is gone are removed: never
    by age, never a live writer's, never another computer's. The app calls it at start with
    the project's folder and the last export folder; every export calls it on its target's.
    """
    removed: list[Path] = []
    for folder in dict.fromkeys(Path(f) for f in folders):
        removed += scratch.remove_leftovers(folder)
    return removed


def clean_up() -> None:
    """The normal cleanup at exit: this process's temporary folders removed, its locks released."""
    scratch.remove_own()
    lockfile.release_all()


def on_termination(stop: Callable[[int], None] | None = None) -> Callable[[], None]:
    """Handle SIGTERM (and SIGHUP) like a normal exit; returns the function that undoes it.

    ``stop(signum)`` ends the program its own way (the app closes its windows); by default
    SystemExit(128 + signum) is raised, which unwinds ``with`` blocks and ``finally`` clauses:
    the project is closed, its lock released, a temporary folder removed.
    """
    if sys.platform == "win32":
        return lambda: None

    def handle(signum: int, _frame: FrameType | None) -> None:
        if stop is not None:
            stop(signum)
            return
        raise SystemExit(128 + signum)

    previous = {}
    for number in (signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(ValueError, OSError):  # not the main thread: leave it
            previous[number] = signal.signal(number, handle)

    def restore() -> None:
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(number, handler)

    return restore
