"""Starting the app: the window's title, the sample draft, bad projects."""

from __future__ import annotations

import pytest


def test_window_without_project_has_title(make_window, qtbot, message_boxes):
    window = make_window()
    assert window.windowTitle().endswith(" — Drafter")
    assert "[*]" in window.windowTitle()
    assert message_boxes == []


def test_unopenable_project_shows_a_dialog_not_a_traceback(
    make_window, qtbot, message_boxes, tmp_path
):
    bogus = tmp_path / "notes.drafter"
    bogus.write_text("this is not a project", encoding="utf-8")
    window = make_window(bogus)
    assert len(message_boxes) == 1
    assert window.document is None


def test_demo_opens_a_copy_of_the_sample(make_window, qtbot, message_boxes, tmp_path):
    from drafter.services.projects import sample_path

    if not sample_path().is_file():
        pytest.skip("the sample draft has not been built (resources/samples/build_demo.py)")
    window = make_window(None, demo=True)
    assert message_boxes == []
    assert window.document.path != sample_path()
    assert window.document.path.parent.name == "demo"
    assert window.document.changed_count() > 0
    assert window.current is not None  # the first change is shown at once
    window.close()


def test_missing_sample_shows_a_dialog(make_window, qtbot, message_boxes, monkeypatch):
    import drafter.services.projects as projects
    from drafter.errors import ProjectError

    def missing():
        raise ProjectError("the bundled sample draft is missing")

    monkeypatch.setattr(projects, "demo_copy", missing)
    window = make_window(None, demo=True)
    assert message_boxes == [
        ("Cannot open the sample draft", "the bundled sample draft is missing")
    ]
    assert window.document is None


def test_no_display_is_a_clear_message(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display variable")
    assert result.returncode == 1
    assert result.stderr.startswith("drafter: no display")
    assert "Traceback" not in result.stderr
