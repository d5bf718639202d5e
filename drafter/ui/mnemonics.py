"""Alt+letter opens a menu whichever keyboard layout is active: a Latin key stands for the
Cyrillic letter on the same key (ЙЦУКЕН) and the other way round."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenuBar, QWidget

LATIN = "QWERTYUIOP[]ASDFGHJKL;'ZXCVBNM,."
CYRILLIC = "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ"
_SAME_KEY = {**dict(zip(LATIN, CYRILLIC, strict=True)), **dict(zip(CYRILLIC, LATIN, strict=True))}


def mnemonic(text: str) -> str:
    """The letter after the single & of a menu title, in capitals ("" when none)."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].upper() if 0 <= at < len(text) - 1 else ""


def _letter(event: QKeyEvent) -> str:
    text = event.text().upper()
    if text:
        return text
    key = event.key()
    return chr(key).upper() if 0x20 < key < 0x110000 else ""


class LayoutMnemonics(QObject):
    """An application event filter: Alt+key with no menu of its letter opens the menu whose
    letter sits on the same key in the other layout."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() != Qt.KeyboardModifier.AltModifier:
            return False
        window = watched.window() if isinstance(watched, QWidget) else None
        if not isinstance(window, QMainWindow) or not window.isActiveWindow():
            return False
        return open_menu(window.menuBar(), _letter(event))


def open_menu(bar: QMenuBar, letter: str) -> bool:
    """Open the menu of ``bar`` marked with ``letter`` when none is, with the letter on the same
    key in the other layout; True when a menu was opened."""
    titles = {mnemonic(a.text()): a for a in bar.actions() if a.isVisible() and a.isEnabled()}
    if not letter or letter in titles:
        return False  # Qt's own mnemonic opens it
    action = titles.get(_SAME_KEY.get(letter, ""))
    if action is None:
        return False
    bar.setActiveAction(action)
    return True


_filter: list[LayoutMnemonics] = []


def install(app: QApplication) -> None:
    """Install the filter on the application once."""
    if not _filter:
        _filter.append(LayoutMnemonics(app))
        app.installEventFilter(_filter[0])
