"""Background jobs on the QThreadPool: the work runs off the UI thread and reports by signal.

In the spirit of Anki's ``CollectionOp``::

    Job(parent, lambda ctx: write_bundle(..., progress=ctx.progress, cancelled=ctx.cancelled))
        .success(on_written)
        .failure(on_failed)
        .with_progress(label, cancellable=True)
        .run_in_background()

The work function receives a :class:`JobContext`; it never touches widgets. The callbacks run
on the UI thread: ``success`` with the work's result, ``failure`` with the exception it raised
(never a pre-rendered sentence). A :class:`drafter.errors.Cancelled` failure after the drafter
pressed Cancel reaches no callback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from drafter.errors import Cancelled

PROGRESS_DELAY_MS = 300  # a quick job finishes without a dialog flashing up

_running: set[Job] = set()  # jobs stay alive until their result is delivered


class JobContext:
    """What the work function may do: report progress and ask whether to stop."""

    def __init__(self, signals: _JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        """``done`` steps of ``total`` finished (thread-safe: reaches the UI by signal)."""
        self._signals.progress.emit(done, total)

    def cancelled(self) -> bool:
        """True once the drafter has pressed Cancel: the work should stop and raise Cancelled."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _JobSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runner(QRunnable):
    def __init__(
        self, work: Callable[[JobContext], Any], context: JobContext, signals: _JobSignals
    ) -> None:
        super().__init__()
        self._work = work
        self._context = context
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except Exception as exc:  # delivered to the failure callback on the UI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Job:
    """One piece of background work with its callbacks and, optionally, a progress dialog."""

    def __init__(self, parent: QWidget, work: Callable[[JobContext], Any]) -> None:
        self._parent = parent
        self._work = work
        self._signals = _JobSignals()
        self.context = JobContext(self._signals)
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._label: str | None = None
        self._title = ""
        self._cancellable = True
        self.dialog: QProgressDialog | None = None
        self.finished = False

    def success(self, callback: Callable[[Any], None]) -> Job:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Job:
        self._on_failure = callback
        return self

    def on_cancel(self, callback: Callable[[], None]) -> Job:
        """Called when the drafter presses Cancel (the work stops at its next check)."""
        self._on_cancel = callback
        return self

    def with_progress(self, label: str, *, title: str = "", cancellable: bool = True) -> Job:
        """Show a progress dialog with ``label`` if the job takes longer than a moment."""
        self._label = label
        self._title = title
        self._cancellable = cancellable
        return self

    def cancelled(self) -> bool:
        return self.context.cancelled()

    def run_in_background(self) -> Job:
        if self._label is not None:
            self.dialog = self._make_dialog(self._label)
        self._signals.succeeded.connect(self._on_signals_succeeded)
        self._signals.failed.connect(self._on_signals_failed)
        self._signals.progress.connect(self._on_signals_progress)
        _running.add(self)
        QThreadPool.globalInstance().start(_Runner(self._work, self.context, self._signals))
        return self

    def _make_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(self._parent)
        dialog.setLabelText(label)
        if not self._cancellable:
            dialog.setCancelButton(None)  # Qt: no button, no cancel
        dialog.setRange(0, 0)  # busy until the work reports its first step
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)  # the job, not the last step, closes the dialog
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.canceled.connect(self._on_dialog_canceled)
        return dialog

    def _on_dialog_canceled(self) -> None:
        self.context.cancel()
        if self._on_cancel is not None:
            self._on_cancel()

    def _on_signals_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.context.cancelled():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.finished = True
        _running.discard(self)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._on_dialog_canceled)
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_signals_succeeded(self, result: object) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    def _on_signals_failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, Cancelled) and self.context.cancelled():
            return  # the drafter asked for it: nothing to report
        if self._on_failure is not None:
            self._on_failure(exc)
