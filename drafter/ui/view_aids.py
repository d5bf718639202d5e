"""Zoom of the text panes, the window's least size and what an empty draft says to do first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from drafter.ui.settings import app_settings

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate

MINIMUM_SIZE = (900, 560)  # the tree, both wordings and the outputs still readable
ZOOM_RANGE = (-4, 14)  # points taken from or added to the panes' own size


class Zoom(QObject):
    """Ctrl++ / Ctrl+- / Ctrl+0 make the wordings and the instructions larger or smaller."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        view = window.editors.side_by_side
        self.panes: list[QPlainTextEdit] = [
            view.current_edit,
            view.proposed_edit,
            window.outputs.article_text,
        ]
        self.sizes = {pane: pane.font().pointSizeF() for pane in self.panes}
        key = QKeySequence.StandardKey
        self.in_action = QAction(window)
        self.in_action.setShortcuts([QKeySequence(key.ZoomIn), QKeySequence("Ctrl+=")])
        self.out_action = QAction(window)
        self.out_action.setShortcuts([QKeySequence(key.ZoomOut)])
        self.reset_action = QAction(window)
        self.reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.in_action.triggered.connect(lambda: self.set_step(self.step + 1))
        self.out_action.triggered.connect(lambda: self.set_step(self.step - 1))
        self.reset_action.triggered.connect(lambda: self.set_step(0))
        menu = window.menu_actions.view_menu
        menu.addSeparator()
        menu.addActions([self.in_action, self.out_action, self.reset_action])
        self.step: int = 0
        self.set_step(_saved_step())
        self.retranslate()

    def set_step(self, step: int) -> None:
        self.step = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], step))
        for pane, size in self.sizes.items():
            font = pane.font()
            font.setPointSizeF(size + self.step)
            pane.setFont(font)
        app_settings().setValue("view/zoom", self.step)

    def retranslate(self) -> None:
        for action, text, tip in (
            (
                self.in_action,
                translate("ViewAids", "Zoom &In"),
                translate("ViewAids", "Larger text in the wordings and the instructions"),
            ),
            (
                self.out_action,
                translate("ViewAids", "Zoom &Out"),
                translate("ViewAids", "Smaller text in the wordings and the instructions"),
            ),
            (
                self.reset_action,
                translate("ViewAids", "&Normal Size"),
                translate("ViewAids", "The text of the panes at its usual size"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)


def _saved_step() -> int:
    """The zoom the drafter left (0 when the setting is missing or not a number)."""
    saved = str(app_settings().value("view/zoom", 0))
    return int(saved) if saved.lstrip("-").isdigit() else 0


class DraftPlaceholder(QLabel):
    """The editors' placeholder: in a draft without acts it says to import one first.

    It stands in the editors' stack in place of their plain label; the window's words come
    through ``setText`` and are kept for when the draft gets its first act.
    """

    def __init__(self, window: MainWindow) -> None:
        old = window.editors.placeholder
        super().__init__(window.editors.center_stack)
        self.main = window
        self.setAlignment(old.alignment())
        self.setWordWrap(True)
        self.setMargin(24)
        self.asked = old.text()
        stack = window.editors.center_stack
        index = stack.indexOf(old)
        stack.insertWidget(index, self)
        if stack.currentWidget() is old:
            stack.setCurrentWidget(self)
        stack.removeWidget(old)
        old.deleteLater()
        window.editors.placeholder = self
        window.tree.tree_model.modelReset.connect(self.refresh)
        window.tree.tree_model.rowsInserted.connect(self.refresh)
        self.refresh()

    def setText(self, text: str) -> None:
        self.asked = text
        super().setText(self.empty_draft_text() or text)

    def refresh(self) -> None:
        self.setText(self.asked)

    def empty_draft_text(self) -> str:
        document = self.main.document
        if document is None or document.acts:
            return ""
        return translate(
            "ViewAids",
            "This draft has no acts yet. Start by importing the act you amend: "
            "File → Import Act… (Ctrl+I), or drop its .docx or .txt file on this window.",
        )
