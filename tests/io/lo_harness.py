"""One private headless LibreOffice for a test session, driven through lo_uno_check.py.

The session's one instance is the ``office`` fixture in tests/conftest.py.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
CHECK_SCRIPT = Path(__file__).with_name("lo_uno_check.py")


def unavailable_reason() -> str | None:
    """Why LibreOffice checks cannot run here, or None when they can."""
    if shutil.which("soffice") is None:
        return "LibreOffice (soffice) is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=30, check=False
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import uno (install python3-uno)"
    return None


def _descendants(pid: int) -> list[int]:
    """Processes below ``pid`` (from /proc), children first found, deepest last."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class LibreOffice:
    """A soffice we start ourselves: private profile, a named pipe, killed by its own pids."""

    def __init__(self, timeout: float = 120.0) -> None:
        self.timeout = timeout
        self.pipe = f"drf{os.getpid()}_{int(time.time() * 1000) % 100000}"
        self.profile = Path(tempfile.mkdtemp(prefix="drf-lo-profile-"))
        self.proc: subprocess.Popen[bytes] | None = None
        # Every process of this office ever seen, with its start time: a pid the kernel has
        # since given to someone else's process has another start time and is left alone.
        self._seen: dict[int, str] = {}

    def start(self) -> LibreOffice:
        self.proc = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "--nolockcheck",
                f"-env:UserInstallation={self.profile.as_uri()}",
                f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._remember()
        return self

    def call(self, mode: str, *args: str | Path, timeout: float | None = None) -> object:
        """Run lo_uno_check.py MODE ARGS against this office and return its JSON answer."""
        done = subprocess.run(
            [SYSTEM_PYTHON, str(CHECK_SCRIPT), self.pipe, mode, *map(str, args)],
            capture_output=True,
            timeout=timeout or self.timeout,
            check=False,
            env={"PATH": "/usr/bin:/bin", "HOME": str(self.profile)},
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"LibreOffice check {mode} failed ({done.returncode}): "
                f"{done.stderr.decode(errors='replace')[-2000:]}"
            )
        self._remember()
        return json.loads(done.stdout)

    def pids(self) -> list[int]:
        """The office's processes now: soffice and everything below it."""
        if self.proc is None:
            return []
        return [self.proc.pid, *_descendants(self.proc.pid)]

    def _remember(self) -> dict[int, str]:
        for pid in self.pids():
            started = _start_time(pid)
            if started is not None:
                self._seen.setdefault(pid, started)
        return self._seen

    def left_behind(self) -> list[int]:
        """Processes of this office still running (after :meth:`close`, there should be none)."""
        return [pid for pid, started in self._seen.items() if _ours_alive(pid, started)]

    def close(self) -> None:
        if self.proc is None:
            return
        self._remember()
        if self.proc.poll() is None:
            try:
                self.call("quit", timeout=20)
            except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError):
                pass
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
        for sig in (signal.SIGTERM, signal.SIGKILL):
            alive = self.left_behind()
            if not alive:
                break
            for pid in alive:
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            time.sleep(1.0)
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.proc = None
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> LibreOffice:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stat_fields(pid: int) -> list[str] | None:
    """/proc/PID/stat after the command name: state, ppid, ... (None once it is gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _start_time(pid: int) -> str | None:
    fields = _stat_fields(pid)
    return fields[19] if fields else None  # field 22 of stat: start time in clock ticks


def _ours_alive(pid: int, started: str) -> bool:
    fields = _stat_fields(pid)
    return fields is not None and fields[0] != "Z" and fields[19] == started
