"""An agency's answer to a round (status, letter, date) and its deadline, entered by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from drafter.errors import DrafterError
from drafter.ui.messages import tr_message
from drafter.ui.new_round_dialog import ERROR_STYLE, date_edit

translate = QCoreApplication.translate
# (agency, status, letter, date YYYY-MM-DD) -> stored; DrafterError when it cannot be
StoreAnswer = Callable[[str, str, str, str], None]
# (agency, deadline YYYY-MM-DD) -> stored; DrafterError when it cannot be
StoreDeadline = Callable[[str, str], None]


def answer_words() -> list[tuple[str, str]]:
    """The answers the drafter records (services.rounds.ANSWERS) in the interface language."""
    return [
        ("agreed", translate("Reviews", "agreed without remarks")),
        ("remarks", translate("Reviews", "agreed with remarks")),
        ("objections", translate("Reviews", "not agreed (objections)")),
        ("none", translate("Reviews", "no answer")),
    ]


class _RecipientDialog(QDialog):
    """A dialog on one recipient of a round: the agency chosen, the fields, an error line."""

    def __init__(self, parent: QWidget, title: str, entry: dict, agency: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.number = int(entry["number"])
        self.round_label = QLabel(translate("Reviews", "Round %1").replace("%1", str(self.number)))
        self.agency_combo = QComboBox()
        self.recipients = list(entry.get("recipients", []))
        for recipient in self.recipients:
            self.agency_combo.addItem(str(recipient["agency"]))
        if agency is not None and self.agency_combo.findText(agency) >= 0:
            self.agency_combo.setCurrentIndex(self.agency_combo.findText(agency))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.form = QFormLayout()
        self.form.addRow(translate("Reviews", "Round:"), self.round_label)
        self.form.addRow(translate("Reviews", "Agency:"), self.agency_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.agency_combo.currentIndexChanged.connect(self._on_agency_combo_current_index_changed)

    def recipient(self) -> dict:
        index = self.agency_combo.currentIndex()
        return self.recipients[index] if 0 <= index < len(self.recipients) else {}

    def _on_agency_combo_current_index_changed(self, _index: int) -> None:
        self.fill(self.recipient())

    def fill(self, recipient: dict) -> None:
        """The fields as the chosen recipient has them."""

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def store(self) -> None:
        """Write what was entered (DrafterError when it cannot be)."""

    def accept(self) -> None:
        """Store; on a refusal the dialog stays open with the reason."""
        try:
            self.store()
        except DrafterError as exc:
            self.show_error(tr_message(exc))
            return
        self.show_error("")
        super().accept()


class AnswerDialog(_RecipientDialog):
    """The agency, its answer, its letter's reference and date; OK records them."""

    def __init__(
        self,
        parent: QWidget,
        entry: dict,
        agency: str | None,
        save: StoreAnswer,
        today: QDate | None = None,
    ) -> None:
        super().__init__(parent, translate("Reviews", "Record Answer"), entry, agency)
        self.save = save
        self.today = today or QDate.currentDate()
        self.status_combo = QComboBox()
        for status, word in answer_words():
            self.status_combo.addItem(word, status)
        self.letter_edit = QLineEdit()
        self.letter_edit.setPlaceholderText(translate("Reviews", "e.g. 12-03/4567"))
        self.date_edit = date_edit(self.today)
        self.form.addRow(translate("Reviews", "Answer:"), self.status_combo)
        self.form.addRow(translate("Reviews", "Letter No.:"), self.letter_edit)
        self.form.addRow(translate("Reviews", "Letter date:"), self.date_edit)
        self.fill(self.recipient())
        self.resize(460, 240)

    def fill(self, recipient: dict) -> None:
        status = str(recipient.get("status") or "")
        index = self.status_combo.findData(status if status != "pending" else "remarks")
        self.status_combo.setCurrentIndex(max(index, 0))
        self.letter_edit.setText(str(recipient.get("letter") or ""))
        answered = QDate.fromString(str(recipient.get("answer_date") or ""), Qt.DateFormat.ISODate)
        self.date_edit.setDate(answered if answered.isValid() else self.today)

    def store(self) -> None:
        self.save(
            self.agency_combo.currentText(),
            str(self.status_combo.currentData()),
            self.letter_edit.text().strip(),
            self.date_edit.date().toString(Qt.DateFormat.ISODate),
        )


class DeadlineDialog(_RecipientDialog):
    """The agency and the date it is to answer by; OK sets it."""

    def __init__(
        self,
        parent: QWidget,
        entry: dict,
        agency: str | None,
        save: StoreDeadline,
        today: QDate | None = None,
    ) -> None:
        super().__init__(parent, translate("Reviews", "Set Deadline"), entry, agency)
        self.save = save
        self.today = today or QDate.currentDate()
        self.deadline_edit = date_edit(self.today)
        self.form.addRow(translate("Reviews", "Answer by:"), self.deadline_edit)
        self.fill(self.recipient())
        self.resize(420, 180)

    def fill(self, recipient: dict) -> None:
        deadline = QDate.fromString(str(recipient.get("deadline") or ""), Qt.DateFormat.ISODate)
        self.deadline_edit.setDate(deadline if deadline.isValid() else self.today.addDays(30))

    def store(self) -> None:
        self.save(
            self.agency_combo.currentText(),
            self.deadline_edit.date().toString(Qt.DateFormat.ISODate),
        )
