"""Export in the window: the chosen folder is the bundle, or a new folder named for the draft and
the day; an earlier bundle is replaced only when the drafter says so; Open Folder after."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from drafter.ui import export_folder
from drafter.ui.export_folder import ExportFolderDialog

from .helpers import type_text


@pytest.fixture
def window(window):
    """A window on a draft that changes article 322.1."""
    window.select_unit("uk-rf", "art:322.1")
    edit = window.editors.side_by_side.proposed_edit
    cursor = edit.textCursor()
    start = edit.toPlainText().index("до пяти лет")
    cursor.setPosition(start)
    cursor.setPosition(start + len("до пяти лет"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    type_text(edit, "до семи лет")
    return window


@pytest.fixture
def choose(monkeypatch):
    """Answer the export dialog: ``choose(folder, name)`` (name None: the folder itself);
    what the dialog offered is kept in ``choose.offered``."""

    class Chooser:
        def __init__(self) -> None:
            self.folder: Path = Path()
            self.name: str | None = None
            self.offered: list[tuple[str, str]] = []

        def __call__(self, folder: Path, name: str | None) -> None:
            self.folder, self.name = folder, name

    chooser = Chooser()

    def fake_exec(dialog: ExportFolderDialog) -> int:
        chooser.offered.append((dialog.folder_edit.text(), dialog.name_edit.text()))
        dialog.folder_edit.setText(str(chooser.folder))
        dialog.new_check.setChecked(chooser.name is not None)
        if chooser.name is not None:
            dialog.name_edit.setText(chooser.name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportFolderDialog, "exec", fake_exec)
    return chooser


@pytest.fixture
def answers(monkeypatch):
    """Questions asked, as (title, text); each is answered with the next of ``answers.next``."""

    class Answers(list):
        def __init__(self) -> None:
            super().__init__()
            self.next: list[QMessageBox.StandardButton] = []

    asked = Answers()

    def fake_exec(box: QMessageBox) -> int:
        asked.append((box.windowTitle(), box.text()))
        return asked.next.pop(0) if asked.next else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def _export(window, qtbot) -> None:
    window.files.last_export = None
    window.menu_actions.export_action.trigger()


def test_a_new_folder_named_for_the_draft_and_the_day_is_offered_and_typed_folders_are_made(
    window, qtbot, tmp_path, choose, answers, monkeypatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(export_folder.QDesktopServices, "openUrl", opened.append)
    offered_name = f"draft-{date.today().isoformat()}"
    typed = tmp_path / "exports" / "december"  # not there yet: typed in the folder field
    choose(typed, offered_name)
    _export(window, qtbot)
    qtbot.waitUntil(lambda: window.files.last_export is not None, timeout=20000)
    assert choose.offered[-1] == (str(tmp_path), offered_name)  # beside the draft.drafter
    bundle = typed / offered_name
    assert window.files.last_export == bundle
    assert (bundle / "bill.docx").is_file() and (bundle / "manifest.json").is_file()
    button = window.findChild(QPushButton, "openExportFolderButton")
    assert button is not None and button.isVisible() and button.text() == "Open Folder"
    button.click()
    assert opened == [QUrl.fromLocalFile(str(bundle))]


def test_the_chosen_folder_itself_becomes_the_bundle(window, qtbot, tmp_path, choose, answers):
    chosen = tmp_path / "bundle here"
    chosen.mkdir()
    choose(chosen, None)
    _export(window, qtbot)
    qtbot.waitUntil(lambda: window.files.last_export is not None, timeout=20000)
    assert window.files.last_export == chosen
    assert (chosen / "bill.docx").is_file()


def test_exporting_again_to_the_same_place_asks_before_replacing(
    window, qtbot, tmp_path, choose, answers
):
    choose(tmp_path, "bundle")
    _export(window, qtbot)
    qtbot.waitUntil(lambda: window.files.last_export is not None, timeout=20000)
    bundle = tmp_path / "bundle"
    (bundle / "note by hand.txt").write_text("earlier", encoding="utf-8")
    asked_before = len(answers)

    answers.next = [QMessageBox.StandardButton.No]
    _export(window, qtbot)
    assert answers[asked_before][0] == "Replace the bundle?"
    assert str(bundle) in answers[asked_before][1]
    assert window.files.last_export is None  # declined: nothing written
    assert (bundle / "note by hand.txt").is_file()

    answers.next = [QMessageBox.StandardButton.Yes]
    _export(window, qtbot)
    qtbot.waitUntil(lambda: window.files.last_export is not None, timeout=20000)
    assert not (bundle / "note by hand.txt").exists()
    assert (bundle / "bill.docx").is_file()


def test_a_failed_export_leaves_the_earlier_bundle_in_place(
    window, qtbot, tmp_path, choose, answers, monkeypatch
):
    from drafter.errors import ExportError
    from drafter.ui import draft_files

    choose(tmp_path, "bundle")
    _export(window, qtbot)
    qtbot.waitUntil(lambda: window.files.last_export is not None, timeout=20000)
    bundle = tmp_path / "bundle"
    earlier = sorted(p.name for p in bundle.iterdir())
    manifest = (bundle / "manifest.json").read_bytes()

    def fail(*args, **kwargs):
        raise ExportError("The disk is full.")

    monkeypatch.setattr(draft_files, "write_bundle", fail)
    answers.next = [QMessageBox.StandardButton.Yes]
    asked = len(answers)
    _export(window, qtbot)
    qtbot.waitUntil(lambda: len(answers) == asked + 2, timeout=20000)  # replace? then the failure
    assert answers[-1] == ("Cannot export", "The disk is full.")
    qtbot.waitUntil(lambda: bundle.is_dir(), timeout=5000)
    assert sorted(p.name for p in bundle.iterdir()) == earlier
    assert (bundle / "manifest.json").read_bytes() == manifest
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_folder_of_other_files_is_refused_with_a_sentence(
    window, qtbot, tmp_path, choose, answers
):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("mine", encoding="utf-8")
    choose(mine, None)
    _export(window, qtbot)
    assert answers == [
        (
            "Cannot export",
            f"{mine} already holds other files; choose an empty folder or a new folder name.",
        )
    ]
    assert [p.name for p in mine.iterdir()] == ["keep.txt"]
    assert window.files.last_export is None
