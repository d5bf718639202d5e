"""The tree of acts and their units on the left, with a filter and marks on changed units."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from drafter.core import model as m

ACT_ROLE = Qt.ItemDataRole.UserRole + 1  # the act's slug
ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # the unit's address ("" for the act's own row)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # number, heading and words, lower-cased
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4  # CHANGED / ADDED / REPEALED / ""
TOP_ROLE = Qt.ItemDataRole.UserRole + 5  # the address of the top-level unit it belongs to
REMARKS_ROLE = Qt.ItemDataRole.UserRole + 6  # open remarks of the agencies on a top-level unit
OBJECTION_ROLE = Qt.ItemDataRole.UserRole + 7  # True: an agency objects to a top-level unit
# "amend" / "check": the top-level unit cites a unit the draft repeals, renumbers or changes
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 8

_NUMBER = re.compile(r"^\d+(\.\d+)*[a-zа-я]?$")
# «Статья 81», «ст. 81», «Article 81», «s. 81»: the number the drafter means is 81.
_KIND_WORD = re.compile(
    r"^(?:стат(?:ья|ьи|ью)|ст\.?|глава|гл\.?|раздел|разд\.?|article|art\.?|section|sec\.?|s\.|"
    r"chapter|ch\.?)\s*(?=\d)"
)

STATUS_COLORS = {
    m.CHANGED: QColor("#b26a00"),
    m.ADDED: QColor("#2e7d32"),
    m.REPEALED: QColor("#c62828"),
}

BADGE_COLOR = QColor("#e07b00")  # the open-remark badge
OBJECTION_BADGE_COLOR = QColor("#c62828")  # the badge when an agency objects

KIND_LABELS_RU = {
    m.ARTICLE: "Статья",
    m.CHAPTER: "Глава",
    m.DIVISION: "Раздел",
    m.SUBDIVISION: "Подраздел",
    m.CODEPART: "",
    m.PART: "ч.",
    m.POINT: "п.",
    m.SUBPOINT: "пп.",
    m.NOTE: "Примечание",
    m.PARAGRAPH: "абз.",
}
KIND_LABELS_EN = {
    m.SECTION: "Section",
    m.SCHEDULE: "Schedule",
    m.CHAPTER: "Chapter",
    m.DIVISION: "Part",
    m.SUBSECTION: "",
    m.PARAGRAPH: "",
}


def status_text(status: str) -> str:
    """The words for a unit's mark in the tree, in the interface language."""
    translate = QCoreApplication.translate
    if status == m.CHANGED:
        return translate("UnitTreeModel", "Changed by the draft")
    if status == m.ADDED:
        return translate("UnitTreeModel", "Added by the draft")
    if status == m.REPEALED:
        return translate("UnitTreeModel", "Repealed by the draft")
    return ""


def remarks_text(count: int) -> str:
    """The words for a unit's open-remark badge (its tooltip line)."""
    return QCoreApplication.translate("UnitTreeModel", "Open remarks: %1").replace("%1", str(count))


def unit_label(unit: m.Unit, language: str) -> str:
    """How a unit is named in the tree: «Статья 322.1. Heading», «ч. 2», "Section 5 Heading"."""
    labels = KIND_LABELS_RU if language == "ru" else KIND_LABELS_EN
    kind = labels.get(unit.kind, "")
    number = unit.number
    if unit.kind in (m.POINT, m.SUBPOINT) and language == "ru" and number:
        number = f"{number})"
    elif language != "ru" and unit.kind in (m.SUBSECTION, m.PARAGRAPH, m.SUBPARAGRAPH, m.CLAUSE):
        number = f"({number})" if number else ""
    head = " ".join(x for x in (kind, number) if x)
    words = unit.heading or unit.text or unit.closing
    if unit.is_container or unit.kind in (m.ARTICLE, m.SECTION, m.SCHEDULE):
        words = unit.heading or words
    if len(words) > 90:
        words = words[:89] + "…"
    if unit.repealed and not words:
        words = "(утратила силу)" if language == "ru" else "(repealed)"
    if head and words:
        sep = ". " if language == "ru" and unit.kind == m.ARTICLE else " "
        return f"{head}{sep}{words}"
    return head or words or unit.kind


