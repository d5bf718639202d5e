"""pytest-qt fixtures: offscreen Qt, isolated settings and HOME, dialogs that never block."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from .helpers import make_project


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own QSettings folder and user data folder."""
    config = tmp_path / "config"
    config.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    yield config


@pytest.fixture
def message_boxes(monkeypatch):
    """Message boxes shown during the test, as (title, text); they return at once."""
    shown: list[tuple[str, str]] = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def project(tmp_path) -> Path:
    """A project holding articles 322–322.3 of the Criminal Code and no proposals."""
    return make_project(tmp_path / "draft.drafter")


@pytest.fixture
def make_window(qtbot, message_boxes) -> Iterator[Callable[..., object]]:
    """Open main windows as the app does (``make_window(project=None, demo=False)``).

    Message boxes return at once (see ``message_boxes``); every window is closed afterwards.
    """
    from drafter.ui.app import create_window

    made = []

    def make(project: Path | None = None, *, demo: bool = False):
        window = create_window(project, demo=demo)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def window(make_window, project):
    """A main window on ``project``."""
    return make_window(project)
