"""A whole approval round in the app: round 1 sent, the agency's Word file returned with an edit
and a comment, dropped on the window, read, imported off the UI thread, and both items shown on
their units (the remarks beside the wordings, the badges in the tree)."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from drafter.services import rounds
from drafter.ui.unit_tree import REMARKS_ROLE

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "io"))

from word_reviewer import WordReviewer  # noqa: E402

AGENCY = "МВД России"
AUTHOR = "Пётр Ревизоров"
WHEN = "2026-12-10T09:00:00Z"
COMMENT = "Обоснуйте необходимость изменения."


def _paragraph(texts: list[str], heading: str, starts: str) -> int:
    """The first paragraph beginning with ``starts`` after the heading ``heading``."""
    at = next(i for i, text in enumerate(texts) if text.startswith(heading))
    return next(i for i in range(at + 1, len(texts)) if texts[i].startswith(starts))


def _returned(consolidated: Path, target: Path) -> Path:
    """The consolidated Criminal Code as the agency returns it: a replacement in art. 322.1
    part 2 point а), a comment on art. 322 part 1 (Word's own markup)."""
    reviewer = WordReviewer(consolidated.read_bytes())
    texts = ["".join(p.itertext()) for p in reviewer.paras]
    point = _paragraph(texts, "Статья 322.1.", "а) ")
    assert "группой лиц" in texts[point]
    reviewer.replace(point, "группой лиц", "группой из двух и более лиц", AUTHOR, WHEN)
    part = _paragraph(texts, "Статья 322.", "1. ")
    assert "без действительных документов" in texts[part]
    reviewer.comment(part, "без действительных документов", COMMENT, AUTHOR, WHEN)
    target.write_bytes(reviewer.save())
    return target


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_a_returned_word_file_dropped_read_imported_and_shown_on_its_units(
    qtbot, make_window, tmp_path
):
    project = tmp_path / "demo.drafter"
    shutil.copyfile(ROOT / "tests" / "data" / "projects" / "demo-unsent.drafter", project)
    sent = tmp_path / "round-1"
    rounds.export_round(project, sent, "next", to=AGENCY, export_date=date(2026, 12, 7))
    returned = _returned(sent / "consolidated-uk-rf.docx", tmp_path / "МВД-ответ.docx")
    window = make_window(project)
    model = window.tree.tree_model
    assert not model.top_item("uk-rf", "art:322").data(REMARKS_ROLE)
    assert not model.top_item("uk-rf", "art:322.1").data(REMARKS_ROLE)

    _drop(window, returned)
    [dialog] = window.reviews.dialogs
    assert dialog.path == returned and dialog.isVisible()
    dialog.agency_combo.setCurrentText(AGENCY)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.job is None, timeout=20000)
    assert dialog.table.rowCount() == 2
    units = sorted(dialog.table.item(row, 1).text() for row in range(2))
    assert units == ["uk-rf: Статья 322 ч. 1", "uk-rf: Статья 322.1 ч. 2 п. а)"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog not in window.reviews.dialogs, timeout=20000)
    assert window.statusBar().currentMessage() == "Remarks imported: 2"

    # The badges: one open remark on each article.
    assert model.top_item("uk-rf", "art:322").data(REMARKS_ROLE) == 1
    assert model.top_item("uk-rf", "art:322.1").data(REMARKS_ROLE) == 1
    assert not model.top_item("uk-rf", "art:322.2").data(REMARKS_ROLE)
    panel = window.editors.remarks
    # The edit beside the wordings of art. 322.1, on its point.
    window.select_unit("uk-rf", "art:322.1")
    [edit] = panel.remarks
    assert (edit.kind, edit.agency, edit.address) == ("edit", AGENCY, "art:322.1/part:2/pt:а")
    assert "группой лиц" in edit.quote and "группой из двух и более лиц" in (edit.proposed or "")
    shown = panel.view.toPlainText()
    for words in (AGENCY, "edit", "ч. 2 п. а)", "группой из двух и более лиц", AUTHOR):
        assert words in shown
    # The comment beside the wordings of art. 322, on its part.
    window.select_unit("uk-rf", "art:322")
    [comment] = panel.remarks
    assert (comment.kind, comment.agency, comment.address) == ("comment", AGENCY, "art:322/part:1")
    assert comment.text == COMMENT
    assert panel.heading.text() == "Remarks of the agencies (1)"
    for words in (AGENCY, "comment", "ч. 1", COMMENT, "без действительных документов"):
        assert words in panel.view.toPlainText()
