"""The installed Qt binding survives a long editing session (PySide6 6.12.0 did not, on 3.11)."""

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication([])
editor = QPlainTextEdit()
for _ in range(50_000):  # tens of thousands of void calls: a long day of typing
    editor.setReadOnly(False)
print("alive")
"""


def test_many_void_calls_do_not_abort_the_process():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
