"""Next and previous change across the draft (F7 / Shift+F7) and reverting one change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from drafter.ui.commands import TypingCommand

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate


class RevertCommand(TypingCommand):
    """One change put back as the current wording has it: an undo step of its own."""

    def id(self) -> int:
        return -1  # never merged with the typing before or after it


class ChangeNavigation(QObject):
    """F7 goes to the next changed words, in this article and then in the next changed ones."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.next_action = QAction(window)
        self.next_action.setShortcut(QKeySequence("F7"))
        self.previous_action = QAction(window)
        self.previous_action.setShortcut(QKeySequence("Shift+F7"))
        self.next_action.triggered.connect(lambda: self.go(1))
        self.previous_action.triggered.connect(lambda: self.go(-1))
        window.editors.side_by_side.change_reverted.connect(self.revert)
        menu = window.menu_actions.edit_menu
        menu.addSeparator()
        menu.addActions([self.next_action, self.previous_action])
        self.retranslate()

    def retranslate(self) -> None:
        self.next_action.setText(translate("Navigation", "Next C&hange"))
        self.next_action.setToolTip(
            translate("Navigation", "Go to the next changed words, across the draft")
        )
        self.previous_action.setText(translate("Navigation", "Previous Chan&ge"))
        self.previous_action.setToolTip(
            translate("Navigation", "Go to the previous changed words, across the draft")
        )

    def go(self, step: int) -> bool:
        """Select the next (1) or previous (-1) change; False when the draft changes nothing."""
        window = self.window
        if window.document is None:
            return False
        view = window.editors.side_by_side
        if window.current is not None:
            at = view.proposed_edit.textCursor().selectionStart()
            pairs = view.changes()
            if step > 0:
                ahead = [p for p in pairs if p[2] > at or (p[2] == at and not _selected(view, p))]
            else:
                ahead = [p for p in reversed(pairs) if p[2] < at]
            if ahead:
                view.show_change(ahead[0])
                return True
        keys = window.tree.top_keys(changed=True)
        if window.current in keys:
            start = keys.index(window.current)
            order = [keys[(start + step * i) % len(keys)] for i in range(1, len(keys) + 1)]
        else:
            order = keys if step > 0 else keys[::-1]
        here = keys.index(window.current) if window.current in keys else None
        for key in order:
            window.select_unit(*key)
            pairs = view.changes()
            if pairs:
                view.show_change(pairs[0] if step > 0 else pairs[-1])
                if here is not None and (keys.index(key) - here) * step <= 0:
                    window.statusBar().showMessage(
                        translate("Navigation", "Went round: the first change of the draft")
                        if step > 0
                        else translate("Navigation", "Went round: the last change of the draft"),
                        5000,
                    )
                return True
        window.statusBar().showMessage(
            translate("Navigation", "The draft changes nothing yet."), 5000
        )
        return False

    def revert(self, text: str) -> None:
        """«Revert this change»: the proposed text with it put back, as one undo step."""
        window = self.window
        document = window.document
        if document is None or window.current is None or document.read_only:
            return
        slug, address = window.current
        before = document.proposed_text(slug, address)
        if text != before:
            window.undo_stack.push(RevertCommand(window, slug, address, before, text))


def _selected(view, pair) -> bool:
    cursor = view.proposed_edit.textCursor()
    return (cursor.selectionStart(), cursor.selectionEnd()) == (pair[2], pair[3])
