"""Import warnings in the app: listed after an import, each leading to its unit; no act twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from drafter.ui.tree_panel import row_key

from .helpers import UK_322, make_project

KOAP = (
    Path(__file__).resolve().parents[1]
    / "data/corpus/ru-koap-2017-consultant/koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"
)


@pytest.mark.slow
def test_the_warnings_of_a_real_export_are_listed_and_lead_to_their_units(
    qtbot, make_window, tmp_path
):
    """The damaged КонсультантПлюс КоАП export: every warning is listed as «file:line: …»."""
    window = make_window(make_project(tmp_path / "draft.drafter"))
    window.show()
    window.files.import_act(KOAP)
    qtbot.waitUntil(lambda: len(window.document.acts) == 2, timeout=30000)
    dock = window.files.warnings_dock
    assert dock.isVisible()
    items = [dock.warning_list.item(i) for i in range(dock.warning_list.count())]
    lines = KOAP.read_text(encoding="utf-8").splitlines()
    assert len(items) >= 1
    for item in items:
        where, _, sentence = item.text().partition(": ")
        name, _, line = where.rpartition(":")
        assert name == KOAP.name and sentence
        assert lines[int(line) - 1].strip()[:20] in item.text()  # the line it quotes
    slug = window.document.acts[1].slug
    placed = [item for item in items if item.data(Qt.ItemDataRole.UserRole)]
    assert placed
    for item in placed:
        address = item.data(Qt.ItemDataRole.UserRole)[1]
        dock.warning_list.itemClicked.emit(item)
        # The article holding the line is shown (for a chapter: its first article), and the
        # unit holding it chosen in the tree.
        top = window.document.act(slug).find(address.split("/")[0])
        assert window.current is not None and window.current[0] == slug
        assert window.current[1] in {unit.address for unit in top.walk()}
        assert row_key(window.tree.unit_tree.currentIndex())[0] == slug


def test_an_act_imported_twice_is_refused_with_a_sentence(
    qtbot, make_window, tmp_path, message_boxes
):
    window = make_window(make_project(tmp_path / "draft.drafter"))
    act = tmp_path / "УК 322.txt"
    act.write_text(UK_322.read_text(encoding="utf-8"), encoding="utf-8")
    window.files.import_act(act)
    qtbot.waitUntil(lambda: len(window.document.acts) == 2, timeout=10000)
    assert message_boxes == []
    before = [a.slug for a in window.document.acts]
    window.files.import_act(act)
    qtbot.waitUntil(lambda: message_boxes != [], timeout=10000)
    title, text = message_boxes[0]
    assert title == "Cannot import"
    assert "УК 322.txt" in text and "already holds this act" in text
    assert [a.slug for a in window.document.acts] == before
    assert window.files.warnings_dock.warning_list.count() == 0
    reopened = make_window(window.document.path)
    assert [a.slug for a in reopened.document.acts] == before
