"""Find, change navigation, help, tooltips and zoom: installed on the main window in one call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from drafter.ui.find_bar import FindBar
from drafter.ui.help_menu import HelpMenu
from drafter.ui.navigation import ChangeNavigation
from drafter.ui.tooltips import ActionTips
from drafter.ui.view_aids import MINIMUM_SIZE, DraftPlaceholder, Zoom

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow


class WindowAids(QObject):
    """The aids of one window; their words follow a change of the interface language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.find_bar = FindBar(window)
        self.navigation = ChangeNavigation(window)
        self.zoom = Zoom(window)
        self.help = HelpMenu(window)
        self.placeholder = DraftPlaceholder(window)
        self.tips = ActionTips(window)  # last: it describes the actions the others added
        window.setMinimumSize(*MINIMUM_SIZE)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            # After the window's own words (its handler runs after this filter).
            QTimer.singleShot(0, self, self.retranslate)  # dropped if the window is gone
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        for part in (self.find_bar, self.navigation, self.zoom, self.help):
            part.retranslate()
        self.placeholder.refresh()
        self.tips.retranslate()


def install_aids(window: MainWindow) -> WindowAids:
    """Wire the aids into ``window`` (kept as ``window.aids``)."""
    return WindowAids(window)
