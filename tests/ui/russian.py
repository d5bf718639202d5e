"""The Russian interface in tests: the committed catalogue plus the translations a branch has
filed in resources/i18n/incoming/*.tsv and the lead has not compiled yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from drafter.ui import i18n

INCOMING = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "incoming"


class IncomingTranslator(QTranslator):
    """English → Russian from the pending .tsv files (any context)."""

    def __init__(self) -> None:
        super().__init__()
        self.table: dict[str, str] = {}
        for path in sorted(INCOMING.glob("*.tsv")):
            for line in path.read_text(encoding="utf-8").splitlines():
                english, tab, russian = line.partition("\t")
                if tab and russian:
                    self.table[english] = russian

    def isEmpty(self) -> bool:
        return not self.table

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get(source)


_pending: list[IncomingTranslator] = []


def install_russian() -> None:
    app = QApplication.instance()
    i18n.install(app, "ru")
    translator = IncomingTranslator()
    app.installTranslator(translator)
    _pending.append(translator)


def install_english() -> None:
    app = QApplication.instance()
    for translator in _pending:
        app.removeTranslator(translator)
    _pending.clear()
    i18n.install(app, "en")
