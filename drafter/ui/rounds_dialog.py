"""The Rounds window: each approval round with the agencies' answers, and returned files to add."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def status_word(status: str) -> str:
    """An agency's answer (drafter.core.rounds.ANSWER_STATUSES) in the interface language."""
    words = {
        "pending": translate("Reviews", "awaited"),
        "agreed": translate("Reviews", "agreed"),
        "remarks": translate("Reviews", "agreed with remarks"),
        "objections": translate("Reviews", "objections"),
        "none": translate("Reviews", "no answer"),
    }
    return words.get(status, status)


class RoundsDialog(QDialog):
    """Rounds and recipients as a tree (from ``drafter rounds --json``); «Add Returned Files…»
    and «Add Remark from a Letter…» (the window gives that button its action)."""

    add_files = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Reviews", "Approval Rounds"))
        self.rounds_tree = QTreeWidget()
        self.rounds_tree.setHeaderLabels(
            [
                translate("Reviews", "Round / agency"),
                translate("Reviews", "Sent / deadline"),
                translate("Reviews", "Answer"),
                translate("Reviews", "Letter"),
            ]
        )
        self.rounds_tree.setRootIsDecorated(True)
        self.rounds_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rounds_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(
            translate(
                "Reviews",
                "No approval rounds yet. A round is sent with "
                "«drafter export PROJECT -o FOLDER --round next».",
            )
        )
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(translate("Reviews", "&Add Returned Files…"))
        self.add_button.setToolTip(
            translate("Reviews", "Read the Word files the agencies sent back, and import them")
        )
        self.letter_button = QToolButton()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.rounds_tree, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_files)
        self.resize(640, 380)

    def show_rounds(self, rounds: list[dict], writable: bool) -> None:
        """The rounds as ``drafter rounds --json`` gives them."""
        self.rounds_tree.clear()
        for entry in rounds:
            title = translate("Reviews", "Round %1").replace("%1", str(entry["number"]))
            row = QTreeWidgetItem([title, str(entry.get("date") or "")])
            for recipient in entry.get("recipients", []):
                QTreeWidgetItem(
                    row,
                    [
                        str(recipient.get("agency") or ""),
                        str(recipient.get("deadline") or ""),
                        status_word(str(recipient.get("status") or "")),
                        str(recipient.get("letter") or ""),
                    ],
                )
            self.rounds_tree.addTopLevelItem(row)
        self.rounds_tree.expandAll()
        self.empty_label.setVisible(not rounds)
        self.add_button.setEnabled(writable and bool(rounds))
