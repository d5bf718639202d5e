"""The documents written from the rounds: the table of disagreements (or the summary of remarks,
or the approval sheet) of a round, and the comparison of two rounds; each to a .docx file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QWidget

from drafter.ui.round_form import RoundForm

translate = QCoreApplication.translate
LANGUAGES = ("ru", "en")


def kind_words() -> list[tuple[str, str]]:
    """The documents of ``drafter disagreements --kind`` in the interface language."""
    return [
        ("table", translate("Reviews", "Table of disagreements")),
        ("summary", translate("Reviews", "Summary of remarks")),
        ("sheet", translate("Reviews", "Approval sheet")),
    ]


def file_stem(kind: str, lang: str, number: object) -> str:
    """The file name first offered for a document of round ``number`` (or rounds "1-2"), in
    the document's language."""
    names = {
        ("table", "ru"): "Таблица разногласий",
        ("summary", "ru"): "Сводка замечаний",
        ("sheet", "ru"): "Лист согласования",
        ("table", "en"): "Table of disagreements",
        ("summary", "en"): "Summary of remarks",
        ("sheet", "en"): "Approval sheet",
        ("compare", "ru"): "Сравнение этапов",
        ("compare", "en"): "Comparison of rounds",
    }
    if kind == "compare":  # «Сравнение этапов 1-2»
        return f"{names[kind, lang]} {number}"
    rounds = {"ru": "этап", "en": "round"}[lang]
    return f"{names[kind, lang]}, {rounds} {number}"


def round_combo(numbers: list[int], current: int | None) -> QComboBox:
    combo = QComboBox()
    for number in numbers:
        combo.addItem(translate("Reviews", "Round %1").replace("%1", str(number)), number)
    if current in numbers:
        combo.setCurrentIndex(numbers.index(current))
    return combo


class _FileDialog(RoundForm):
    """Fields above a file to write, Browse…, the reason OK is refused and OK / Cancel."""

    def __init__(self, parent: QWidget, title: str, folder: Path) -> None:
        super().__init__(parent, title, translate("Reviews", "Write"))
        self.folder = folder
        self.file_edit = QLineEdit()
        self.file_edited = False  # typed by the drafter: no longer follows the choices
        self.where, self.browse_button = self.path_row(self.file_edit)
        self.file_edit.textEdited.connect(self._on_file_edit_text_edited)
        self.browse_button.clicked.connect(self.browse)

    def _on_file_edit_text_edited(self, _text: str) -> None:
        self.file_edited = True

    def offer(self, stem: str) -> None:
        """The file name offered (until the drafter types another)."""
        if not self.file_edited:
            self.file_edit.setText(str(self.folder / f"{stem}.docx"))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.file_edit.text(),
            translate("Reviews", "Word documents (*.docx)"),
        )
        if path:
            self.file_edited = True
            self.file_edit.setText(path if path.endswith(".docx") else path + ".docx")

    def target(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def refusal(self) -> str:
        """The reason the fields cannot be written ("" when they can)."""
        if not self.file_edit.text().strip():
            return translate("Reviews", "Choose the file to write.")
        if not self.target().parent.is_dir():
            return translate("Reviews", "The folder %1 does not exist.").replace(
                "%1", str(self.target().parent)
            )
        return ""


@dataclass(frozen=True)
class DocumentChoice:
    number: int
    kind: str
    lang: str
    target: Path


class DisagreementsDialog(_FileDialog):
    """Which round, which document (table / summary / sheet), in which language, to which file."""

    def __init__(
        self, parent: QWidget, numbers: list[int], current: int | None, lang: str, folder: Path
    ) -> None:
        super().__init__(parent, translate("Reviews", "Table of Disagreements"), folder)
        self.round_combo = round_combo(numbers, current if current else numbers[-1])
        self.kind_combo = QComboBox()
        for kind, word in kind_words():
            self.kind_combo.addItem(word, kind)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(translate("Reviews", "Russian"), "ru")
        self.lang_combo.addItem(translate("Reviews", "English"), "en")
        self.lang_combo.setCurrentIndex(LANGUAGES.index(lang) if lang in LANGUAGES else 0)
        self.form.addRow(translate("Reviews", "Round:"), self.round_combo)
        self.form.addRow(translate("Reviews", "Document:"), self.kind_combo)
        self.form.addRow(translate("Reviews", "Language:"), self.lang_combo)
        self.form.addRow(translate("Reviews", "File:"), self.where)
        self.round_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.lang_combo.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()
        self.resize(560, 220)

    def _on_choice_changed(self, *_args: object) -> None:
        kind, lang = str(self.kind_combo.currentData()), str(self.lang_combo.currentData())
        self.offer(file_stem(kind, lang, self.round_combo.currentData()))

    def values(self) -> DocumentChoice:
        return DocumentChoice(
            int(self.round_combo.currentData()),
            str(self.kind_combo.currentData()),
            str(self.lang_combo.currentData()),
            self.target(),
        )


@dataclass(frozen=True)
class ComparisonChoice:
    a: int
    b: int  # 0: the current draft
    target: Path
    lang: str


class CompareDialog(_FileDialog):
    """Round A, round B (or the current draft) and the file of the redline of B against A."""

    def __init__(self, parent: QWidget, numbers: list[int], lang: str, folder: Path) -> None:
        super().__init__(parent, translate("Reviews", "Compare Rounds"), folder)
        self.a_combo = round_combo(numbers, numbers[-2] if len(numbers) > 1 else numbers[0])
        self.b_combo = round_combo(numbers, numbers[-1])
        self.b_combo.addItem(translate("Reviews", "Current draft"), 0)
        if len(numbers) == 1:  # one round: against the draft as it is now
            self.b_combo.setCurrentIndex(1)
        self.form.addRow(translate("Reviews", "Earlier round (A):"), self.a_combo)
        self.form.addRow(translate("Reviews", "Later round (B):"), self.b_combo)
        self.form.addRow(translate("Reviews", "File:"), self.where)
        self.lang = lang if lang in LANGUAGES else "en"
        self.a_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.b_combo.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()
        self.resize(520, 200)

    def _on_choice_changed(self, *_args: object) -> None:
        a, b = self.a_combo.currentData(), self.b_combo.currentData()
        now = {"ru": "текущая редакция", "en": "current draft"}[self.lang]
        self.offer(file_stem("compare", self.lang, f"{a}-{b or now}"))

    def refusal(self) -> str:
        if self.a_combo.currentData() == self.b_combo.currentData():
            return translate("Reviews", "Choose two different rounds to compare.")
        return super().refusal()

    def values(self) -> ComparisonChoice:
        return ComparisonChoice(
            int(self.a_combo.currentData()),
            int(self.b_combo.currentData()),
            self.target(),
            self.lang,
        )
