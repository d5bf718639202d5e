"""A Drafter window in its own process, driven from a test: open, optionally type, then wait.

Usage: python app_process.py PROJECT [--type WORDS] — prints on stdout "ready", then "typed T"
after the last key and "saved T" after each save to the project file (T: time.time()).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox


def main() -> int:
    from drafter.ui.app import create_window, ensure_application

    QMessageBox.exec = lambda box: print("dialog:", box.text(), flush=True) or 0
    project = Path(sys.argv[1])
    words = sys.argv[sys.argv.index("--type") + 1] if "--type" in sys.argv else None
    app = ensure_application()
    window = create_window(project)
    print("ready", "read-only" if window.document.read_only else "writable", flush=True)
    window.document.saved.connect(lambda: print(f"saved {time.time():.3f}", flush=True))

    def type_words() -> None:
        window.select_unit("uk-rf", "art:322.1")
        edit = window.editors.side_by_side.proposed_edit
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        edit.setTextCursor(cursor)
        type_text(edit, words)
        print(f"typed {time.time():.3f}", flush=True)

    if words:
        QTimer.singleShot(0, type_words)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
