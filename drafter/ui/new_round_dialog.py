"""New round: the recipients (the previous round's chosen), the deadline, the sending date and
the folder the bundle is written to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.errors import DrafterError
from drafter.services.export import check_target
from drafter.ui.messages import tr_message

translate = QCoreApplication.translate
DEFAULT_DAYS = 30  # the deadline first offered: a month after sending
WARNING_STYLE = "color: #b26a00;"
ERROR_STYLE = "color: #c62828;"


def free_folder(folder: Path) -> Path:
    """``folder``, or ``folder-2``, ``folder-3``… the first that does not exist yet."""
    candidate, n = folder, 1
    while candidate.exists():
        n += 1
        candidate = folder.with_name(f"{folder.name}-{n}")
    return candidate


@dataclass(frozen=True)
class NewRound:
    """What the drafter chose: agencies in order, deadline ("" for none), sending date, folder."""

    agencies: list[str]
    deadline: str
    sent: QDate
    folder: Path


def date_edit(day: QDate) -> QDateEdit:
    """A date field with a calendar, written as the interface language writes dates."""
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(translate("Reviews", "yyyy-MM-dd"))
    return edit


class NewRoundDialog(QDialog):
    """The next round's recipients, deadline, sending date and folder; OK when all is given."""

    def __init__(
        self,
        parent: QWidget,
        number: int,
        previous: list[str],
        known: list[str],
        folder: Path,
        *,
        open_round: int | None = None,
        today: QDate | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Reviews", "New Round"))
        today = today or QDate.currentDate()
        self.heading = QLabel(
            translate("Reviews", "Round %1 goes to the agencies checked below.").replace(
                "%1", str(number)
            )
        )
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        if open_round is not None:
            self.warning_label.setText(
                translate(
                    "Reviews",
                    "Round %1 is still open: its answers and remarks stay open after the new "
                    "round is sent.",
                ).replace("%1", str(open_round))
            )
        self.warning_label.setVisible(open_round is not None)
        self.agency_list = QListWidget()
        for name in previous + [x for x in known if x not in previous]:
            self._add_item(name, checked=name in previous)
        self.new_agency_edit = QLineEdit()
        self.new_agency_edit.setPlaceholderText(translate("Reviews", "Another agency's name"))
        self.add_agency_button = QPushButton(translate("Reviews", "Add"))
        self.add_agency_button.setAutoDefault(False)
        adding = QHBoxLayout()
        adding.addWidget(self.new_agency_edit, 1)
        adding.addWidget(self.add_agency_button)
        self.deadline_check = QCheckBox(translate("Reviews", "Answer by"))
        self.deadline_check.setChecked(True)
        self.deadline_edit = date_edit(today.addDays(DEFAULT_DAYS))
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline_check)
        deadline.addWidget(self.deadline_edit, 1)
        self.sent_edit = date_edit(today)
        self.folder_edit = QLineEdit(str(folder))
        self.browse_button = QPushButton(translate("Reviews", "Browse…"))
        self.browse_button.setAutoDefault(False)
        where = QHBoxLayout()
        where.addWidget(self.folder_edit, 1)
        where.addWidget(self.browse_button)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(translate("Reviews", "Recipients:"), self.agency_list)
        form.addRow("", adding)
        form.addRow(translate("Reviews", "Deadline:"), deadline)
        form.addRow(translate("Reviews", "Sent on:"), self.sent_edit)
        form.addRow(translate("Reviews", "Folder:"), where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Reviews", "Send Round")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.add_agency_button.clicked.connect(self.add_agency)
        self.new_agency_edit.returnPressed.connect(self.add_agency)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 480)

    def _add_item(self, name: str, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(name, self.agency_list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def add_agency(self) -> None:
        """The name typed becomes a checked recipient (an agency listed already is checked)."""
        name = " ".join(self.new_agency_edit.text().split())
        if not name:
            return
        for i in range(self.agency_list.count()):
            item = self.agency_list.item(i)
            if item.text().casefold() == name.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add_item(name, checked=True)
        self.new_agency_edit.clear()

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("Reviews", "Folder for the Round"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def chosen(self) -> list[str]:
        items = [self.agency_list.item(i) for i in range(self.agency_list.count())]
        return [x.text() for x in items if x.checkState() == Qt.CheckState.Checked]

    def values(self) -> NewRound:
        deadline = ""
        if self.deadline_check.isChecked():
            deadline = self.deadline_edit.date().toString(Qt.DateFormat.ISODate)
        folder = Path(self.folder_edit.text().strip()).expanduser()
        return NewRound(self.chosen(), deadline, self.sent_edit.date(), folder)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def accept(self) -> None:
        """OK once a recipient and a folder are given; the deadline not before the sending."""
        if not self.chosen():
            self.show_error(translate("Reviews", "Check at least one agency to send the round to."))
            return
        if not self.folder_edit.text().strip():
            self.show_error(translate("Reviews", "Choose the folder to write the round to."))
            return
        if self.deadline_check.isChecked() and self.deadline_edit.date() < self.sent_edit.date():
            self.show_error(translate("Reviews", "The deadline is before the sending date."))
            return
        try:
            check_target(self.values().folder)
        except DrafterError as exc:
            self.show_error(tr_message(exc))
            return
        self.show_error("")
        super().accept()
