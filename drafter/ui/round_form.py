"""The frame the Rounds window's dialogs share: labelled fields, a line saying why OK is refused,
OK and Cancel; a date field and a path field with Browse…."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate
ERROR_STYLE = "color: #c62828;"
OK = QDialogButtonBox.StandardButton.Ok


def date_edit(day: QDate) -> QDateEdit:
    """A date field with a calendar, written as the interface language writes dates."""
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(translate("Reviews", "yyyy-MM-dd"))
    return edit


class RoundForm(QDialog):
    """Fields (``form``) above the reason OK is refused and OK / Cancel; OK closes the dialog
    only when :meth:`refusal` finds nothing to say."""

    def __init__(self, parent: QWidget, title: str, ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.buttons.button(OK).setText(ok_text)
        self.frame = QVBoxLayout(self)  # what stands above the fields goes in first
        self.frame.addLayout(self.form)
        self.frame.addWidget(self.error_label)
        self.frame.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def path_row(self, edit: QLineEdit) -> tuple[QHBoxLayout, QPushButton]:
        """A path field with its Browse… button beside it."""
        browse = QPushButton(translate("Reviews", "Browse…"))
        browse.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return row, browse

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def refusal(self) -> str:
        """Why OK cannot be taken ("" when it can); a form that stores does it here."""
        return ""

    def accept(self) -> None:
        reason = self.refusal()
        self.show_error(reason)
        if not reason:
            super().accept()
