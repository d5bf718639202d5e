"""Building small projects for the UI tests from the copied corpus."""

from __future__ import annotations

from pathlib import Path

from drafter.core.profiles import get_profile

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
UK_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)


def make_project(path: Path, *, title: str = "О внесении изменений в УК") -> Path:
    """A project holding articles 322–322.3 of the Criminal Code and no proposals."""
    from drafter.core.structure import parse_lines
    from drafter.io.project import Project

    lines = UK_322.read_text(encoding="utf-8").splitlines()
    act = parse_lines(lines, slug="uk-rf", profile=get_profile("ru-code")).act
    act.title = "Уголовный кодекс Российской Федерации"
    project = Project.create(path)
    try:
        project.add_act(act)
        draft = project.draft()
        draft.title = title
        project.save_draft_meta(draft)
    finally:
        project.close()
    return path


def type_text(widget, text: str) -> None:
    """Type ``text`` into a widget key by key, as a user would (any alphabet)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


class LineReader:
    """Lines from a child's pipe, read on a thread so a silent child cannot block the test.

    ``wait_for`` gives up at its own deadline even when the child prints nothing at all
    (a bare ``readline()`` would block until pytest-timeout kills the whole run).
    """

    def __init__(self, proc, stream, name: str) -> None:
        import queue
        import threading

        self.proc = proc
        self.name = name
        self.seen: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:
        try:
            for line in iter(stream.readline, ""):
                self._lines.put(line.rstrip("\n"))
        except (OSError, ValueError):  # the pipe was closed under us
            pass
        finally:
            self._lines.put(None)  # end of output: the child exited or closed its end

    def wait_for(self, prefix: str, timeout: float) -> str:
        """The first new line starting with ``prefix``; AssertionError at ``timeout`` seconds."""
        import queue
        import time

        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                why = f"nothing within {timeout:g} s"
                break
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                self._lines.put(None)  # stay at the end for later calls
                try:
                    code = self.proc.wait(timeout=5)
                except Exception:
                    code = "?"
                why = f"it exited first (exit code {code})"
                break
            self.seen.append(line)
            if line.startswith(prefix):
                return line
        tail = "\n".join(self.seen[-20:]) or "(no output)"
        raise AssertionError(f"{self.name} never printed {prefix!r}: {why}. Its output:\n{tail}")

    def rest(self, timeout: float = 5) -> list[str]:
        """Whatever else the child printed, once it has exited (for failure messages)."""
        import queue

        self._thread.join(timeout)
        while True:
            try:
                line = self._lines.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                self.seen.append(line)
        return self.seen