class UnitTreeModel(QStandardItemModel):
    """Acts → containers → articles → parts/points, with a mark on units the draft touches."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._top_items: dict[tuple[str, str], QStandardItem] = {}
        self._act_items: dict[str, QStandardItem] = {}
        self._remark_counts: dict[tuple[str, str], int] = {}
        self._objections: set[tuple[str, str]] = set()
        self._references: dict[tuple[str, str], str] = {}

    def set_acts(self, acts: list[m.Act], draft: m.Draft) -> None:
        """Rebuild the whole tree (acts as they read with the draft's proposals)."""
        from drafter.core.draft import proposed_act

        self.clear()
        self._top_items.clear()
        self._act_items.clear()
        root = self.invisibleRootItem()
        for act in acts:
            act_draft = _find_act_draft(draft, act.slug)
            shown = proposed_act(act, act_draft) if act_draft and act_draft.proposals else act
            statuses = {a: p.status for a, p in act_draft.proposals.items()} if act_draft else {}
            act_item = QStandardItem(act.title or act.slug)
            act_item.setEditable(False)
            font = QFont()
            font.setBold(True)
            act_item.setFont(font)
            act_item.setData(act.slug, ACT_ROLE)
            act_item.setData("", ADDRESS_ROLE)
            act_item.setData((act.title or act.slug).lower(), SEARCH_ROLE)
            act_item.setToolTip(act.title or act.slug)
            self._act_items[act.slug] = act_item
            rows = [self._unit_item(act, u, statuses, "") for u in shown.units]
            if rows:
                act_item.appendRows(rows)
            root.appendRow(act_item)

    def _unit_item(
        self, act: m.Act, unit: m.Unit, statuses: dict[str, str], top: str
    ) -> QStandardItem:
        label = unit_label(unit, act.language)
        item = QStandardItem(label)
        item.setEditable(False)
        item.setToolTip(label)  # the whole label: the tree is narrow and elides it
        item.setData(act.slug, ACT_ROLE)
        item.setData(unit.address, ADDRESS_ROLE)
        is_top = not unit.is_container and not top
        top_address = unit.address if is_top else top
        item.setData(top_address, TOP_ROLE)
        words = " ".join((unit.number, unit.heading, unit.text, unit.closing)).lower()
        item.setData(words, SEARCH_ROLE)
        if is_top:
            self._top_items[(act.slug, unit.address)] = item
            item.setData(self._remark_counts.get((act.slug, unit.address), 0), REMARKS_ROLE)
            item.setData((act.slug, unit.address) in self._objections, OBJECTION_ROLE)
            item.setData(self._references.get((act.slug, unit.address)), REFERENCE_ROLE)
            self._mark(item, statuses.get(unit.address, ""))
        if unit.children and (unit.is_container or is_top or top):
            item.appendRows([self._unit_item(act, c, statuses, top_address) for c in unit.children])
        return item

    @staticmethod
    def _mark(item: QStandardItem, status: str) -> None:
        """Colour, square and tooltip («label», the mark's words, open remarks) of a top unit."""
        item.setData(status, STATUS_ROLE)
        lines = [item.text()]
        if status:
            item.setForeground(QBrush(STATUS_COLORS[status]))
            item.setData(STATUS_COLORS[status], Qt.ItemDataRole.DecorationRole)
            lines.append(status_text(status))
        else:
            item.setData(None, Qt.ItemDataRole.ForegroundRole)
            item.setData(None, Qt.ItemDataRole.DecorationRole)
        if item.data(REMARKS_ROLE):
            lines.append(remarks_text(item.data(REMARKS_ROLE)))
            if item.data(OBJECTION_ROLE):
                lines.append(QCoreApplication.translate("UnitTreeModel", "An agency objects"))
        if item.data(REFERENCE_ROLE) == "amend":
            lines.append(
                QCoreApplication.translate(
                    "UnitTreeModel", "Cites a unit the draft repeals or renumbers: must be amended"
                )
            )
        elif item.data(REFERENCE_ROLE) == "check":
            lines.append(
                QCoreApplication.translate("UnitTreeModel", "Cites a unit the draft changes: check")
            )
        item.setToolTip("\n".join(lines))

    def set_children(self, item: QStandardItem, act: m.Act, unit: m.Unit) -> bool:
        """Show ``unit``'s parts and points under its row; False when they are already shown."""
        top = item.data(TOP_ROLE) or ""
        rows = [self._unit_item(act, c, {}, top) for c in unit.children]
        if _shape(rows) == [_shape_of(item.child(i)) for i in range(item.rowCount())]:
            return False
        item.removeRows(0, item.rowCount())
        if rows:
            item.appendRows(rows)
        return True

    def set_label(self, item: QStandardItem, label: str, status: str) -> None:
        """A top-level unit's new label and mark (after an edit)."""
        if item.text() != label:
            item.setText(label)
        if item.data(STATUS_ROLE) != status or item.toolTip().split("\n")[0] != label:
            self._mark(item, status)

    def retranslate(self) -> None:
        """The marks' tooltips in the interface language (after a change of language)."""
        for item in self._top_items.values():
            if item.data(STATUS_ROLE) or item.data(REMARKS_ROLE):
                self._mark(item, item.data(STATUS_ROLE))

    def set_remark_counts(self, counts: dict[tuple[str, str], int]) -> None:
        """The open remarks per (act, top-level address): a badge on each unit that has some."""
        self._remark_counts = dict(counts)
        for key, item in self._top_items.items():
            count = counts.get(key, 0)
            if (item.data(REMARKS_ROLE) or 0) != count:
                item.setData(count, REMARKS_ROLE)
                self._mark(item, item.data(STATUS_ROLE))

    def remarked(self) -> set[tuple[str, str]]:
        """The top-level units with open remarks."""
        return {key for key, count in self._remark_counts.items() if count}

    def set_objections(self, keys: set[tuple[str, str]]) -> None:
        """The top-level units an agency objects to: their badge is red."""
        self._objections = set(keys)
        for key, item in self._top_items.items():
            if bool(item.data(OBJECTION_ROLE)) != (key in keys):
                item.setData(key in keys, OBJECTION_ROLE)
                self._mark(item, item.data(STATUS_ROLE))

    def set_reference_marks(self, marks: dict[tuple[str, str], str]) -> None:
        """The top-level units citing what the draft changes ("amend" / "check"): a «§» mark."""
        self._references = dict(marks)
        for key, item in self._top_items.items():
            if item.data(REFERENCE_ROLE) != marks.get(key):
                item.setData(marks.get(key), REFERENCE_ROLE)
                self._mark(item, item.data(STATUS_ROLE))

    def top_item(self, slug: str, address: str) -> QStandardItem | None:
        return self._top_items.get((slug, address))

    def act_item(self, slug: str) -> QStandardItem | None:
        return self._act_items.get(slug)


def _shape_of(item: QStandardItem) -> tuple:
    children = [_shape_of(item.child(i)) for i in range(item.rowCount())]
    return (item.data(ADDRESS_ROLE), item.text(), tuple(children))


def _shape(items: list[QStandardItem]) -> list[tuple]:
    return [_shape_of(item) for item in items]


def _find_act_draft(draft: m.Draft, slug: str) -> m.ActDraft | None:
    for act_draft in draft.acts:
        if act_draft.slug == slug:
            return act_draft
    return None


class RemarkBadgeDelegate(QStyledItemDelegate):
    """Draws a unit's row with, at its right end, a badge counting its open remarks (orange, or
    red when an agency objects) and a «§» when it cites what the draft changes (red: it must be
    amended)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        reference = index.data(REFERENCE_ROLE)
        if reference:
            mark = "§"
            mark_width = option.fontMetrics.horizontalAdvance(mark) + 6
            rect = option.rect
            shrunk = QStyleOptionViewItem(option)
            shrunk.rect = rect.adjusted(0, 0, -mark_width, 0)
            self._paint_badge(painter, shrunk, index)
            painter.save()
            painter.setPen(OBJECTION_BADGE_COLOR if reference == "amend" else QColor("#777777"))
            place = rect.adjusted(rect.width() - mark_width, 0, 0, 0)
            painter.drawText(place, Qt.AlignmentFlag.AlignCenter, mark)
            painter.restore()
            return
        self._paint_badge(painter, option, index)

    def _paint_badge(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(REMARKS_ROLE) or 0
        if not count:
            super().paint(painter, option, index)
            return
        text = str(count)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 10
        rect = option.rect
        shrunk = QStyleOptionViewItem(option)
        shrunk.rect = rect.adjusted(0, 0, -(width + 4), 0)
        super().paint(painter, shrunk, index)
        badge = rect.adjusted(rect.width() - width - 2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OBJECTION_BADGE_COLOR if index.data(OBJECTION_ROLE) else BADGE_COLOR)
        radius = badge.height() / 2
        painter.drawRoundedRect(badge, radius, radius)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class UnitFilterModel(QSortFilterProxyModel):
    """Shows units whose number or words contain the filter text (and their ancestors)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self._needle = ""
        self._is_number = False
        self._only: dict[str, set[tuple[str, str]]] = {}  # filter name → top-level units shown

    def set_needle(self, text: str) -> None:
        self._change(lambda: self._set_needle(text))

    def _set_needle(self, text: str) -> None:
        self._needle = _KIND_WORD.sub("", text.strip().lower())
        self._is_number = bool(_NUMBER.match(self._needle))

    def set_only(self, name: str, keys: set[tuple[str, str]] | None) -> None:
        """Show only the top-level units in ``keys`` (and their parts) — «with open remarks»,
        «changed since round N»; None lifts filter ``name``."""

        def change() -> None:
            if keys is None:
                self._only.pop(name, None)
            else:
                self._only[name] = set(keys)

        self._change(change)

    def _change(self, change) -> None:
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:  # Qt ≥ 6.9
            begin()
        change()
        if begin is not None:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle and not self._only:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        words = index.data(SEARCH_ROLE) or ""
        address = index.data(ADDRESS_ROLE) or ""
        if not address:
            return False
        top = index.data(TOP_ROLE) or ""
        if any((index.data(ACT_ROLE), top) not in keys for keys in self._only.values()):
            return False
        if not self._needle:
            return bool(top)
        if self._is_number:  # "322.1": that article (or section), not every mention of it
            number = address.rsplit(":", 1)[-1]
            return index.data(TOP_ROLE) == address and (
                number == self._needle or _added_under(number, self._needle, index)
            )
        return self._needle in words


def _added_under(number: str, needle: str, index: QModelIndex) -> bool:
    """An article the draft adds (322.1.1, 322.1-1) is found by its parent's number (322.1)."""
    parent = re.sub(r"[.-][^.-]*$", "", number)
    return index.data(STATUS_ROLE) == m.ADDED and parent == needle and number != needle
