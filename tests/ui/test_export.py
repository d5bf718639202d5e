"""Exporting the bundle from the window: off the UI thread, the files written, cancel."""

from __future__ import annotations

import json
import threading
import zipfile

import pytest
from PySide6.QtWidgets import QPushButton

from .helpers import type_text


@pytest.fixture
def window(window):
    """A window on a draft that changes article 322.1."""
    window.select_unit("uk-rf", "art:322.1")
    edit = window.editors.side_by_side.proposed_edit
    text = edit.toPlainText()
    cursor = edit.textCursor()
    start = text.index("до пяти лет")
    cursor.setPosition(start)
    cursor.setPosition(start + len("до пяти лет"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    type_text(edit, "до семи лет")
    return window


def test_export_bundle_writes_the_files(qtbot, window, tmp_path, message_boxes):
    out = tmp_path / "bundle"
    job = window.files.export_bundle(out)
    assert job is not None
    qtbot.waitUntil(lambda: window.files.last_export is not None, timeout=20000)
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
        "explanatory-note.docx",
        "financial-justification.docx",
        "list-of-acts.docx",
        "manifest.json",
    ]
    for name in names[:3]:
        with zipfile.ZipFile(out / name) as docx:
            assert "word/document.xml" in docx.namelist()
    with zipfile.ZipFile(out / "bill.docx") as docx:
        assert "семи" in docx.read("word/document.xml").decode("utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {f["name"] for f in manifest["files"]} == set(names) - {"manifest.json"}


def test_export_cancel_stops_the_writing(qtbot, window, tmp_path, monkeypatch, message_boxes):
    """Cancel while the bill is written: no comparison or redline is written, nothing is left."""
    from drafter.io import docx_bill, docx_compare, docx_redline
    from drafter.services import export

    bill_started, cancel_clicked = threading.Event(), threading.Event()
    written: list[str] = []
    write_bill = docx_bill.write_bill

    def slow_bill(*args, **kwargs):
        bill_started.set()
        cancel_clicked.wait(20)  # the drafter clicks Cancel while the bill is being written
        written.append("bill")
        return write_bill(*args, **kwargs)

    def counted(name, write):
        def wrapper(*args, **kwargs):
            written.append(name)
            return write(*args, **kwargs)

        return wrapper

    writers = [
        (docx_bill, "write_bill", slow_bill),
        (docx_compare, "write_comparison", counted("comparison", docx_compare.write_comparison)),
        (docx_redline, "write_redline", counted("redline", docx_redline.write_redline)),
    ]
    for module, name, replacement in writers:
        monkeypatch.setattr(module, name, replacement)
        if hasattr(export, name):  # imported by name into the bundle writer
            monkeypatch.setattr(export, name, replacement)
    out = tmp_path / "cancelled"
    job = window.files.export_bundle(out)
    assert job is not None and job.dialog is not None
    qtbot.waitUntil(bill_started.is_set, timeout=20000)
    job.dialog.findChild(QPushButton).click()  # the drafter clicks Cancel
    cancel_clicked.set()
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    assert written == ["bill"]  # a full bundle also writes a comparison and a redline
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cancelled")] == []
    assert message_boxes == []  # a cancel is no error
    assert window.files.last_export is None


def test_export_into_an_existing_folder_says_why(qtbot, window, tmp_path, message_boxes):
    out = tmp_path / "taken"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    window.files.export_bundle(out)
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=20000)
    assert "taken" in message_boxes[0][1]
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"
