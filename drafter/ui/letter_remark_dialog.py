"""A remark from an agency's letter, entered by hand on the selected unit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from drafter.errors import DrafterError
from drafter.ui.messages import tr_message

translate = QCoreApplication.translate
# (agency, round, text, proposed or None, quote) -> stored; DrafterError when it cannot be.
Store = Callable[[str, int, str, str | None, str], None]


class LetterRemarkDialog(QDialog):
    """The round, the agency (a recipient of the round), the act and unit, the quoted words, the
    remark and the proposed wording; OK stores it, or says in one sentence why not."""

    def __init__(
        self, parent: QWidget, rounds: list[dict], act: str, unit: str, store: Store
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Reviews", "Remark from a Letter"))
        self.rounds = [entry for entry in rounds if entry.get("recipients")]
        self.store = store
        self.round_combo = QComboBox()
        for entry in self.rounds:
            number = entry["number"]
            self.round_combo.addItem(
                translate("Reviews", "Round %1").replace("%1", str(number)), number
            )
        self.agency_combo = QComboBox()
        self.act_label = QLabel(act)
        self.unit_label = QLabel(unit)
        self.quote_edit = QLineEdit()
        self.quote_edit.setPlaceholderText(
            translate("Reviews", "The words of the unit the remark is about (optional)")
        )
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(translate("Reviews", "What the agency says"))
        self.proposed_edit = QPlainTextEdit()
        self.proposed_edit.setPlaceholderText(
            translate("Reviews", "The wording the agency proposes (optional)")
        )
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(translate("Reviews", "Round:"), self.round_combo)
        form.addRow(translate("Reviews", "Agency:"), self.agency_combo)
        form.addRow(translate("Reviews", "Act:"), self.act_label)
        form.addRow(translate("Reviews", "Unit:"), self.unit_label)
        form.addRow(translate("Reviews", "Quoted words:"), self.quote_edit)
        form.addRow(translate("Reviews", "Remark:"), self.text_edit)
        form.addRow(translate("Reviews", "Proposed wording:"), self.proposed_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.round_combo.currentIndexChanged.connect(self._on_round_combo_current_index_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.rounds:
            self.round_combo.setCurrentIndex(len(self.rounds) - 1)  # the latest round
        self._on_round_combo_current_index_changed(self.round_combo.currentIndex())
        self.resize(520, 420)

    def _on_round_combo_current_index_changed(self, index: int) -> None:
        """The agencies the chosen round was sent to."""
        self.agency_combo.clear()
        if 0 <= index < len(self.rounds):
            for recipient in self.rounds[index]["recipients"]:
                self.agency_combo.addItem(str(recipient["agency"]))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def accept(self) -> None:
        """Store the remark; on a refusal the dialog stays open with the reason."""
        number = self.round_combo.currentData()
        if number is None:
            self.show_error(translate("Reviews", "The draft has no approval round yet."))
            return
        proposed = self.proposed_edit.toPlainText().strip()
        try:
            self.store(
                self.agency_combo.currentText(),
                int(number),
                self.text_edit.toPlainText(),
                proposed or None,
                self.quote_edit.text().strip(),
            )
        except DrafterError as exc:
            self.show_error(tr_message(exc))
            return
        self.show_error("")
        super().accept()
