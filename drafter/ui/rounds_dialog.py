"""The Rounds window: each approval round with its recipients, their deadlines and answers, and
the buttons of the round's work (ui/round_window.py carries them out)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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
OVERDUE = QColor("#c62828")
ROUND_ROLE = Qt.ItemDataRole.UserRole  # the round number, on a round's and a recipient's row
AGENCY_ROLE = Qt.ItemDataRole.UserRole + 1  # the agency, on a recipient's row


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


def date_text(iso: str | None) -> str:
    """A YYYY-MM-DD date as the interface language writes it (07.12.2026 in Russian)."""
    if not iso:
        return ""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso
    # Qt's date format of the interface language: dd.MM.yyyy in Russian
    return day.toString(translate("Reviews", "yyyy-MM-dd"))


def due_text(recipient: dict) -> tuple[str, bool]:
    """What is due from a recipient (services.rounds.rounds_json's "due" and "days"): the
    words, and whether they are red (the deadline passed without an answer)."""
    due, days = recipient.get("due"), recipient.get("days")
    if due == "received" or (due is None and recipient.get("status") != "pending"):
        when = date_text(recipient.get("answer_date"))
        if when:
            return translate("Reviews", "received %1").replace("%1", when), False
        return translate("Reviews", "received"), False
    if due == "overdue" and days is not None:
        late = -int(days)
        text = (
            translate("Reviews", "overdue by 1 day")
            if late == 1
            else translate("Reviews", "overdue by %1 days").replace("%1", str(late))
        )
        return text, True
    if due == "due" and days is not None:
        if days == 0:
            return translate("Reviews", "due today"), False
        text = (
            translate("Reviews", "due in 1 day")
            if days == 1
            else translate("Reviews", "due in %1 days").replace("%1", str(days))
        )
        return text, False
    if due == "open":
        return translate("Reviews", "no deadline"), False
    return "", False


def round_state(entry: dict) -> str:
    """«open», «closed 07.12.2026»."""
    closed = entry.get("closed")
    if closed:
        return translate("Reviews", "closed %1").replace("%1", date_text(str(closed)))
    return translate("Reviews", "open")


def remarks_text(entry: dict) -> str:
    """«Remarks: 3 open of 7» (nothing when the round's remarks are not counted)."""
    counts = entry.get("remarks")
    if not isinstance(counts, dict) or not counts.get("total"):
        return ""
    return (
        translate("Reviews", "Remarks: %1 open of %2")
        .replace("%1", str(counts.get("open", 0)))
        .replace("%2", str(counts["total"]))
    )


class RoundsDialog(QDialog):
    """Rounds and recipients as a tree (``drafter rounds --json``), and the round's buttons;
    «Add Remark from a Letter…» gets its action from the window."""

    add_files = Signal()
    new_round = Signal()
    record_answer = Signal()
    set_deadline = Signal()
    disagreements = Signal()
    compare = Signal()
    close_round = Signal()
    reopen_round = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Reviews", "Approval Rounds"))
        self.rounds: list[dict] = []
        self.writable = False
        self.rounds_tree = QTreeWidget()
        self.rounds_tree.setHeaderLabels(
            [
                translate("Reviews", "Round / agency"),
                translate("Reviews", "Sent / deadline"),
                translate("Reviews", "Answer"),
                translate("Reviews", "Letter"),
                translate("Reviews", "Due"),
            ]
        )
        self.rounds_tree.setRootIsDecorated(True)
        self.rounds_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(
            translate("Reviews", "No approval rounds yet. Send the first with «New Round…».")
        )
        self.empty_label.setWordWrap(True)
        self.new_button = self._button(self.new_round)
        self.answer_button = self._button(self.record_answer)
        self.deadline_button = self._button(self.set_deadline)
        self.add_button = self._button(self.add_files)
        self.letter_button = QToolButton()
        self.letter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.disagreements_button = self._button(self.disagreements)
        self.compare_button = self._button(self.compare)
        self.close_round_button = self._button(self.close_round)
        self.reopen_button = self._button(self.reopen_round)
        self._name_buttons()
        side = QVBoxLayout()
        for widget in (
            self.new_button,
            self.answer_button,
            self.deadline_button,
            self.add_button,
            self.letter_button,
            self.disagreements_button,
            self.compare_button,
            self.close_round_button,
            self.reopen_button,
        ):
            side.addWidget(widget)
        side.addStretch(1)
        self.letter_button.setSizePolicy(self.new_button.sizePolicy())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.empty_label)
        left.addWidget(self.rounds_tree, 1)
        body.addLayout(left, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.rounds_tree.currentItemChanged.connect(self._on_rounds_tree_current_item_changed)
        self.rounds_tree.itemDoubleClicked.connect(self._on_rounds_tree_item_double_clicked)
        self.resize(1180, 440)

    def _button(self, signal: SignalInstance) -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(False)
        button.clicked.connect(signal)
        return button

    def _name_buttons(self) -> None:
        for button, text in (
            (self.new_button, translate("Reviews", "&New Round…")),
            (self.answer_button, translate("Reviews", "Record &Answer…")),
            (self.deadline_button, translate("Reviews", "Set &Deadline…")),
            (self.add_button, translate("Reviews", "&Add Returned Files…")),
            (self.disagreements_button, translate("Reviews", "&Table of Disagreements…")),
            (self.compare_button, translate("Reviews", "C&ompare Rounds…")),
            (self.close_round_button, translate("Reviews", "&Close Round")),
            (self.reopen_button, translate("Reviews", "&Reopen Round")),
        ):
            button.setText(text)
        self.add_button.setToolTip(
            translate("Reviews", "Read the Word files the agencies sent back, and import them")
        )

    # --- what it shows ----------------------------------------------------------------------
    def show_rounds(self, rounds: list[dict], writable: bool) -> None:
        """The rounds as ``drafter rounds --json`` gives them; ``writable``: the draft may be
        changed (a draft open read-only in a second Drafter may not)."""
        chosen = (self.selected_round(), self.selected_agency())
        self.rounds, self.writable = rounds, writable
        self.rounds_tree.clear()
        current = None
        for entry in rounds:
            number = int(entry["number"])
            title = translate("Reviews", "Round %1").replace("%1", str(number))
            row = QTreeWidgetItem(
                [
                    title,
                    date_text(entry.get("date")),
                    remarks_text(entry),
                    "",
                    round_state(entry),
                ]
            )
            row.setData(0, ROUND_ROLE, number)
            for recipient in entry.get("recipients", []):
                agency = str(recipient.get("agency") or "")
                due, red = due_text(recipient)
                child = QTreeWidgetItem(
                    row,
                    [
                        agency,
                        date_text(recipient.get("deadline")),
                        status_word(str(recipient.get("status") or "")),
                        str(recipient.get("letter") or ""),
                        due,
                    ],
                )
                child.setData(0, ROUND_ROLE, number)
                child.setData(0, AGENCY_ROLE, agency)
                if red:
                    child.setForeground(4, QBrush(OVERDUE))
                if chosen == (number, agency):
                    current = child
            self.rounds_tree.addTopLevelItem(row)
            if chosen == (number, None):
                current = row
        self.rounds_tree.expandAll()
        if current is None and self.round_rows():
            current = self.round_rows()[-1]
        if current is not None:
            self.rounds_tree.setCurrentItem(current)
        self.empty_label.setVisible(not rounds)
        self._update_buttons()

    def select(self, number: int, agency: str | None = None) -> bool:
        """Make round ``number`` (or its recipient ``agency``) the selected row."""
        for row in self.round_rows():
            if row.data(0, ROUND_ROLE) != number:
                continue
            children = [row.child(j) for j in range(row.childCount())]
            found = [
                x
                for x in children
                if x is not None and agency is not None and x.data(0, AGENCY_ROLE) == agency
            ]
            if agency is None or found:
                self.rounds_tree.setCurrentItem(found[0] if found else row)
                return True
        return False

    def round_rows(self) -> list[QTreeWidgetItem]:
        tree = self.rounds_tree
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [x for x in rows if x is not None]

    def selected_round(self) -> int | None:
        item = self.rounds_tree.currentItem()
        return int(item.data(0, ROUND_ROLE)) if item is not None else None

    def selected_agency(self) -> str | None:
        item = self.rounds_tree.currentItem()
        agency = item.data(0, AGENCY_ROLE) if item is not None else None
        return str(agency) if agency else None

    def selected_entry(self) -> dict | None:
        number = self.selected_round()
        return next((x for x in self.rounds if x["number"] == number), None)

    def _on_rounds_tree_current_item_changed(self, *_items: QTreeWidgetItem | None) -> None:
        self._update_buttons()

    def _on_rounds_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """A recipient double-clicked: its answer, to record."""
        if item.data(0, AGENCY_ROLE) and self.answer_button.isEnabled():
            self.record_answer.emit()

    def _update_buttons(self) -> None:
        """What changes the draft needs a writable draft; the documents need rounds only."""
        writable, rounds = self.writable, bool(self.rounds)
        entry = self.selected_entry()
        has_recipients = entry is not None and bool(entry.get("recipients"))
        closed = entry is not None and bool(entry.get("closed"))
        self.new_button.setEnabled(writable)
        self.answer_button.setEnabled(writable and has_recipients)
        self.deadline_button.setEnabled(writable and has_recipients)
        self.add_button.setEnabled(writable and rounds)
        self.disagreements_button.setEnabled(rounds)
        self.compare_button.setEnabled(rounds)
        self.close_round_button.setEnabled(writable and entry is not None and not closed)
        self.reopen_button.setEnabled(writable and closed)
