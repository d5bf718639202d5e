"""The find bar (Ctrl+F): words in the current and proposed wordings across the draft."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton

from drafter.ui.changed_words import change_ranges

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate

CURRENT, PROPOSED = "current", "proposed"


@dataclass(frozen=True)
class Match:
    """One occurrence: the unit, the pane it is in and its characters there."""

    slug: str
    address: str
    pane: str  # CURRENT or PROPOSED
    start: int
    end: int


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text``, ignoring case (and ё/е, as a reader does)."""
    if not needle:
        return []
    haystack, needle = _folded(text), _folded(needle)
    found, at = [], haystack.find(needle)
    while at >= 0:
        found.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return found


def _folded(text: str) -> str:
    return text.lower().replace("ё", "е")  # same length: positions stay


class FindBar(QToolBar):
    """Find in the draft: the proposed wordings, and the words the draft removes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.setObjectName("find_bar")
        self.setMovable(False)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(260)
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.count_label = QLabel()
        self.close_button = QToolButton()
        for widget in (self.label, self.edit, self.previous_button, self.next_button):
            self.addWidget(widget)
        self.addWidget(self.count_label)
        self.addSeparator()
        self.addWidget(self.close_button)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self.hide()
        key = QKeySequence.StandardKey
        self.find_action = QAction(window)
        self.find_action.setShortcut(QKeySequence(key.Find))
        self.next_action = QAction(window)
        self.next_action.setShortcut(QKeySequence(key.FindNext))
        self.previous_action = QAction(window)
        self.previous_action.setShortcut(QKeySequence(key.FindPrevious))
        menu = window.menu_actions.edit_menu
        menu.addSeparator()
        menu.addActions([self.find_action, self.next_action, self.previous_action])
        self.find_action.triggered.connect(self.open)
        self.next_action.triggered.connect(lambda: self.go(1))
        self.previous_action.triggered.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.close_button.clicked.connect(self.close_bar)
        self.edit.textEdited.connect(self._on_text_edited)
        window.undo_stack.indexChanged.connect(self._on_text_edited)  # the texts changed
        self.edit.installEventFilter(self)
        self.matches: list[Match] = []
        self.index = -1
        self._needle = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FindBar", "Find"))
        self.label.setText(translate("FindBar", "Find:"))
        self.edit.setPlaceholderText(translate("FindBar", "Words in the act and the draft"))
        words: list[tuple[QToolButton | QAction, str, str]] = [
            (
                self.previous_button,
                translate("FindBar", "Previous"),
                translate("FindBar", "The previous occurrence (Shift+F3)"),
            ),
            (
                self.next_button,
                translate("FindBar", "Next"),
                translate("FindBar", "The next occurrence (Enter, F3)"),
            ),
            (self.close_button, "✕", translate("FindBar", "Close the find bar (Esc)")),
            (
                self.find_action,
                translate("FindBar", "&Find…"),
                translate(
                    "FindBar", "Find words in the current and proposed wordings of the draft"
                ),
            ),
            (
                self.next_action,
                translate("FindBar", "Find &Next"),
                translate("FindBar", "Go to the next occurrence found"),
            ),
            (
                self.previous_action,
                translate("FindBar", "Find &Previous"),
                translate("FindBar", "Go to the previous occurrence found"),
            ),
        ]
        for target, text, tip in words:
            target.setText(text)
            target.setToolTip(tip)
        self._show_count()

    # --- opening and keys ---------------------------------------------------------------------
    def open(self) -> None:
        """Ctrl+F: the bar with the words selected in a pane, ready to type."""
        view = self.main.editors.side_by_side
        for edit in (view.proposed_edit, view.current_edit):
            selected = edit.textCursor().selectedText()
            if selected and "\u2029" not in selected and edit.hasFocus():
                self.edit.setText(selected)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.main.editors.side_by_side.proposed_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.go(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _on_text_edited(self, _changed: object = None) -> None:
        self.matches, self.index, self._needle = [], -1, ""
        self._show_count()

    # --- finding ------------------------------------------------------------------------------
    def search(self, needle: str) -> list[Match]:
        """Every occurrence in the draft, in the tree's order: the proposed wording of each
        article, and in a changed one also the words the draft removes from its current wording."""
        document = self.main.document
        if document is None or not needle.strip():
            return []
        document.parse_pending()  # the words typed just now count
        found: list[Match] = []
        for slug, address in self.main.tree.top_keys():
            proposed = document.proposed_text(slug, address)
            found += [
                Match(slug, address, PROPOSED, a, b) for a, b in occurrences(proposed, needle)
            ]
            if document.proposal(slug, address) is None:
                continue
            current = document.current_text(slug, address)
            deleted, _ = change_ranges(current, proposed)
            found += [
                Match(slug, address, CURRENT, a, b)
                for a, b in occurrences(current, needle)
                if any(a < d_end and b > d_start for d_start, d_end in deleted)
            ]
        return found

    def go(self, step: int) -> Match | None:
        """Show the next (1) or previous (-1) occurrence after the unit shown; None: not found."""
        needle = self.edit.text()
        if not self.isVisible() and not needle:
            self.open()
            return None
        if needle != self._needle:
            self._needle = needle
            self.matches = self.search(needle)
            self.index = self._first_index(step)
        elif self.matches:
            self.index = (self.index + step) % len(self.matches)
        self._show_count()
        if not self.matches:
            return None
        match = self.matches[self.index]
        self.show_match(match)
        return match

    def _first_index(self, step: int) -> int:
        """The first occurrence at or after the unit shown (before it, going back)."""
        if not self.matches:
            return -1
        keys = self.main.tree.top_keys()
        current = self.main.current
        if current not in keys:
            return 0 if step > 0 else len(self.matches) - 1
        here = keys.index(current)
        order = {key: i for i, key in enumerate(keys)}
        rank = [order.get((m.slug, m.address), 0) for m in self.matches]
        if step > 0:
            return next((i for i, r in enumerate(rank) if r >= here), 0)
        return next(
            (i for i in reversed(range(len(rank))) if rank[i] <= here), len(self.matches) - 1
        )

    def show_match(self, match: Match) -> None:
        """Select the unit and the occurrence in its pane, in the middle of the pane."""
        window = self.main
        window.select_unit(match.slug, match.address)
        view = window.editors.side_by_side
        edit = view.proposed_edit if match.pane == PROPOSED else view.current_edit
        cursor = edit.textCursor()
        cursor.setPosition(min(match.start, len(edit.toPlainText())))
        cursor.setPosition(min(match.end, len(edit.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.centerCursor()

    def _show_count(self) -> None:
        if not self._needle:
            self.count_label.setText("")
        elif not self.matches:
            self.count_label.setText(translate("FindBar", "Not found"))
        else:
            self.count_label.setText(
                translate("FindBar", "%1 of %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.matches)))
            )
