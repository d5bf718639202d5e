"""Starting the app: the window's title, the sample draft, bad projects."""

from __future__ import annotations

from drafter.ui.app import create_window


def test_window_without_project_has_title(qtbot, message_boxes):
    window = create_window(None)
    qtbot.addWidget(window)
    assert window.windowTitle().endswith(" — Drafter")
    assert "[*]" in window.windowTitle()
    assert message_boxes == []


def test_unopenable_project_shows_a_dialog_not_a_traceback(qtbot, message_boxes, tmp_path):
    bogus = tmp_path / "notes.drafter"
    bogus.write_text("this is not a project", encoding="utf-8")
    window = create_window(bogus)
    qtbot.addWidget(window)
    assert len(message_boxes) == 1
    assert window.document is None
