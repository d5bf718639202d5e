"""Every word of the window in Russian: a visible string without a translation fails here."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from drafter.ui.dialogs import ActPropertiesDialog, DraftPropertiesDialog
from drafter.ui.export_folder import ExportFolderDialog, bundle_name
from tests.samples import UNSENT

from .russian import install_english, install_russian

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
FILE_KINDS = re.compile(r"\*?\.[a-z]{2,4}\b")  # «.docx», «*.drafter»: names of file types
KEYS = re.compile(r"\b(Ctrl|Shift|Alt|Meta|Del|Backspace|Esc|Enter|Return|Tab|Space|F\d{1,2})\b")
# Names that are not the interface's words: a language's own name, programs' names.
# Names, the command a user types, and the English switch that names itself in English (as a
# language menu does, so that a user who does not read Russian finds it).
ALLOWED = {
    "English", "Drafter", "Word", "LibreOffice", "drafter demo", "Show the window in English"
}  # fmt: skip


@pytest.fixture
def russian():
    install_russian()
    try:
        yield
    finally:
        install_english()


def _widget_texts(root: QWidget):
    """(where, text) of every string ``root`` and its children show or tell."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()}"
        yield where, widget.toolTip()
        if isinstance(widget, (QDialog, QDockWidget)) or widget is root:
            yield where, widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QMenu):
            yield where, widget.title()
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield where, widget.placeholderText()
        if isinstance(widget, QTabWidget):
            yield from ((where, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QComboBox):  # the items as drawn (a delegate may rename them)
            delegate = widget.itemDelegate()
            for row in range(widget.count()):
                if isinstance(delegate, QStyledItemDelegate):
                    option = QStyleOptionViewItem()
                    delegate.initStyleOption(option, widget.model().index(row, 0))
                    yield where, option.text
                else:
                    yield where, widget.itemText(row)
    for action in root.findChildren(QAction):
        where = f"QAction {action.objectName()}"
        yield where, action.text()
        yield where, action.statusTip()
        if action.toolTip() != action.text().replace("&", ""):
            yield where, action.toolTip()


def english_left(root: QWidget, names: set[str]) -> list[tuple[str, str]]:
    """The strings of ``root`` holding a Latin word that is neither a key nor an allowed name."""
    found = []
    for where, text in _widget_texts(root):
        rest = FILE_KINDS.sub("", KEYS.sub("", text or ""))
        for name in sorted(names | ALLOWED, key=len, reverse=True):
            rest = rest.replace(name, "")
        if LATIN_WORD.search(rest):
            found.append((where, text))
    return found


def _names(window) -> set[str]:
    """Act names and file names: shown as they are, in any language."""
    path = window.document.path
    names = {str(path.parent), path.name, path.stem}
    for act in window.document.acts:
        names |= {act.title, act.slug}
    return names


def test_the_walk_finds_an_untranslated_string(make_window, qtbot, russian, tmp_path):
    """The check itself: a label in English is reported (so the next test can fail)."""
    shutil.copy(UNSENT, tmp_path / "draft.drafter")
    window = make_window(tmp_path / "draft.drafter")
    assert english_left(window, _names(window)) == []
    QLabel("Changed units", window.statusBar())
    assert [text for _, text in english_left(window, _names(window))] == ["Changed units"]


def test_the_main_window_and_its_dialogs_speak_russian(make_window, qtbot, russian, tmp_path):
    shutil.copy(UNSENT, tmp_path / "draft.drafter")
    window = make_window(tmp_path / "draft.drafter")
    window.select_unit("uk-rf", "art:322.1")
    names = _names(window)
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # the menus fill and name their actions as they open
    assert english_left(window, names) == []
    assert window.menu_actions.style_combo.itemDelegate() is not None
    document = window.document
    dialogs = [
        DraftPropertiesDialog(document.draft, window),
        ActPropertiesDialog(document.acts[0], window),
        ExportFolderDialog(window, tmp_path, bundle_name(document.path.stem)),
    ]
    for dialog in dialogs:
        assert english_left(dialog, names) == [], type(dialog).__name__
        dialog.deleteLater()


def test_the_approval_round_dialogs_speak_russian(make_window, qtbot, russian, tmp_path):
    from drafter.ui.new_round_dialog import NewRoundDialog
    from drafter.ui.package_dialog import PackageDialog
    from drafter.ui.round_documents_dialog import CompareDialog, DisagreementsDialog
    from tests.samples import ROUND_1

    shutil.copy(ROUND_1, tmp_path / "draft.drafter")
    window = make_window(tmp_path / "draft.drafter")
    names = _names(window)
    for round_ in window.document.project.rounds():
        names |= {f.name for f in round_.files} | {Path(f.name).stem for f in round_.files}
    assert window.select_unit("uk-rf", "art:322.1")  # its remarks beside it, the Remarks tab
    assert english_left(window, names) == []
    window.reviews.open_rounds()
    dialogs = [
        window.reviews.rounds_dialog,
        PackageDialog(window.document.draft, window),
        NewRoundDialog(window, 2, ["Минюст России"], ["Минюст России"], tmp_path),
        DisagreementsDialog(window, [1], 1, "ru", tmp_path),
        CompareDialog(window, [1], "ru", tmp_path),
    ]
    for dialog in dialogs:
        assert english_left(dialog, names) == [], type(dialog).__name__
        dialog.close()
