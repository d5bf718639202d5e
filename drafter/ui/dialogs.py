"""Properties dialogs: the draft (title, agency, style, entry into force) and an act's metadata."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from drafter.core import model as m
from drafter.core.profiles import PROFILES
from drafter.core.publication import sources_of
from drafter.core.styles import STYLES
from drafter.ui.act_name_note import ActNameNote
from drafter.ui.dates import entered, example, shown
from drafter.ui.jurisdictions import show_jurisdictions

# The structure profiles' descriptions (drafter.core.profiles), for lupdate; a test checks the list.
PROFILE_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "Profiles",
        "Russian codes (УК, УПК, КоАП): статья → часть «1.» → пункт «1)»/«а)» → подпункт",
    ),
    QT_TRANSLATE_NOOP(
        "Profiles", "Russian laws, ГК, НК: статья → пункт «1.» → подпункт «1)» → абзац"
    ),
    QT_TRANSLATE_NOOP(
        "Profiles",
        "UK: section → subsection (1) → paragraph (a) → sub-paragraph (i); Schedules",
    ),
    QT_TRANSLATE_NOOP("Profiles", "US: section → (a) → (1) → (A) → (i) → (I)"),
)


def profile_description(description: str) -> str:
    """A structure profile's description in the interface language."""
    return QCoreApplication.translate("Profiles", description)


def lay_out(
    dialog: QDialog, rows: list[tuple[str, QWidget]], note: QWidget | None = None
) -> QDialogButtonBox:
    """The dialog's labelled fields (below ``note``) above its OK and Cancel buttons."""
    form = QFormLayout()
    if note is not None:
        form.addRow(note)
    for label, field in rows:
        form.addRow(label, field)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(box)
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
        show_jurisdictions(self.style_combo)
        self.entry_edit = QPlainTextEdit(draft.entry_into_force)
        self.entry_edit.setPlaceholderText(self.tr("Empty: the style's usual wording"))
        self.entry_edit.setFixedHeight(80)
        rows = [
            (self.tr("Title"), self.title_edit),
            (self.tr("Agency"), self.agency_edit),
            (self.tr("Drafting style"), self.style_combo),
            (self.tr("Entry into force"), self.entry_edit),
        ]
        lay_out(self, rows)
        self.resize(560, 300)

    def values(self) -> dict[str, str]:
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
        self.date_edit = QLineEdit(shown(act.date))
        self.date_edit.setPlaceholderText(example())
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
        self.edition_date_edit = QLineEdit(shown(act.edition_date))
        self.edition_date_edit.setPlaceholderText(example())
        self.edition_source_edit = QLineEdit(act.edition_source)
        self.profile_combo = QComboBox()
        for name, profile in PROFILES.items():
            self.profile_combo.addItem(profile_description(profile.description), name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(act.profile)))
        self.citation_combo = QComboBox()
        self.citation_combo.addItem(self.tr("digits (часть 2)"), "digits")
        self.citation_combo.addItem(self.tr("words (часть вторая)"), "words")
        self.citation_combo.setCurrentIndex(
            max(0, self.citation_combo.findData(act.citation_style))
        )
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Title"), self.title_edit),
            (self.tr("Number"), self.number_edit),
            (self.tr("Date"), self.date_edit),
            (self.tr("Name (nominative)"), self.names["nominative"]),
            (self.tr("Name (genitive)"), self.names["genitive"]),
            (self.tr("Name (accusative)"), self.names["accusative"]),
            (self.tr("Name (prepositional)"), self.names["prepositional"]),
            (self.tr("Name (instrumental)"), self.names["instrumental"]),
            (self.tr("Publication sources"), self.sources_edit),
            (self.tr("Edition date"), self.edition_date_edit),
            (self.tr("Edition source"), self.edition_source_edit),
            (self.tr("Structure profile"), self.profile_combo),
            (self.tr("Citation of parts"), self.citation_combo),
        ]
        # A Russian name the declension tables do not know (or in capitals) must be filled in.
        self.names_note = ActNameNote()
        for edit in self.names.values():
            edit.textChanged.connect(self._on_name_edit_text_changed)
        self._on_name_edit_text_changed("")
        lay_out(self, rows, self.names_note)
        self.resize(720, 560)

    def accept(self) -> None:
        """OK: refused with a sentence while a date cannot be read."""
        for label, edit in (
            (self.tr("Date"), self.date_edit),
            (self.tr("Edition date"), self.edition_date_edit),
        ):
            if entered(edit.text()) is None:
                text = self.tr("%1: «%2» is not a date; write it as %3.")
                QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.windowTitle(),
                    text.replace("%1", label).replace("%2", edit.text()).replace("%3", example()),
                    QMessageBox.StandardButton.Ok,
                    self,
                ).exec()
                edit.setFocus()
                return
        super().accept()

    def _on_name_edit_text_changed(self, _text: str) -> None:
        names = replace(self.act.names, **{k: e.text().strip() for k, e in self.names.items()})
        self.names_note.show_for(self.act, names)

    def edited_act(self) -> m.Act:
        """The act with the dialog's metadata (the units are shared, not copied)."""
        names = replace(self.act.names, **{k: e.text().strip() for k, e in self.names.items()})
        # a lead-in's list pasted whole («…, 1996, № 25, ст. 2954; 2003, …») gives a line each
        lines = self.sources_edit.toPlainText().splitlines()
        sources = [s for line in lines for s in sources_of(line)]
        return replace(
            self.act,
            title=self.title_edit.text().strip(),
            number=self.number_edit.text().strip(),
            date=entered(self.date_edit.text()) or "",
            names=names,
            sources=sources,
            edition_date=entered(self.edition_date_edit.text()) or "",
            edition_source=self.edition_source_edit.text().strip(),
            profile=self.profile_combo.currentData(),
            citation_style=self.citation_combo.currentData(),
        )
