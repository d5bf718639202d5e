"""The consequential references panel: units of the project's acts citing a unit the draft
repeals, renumbers or changes; double-click goes to the citing unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from drafter.core import model as m
from drafter.services.references import references_of

ADDRESS_ROLE = Qt.ItemDataRole.UserRole  # (act slug, citing unit address) on column 0


def _verdict_text(verdict: str) -> str:
    translate = QCoreApplication.translate
    if verdict == "amend":
        return translate("References", "must be amended")
    return translate("References", "to check")


def _status_text(status: str) -> str:
    translate = QCoreApplication.translate
    return {
        "repealed": translate("References", "repealed"),
        "renumbered": translate("References", "renumbered"),
        "removed": translate("References", "removed"),
        "changed": translate("References", "changed"),
        "added": translate("References", "a unit added in the range"),
    }.get(status, status)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ReferencesPanel(QWidget):
    """A heading with the counts and one row per reference: the citing unit, the words, the
    cited unit and what the draft does to it, the verdict. ``unit_activated(act, address)``
    when a row is double-clicked."""

    unit_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTreeWidget()
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.itemDoubleClicked.connect(self._on_view_item_activated)
        self.heading = QLabel()
        self.heading.setMargin(2)
        self.heading.setFont(_bold())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.items: list[dict[str, Any]] = []
        self.show_references([])

    def refresh(self, acts: list[m.Act], draft: m.Draft) -> None:
        """Find the references again for the acts and the draft as they are now."""
        self.show_references(references_of(acts, draft))

    def show_references(self, items: list[dict[str, Any]]) -> None:
        """The references as ``drafter references --json`` lists them."""
        self.items = list(items)
        translate = QCoreApplication.translate
        self.view.clear()
        self.view.setHeaderLabels(
            [
                translate("References", "Citing unit"),
                translate("References", "Words"),
                translate("References", "Cited unit"),
                translate("References", "Verdict"),
            ]
        )
        amend = sum(1 for x in self.items if x["verdict"] == "amend")
        if not self.items:
            self.heading.setText(translate("References", "References to changed units: none"))
        else:
            self.heading.setText(
                translate("References", "References to changed units: %1, %2 must be amended")
                .replace("%1", str(len(self.items)))
                .replace("%2", str(amend))
            )
        bold = _bold()
        for x in self.items:
            row = QTreeWidgetItem(
                [
                    f"{x['act_name']} {x['unit_label']}",
                    x["excerpt"],
                    f"{x['cited_act_name']} {x['cited_label']} — {_status_text(x['status'])}",
                    _verdict_text(x["verdict"]),
                ]
            )
            row.setData(0, ADDRESS_ROLE, (x["act"], x["unit"]))
            row.setToolTip(1, x["text"])
            if x["verdict"] == "amend":
                row.setFont(3, bold)
            self.view.addTopLevelItem(row)
        for column in (0, 2, 3):
            self.view.resizeColumnToContents(column)

    def marked_units(self) -> dict[tuple[str, str], str]:
        """(act slug, address) of every citing unit → "amend" or "check": the tree's marks."""
        marks: dict[tuple[str, str], str] = {}
        for x in self.items:
            key = (x["act"], x["unit"])
            if marks.get(key) != "amend":
                marks[key] = x["verdict"]
        return marks

    def marked_articles(self) -> dict[tuple[str, str], str]:
        """The same marks on the top-level units (the tree's rows): (act slug, article address)
        → "amend" when any unit in it must be amended, else "check"."""
        marks: dict[tuple[str, str], str] = {}
        for (act, address), verdict in self.marked_units().items():
            key = (act, address.split("/")[0])
            if marks.get(key) != "amend":
                marks[key] = verdict
        return marks

    def retranslate(self) -> None:
        self.show_references(self.items)

    def _on_view_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        act, address = item.data(0, ADDRESS_ROLE)
        self.unit_activated.emit(act, address)
