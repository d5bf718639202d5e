"""Bad input in the UI: a clear dialog, and the open draft untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from .helpers import make_project


@pytest.fixture
def window(window):
    window.select_unit("uk-rf", "art:322")
    return window


def _assert_untouched(window, tmp_path):
    assert window.document is not None
    assert window.document.path.name == "draft.drafter"
    assert [a.slug for a in window.document.acts] == ["uk-rf"]
    assert window.current == ("uk-rf", "art:322")


def test_a_file_that_cannot_be_imported(qtbot, window, tmp_path, message_boxes):
    bad = tmp_path / "letter.docx"
    bad.write_bytes(b"this is not a zip file at all")
    window.files.import_act(bad)
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=5000)
    _title, text = message_boxes[0]
    assert "letter.docx" in text
    _assert_untouched(window, tmp_path)


def test_a_project_from_a_newer_version(window, tmp_path, message_boxes):
    newer = make_project(tmp_path / "future.drafter")
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert not window.open_project(newer)
    assert len(message_boxes) == 1
    assert "future.drafter" in message_boxes[0][1]
    assert "newer" in message_boxes[0][1].lower()
    _assert_untouched(window, tmp_path)


def test_a_vanished_recent_file(window, tmp_path, message_boxes):
    gone = make_project(tmp_path / "gone.drafter")
    window.open_project(gone)
    window.open_project(tmp_path / "draft.drafter")
    window.select_unit("uk-rf", "art:322")
    gone.unlink()
    assert not window.open_project(gone)
    assert "gone.drafter" in message_boxes[-1][1]
    _assert_untouched(window, tmp_path)
    from drafter.ui.settings import recent_files

    assert gone.resolve() not in recent_files()


def test_not_a_project(window, tmp_path, message_boxes):
    notes = tmp_path / "notes.drafter"
    notes.write_text("just some notes", encoding="utf-8")
    assert not window.open_project(notes)
    assert "not a Drafter project" in message_boxes[-1][1]
    _assert_untouched(window, tmp_path)


def _refuse_writes(monkeypatch, path) -> None:
    """Open ``path`` the way SQLite does a write-protected file: read-only, silently.

    For an ordinary user ``chmod 444`` is enough; root (CI runs as root) ignores file modes, so
    the connection is opened with ``mode=ro`` — what SQLite falls back to when the OS refuses
    to write — and every write fails with SQLite's own "attempt to write a readonly database".
    """
    from drafter.io import project as store

    real = store._sqlite_connect
    prefix = Path(path).resolve().as_uri() + "?"

    def connect(uri: str):
        if uri.startswith(prefix):
            uri = uri.replace("mode=rw", "mode=ro")
        return real(uri)

    monkeypatch.setattr(store, "_sqlite_connect", connect)


def test_a_read_only_file_keeps_the_edits_and_says_so(make_window, qtbot, tmp_path, monkeypatch):
    project = make_project(tmp_path / "locked.drafter")
    project.chmod(0o444)
    on_disk = project.read_bytes()
    _refuse_writes(monkeypatch, project)
    shown: list[tuple[str, str]] = []

    def answer_cancel(box):  # the drafter reads the dialog and keeps the window open
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer_cancel)
    win = make_window(project)
    win.select_unit("uk-rf", "art:322")
    edit = win.editors.side_by_side.proposed_edit
    edit.selectAll()
    text = win.editors.side_by_side.current_edit.toPlainText().replace(
        "Незаконное", "Преступное", 1
    )
    edit.insertPlainText(text)  # pasted
    win.document.parse_pending()

    # The save fails: the window says so, and nothing typed is dropped.
    assert not win.document.flush()
    assert win.save_label.text() == "Not saved"
    message = win.statusBar().currentMessage()
    assert "locked.drafter" in message and "could not be saved" in message, message
    assert win.isWindowModified()
    assert win.document.changed_count() == 1

    # Closing asks first; cancelling keeps the window, the draft and the edit as they were.
    assert not win.close()
    assert shown == [
        (
            "Cannot save the draft",
            "The latest edits could not be written to locked.drafter. Save a copy elsewhere?",
        )
    ]
    assert win.isVisible() and win.document is not None
    assert "Преступное" in edit.toPlainText()
    assert win.current == ("uk-rf", "art:322")
    assert project.read_bytes() == on_disk  # the file itself is untouched

    # Save As puts the edit in a copy the drafter can write.
    copy = tmp_path / "mine.drafter"
    assert win.files.save_as(copy)
    assert not win.isWindowModified()
    win.close()
    from drafter.io.project import Project

    with Project.open(copy) as saved:
        assert "art:322" in saved.draft().for_act("uk-rf").proposals
    assert project.read_bytes() == on_disk


def test_a_file_that_vanishes_while_open_keeps_the_edits(qtbot, window, tmp_path, message_boxes):
    # The folder of the draft disappears (a network share goes away): saving fails, the
    # window says so and keeps the edits, and Save As writes them somewhere else.
    window.document.project.close()
    edit = window.editors.side_by_side.proposed_edit
    edit.selectAll()
    text = window.editors.side_by_side.current_edit.toPlainText().replace(
        "Незаконное", "Преступное", 1
    )
    edit.insertPlainText(text)  # pasted
    window.document.parse_pending()
    assert not window.document.flush()
    assert window.isWindowModified()
    assert window.document.changed_count() == 1
    window.close()  # the drafter is told before anything is dropped
    assert message_boxes[-1][0] == "Cannot save the draft"
