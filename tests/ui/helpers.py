"""Building small projects for the UI tests from the copied corpus."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
UK_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)


def make_project(path: Path, *, title: str = "О внесении изменений в УК") -> Path:
    """A project holding articles 322–322.3 of the Criminal Code and no proposals."""
    from drafter.core.structure import parse_lines
    from drafter.io.project import Project

    lines = UK_322.read_text(encoding="utf-8").splitlines()
    act = parse_lines(lines, slug="uk-rf", profile="ru-code").act
    act.title = "Уголовный кодекс Российской Федерации"
    project = Project.create(path)
    try:
        project.add_act(act)
        draft = project.draft()
        draft.title = title
        project.save_draft_meta(draft)
    finally:
        project.close()
    return path


def type_text(widget, text: str) -> None:
    """Type ``text`` into a widget key by key, as a user would (any alphabet)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
