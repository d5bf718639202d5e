"""Tooltips that say what each action of the window does, not its label again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate


def descriptions(window: MainWindow) -> dict[QAction, str]:
    """What the window's own actions do, in the interface language."""
    actions = window.menu_actions
    tip = {
        actions.new_action: translate("Tooltips", "Start a new draft in a file of its own"),
        actions.open_action: translate("Tooltips", "Open a draft saved earlier"),
        actions.save_as_action: translate(
            "Tooltips", "Continue the draft in a copy under another name"
        ),
        actions.draft_properties_action: translate(
            "Tooltips", "The draft's title, initiator, entry into force and style"
        ),
        actions.act_properties_action: translate(
            "Tooltips", "The name, date and number of the act the tree shows"
        ),
        actions.quit_action: translate("Tooltips", "Close Drafter; the draft is saved"),
        actions.undo_action: translate("Tooltips", "Take back the last change to the draft"),
        actions.redo_action: translate("Tooltips", "Make again the change taken back"),
        actions.previous_remark_action: translate(
            "Tooltips", "The previous remark still open, across the draft"
        ),
        actions.recent_menu.menuAction(): translate("Tooltips", "Drafts opened lately"),
        actions.language_menu.menuAction(): translate("Tooltips", "The language of the window"),
    }
    for code, action in actions.language_actions.items():
        tip[action] = (
            "Показывать окно на русском языке"
            if code == "ru"
            else "Show the window in English"
            if code == "en"
            else action.text()
        )
    return tip


class ActionTips(QObject):
    """Keeps every action's tooltip a description: after each change of its words too."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._tips: dict[QAction, str] = {}
        self._watched: set[int] = set()
        window.menu_actions.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self.retranslate()

    def retranslate(self) -> None:
        self._tips = descriptions(self.window)
        for action in menu_actions(self.window):
            if id(action) not in self._watched:
                self._watched.add(id(action))
                action.changed.connect(lambda a=action: self.apply(a))
            self.apply(action)

    def apply(self, action: QAction) -> None:
        """The description as tooltip, else the status tip, when the tooltip repeats the label."""
        wanted = self._tips.get(action)
        label = action.text().replace("&", "").strip()
        if wanted is None and action.toolTip().replace("&", "").strip() == label:
            wanted = action.statusTip() or None
        if wanted and wanted != action.toolTip():
            action.setToolTip(wanted)

    def _on_recent_menu_about_to_show(self) -> None:
        for action in self.window.menu_actions.recent_menu.actions():
            action.setToolTip(
                translate("Tooltips", "Open this draft: %1").replace("%1", action.text())
                if action.isEnabled()
                else translate("Tooltips", "No draft has been opened yet")
            )


def menu_actions(window: MainWindow) -> list[QAction]:
    """Every action in the window's menus (submenus too), separators left out."""
    found: list[QAction] = []

    def visit(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            found.append(action)
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub)

    for action in window.menuBar().actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            visit(sub)
    return found
