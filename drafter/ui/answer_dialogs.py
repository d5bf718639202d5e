"""An agency's answer to a round (status, letter, date) and its deadline, entered by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from drafter.errors import DrafterError
from drafter.services import rounds as rounds_service
from drafter.ui.messages import tr_message
from drafter.ui.round_form import RoundForm, date_edit

if TYPE_CHECKING:
    from drafter.services.projects import Project

translate = QCoreApplication.translate
ISO = Qt.DateFormat.ISODate


def answer_words() -> list[tuple[str, str]]:
    """The answers the drafter records (services.rounds.ANSWERS) in the interface language."""
    return [
        ("agreed", translate("Reviews", "agreed without remarks")),
        ("remarks", translate("Reviews", "agreed with remarks")),
        ("objections", translate("Reviews", "not agreed (objections)")),
        ("none", translate("Reviews", "no answer")),
    ]


class RecipientForm(RoundForm):
    """A form on one recipient of a round of the open ``project``: the agency (the one selected
    in the window first), the fields of :meth:`add_fields`; OK stores them (:meth:`store`)."""

    def __init__(
        self,
        parent: QWidget,
        entry: dict,
        agency: str | None,
        project: Project,
        today: QDate,
    ) -> None:
        super().__init__(parent, self.title())
        self.project, self.today = project, today
        self.number = int(entry["number"])
        self.recipients = list(entry.get("recipients", []))
        self.agency_combo = QComboBox()
        self.agency_combo.addItems([str(x["agency"]) for x in self.recipients])
        if agency is not None and self.agency_combo.findText(agency) >= 0:
            self.agency_combo.setCurrentIndex(self.agency_combo.findText(agency))
        number = translate("Reviews", "Round %1").replace("%1", str(self.number))
        self.form.addRow(translate("Reviews", "Round:"), QLabel(number))
        self.form.addRow(translate("Reviews", "Agency:"), self.agency_combo)
        self.add_fields()
        self.fill(self.recipient())
        self.agency_combo.currentIndexChanged.connect(self._on_agency_combo_current_index_changed)

    def title(self) -> str:
        return ""

    def add_fields(self) -> None:
        """The form's own fields, added to ``form``."""

    def fill(self, recipient: dict) -> None:
        """The fields as the chosen recipient has them."""

    def store(self) -> None:
        """Write what was entered (DrafterError when it cannot be)."""

    def agency(self) -> str:
        return self.agency_combo.currentText()

    def recipient(self) -> dict:
        index = self.agency_combo.currentIndex()
        return self.recipients[index] if 0 <= index < len(self.recipients) else {}

    def _on_agency_combo_current_index_changed(self, _index: int) -> None:
        self.fill(self.recipient())

    def refusal(self) -> str:
        """Store; on a refusal the form stays open with the reason."""
        try:
            self.store()
        except DrafterError as exc:
            return tr_message(exc)
        return ""


class AnswerDialog(RecipientForm):
    """The agency, its answer, its letter's reference and date; OK records them."""

    def title(self) -> str:
        return translate("Reviews", "Record Answer")

    def add_fields(self) -> None:
        self.status_combo = QComboBox()
        for status, word in answer_words():
            self.status_combo.addItem(word, status)
        self.letter_edit = QLineEdit()
        self.letter_edit.setPlaceholderText(translate("Reviews", "e.g. 12-03/4567"))
        self.date_edit = date_edit(self.today)
        self.form.addRow(translate("Reviews", "Answer:"), self.status_combo)
        self.form.addRow(translate("Reviews", "Letter No.:"), self.letter_edit)
        self.form.addRow(translate("Reviews", "Letter date:"), self.date_edit)
        self.resize(460, 240)

    def fill(self, recipient: dict) -> None:
        status = str(recipient.get("status") or "")
        index = self.status_combo.findData(status if status != "pending" else "remarks")
        self.status_combo.setCurrentIndex(max(index, 0))
        self.letter_edit.setText(str(recipient.get("letter") or ""))
        answered = QDate.fromString(str(recipient.get("answer_date") or ""), ISO)
        self.date_edit.setDate(answered if answered.isValid() else self.today)

    def store(self) -> None:
        rounds_service.answer(
            self.project,
            self.agency(),
            self.number,
            str(self.status_combo.currentData()),
            letter=self.letter_edit.text(),
            answer_date=self.date_edit.date().toString(ISO),
        )


class DeadlineDialog(RecipientForm):
    """The agency and the date it is to answer by; OK sets it."""

    def title(self) -> str:
        return translate("Reviews", "Set Deadline")

    def add_fields(self) -> None:
        self.deadline_edit = date_edit(self.today)
        self.form.addRow(translate("Reviews", "Answer by:"), self.deadline_edit)
        self.resize(420, 180)

    def fill(self, recipient: dict) -> None:
        deadline = QDate.fromString(str(recipient.get("deadline") or ""), ISO)
        self.deadline_edit.setDate(deadline if deadline.isValid() else self.today.addDays(30))

    def store(self) -> None:
        deadline = self.deadline_edit.date().toString(ISO)
        rounds_service.set_deadline(self.project, self.number, self.agency(), deadline)
