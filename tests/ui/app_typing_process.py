"""A Drafter window in its own process typing without a pause: ten keys a second, as a drafter.

Usage: python app_typing_process.py PROJECT SECONDS — prints "ready", then "typed N T" after the
N-th key (the letter x, at the end of article 322.1) and "saved T" after each save (T: time.time()).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

KEY_INTERVAL_MS = 100


def main() -> int:
    from drafter.ui.app import create_window, ensure_application

    QMessageBox.exec = lambda box: print("dialog:", box.text(), flush=True) or 0
    project, seconds = Path(sys.argv[1]), float(sys.argv[2])
    app = ensure_application()
    window = create_window(project)
    window.document.saved.connect(lambda: print(f"saved {time.time():.3f}", flush=True))
    typed = 0

    def start() -> None:
        window.select_unit("uk-rf", "art:322.1")
        edit = window.editors.side_by_side.proposed_edit
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        print("ready", flush=True)
        timer.start()

    def type_key() -> None:
        nonlocal typed
        QTest.keyClick(window.editors.side_by_side.proposed_edit, Qt.Key.Key_X)
        typed += 1
        print(f"typed {typed} {time.time():.3f}", flush=True)
        if typed >= seconds * 1000 / KEY_INTERVAL_MS:
            timer.stop()

    timer = QTimer()
    timer.setInterval(KEY_INTERVAL_MS)
    timer.timeout.connect(type_key)
    QTimer.singleShot(200, start)  # after the first show's scroll to the first change
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
