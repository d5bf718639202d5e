"""The agencies' remarks on the shown unit: agency, kind, quote, text and proposed wording."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drafter.core.rounds import Remark
from drafter.ui.dates import shown
from drafter.ui.outputs import redline_fragment
from drafter.ui.remark_words import status_text
from drafter.ui.review_source import kind_text

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
Labeler = Callable[[str], str]  # a remark's address -> «ч. 2 п. в)» inside the shown unit


class RemarksPanel(QWidget):
    """A heading with the count and «Add Remark from a Letter…» (the window gives the button its
    action), and the remarks as cards (read-only, selectable text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; padding: 2px;")
        self.letter_button = QToolButton()
        self.letter_button.setAutoRaise(True)
        self.header = QWidget()
        row = QHBoxLayout(self.header)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading, 1)
        row.addWidget(self.letter_button)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.remarks: list[Remark] = []
        self._labeler: Labeler = lambda address: ""
        self.show_remarks([])

    def show_remarks(self, remarks: list[Remark], labeler: Labeler | None = None) -> None:
        """The remarks of the unit shown (an empty list: the panel says there are none)."""
        self.remarks = list(remarks)
        if labeler is not None:
            self._labeler = labeler
        translate = QCoreApplication.translate
        open_count = sum(1 for remark in self.remarks if remark.undecided)
        if not self.remarks:
            # One line when there are none: the wordings keep the room.
            self.heading.setText(translate("Reviews", "Remarks of the agencies: none"))
            self.view.clear()
            self.view.hide()
            self.setMaximumHeight(self.header.sizeHint().height())
            return
        heading = translate("Reviews", "Remarks of the agencies (%1)").replace(
            "%1", str(len(self.remarks))
        )
        if open_count != len(self.remarks):
            heading += " — " + translate("Reviews", "%1 open").replace("%1", str(open_count))
        self.heading.setText(heading)
        self.view.setHtml("".join(self._card(remark) for remark in self.remarks))
        self.view.show()
        self.setMaximumHeight(QWIDGETSIZE_MAX)

    def retranslate(self) -> None:
        self.show_remarks(self.remarks)

    def _card(self, remark: Remark) -> str:
        translate = QCoreApplication.translate
        where = self._labeler(remark.address) if remark.address else ""
        head = [f"<b>{escape(remark.agency)}</b>", escape(kind_text(remark.kind))]
        head.append(translate("Reviews", "round %1").replace("%1", str(remark.round)))
        if where:
            head.append(escape(where))
        if remark.resolved:
            head.append(escape(translate("Reviews", "resolved in the file")))
        if remark.status != "new":  # the drafter's decision
            head.append(f"<b>{escape(status_text(remark.status))}</b>")
        rows = [" · ".join(head)]
        rows += remark_said(remark, translate("Reviews", "Proposed wording:"), redline=False)
        author = ", ".join(x for x in (remark.author, shown(remark.date)) if x)
        if author:
            rows.append(f"<span style='color:#777'>{escape(author)}</span>")
        background = "#f3f3f3" if remark.resolved or remark.status != "new" else "#fff6e0"
        return (
            f"<table width='100%' cellspacing='0' cellpadding='5' bgcolor='{background}' "
            f"style='margin-bottom:6px'><tr><td>{'<br>'.join(rows)}</td></tr></table>"
        )


def remark_said(remark: Remark, label: str, *, redline: bool) -> list[str]:
    """What the agency said, as HTML lines: the quoted words, its text and the wording it
    proposes after ``label`` (with ``redline``, against the quoted words: struck and inserted)."""
    lines = []
    if remark.quote:
        lines.append(f"<i>«{escape(remark.quote)}»</i>")
    if remark.text:
        lines.append(escape(remark.text))
    if remark.proposed is not None:
        if redline and remark.quote:
            lines.append(f"{escape(label)} {redline_fragment(remark.quote, remark.proposed)}")
        else:
            proposed = escape(remark.proposed) or "∅"
            lines.append(f"{escape(label)} <span style='color:#2e7d32'>{proposed}</span>")
    return lines
