"""The left panel: the filter and the tree of acts and units, keeping what the drafter opened."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from drafter.core import model as m
from drafter.ui.unit_tree import (
    ACT_ROLE,
    ADDRESS_ROLE,
    STATUS_ROLE,
    TOP_ROLE,
    UnitFilterModel,
    UnitTreeModel,
)

Key = tuple[str, str]  # (act slug, address)

AnyIndex = QModelIndex | QPersistentModelIndex


def row_key(index: AnyIndex) -> Key:
    """The (act slug, address) a row of the tree stands for."""
    return index.data(ACT_ROLE), index.data(ADDRESS_ROLE)


class TreePanel(QWidget):
    """The filter line above the tree; the window connects their signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_model = UnitTreeModel(self)
        self.filter_model = UnitFilterModel(self)
        self.filter_model.setSourceModel(self.tree_model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.unit_tree = QTreeView()
        self.unit_tree.setModel(self.filter_model)
        self.unit_tree.setHeaderHidden(True)
        self.unit_tree.setUniformRowHeights(True)
        self.unit_tree.setIndentation(12)  # room for the titles in a narrow pane
        self.setMinimumWidth(220)
        self.expanded: set[Key] = set()  # rows the drafter opened
        self.chosen: Key | None = None  # the row last chosen
        # «With open remarks», «changed since round N»: the window's remark actions fill them.
        self.remarks_filter = QCheckBox()
        self.changed_filter = QComboBox()
        self.changed_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.remarks_filter)
        filters.addWidget(self.changed_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.unit_tree)
        self.filter_edit.returnPressed.connect(self.open_single_match)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate  # the window's words keep the window's context
        self.filter_edit.setPlaceholderText(translate("MainWindow", "Filter by number or words"))
        self.remarks_filter.setText(translate("MainWindow", "With open remarks"))
        self.remarks_filter.setToolTip(
            translate("MainWindow", "Show only the units the agencies' open remarks are on")
        )
        self.set_rounds(
            [self.changed_filter.itemData(i) for i in range(1, self.changed_filter.count())]
        )

    def set_rounds(self, numbers: list[int]) -> None:
        """The choices of «changed since round N» (the choice kept while its round is there)."""
        translate = QCoreApplication.translate
        combo = self.changed_filter
        blocked = combo.blockSignals(True)
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(translate("MainWindow", "All units"), 0)
        for number in numbers:
            combo.addItem(
                translate("MainWindow", "Changed since round %1").replace("%1", str(number)), number
            )
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.setToolTip(
            translate("MainWindow", "Show only the units changed since a round was sent")
        )
        combo.setVisible(bool(numbers))
        combo.blockSignals(blocked)
        self.tree_model.retranslate()

    def clear(self) -> None:
        """Another draft: its tree opens afresh."""
        self.tree_model.clear()
        self.expanded = set()

    def set_filter(self, text: str) -> None:
        self.filter_model.set_needle(text)
        if text:
            self.unit_tree.expandAll()

    def open_single_match(self) -> bool:
        """Enter in the filter: when it leaves one article (or section), open it."""
        if not self.filter_edit.text().strip():
            return False
        tops = [
            i for i in self.rows() if i.data(ADDRESS_ROLE) and i.data(TOP_ROLE) == row_key(i)[1]
        ]
        if len(tops) != 1:
            return False
        self.unit_tree.setCurrentIndex(tops[0])  # the window shows the unit chosen
        self.unit_tree.scrollTo(tops[0])
        self.unit_tree.setFocus()
        return True

    def top_keys(self, *, changed: bool = False) -> list[Key]:
        """Every article (or section) in the tree's order; ``changed``: those the draft touches."""
        keys: list[Key] = []
        model = self.tree_model

        def visit(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                top = index.data(TOP_ROLE)
                if top and top == index.data(ADDRESS_ROLE):
                    if not changed or index.data(STATUS_ROLE):
                        keys.append(row_key(index))
                else:
                    visit(index)

        visit(QModelIndex())
        return keys

    def chosen_act(self) -> str | None:
        """The act of the row chosen in the tree, if any."""
        index = self.unit_tree.currentIndex()
        return index.data(ACT_ROLE) if index.isValid() else None

    def rebuild(self, acts: list[m.Act], draft: m.Draft, selected: Key | None) -> None:
        """Rebuild the tree from the draft, keeping what the drafter had open and selected."""
        fresh = self.tree_model.rowCount() == 0
        # Rows the drafter opened, remembered by key: a row that goes away for a while (the
        # parts of an article repealed, then restored) opens again when it comes back.
        expanded = self.expanded | (set() if fresh else self.expanded_keys())
        index = self.unit_tree.currentIndex()
        chosen = row_key(index) if index.isValid() else None
        scroll = self.unit_tree.verticalScrollBar().value()
        self.tree_model.set_acts(acts, draft)
        if fresh:
            self.unit_tree.expandToDepth(0)
            self.expanded = self.expanded_keys()
        else:
            self.expand_keys(expanded)
        if selected is not None:
            self.select_top(*selected)
            if chosen is not None and chosen[0] == selected[0] and chosen[1] != selected[1]:
                self.select_part(*chosen)  # a part or point chosen in the tree
        if not fresh:
            self.unit_tree.verticalScrollBar().setValue(scroll)
            self.unit_tree.scrollTo(self.unit_tree.currentIndex())

    def refresh_children(
        self, item: QStandardItem, act: m.Act, unit: m.Unit, current: Key | None
    ) -> None:
        """The parts and points of an edited article in the tree, as the drafter left them."""
        row = self.filter_model.mapFromSource(item.index())
        expanded = self.expanded | (self.expanded_keys(row) if row.isValid() else set())
        # The row the drafter chose (a part that may go away with a repeal and come back).
        chosen = self.chosen
        selection = self.unit_tree.selectionModel()
        selection.blockSignals(True)
        try:
            if not self.tree_model.set_children(item, act, unit):
                return
            row = self.filter_model.mapFromSource(item.index())
            if row.isValid():
                self.expand_keys(expanded, row)
            if current is not None and current[1] == item.data(TOP_ROLE):
                if chosen is None or not self.select_part(*chosen):
                    self.unit_tree.setCurrentIndex(row)  # the part chosen is gone: its article
        finally:
            selection.blockSignals(False)

    def rows(self, parent: AnyIndex | None = None) -> Iterator[QModelIndex]:
        """Every row of the filtered tree, depth first."""
        model = self.filter_model
        parent = parent if parent is not None else QModelIndex()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            yield index
            yield from self.rows(index)

    def expanded_keys(self, parent: AnyIndex | None = None) -> set[Key]:
        indexes = [parent] if parent is not None else []
        return {
            row_key(index)
            for index in [*indexes, *self.rows(parent)]
            if self.unit_tree.isExpanded(index)
        }

    def expand_keys(self, keys: set[Key], parent: AnyIndex | None = None) -> None:
        for index in self.rows(parent):
            if row_key(index) in keys:
                self.unit_tree.expand(index)

    def select_part(self, slug: str, address: str) -> bool:
        """Choose the row of a part or point (no signal); False when it is not in the tree."""
        for index in self.rows():
            if row_key(index) == (slug, address):
                blocked = self.unit_tree.selectionModel().blockSignals(True)
                self.unit_tree.setCurrentIndex(index)
                self.unit_tree.selectionModel().blockSignals(blocked)
                return True
        return False

    def select_top(self, slug: str, address: str) -> None:
        """Choose the row of a top-level unit (no signal), clearing a filter that hides it."""
        item = self.tree_model.top_item(slug, address)
        if item is None:
            return
        chosen = self.unit_tree.currentIndex()
        if chosen.isValid() and (chosen.data(ACT_ROLE), chosen.data(TOP_ROLE)) == (slug, address):
            return  # the unit, or a part of it the drafter chose, is selected already
        index = self.filter_model.mapFromSource(item.index())
        if not index.isValid():
            self.filter_edit.clear()
            index = self.filter_model.mapFromSource(item.index())
        self.unit_tree.selectionModel().blockSignals(True)
        self.unit_tree.setCurrentIndex(index)
        self.unit_tree.selectionModel().blockSignals(False)
        self.unit_tree.scrollTo(index)
        self.chosen = (slug, address)
