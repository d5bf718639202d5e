"""The preview of a returned file: every item with its unit and how it was placed, placing the
unplaced ones by a click in the tree, and «Import» storing them off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core.review_doc import Item
from drafter.ui.jobs import Job, JobContext
from drafter.ui.messages import error_text, tr_message
from drafter.ui.review_source import ReviewReportLike, ReviewSource, kind_text, placement_text

translate = QCoreApplication.translate
Describe = Callable[[str, str], str]  # (act slug, address) -> «УК РФ, ст. 322.1 ч. 2»

UNPLACED_COLOR = QColor("#c62828")


def column_titles() -> list[str]:
    return [
        "#",
        translate("Reviews", "Unit"),
        translate("Reviews", "Placed"),
        translate("Reviews", "Kind"),
        translate("Reviews", "Quote"),
        translate("Reviews", "Text or proposed wording"),
    ]


class ReviewDialog(QDialog):
    """One returned file: choose the agency, read it (a preview), place, import."""

    stored = Signal(int)  # the number of remarks stored

    def __init__(
        self, parent: QWidget, source: ReviewSource, path: Path, describe: Describe
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.path = path
        self.describe = describe
        self.report: ReviewReportLike | None = None
        self.placements: dict[int, tuple[str, str]] = {}
        self.job: Job | None = None
        self.setWindowTitle(translate("Reviews", "Returned file — %1").replace("%1", path.name))
        self.agency_combo = QComboBox()
        self.agency_combo.setEditable(True)
        self.agency_combo.addItems(source.agencies())
        self.agency_combo.setCurrentText("")
        self.round_combo = QComboBox()
        self.round_combo.addItem(translate("Reviews", "as the file says"), None)
        for entry in source.rounds():
            self.round_combo.addItem(str(entry["number"]), int(entry["number"]))
        self.read_button = QPushButton(translate("Reviews", "&Read"))
        form = QFormLayout()
        form.addRow(translate("Reviews", "File:"), QLabel(path.name))
        form.addRow(translate("Reviews", "Agency:"), self.agency_combo)
        form.addRow(translate("Reviews", "Round:"), self.round_combo)
        form.addRow("", self.read_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        titles = column_titles()
        self.table = QTableWidget(0, len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.hint = QLabel(
            translate(
                "Reviews",
                "Rows in red are not placed: select one, then click its unit in the tree of the "
                "main window.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("Reviews", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.read_button.clicked.connect(self.read)
        line = self.agency_combo.lineEdit()
        if line is not None:  # an editable combo has one
            line.returnPressed.connect(self.read)
        self.agency_combo.currentTextChanged.connect(self._on_agency_text_changed)
        self.buttons.accepted.connect(self.store)
        self.buttons.rejected.connect(self.reject)
        self._on_agency_text_changed(self.agency_combo.currentText())
        self.resize(900, 560)

    # --- reading ---------------------------------------------------------------------------
    def _on_agency_text_changed(self, text: str) -> None:
        self.read_button.setEnabled(bool(text.strip()) and self.job is None)

    def read(self) -> Job | None:
        """Read and place the file off the UI thread for the agency chosen (stores nothing)."""
        agency = self.agency_combo.currentText().strip()
        if not agency or self.job is not None:
            return None
        round_number = self.round_combo.currentData()
        source, path = self.source, self.path

        def work(context: JobContext) -> ReviewReportLike:
            return source.read_review(path, agency, round_number)

        self._busy(translate("Reviews", "Reading %1…").replace("%1", path.name))
        self.job = Job(self, work).success(self._on_read).failure(self._on_failed)
        return self.job.run_in_background()

    def _on_read(self, report: ReviewReportLike) -> None:
        self.job = None
        self.report = report
        self.placements = {}
        self._show_report()
        self._idle()

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        lines = [
            translate("Reviews", "Round %1, %2 (recognised by its %3).")
            .replace("%1", str(report.round))
            .replace("%2", report.sent_file)
            .replace(
                "%3",
                translate("Reviews", "properties")
                if report.identified_by == "properties"
                else translate("Reviews", "content"),
            ),
            translate("Reviews", "%1 items: %2 placed, %3 not placed.")
            .replace("%1", str(len(report.items)))
            .replace("%2", str(len(report.items) - len(self._unplaced())))
            .replace("%3", str(len(self._unplaced()))),
        ]
        if not report.items:
            lines.append(translate("Reviews", "No changes and no comments: recorded as agreed."))
        if report.agency_is_new:
            lines.append(
                translate("Reviews", "%1 is a new agency: importing adds it.").replace(
                    "%1", report.agency
                )
            )
        if report.already_filed:
            lines.append(
                translate("Reviews", "This file was imported before: importing adds nothing.")
            )
        lines.extend(tr_message(warning) for warning in report.warnings)
        self.summary.setText("\n".join(lines))
        self.table.setRowCount(len(report.items))
        for row, item in enumerate(report.items):
            self._show_row(row, item)
        self.table.resizeColumnsToContents()
        for column, width in ((1, 220), (4, 220)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self.table.resizeRowsToContents()
        self.hint.setVisible(any(x.address is None for x in report.items))

    def _unplaced(self) -> list[int]:
        """Rows whose item is neither placed by the file nor by hand."""
        items = self.report.items if self.report is not None else []
        return [i for i, x in enumerate(items) if x.address is None and i not in self.placements]

    def _show_row(self, row: int, item: Item) -> None:
        placed = self.placements.get(row)
        if placed is not None:
            unit, how = self.describe(*placed), placement_text("manual")
        elif item.address is not None:
            unit, how = self.describe(item.act, item.address), placement_text(item.placement)
        else:
            unit, how = (
                translate("Reviews", "(click a unit in the tree)"),
                placement_text("unplaced"),
            )
        if item.position and item.position.startswith("after "):  # an inserted paragraph
            after = self.describe(item.act, item.position.removeprefix("after "))
            unit += " " + translate("Reviews", "(new, after %1)").replace("%1", after)
        wording = item.text or ""
        if item.proposed is not None:
            proposed = translate("Reviews", "proposed: %1").replace("%1", item.proposed or "∅")
            wording = f"{wording}\n{proposed}" if wording else proposed
        cells = (str(row + 1), unit, how, kind_text(item.kind), item.quote, wording)
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if item.address is None and placed is None:
                cell.setForeground(QBrush(UNPLACED_COLOR))
            self.table.setItem(row, column, cell)

    # --- placing by hand -------------------------------------------------------------------
    def place(self, slug: str, address: str) -> bool:
        """Place the selected unplaced rows on a unit chosen in the tree; False when none."""
        report = self.report
        if report is None or not slug or not address or self.job is not None:
            return False
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        rows = [r for r in rows if report.items[r].address is None]
        for row in rows:
            self.placements[row] = (slug, address)
            self._show_row(row, report.items[row])
        if rows:
            self.table.resizeRowsToContents()
            self._show_report()
            self.table.selectRow(rows[0])
        return bool(rows)

    # --- importing -------------------------------------------------------------------------
    def store(self) -> Job | None:
        """Import: the items and the manual placements in one transaction, off the UI thread."""
        report = self.report
        if report is None or self.job is not None:
            return None
        placements = dict(self.placements) or None
        source = self.source

        def work(context: JobContext) -> int:
            return source.store_review(report, placements)

        self._busy(translate("Reviews", "Importing the remarks of %1…").replace("%1", report.file))
        self.job = Job(self, work).success(self._on_stored).failure(self._on_failed)
        return self.job.run_in_background()

    def _on_stored(self, count: int) -> None:
        self.job = None
        self._idle()
        self.stored.emit(count)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.job = None
        self._idle()
        self.summary.setText(error_text(exc))
        self.summary.setStyleSheet("color: #c62828;")

    def _busy(self, text: str) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.read_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

    def _idle(self) -> None:
        self.unsetCursor()
        self._on_agency_text_changed(self.agency_combo.currentText())
        self.import_button.setEnabled(self.report is not None)
