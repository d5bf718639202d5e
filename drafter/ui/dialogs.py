"""Properties dialogs: the draft (title, agency, style, entry into force) and an act's metadata."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from drafter.core import model as m
from drafter.core.profiles import PROFILES

STYLES = ("ru", "uk", "us")


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class DraftPropertiesDialog(QDialog):
    """Title, author agency, drafting style and entry-into-force wording of the draft."""

    def __init__(self, draft: m.Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft properties"))
        self.title_edit = QLineEdit(draft.title)
        self.agency_edit = QLineEdit(draft.agency)
        self.style_combo = QComboBox()
        self.style_combo.addItems(STYLES)
        self.style_combo.setCurrentText(draft.style)
        self.entry_edit = QPlainTextEdit(draft.entry_into_force)
        self.entry_edit.setPlaceholderText(self.tr("Empty: the style's usual wording"))
        self.entry_edit.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Agency"), self.agency_edit)
        form.addRow(self.tr("Drafting style"), self.style_combo)
        form.addRow(self.tr("Entry into force"), self.entry_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(560, 300)

    def values(self) -> dict:
        return {
            "title": self.title_edit.text().strip(),
            "agency": self.agency_edit.text().strip(),
            "style": self.style_combo.currentText(),
            "entry_into_force": self.entry_edit.toPlainText().strip(),
        }


class ActPropertiesDialog(QDialog):
    """An act's title, name forms, publication sources, edition and structure profile."""

    def __init__(self, act: m.Act, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.act = act
        self.setWindowTitle(self.tr("Act properties"))
        self.title_edit = QLineEdit(act.title)
        self.number_edit = QLineEdit(act.number)
        self.date_edit = QLineEdit(act.date)
        self.date_edit.setPlaceholderText("yyyy-mm-dd")
        self.names = {
            "nominative": QLineEdit(act.names.nominative),
            "genitive": QLineEdit(act.names.genitive),
            "accusative": QLineEdit(act.names.accusative),
            "prepositional": QLineEdit(act.names.prepositional),
            "instrumental": QLineEdit(act.names.instrumental),
        }
        self.sources_edit = QPlainTextEdit("\n".join(act.sources))
        self.sources_edit.setPlaceholderText(self.tr("One official publication source a line"))
        self.sources_edit.setFixedHeight(90)
        self.edition_date_edit = QLineEdit(act.edition_date)
        self.edition_source_edit = QLineEdit(act.edition_source)
        self.profile_combo = QComboBox()
        for name, profile in PROFILES.items():
            self.profile_combo.addItem(f"{name} — {profile.description}", name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(act.profile)))
        self.citation_combo = QComboBox()
        self.citation_combo.addItem(self.tr("digits (часть 2)"), "digits")
        self.citation_combo.addItem(self.tr("words (часть вторая)"), "words")
        self.citation_combo.setCurrentIndex(
            max(0, self.citation_combo.findData(act.citation_style))
        )
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Number"), self.number_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Name (nominative)"), self.names["nominative"])
        form.addRow(self.tr("Name (genitive)"), self.names["genitive"])
        form.addRow(self.tr("Name (accusative)"), self.names["accusative"])
        form.addRow(self.tr("Name (prepositional)"), self.names["prepositional"])
        form.addRow(self.tr("Name (instrumental)"), self.names["instrumental"])
        form.addRow(self.tr("Publication sources"), self.sources_edit)
        form.addRow(self.tr("Edition date"), self.edition_date_edit)
        form.addRow(self.tr("Edition source"), self.edition_source_edit)
        form.addRow(self.tr("Structure profile"), self.profile_combo)
        form.addRow(self.tr("Citation of parts"), self.citation_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(720, 560)

    def edited_act(self) -> m.Act:
        """The act with the dialog's metadata (the units are shared, not copied)."""
        names = replace(self.act.names, **{k: e.text().strip() for k, e in self.names.items()})
        sources = [s.strip() for s in self.sources_edit.toPlainText().splitlines() if s.strip()]
        return replace(
            self.act,
            title=self.title_edit.text().strip(),
            number=self.number_edit.text().strip(),
            date=self.date_edit.text().strip(),
            names=names,
            sources=sources,
            edition_date=self.edition_date_edit.text().strip(),
            edition_source=self.edition_source_edit.text().strip(),
            profile=self.profile_combo.currentData(),
            citation_style=self.citation_combo.currentData(),
        )
