"""What issue 13 adds to the main window: removing an act, jurisdictions, menus by either layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from drafter.ui import mnemonics
from drafter.ui.act_removal import ActRemoval
from drafter.ui.jurisdictions import show_jurisdictions

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow


def install_acts_and_language(window: MainWindow) -> None:
    """Wire the act removal, the style combo's jurisdictions and Alt+letter in any layout."""
    window.act_removal = ActRemoval(window)  # type: ignore[attr-defined]
    show_jurisdictions(window.menu_actions.style_combo)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        mnemonics.install(app)
