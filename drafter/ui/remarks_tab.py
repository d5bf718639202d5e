"""The Remarks tab beside the wordings: the remarks of the chosen unit, filtered, and what the
drafter does with the selected one (decide, reason, settle, edit the grounds, link, apply)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core import rounds as r
from drafter.ui.remark_calls import is_open
from drafter.ui.remark_words import (
    grounds_kind_text,
    remark_word,
    severity_text,
    status_text,
)
from drafter.ui.remarks_panel import remark_said
from drafter.ui.review_source import kind_text

OBJECTION_COLOR = QColor("#c62828")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_MAX = 150  # px: a long unit or agency name is elided (the whole of it in the details)


translate = QCoreApplication.translate  # in the context "RemarksTab" (remark_words.CONTEXT)


@dataclass
class RemarkRow:
    """A remark as the tab lists it: where its unit is now, or the sentence saying it is gone."""

    remark: r.Remark
    unit: str  # «ст. 322.1 ч. 2 п. б)», or the unit as sent when it is gone
    severity: str  # as the drafter set it, or as guessed (core severity_of with its answer)
    gone: str = ""  # «The unit was removed since round 2.» ("" while it exists)
    repeats: int | None = None  # the earlier remark it repeats
    objection: bool = False  # an objection, or the agency's answer to its round objects
    parts: list[r.Remark] = field(default_factory=list)  # items grouped into it, replies to it


class RemarksTab(QWidget):
    """A pure view: the window's remark actions fill it and act on its buttons."""

    selection_changed = Signal()
    language_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RemarkRow] = []
        self.writable = False
        # Filters: open only (the default) or all; a round; an agency.
        self.status_filter = QComboBox()
        self.round_filter = QComboBox()
        self.agency_filter = QComboBox()
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.status_filter, self.round_filter, self.agency_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_filter_changed)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_label.setStyleSheet("font-weight: bold;")
        self.remark_list = QTreeWidget()
        self.remark_list.setRootIsDecorated(False)
        self.remark_list.setColumnCount(4)
        self.remark_list.setAlternatingRowColors(True)
        self.remark_list.currentItemChanged.connect(self._on_current_changed)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setMinimumHeight(90)
        self._build_forms()
        form_area = QWidget()
        below = QVBoxLayout(form_area)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.details, 1)
        below.addWidget(self.decision_box)
        below.addWidget(self.remark_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_area)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.remark_list)
        self.splitter.addWidget(scroll)
        self.splitter.setSizes([180, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._show_selected()

    def _build_forms(self) -> None:
        self.decision_combo = _combo(r.RESOLUTIONS)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(70)
        self.settled_check = QCheckBox()
        self.resolve_button, self.undecide_button, self.apply_button = _buttons(3)
        self.decision_label, self.reason_label = QLabel(), QLabel()
        self.decision_box = _form(
            (self.decision_label, self.decision_combo),
            (self.reason_label, self.reason_edit),
            self.settled_check,
            _row(self.resolve_button, self.undecide_button),
            self.apply_button,
        )
        self.severity_combo = _combo(("", *r.SEVERITIES))
        self.grounds_kind_combo = _combo(("", *r.GROUNDS_KINDS))
        self.grounds_edit = QPlainTextEdit()
        self.grounds_edit.setFixedHeight(60)
        self.save_button, self.link_button, self.unlink_button = _buttons(3)
        self.group_button, self.ungroup_button = _buttons(2)
        self.severity_label, self.grounds_kind_label, self.grounds_label = (
            QLabel(), QLabel(), QLabel()
        )  # fmt: skip
        self.remark_box = _form(
            (self.severity_label, self.severity_combo),
            (self.grounds_kind_label, self.grounds_kind_combo),
            (self.grounds_label, self.grounds_edit),
            self.save_button,
            _row(self.link_button, self.unlink_button),
            _row(self.group_button, self.ungroup_button),
        )

    # --- words --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        _fill_texts(
            self.status_filter,
            [translate("RemarksTab", "Open remarks"), translate("RemarksTab", "All remarks")],
        )
        if self.status_filter.count() == 2:
            self.status_filter.setItemData(0, "open")
            self.status_filter.setItemData(1, "all")
        self.remark_list.setHeaderLabels(
            [
                translate("RemarksTab", "Unit"),
                translate("RemarksTab", "Agency"),
                translate("RemarksTab", "Severity"),
                translate("RemarksTab", "Status"),
            ]
        )
        self.decision_box.setTitle(translate("RemarksTab", "Decision"))
        self.remark_box.setTitle(translate("RemarksTab", "Remark"))
        texts: dict[QLabel | QCheckBox | QPushButton, str] = {
            self.decision_label: translate("RemarksTab", "Decision:"),
            self.reason_label: translate("RemarksTab", "Position of the developer:"),
            self.settled_check: translate("RemarksTab", "Settled at a conciliation meeting"),
            self.undecide_button: translate("RemarksTab", "Undo Decision"),
            self.apply_button: translate("RemarksTab", "Apply the Agency's Wording"),
            self.severity_label: translate("RemarksTab", "Severity:"),
            self.grounds_kind_label: translate("RemarksTab", "Grounds:"),
            self.grounds_label: translate("RemarksTab", "On what grounds:"),
            self.save_button: translate("RemarksTab", "Save Grounds and Severity"),
            self.link_button: translate("RemarksTab", "Link to an Earlier Remark…"),
            self.unlink_button: translate("RemarksTab", "Unlink"),
            self.group_button: translate("RemarksTab", "Group With…"),
            self.ungroup_button: translate("RemarksTab", "Ungroup"),
        }
        for widget, text in texts.items():
            widget.setText(text)
        self.reason_edit.setPlaceholderText(
            translate("RemarksTab", "Why the remark is accepted or not")
        )
        self.apply_button.setToolTip(
            translate(
                "RemarksTab",
                "Put the agency's wording into the draft (one step to undo) and accept",
            )
        )
        self.unlink_button.setToolTip(
            translate("RemarksTab", "Let Drafter find the remark it repeats")
        )
        for combo in (self.decision_combo, self.severity_combo, self.grounds_kind_combo):
            for i in range(combo.count()):
                combo.setItemText(i, remark_word(combo.itemData(i)))
        self.show_rows(self.rows, self.scope_label.text(), keep=True)

    # --- filling ------------------------------------------------------------------------------
    def set_choices(self, rounds: list[int], agencies: list[str]) -> None:
        """The rounds and agencies of the draft in the filters (the choice kept when it stays)."""
        _refill(self.round_filter, [(translate("RemarksTab", "All rounds"), 0)] + [
            (translate("RemarksTab", "Round %1").replace("%1", str(n)), n) for n in rounds
        ])  # fmt: skip
        _refill(
            self.agency_filter,
            [(translate("RemarksTab", "All agencies"), "")] + [(a, a) for a in agencies],
        )

    def show_rows(self, rows: list[RemarkRow], scope: str, *, keep: bool = True) -> None:
        """The remarks of the chosen unit (``scope`` names it); the selection kept if it stays."""
        selected = self.selected_id() if keep else None
        self.rows = list(rows)
        self.scope_label.setText(scope)
        self.remark_list.blockSignals(True)
        self.remark_list.clear()
        for row in self.shown_rows():
            remark = row.remark
            item = QTreeWidgetItem(
                [
                    row.unit,
                    remark.agency,
                    severity_text(row.severity),
                    status_text(remark.status) + (" ✓" if remark.settled else ""),
                ]
            )
            item.setData(0, ID_ROLE, remark.id)
            item.setToolTip(0, row.gone or row.unit)
            if row.objection and is_open(remark):
                for column in range(4):
                    item.setForeground(column, QBrush(OBJECTION_COLOR))
            if row.gone:
                item.setForeground(0, QBrush(QColor("#777")))
            self.remark_list.addTopLevelItem(item)
            if remark.id == selected:
                self.remark_list.setCurrentItem(item)
        self.remark_list.blockSignals(False)
        for column in range(3):  # as wide as their words, within reason: the tab may be narrow
            self.remark_list.resizeColumnToContents(column)
            width = self.remark_list.columnWidth(column)
            self.remark_list.setColumnWidth(column, min(width, COLUMN_MAX))
        self._show_selected()

    def shown_rows(self) -> list[RemarkRow]:
        """The rows the filters let through, in order."""
        only_open = self.status_filter.currentData() != "all"
        number = self.round_filter.currentData() or 0
        agency = self.agency_filter.currentData() or ""
        return [
            row
            for row in self.rows
            if (not only_open or is_open(row.remark))
            and (not number or row.remark.round == number)
            and (not agency or r.same_name(row.remark.agency, agency))
        ]

    def open_count(self) -> int:
        return sum(1 for row in self.rows if is_open(row.remark))

    def select(self, remark_id: int) -> bool:
        """Select a remark in the list (False when the filters hide it)."""
        for i in range(self.remark_list.topLevelItemCount()):
            item = self.remark_list.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == remark_id:
                self.remark_list.setCurrentItem(item)
                return True
        return False

    def selected_id(self) -> int | None:
        item = self.remark_list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def selected_row(self) -> RemarkRow | None:
        chosen = self.selected_id()
        return next((row for row in self.rows if row.remark.id == chosen), None)

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self._show_selected()

    # --- the selected remark ------------------------------------------------------------------
    def _on_filter_changed(self, _index: int) -> None:
        self.show_rows(self.rows, self.scope_label.text())

    def _on_current_changed(self, *_args) -> None:
        self._show_selected()
        self.selection_changed.emit()

    def _show_selected(self) -> None:
        row = self.selected_row()
        remark = row.remark if row is not None else None
        self.details.setHtml(self._details(row) if row is not None else "")
        decided = remark is not None and remark.status != "new"
        can = self.writable and remark is not None
        self.resolve_button.setText(
            translate("RemarksTab", "Change Decision")
            if decided
            else translate("RemarksTab", "Decide")
        )
        for widget in (self.decision_combo, self.reason_edit, self.settled_check):
            widget.setEnabled(can)
        for widget in (self.severity_combo, self.grounds_kind_combo, self.grounds_edit):
            widget.setEnabled(can)
        self.resolve_button.setEnabled(can)
        self.save_button.setEnabled(can)
        self.link_button.setEnabled(can)
        self.group_button.setEnabled(can)
        self.ungroup_button.setEnabled(can and row is not None and bool(row.parts))
        self.undecide_button.setEnabled(can and decided)
        self.apply_button.setEnabled(
            can and remark is not None and remark.proposed is not None and not (row and row.gone)
        )
        self.unlink_button.setEnabled(can and remark is not None and remark.link != "auto")
        if remark is None:
            self.reason_edit.clear()
            self.grounds_edit.clear()
            return
        status = remark.status if decided else "accepted"
        self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(status)))
        self.reason_edit.setPlainText(remark.resolution if decided else "")
        self.settled_check.setChecked(remark.settled)
        self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(remark.severity)))
        kind = self.grounds_kind_combo.findData(remark.grounds_kind)
        self.grounds_kind_combo.setCurrentIndex(max(0, kind))
        self.grounds_edit.setPlainText(remark.grounds)

    def _details(self, row: RemarkRow) -> str:
        remark = row.remark
        head = [f"<b>{escape(remark.agency)}</b>", escape(kind_text(remark.kind))]
        head.append(escape(translate("RemarksTab", "round %1").replace("%1", str(remark.round))))
        if row.unit:
            head.append(escape(row.unit))
        severity = severity_text(row.severity)
        color = OBJECTION_COLOR.name() if row.objection else "#555"
        head.append(f"<span style='color:{color}'>{escape(severity)}</span>")
        lines = [" · ".join(head)]
        if row.gone:
            lines.append(f"<span style='color:#c62828'>{escape(row.gone)}</span>")
        label = translate("RemarksTab", "Proposed wording:")
        for item in [remark, *row.parts]:
            lines += remark_said(item, label, redline=True)
        if remark.grounds or remark.grounds_kind:
            kind = (
                f" ({escape(grounds_kind_text(remark.grounds_kind))})"
                if remark.grounds_kind
                else ""
            )
            text = escape(
                translate("RemarksTab", "Grounds: %1").replace("%1", remark.grounds or "—")
            )
            lines.append(text + kind)
        if row.repeats is not None:
            lines.append(
                escape(translate("RemarksTab", "Repeats remark %1").replace("%1", str(row.repeats)))
            )
        status = escape(status_text(remark.status))
        if remark.status != "new":
            who = ", ".join(x for x in (remark.decided_by, remark.decided_at[:10]) if x)
            status += f" — {escape(remark.resolution)}" if remark.resolution else ""
            status += f" <span style='color:#777'>({escape(who)})</span>" if who else ""
        if remark.settled:
            status += " · " + escape(translate("RemarksTab", "settled"))
        lines.append(f"<b>{status}</b>")
        return "<br>".join(lines)


def _combo(values: Sequence[str]) -> QComboBox:
    """A choice of ``values`` (their words are set by ``retranslate``)."""
    combo = QComboBox()
    for value in values:
        combo.addItem("", value)
    return combo


def _buttons(count: int) -> list[QPushButton]:
    return [QPushButton() for _ in range(count)]


def _form(*rows: QWidget | tuple[QLabel, QWidget]) -> QGroupBox:
    """A titled box of rows: (label, field) pairs, or a widget across the row."""
    box = QGroupBox()
    layout = QFormLayout(box)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above when narrow
    for row in rows:
        if isinstance(row, tuple):
            layout.addRow(*row)
        else:
            layout.addRow(row)
    return box


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder


def _fill_texts(combo: QComboBox, texts: list[str]) -> None:
    blocked = combo.blockSignals(True)
    if combo.count() != len(texts):
        combo.clear()
        combo.addItems(texts)
    for i, text in enumerate(texts):
        combo.setItemText(i, text)
    combo.blockSignals(blocked)


def _refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    blocked = combo.blockSignals(True)
    chosen = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(blocked)
