"""The bill's package texts: initiator, entry into force, subject, reasons and financial notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from drafter.core import commencement as cm
from drafter.core import model as m
from drafter.ui.dialogs import lay_out

INITIATOR_EXAMPLE = "Вносится Правительством Российской Федерации"  # as the bill prints it


class PackageDialog(QDialog):
    """Edits the draft's frame and package texts; :meth:`values` gives them by draft key."""

    def __init__(self, draft: m.Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bill package"))
        self.initiator_edit = QLineEdit(draft.initiator)
        self.initiator_edit.setPlaceholderText(INITIATOR_EXAMPLE)
        self.kind_combo = QComboBox()
        for label, kind in (
            (self.tr("The draft's own wording, or on publication"), ""),
            (self.tr("On the day of official publication"), cm.PUBLICATION),
            (self.tr("On a date"), cm.ON_DATE),
            (self.tr("A number of days after publication"), cm.AFTER_DAYS),
        ):
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.commencement)))
        self.value_edit = QLineEdit(draft.commencement_value)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.subject_edit = self._text(draft.subject, self.tr("Empty: a marked place in the note"))
        self.reasons_edit = self._text(draft.reasons, self.tr("Empty: a marked place in the note"))
        self.finance_edit = self._text(
            draft.finance, self.tr("Empty: a marked place in the financial justification")
        )
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Initiator"), self.initiator_edit),
            (self.tr("Entry into force"), self.kind_combo),
            (self.tr("Date or days"), self.value_edit),
            ("", self.problem_label),
            (self.tr("Subject of regulation"), self.subject_edit),
            (self.tr("Reasons for the bill"), self.reasons_edit),
            (self.tr("Financial justification"), self.finance_edit),
        ]
        self.buttons = lay_out(self, rows)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.value_edit.textChanged.connect(self._on_value_edit_text_changed)
        self._check()
        self.resize(640, 560)

    def _text(self, text: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(90)
        return edit

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._check()

    def _on_value_edit_text_changed(self, _text: str) -> None:
        self._check()

    def _check(self) -> None:
        """The value field only for a date or days; OK only when the value fits the choice."""
        kind = self.kind_combo.currentData()
        self.value_edit.setEnabled(kind in (cm.ON_DATE, cm.AFTER_DAYS))
        self.value_edit.setPlaceholderText(
            {cm.ON_DATE: "yyyy-mm-dd", cm.AFTER_DAYS: self.tr("days, e.g. 10")}.get(kind, "")
        )
        fits = cm.valid(kind, self.value_edit.text())
        problem = ""
        if not fits and kind == cm.ON_DATE:
            problem = self.tr("Type the date as yyyy-mm-dd, e.g. 2027-01-01.")
        elif not fits:
            problem = self.tr("Type the number of days, from 1 to 999.")
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(fits)

    def values(self) -> dict[str, str]:
        """The edited texts by draft attribute (what ``change_draft_meta`` takes)."""
        kind = self.kind_combo.currentData()
        return {
            "initiator": self.initiator_edit.text().strip(),
            "commencement": kind,
            "commencement_value": self.value_edit.text().strip()
            if kind in (cm.ON_DATE, cm.AFTER_DAYS)
            else "",
            "subject": self.subject_edit.toPlainText().strip(),
            "reasons": self.reasons_edit.toPlainText().strip(),
            "finance": self.finance_edit.toPlainText().strip(),
        }
