"""New round: the recipients (the previous round's chosen), the deadline, the sending date and
the folder the bundle is written to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from drafter.errors import DrafterError
from drafter.services.export import check_target
from drafter.ui.messages import tr_message
from drafter.ui.round_form import RoundForm, date_edit

translate = QCoreApplication.translate
DEFAULT_DAYS = 30  # the deadline first offered: a month after sending
WARNING_STYLE = "color: #b26a00;"


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


class NewRoundDialog(RoundForm):
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
        super().__init__(
            parent, translate("Reviews", "New Round"), translate("Reviews", "Send Round")
        )
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
        where, self.browse_button = self.path_row(self.folder_edit)
        self.form.addRow(translate("Reviews", "Recipients:"), self.agency_list)
        self.form.addRow("", adding)
        self.form.addRow(translate("Reviews", "Deadline:"), deadline)
        self.form.addRow(translate("Reviews", "Sent on:"), self.sent_edit)
        self.form.addRow(translate("Reviews", "Folder:"), where)
        self.frame.insertWidget(0, self.heading)
        self.frame.insertWidget(1, self.warning_label)
        self.add_agency_button.clicked.connect(self.add_agency)
        self.new_agency_edit.returnPressed.connect(self.add_agency)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.browse_button.clicked.connect(self.browse)
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

    def refusal(self) -> str:
        """A recipient and a free folder are needed; the deadline not before the sending."""
        if not self.chosen():
            return translate("Reviews", "Check at least one agency to send the round to.")
        if not self.folder_edit.text().strip():
            return translate("Reviews", "Choose the folder to write the round to.")
        if self.deadline_check.isChecked() and self.deadline_edit.date() < self.sent_edit.date():
            return translate("Reviews", "The deadline is before the sending date.")
        try:
            check_target(self.values().folder)
        except DrafterError as exc:
            return tr_message(exc)
        return ""
