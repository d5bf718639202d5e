"""Exporting the bundle from the window: off the UI thread, the files written, cancel."""

from __future__ import annotations

import json
import zipfile

import pytest

from drafter.ui.app import create_window

from .helpers import make_project, type_text


@pytest.fixture
def window(qtbot, tmp_path, message_boxes):
    win = create_window(make_project(tmp_path / "export.drafter"))
    qtbot.addWidget(win)
    win.select_unit("uk-rf", "art:322.1")
    edit = win.side_by_side.proposed_edit
    text = edit.toPlainText()
    cursor = edit.textCursor()
    start = text.index("до пяти лет")
    cursor.setPosition(start)
    cursor.setPosition(start + len("до пяти лет"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    type_text(edit, "до семи лет")
    yield win
    win.close()


def test_export_bundle_writes_the_files(qtbot, window, tmp_path, message_boxes):
    out = tmp_path / "bundle"
    job = window.export_bundle(out)
    assert job is not None
    qtbot.waitUntil(lambda: getattr(window, "last_export", None) is not None, timeout=20000)
    # The test act has no publication sources or name forms: the drafter is told, not guessed.
    assert [title for title, _ in message_boxes] == ["Exported with warnings"]
    assert "missing" in message_boxes[0][1]
    # The bookmark map is kept in the project, so a returned copy maps back to the units.
    bookmarks = window.document.project.bookmarks("uk-rf")
    assert bookmarks and all(name.startswith("_drf") for name in bookmarks)
    assert "art:322.1" in bookmarks.values()
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "bill.docx",
        "comparison-uk-rf.docx",
        "consolidated-uk-rf.docx",
        "manifest.json",
    ]
    for name in names[:3]:
        with zipfile.ZipFile(out / name) as docx:
            assert "word/document.xml" in docx.namelist()
    with zipfile.ZipFile(out / "bill.docx") as docx:
        assert "семи" in docx.read("word/document.xml").decode("utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {f["name"] for f in manifest["files"]} == set(names) - {"manifest.json"}


def test_export_cancelled_leaves_no_folder(qtbot, window, tmp_path):
    out = tmp_path / "cancelled"
    job = window.export_bundle(out)
    assert job is not None
    from PySide6.QtWidgets import QPushButton

    window._export_progress.findChild(QPushButton).click()  # the drafter clicks Cancel
    qtbot.waitUntil(lambda: window._export_progress is None, timeout=20000)
    assert not out.exists()


def test_export_into_an_existing_folder_says_why(qtbot, window, tmp_path, message_boxes):
    out = tmp_path / "taken"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    window.export_bundle(out)
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=20000)
    assert "taken" in message_boxes[0][1]
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"
