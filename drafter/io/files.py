"""Writing files so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from drafter.errors import DrafterError
from drafter.io import scratch
from drafter.messages import N_

_NO_FOLDER = N_("{path}: the folder {folder} does not exist")
_NOT_WRITTEN = N_("{name}: cannot be written ({reason})")


def umask() -> int:
    """The process umask, read without changing it where the system tells (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: the only portable way is to set it and put it back
    os.umask(mask)
    return mask


def write_bytes_atomic(
    path: Path,
    data: bytes,
    *,
    mode: int = 0o600,
    error: Callable[[OSError], DrafterError] | None = None,
) -> None:
    """Write ``data`` to a temporary folder beside ``path``, flush it, then rename it into place.

    The file gets ``mode`` less the umask (0600: private, as mkstemp makes it; 0o666: like any
    new file). ``error`` turns a failure into the caller's own message; by default it is a
    DrafterError naming the file.
    """
    path = Path(path)
    try:
        folder = scratch.make_dir(path.parent, path.name)
    except OSError as exc:
        if error is not None:
            raise error(exc) from exc
        if isinstance(exc, FileNotFoundError):
            raise DrafterError(_NO_FOLDER, path=str(path), folder=str(path.parent)) from None
        if isinstance(exc, PermissionError):
            raise DrafterError(
                N_("{name}: cannot write in {folder} (permission denied)"),
                name=path.name,
                folder=str(path.parent),
            ) from None
        raise
    tmp = folder / path.name
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            if mode != 0o600:
                os.chmod(tmp, mode & ~umask())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        scratch.pause_point("file")
        os.replace(tmp, path)
    except OSError as exc:
        if error is not None:
            raise error(exc) from exc
        raise DrafterError(_NOT_WRITTEN, name=path.name, reason=exc.strerror or str(exc)) from None
    finally:
        scratch.remove(folder)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
