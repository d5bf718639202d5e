"""The middle panel: the banner, the unit's heading, its two wordings, its remarks and notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drafter.core import model as m
from drafter.core.profiles import Profile
from drafter.core.rounds import Remark
from drafter.core.textlayout import unit_to_text
from drafter.ui.diff_view import SideBySide
from drafter.ui.document import without_notes
from drafter.ui.remarks_panel import Labeler, RemarksPanel
from drafter.ui.unit_tree import unit_label


class EditorsPanel(QWidget):
    """The current and proposed wordings side by side, or a placeholder when none is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #5d4400; padding: 6px; border: 1px solid #e0c060;"
        )
        self.banner.hide()
        self.unit_heading = QLabel()
        self.unit_heading.setStyleSheet("font-weight: bold; padding: 2px;")
        self.unit_heading.setWordWrap(True)  # a long heading must not widen the middle pane
        self.unit_heading.setMinimumWidth(100)
        self.side_by_side = SideBySide()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.center_stack = QStackedWidget()
        self.center_stack.addWidget(self.placeholder)
        self.center_stack.addWidget(self.side_by_side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.unit_heading)
        # The agencies' remarks on the unit, under its wordings (a splitter the drafter can move).
        self.remarks = RemarksPanel()
        self.wordings_splitter = QSplitter(Qt.Orientation.Vertical)
        self.wordings_splitter.setChildrenCollapsible(False)
        self.wordings_splitter.addWidget(self.center_stack)
        self.wordings_splitter.addWidget(self.remarks)
        self.wordings_splitter.setStretchFactor(0, 1)
        self.wordings_splitter.setStretchFactor(1, 0)
        self.wordings_splitter.setSizes([600, 140])
        layout.addWidget(self.wordings_splitter, 1)
        # The article's editorial notes («(В редакции ...)»): metadata, not law text, so not in
        # the editors; a collapsed list under them.
        self.notes_button = QToolButton()
        self.notes_button.setCheckable(True)
        self.notes_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notes_button.setArrowType(Qt.ArrowType.RightArrow)
        self.notes_button.setAutoRaise(True)
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.setStyleSheet("color: #555;")
        self.notes_list.hide()
        layout.addWidget(self.notes_button)
        layout.addWidget(self.notes_list)

    def show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.center_stack.setCurrentWidget(self.placeholder)
        self.unit_heading.clear()
        self.remarks.hide()

    def show_unit(
        self, heading: str, current: str, proposed: str, *, editable: bool, problem: str
    ) -> None:
        self.unit_heading.setText(heading)
        self.side_by_side.show_texts(current, proposed, editable=editable)
        self.side_by_side.show_problem(problem)
        self.center_stack.setCurrentWidget(self.side_by_side)
        self.remarks.show()

    def show_remarks(self, remarks: list[Remark], labeler: Labeler) -> None:
        """The agencies' remarks under the wordings: a line when none, a third of the room else."""
        had = bool(self.remarks.remarks)
        self.remarks.show_remarks(remarks, labeler)
        total = sum(self.wordings_splitter.sizes())
        if not remarks:  # the splitter does not hand a capped panel's room back by itself
            line = self.remarks.maximumHeight()
            self.wordings_splitter.setSizes([max(total - line, 0), line])
        elif not had:
            self.wordings_splitter.setSizes([total - total // 3, total // 3])

    def show_read_only(self, read_only: bool, locked_by: dict | None) -> str:
        """Why the draft is read-only ("" when it is not): shown above the editors."""
        translate = QCoreApplication.translate  # the window's words keep the window's context
        if not read_only:
            text = ""
        elif locked_by is not None:
            since = str(locked_by.get("time") or "?").replace("T", " ")[:16]
            text = (
                translate(
                    "MainWindow",
                    "Read-only: this draft is open in Drafter by %1 on %2 (since %3). "
                    "You can read it and save a copy (Save As).",
                )
                .replace("%1", str(locked_by.get("user") or "?"))
                .replace("%2", str(locked_by.get("host") or "?"))
                .replace("%3", since)
            )
        else:
            text = translate(
                "MainWindow", "Read-only: the draft file cannot be written. Save a copy to edit it."
            )
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        return text

    def open_notes(self, shown: bool) -> None:
        self.notes_list.setVisible(shown)
        self.notes_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_notes(self, notes: list[str]) -> None:
        """The editorial notes of the shown article's current wording, in the collapsed list."""
        self.notes_list.clear()
        self.notes_list.addItems(notes)
        # As tall as its notes (one note: one line), at most about six lines.
        width = max(self.notes_list.viewport().width(), 300)
        metrics = self.notes_list.fontMetrics()
        wrap = Qt.TextFlag.TextWordWrap
        rows = sum(
            metrics.boundingRect(QRect(0, 0, width - 8, 10000), wrap, note).height() + 2
            for note in notes
        )
        self.notes_list.setFixedHeight(min(120, rows + 2 * self.notes_list.frameWidth() + 4))
        translate = QCoreApplication.translate  # the window's words keep the window's context
        count = str(len(notes))
        self.notes_button.setText(
            translate("MainWindow", "Editorial notes (%1)").replace("%1", count)
        )
        self.notes_button.setToolTip(
            translate(
                "MainWindow", "Notes of the official publication; they are not part of the law text"
            )
        )
        self.notes_button.setVisible(bool(notes))
        self.notes_list.setVisible(bool(notes) and self.notes_button.isChecked())

    def scroll_to_part(
        self, current: m.Unit | None, proposed: m.Unit | None, address: str, profile: Profile
    ) -> None:
        """A part or point chosen in the tree: put its first line at the editors' centre."""
        for unit, edit in (
            (current, self.side_by_side.current_edit),
            (proposed, self.side_by_side.proposed_edit),
        ):
            part = find_unit(unit, address) if unit is not None else None
            if part is None:
                continue
            first_line = unit_to_text(without_notes(part), profile).split("\n")[0]
            found = edit.document().find(first_line)
            if not found.isNull():
                cursor = edit.textCursor()
                cursor.setPosition(found.selectionStart())
                edit.setTextCursor(cursor)
                edit.centerCursor()


def find_unit(unit: m.Unit, address: str) -> m.Unit | None:
    """The unit at ``address`` inside ``unit`` (or ``unit`` itself)."""
    for sub in unit.walk():
        if sub.address == address:
            return sub
    return None


def short_label(top: m.Unit, address: str, language: str) -> str:
    """«ч. 2 п. в)» for a unit inside an article ("" for the article itself)."""
    path: list[m.Unit] = []

    def visit(unit: m.Unit) -> bool:
        if unit.address == address:
            return True
        for child in unit.children:
            path.append(child)
            if visit(child):
                return True
            path.pop()
        return False

    if not visit(top):
        return ""
    return " ".join(unit_label(m.Unit(kind=u.kind, number=u.number), language) for u in path)
