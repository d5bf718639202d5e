"""Errors from core, io and services in the Russian window: opening, importing, exporting and
reading typed text say their sentence in Russian, naming only the files involved."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.samples import UNSENT

from .helpers import type_text
from .russian import install_english, install_russian

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def russian():
    install_russian()
    yield
    install_english()


def _russian(text: str, *names: str) -> bool:
    """Cyrillic words, and no Latin word besides ``names``."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return bool(re.search("[а-яА-Я]{3,}", text)) and not LATIN_WORD.search(text)


def test_open_import_export_and_reading_fail_in_russian(
    make_window, qtbot, russian, tmp_path, message_boxes
):
    path = tmp_path / "draft.drafter"
    shutil.copy(UNSENT, path)
    window = make_window(path)

    not_a_project = tmp_path / "notes.drafter"
    not_a_project.write_bytes(b"hello, not a database")
    assert not window.open_project(not_a_project)
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02garbage\xff" * 20)
    window.files.import_act(binary)
    qtbot.waitUntil(lambda: len(message_boxes) == 2, timeout=10000)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "keep.txt").write_text("mine", encoding="utf-8")
    window.files.export_bundle(taken)
    qtbot.waitUntil(lambda: len(message_boxes) == 3, timeout=20000)
    missing = tmp_path / "no such folder" / "bundle"
    window.files.export_bundle(missing)
    qtbot.waitUntil(lambda: len(message_boxes) == 4, timeout=20000)
    names = (not_a_project.name, binary.name, "taken", str(tmp_path), str(missing), "Drafter")
    names += (str(missing.parent), "UTF-16")  # a folder, an encoding
    for title, text in message_boxes:
        assert _russian(title) and _russian(text, *names), (title, text)

    window.select_unit("uk-rf", "art:322.2")
    edit = window.editors.side_by_side.proposed_edit
    edit.selectAll()
    type_text(edit, "не статья вовсе")
    label = window.editors.side_by_side.problem_label
    qtbot.waitUntil(lambda: label.isVisibleTo(window), timeout=10000)
    assert _russian(label.text()), label.text()
