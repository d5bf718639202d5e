"""Background work on the QThreadPool: a job runs a plain function and reports back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs ``function(*args)`` off the UI thread; never touches widgets.

    The result arrives on ``signals.succeeded``; an expected failure (a DrafterError or an
    OSError) on ``signals.failed`` with its user-ready message; anything else as a short line.
    """

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self.setAutoDelete(True)

    def run(self) -> None:
        from drafter.errors import DrafterError

        try:
            result = self._function(*self._args, **self._kwargs)
        except DrafterError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        except Exception as exc:  # a bug in the work: tell the user, keep the app running
            self.signals.failed.emit(f"internal error ({type(exc).__name__}: {exc})")
        else:
            self.signals.succeeded.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
