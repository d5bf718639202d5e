"""The `<name>.drafter.lock` file that keeps a second Drafter from writing an open project."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from drafter.messages import N_, Message, message

# A lock from another host cannot be checked for a live process: it is only taken over when it
# is older than this (seconds).
FOREIGN_STALE_AFTER = 24 * 3600
# A lock file that cannot be read is assumed to be being written right now by its owner, and
# is only taken over when it is older than this (seconds).
UNREADABLE_STALE_AFTER = 60

_held: dict[Path, Lock] = {}  # the locks this process holds, released at its exit


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of the project at ``path``: the project's name plus ``.lock``."""
    path = Path(path)
    return path.with_name(path.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment: still lock
        return "unknown"


def _host() -> str:
    return socket.gethostname() or "localhost"


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (unknown counts as alive)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks (on POSIX; never used on Windows)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    except OSError:
        return True  # cannot tell: be conservative
    return True


def _pid_alive_windows(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead.
    if sys.platform != "win32":  # never called elsewhere; the test lets mypy see WinDLL
        return True
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() != 87  # ERROR_INVALID_PARAMETER: no such process
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _process_started(pid: int) -> float | None:
    """When process ``pid`` started (epoch seconds), where the system tells (Linux); else None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
            if line.startswith("btime ")
        )
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: starttime
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


@dataclass
class Lock:
    """A lock this process holds; :meth:`release` removes the file if it is still ours."""

    path: Path
    info: dict

    def release(self) -> None:
        if _held.get(self.path) is self:
            del _held[self.path]
        try:
            current = _read(self.path)
        except OSError:
            return
        if current == self.info:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_info(path: str | os.PathLike[str]) -> dict | None:
    """The holder's info (host, pid, user, time) of the project's lock; None if unlocked.

    An existing lock file that cannot be parsed gives ``{}``.
    """
    return _read(lock_path(path))


def _read(target: Path) -> dict | None:
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return None
    try:
        info = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def is_stale(info: dict, *, lock_age: float) -> bool:
    """Whether a lock with ``info`` (its file ``lock_age`` seconds old) may be taken over.

    Conservative: only a lock whose process is known to be gone, or a foreign host's lock older
    than a day, or an unreadable lock older than a minute.
    """
    host, pid = info.get("host"), info.get("pid")
    if not isinstance(host, str) or not isinstance(pid, int):
        return lock_age > UNREADABLE_STALE_AFTER
    try:
        since = datetime.fromisoformat(str(info.get("time"))).timestamp()
    except ValueError:
        since = time.time() - lock_age
    if host == _host():
        if not _pid_alive(pid):
            return True
        # The id may have been reused (after a reboot): a process that started after the lock
        # was written cannot be its holder. Two seconds absorb clock granularity.
        started = _process_started(pid)
        return started is not None and started > max(since, time.time() - lock_age) + 2
    return time.time() - since > FOREIGN_STALE_AFTER


def _create(target: Path) -> Lock | None:
    info = {"host": _host(), "pid": os.getpid(), "user": _user(), "time": _now_iso()}
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return None
    try:
        os.write(fd, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    lock = Lock(target, info)
    _held[target] = lock
    return lock


def release_all() -> None:
    """Release every lock this process still holds (its exit, even on SIGTERM)."""
    for lock in list(_held.values()):
        lock.release()


def live_holder(path: str | os.PathLike[str]) -> dict | None:
    """The info of the project's lock when a holder that may still be alive has it; else None."""
    target = lock_path(path)
    info = _read(target)
    if info is None:
        return None
    try:
        age = time.time() - target.stat().st_mtime
    except OSError:
        return None
    return None if is_stale(info, lock_age=age) else info


def acquire(path: str | os.PathLike[str]) -> Lock | None:
    """Lock the project at ``path``; None if a live process (or a recent foreign one) holds it.

    A stale lock is taken over. Errors creating the lock file (read-only folder) propagate as
    OSError.
    """
    target = lock_path(path)
    for _attempt in range(3):
        lock = _create(target)
        if lock is not None:
            return lock
        try:
            age = time.time() - target.stat().st_mtime
        except FileNotFoundError:
            continue  # released meanwhile: try again
        info = _read(target)
        if info is None:
            continue
        if not is_stale(info, lock_age=age):
            return None
        # Move the stale lock aside atomically, so two processes judging it stale at once
        # cannot both remove a lock: only one rename succeeds, and it checks what it moved.
        aside = target.with_name(f"{target.name}.stale-{os.getpid()}-{time.monotonic_ns()}")
        try:
            os.rename(target, aside)
        except FileNotFoundError:
            continue
        moved = _read(aside)
        if moved != info:  # someone replaced it meanwhile: put it back, never delete it
            with contextlib.suppress(OSError):
                if not target.exists():
                    os.rename(aside, target)
            return None
        with contextlib.suppress(OSError):
            aside.unlink()
    return None


def describe(info: dict) -> Message:
    """«in use by <user> on <host> since <time>» for messages."""
    user = info.get("user") or message(N_("another user"))
    host = info.get("host") or message(N_("another computer"))
    since = info.get("time") or message(N_("an unknown time"))
    return message(
        N_("in use by {user} on {host} since {since}"), user=user, host=host, since=since
    )
