"""An import warning in the Russian window: its sentence in Russian, and a double click on it
shows its unit."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .helpers import UK_322, make_project
from .russian import install_english, install_russian


def test_a_double_click_on_a_warning_shows_its_unit_and_it_reads_russian(
    make_window, qtbot, tmp_path, message_boxes
):
    lines = UK_322.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Статья 322.2."))
    end = next(i for i, line in enumerate(lines) if line.startswith("Статья 322.3."))
    twice = lines[:end] + lines[start:end] + lines[end:]  # article 322.2 printed twice
    source = tmp_path / "УК с повтором.txt"
    source.write_text("\n".join(twice), encoding="utf-8")
    install_russian()
    try:
        window = make_window(make_project(tmp_path / "draft.drafter"))
        window.show()
        window.files.import_act(source)
        qtbot.waitUntil(lambda: len(window.document.acts) == 2, timeout=20000)
        dock = window.files.warnings_dock
        listed = dock.warning_list
        items = [listed.item(i) for i in range(listed.count())]
        placed = [item for item in items if item.data(Qt.ItemDataRole.UserRole)]
        assert placed, [item.text() for item in items]
        for item in items:
            sentence = item.text().partition(": ")[2].replace("322.2", "")
            assert re.search("[а-яА-Я]{3,}", sentence) and not re.search("[A-Za-z]{2,}", sentence)
        slug, address = placed[-1].data(Qt.ItemDataRole.UserRole)
        window.select_unit("uk-rf", "art:322")  # somewhere else first
        qtbot.waitUntil(lambda: listed.isVisible() and listed.viewport().height() > 10)
        listed.scrollToItem(placed[-1])
        rect = listed.visualItemRect(placed[-1])
        assert listed.viewport().rect().contains(rect.center()), (rect, listed.viewport().rect())
        # A double click as the system delivers it: press, release, then the second press.
        QTest.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current is not None and window.current[0] == slug
        assert address.startswith(window.current[1])
    finally:
        install_english()
