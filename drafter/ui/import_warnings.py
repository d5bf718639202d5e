"""The import warnings dock: what an import could not place exactly, each leading to its unit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.services.acts import LocatedWarning
from drafter.ui.messages import tr_message

_UNIT = Qt.ItemDataRole.UserRole  # (slug, address) of the unit a warning's line belongs to


class ImportWarningsDock(QDockWidget):
    """A list of import warnings, «file:line: message»; choosing one shows its unit."""

    unit_chosen = Signal(str, str)  # act slug, unit address

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWarningsDock")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning_list = QListWidget()
        self.warning_list.setObjectName("importWarningList")
        self.warning_list.setWordWrap(True)
        self.clear_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning_list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.warning_list.itemActivated.connect(self._on_warning_list_item_activated)
        self.warning_list.itemClicked.connect(self._on_warning_list_item_activated)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Warnings"))
        self.clear_button.setText(self.tr("Clear"))
        count = self.warning_list.count()
        self.summary.setText(
            self.tr("%n warning(s) from the imports; choose one to see its unit.", "", count)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def add_warnings(self, source: str, slug: str, warnings: list[LocatedWarning]) -> None:
        """Add the warnings of one imported file and show the list."""
        for warning in warnings:
            where = f"{source}:{warning.line}" if warning.line else source
            item = QListWidgetItem(f"{where}: {tr_message(warning.message)}")
            if warning.address is not None:
                item.setData(_UNIT, (slug, warning.address))
                item.setToolTip(warning.address)
            self.warning_list.addItem(item)
        self._retranslate()
        if warnings:
            self.show()
            self.raise_()

    def _on_warning_list_item_activated(self, item: QListWidgetItem) -> None:
        unit = item.data(_UNIT)
        if unit:
            slug, address = unit
            self.unit_chosen.emit(slug, address)

    def _on_clear_button_clicked(self) -> None:
        self.warning_list.clear()
        self._retranslate()
        self.hide()
