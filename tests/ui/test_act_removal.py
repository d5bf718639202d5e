"""Remove Act From Project in the window: gone with its edits, Ctrl+Z brings it back, refused
with a sentence while remarks refer to it."""

from __future__ import annotations

import shutil

from drafter.io.project import Project
from tests.samples import ROUND_1, UNSENT

from .helpers import type_text
from .russian import install_english, install_russian


def _acts_in_tree(window) -> list[str]:
    model = window.tree.tree_model
    return [model.item(row).text() for row in range(model.rowCount())]


def _remove(window, slug: str, address: str) -> None:
    assert window.select_unit(slug, address)
    window.menu_actions.file_menu.aboutToShow.emit()
    assert window.act_removal.action.isEnabled()
    window.act_removal.action.trigger()


def test_an_act_is_removed_and_undo_brings_it_back_with_its_edits(
    make_window, qtbot, tmp_path, message_boxes
):
    path = tmp_path / "draft.drafter"
    shutil.copy(UNSENT, path)
    window = make_window(path)
    upk = window.document.act("upk-rf").title
    proposals = dict(window.document.draft.for_act("upk-rf").proposals)
    _remove(window, "upk-rf", "art:150")
    assert message_boxes == []
    assert [a.slug for a in window.document.acts] == ["uk-rf"]
    assert upk not in _acts_in_tree(window)
    assert window.current is None or window.current[0] == "uk-rf"
    with Project.open(path, read_only=True) as project:
        assert project.act_slugs() == ["uk-rf"]

    window.undo_stack.undo()
    assert [a.slug for a in window.document.acts] == ["uk-rf", "upk-rf"]
    assert window.document.draft.for_act("upk-rf").proposals == proposals
    assert upk in _acts_in_tree(window)
    assert window.select_unit("upk-rf", "art:150")
    with Project.open(path, read_only=True) as project:
        assert project.draft().for_act("upk-rf").proposals == proposals

    window.undo_stack.redo()
    assert [a.slug for a in window.document.acts] == ["uk-rf"]
    window.close()
    reopened = make_window(path)  # the history saved with the removal opens again
    assert [a.slug for a in reopened.document.acts] == ["uk-rf"]
    assert reopened.document.draft.for_act("uk-rf").proposals


def test_an_act_with_remarks_is_refused_in_russian(make_window, qtbot, tmp_path, message_boxes):
    path = tmp_path / "draft.drafter"
    shutil.copy(ROUND_1, path)
    install_russian()
    try:
        window = make_window(path)
        _remove(window, "uk-rf", "art:322")
    finally:
        install_english()
    assert len(message_boxes) == 1
    title, text = message_boxes[0]
    assert title == "Не удалось удалить акт"
    assert text.startswith("Уголовный кодекс Российской Федерации: акт нельзя удалить")
    assert [a.slug for a in window.document.acts] == ["uk-rf", "upk-rf"]
    assert not window.undo_stack.canUndo()  # nothing happened, so nothing to undo


def test_the_saved_history_keeps_its_place_across_a_removal(
    make_window, qtbot, tmp_path, message_boxes
):
    """The removal is not kept in the project's history: an edit undone after it is still
    undone (and redoable) when the draft is opened again."""
    path = tmp_path / "draft.drafter"
    shutil.copy(UNSENT, path)
    window = make_window(path)
    _remove(window, "upk-rf", "art:150")
    assert window.select_unit("uk-rf", "art:322.1")
    edit = window.editors.side_by_side.proposed_edit
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    type_text(edit, " и так далее")
    window.document.parse_pending()
    typed = window.document.proposal("uk-rf", "art:322.1")
    window.undo_stack.undo()  # the typing undone; the removal stays done
    before = window.document.proposal("uk-rf", "art:322.1")
    assert before != typed
    assert window.document.flush()
    window.close()

    reopened = make_window(path)
    stack = reopened.undo_stack
    assert stack.canRedo() and not stack.canUndo()
    assert reopened.document.proposal("uk-rf", "art:322.1") == before
    stack.redo()
    assert reopened.document.proposal("uk-rf", "art:322.1") == typed
