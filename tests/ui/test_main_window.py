"""The main flows, driven as a drafter would: select, type, see highlights, undo, add, repeal."""

from __future__ import annotations

from drafter.core import model as m
from drafter.ui.unit_tree import ADDRESS_ROLE

from .helpers import type_text

SLUG = "uk-rf"
# Waits for what follows a pause (read-back, save, outputs): they return as soon as it shows;
# the long limit only keeps a slow, loaded CI machine from failing them.
WAIT_MS = 15000


def _select_words(edit, words: str) -> None:
    text = edit.toPlainText()
    start = text.index(words)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def _stored_proposals(path):
    from drafter.io.project import Project

    with Project.open(path, read_only=True) as project:
        return project.draft().for_act(SLUG).proposals


def test_window_shows_the_draft_title_and_the_tree_of_units(window):
    assert window.windowTitle() == "О внесении изменений в УК (draft.drafter)[*] — Drafter"
    act_row = window.tree.tree_model.item(0)
    assert act_row.text() == "Уголовный кодекс Российской Федерации"
    labels = [act_row.child(i).text() for i in range(act_row.rowCount())]
    assert labels[0].startswith("Статья 322. Незаконное пересечение")
    assert any(label.startswith("Статья 322.1.") for label in labels)


def test_filter_by_number_and_by_words(window):
    window.tree.filter_edit.setText("322.2")
    act = window.tree.filter_model.index(0, 0)
    shown = [
        window.tree.filter_model.index(i, 0, act).data()
        for i in range(window.tree.filter_model.rowCount(act))
    ]
    assert len(shown) == 1 and shown[0].startswith("Статья 322.2.")
    window.tree.filter_edit.setText("фиктивн")
    act = window.tree.filter_model.index(0, 0)
    assert window.tree.filter_model.rowCount(act) >= 1
    window.tree.filter_edit.setText("")
    assert window.tree.filter_model.rowCount(window.tree.filter_model.index(0, 0)) >= 4


def test_type_a_change_see_highlights_instructions_and_undo(qtbot, window, project):
    assert window.select_unit(SLUG, "art:322.1")
    view = window.editors.side_by_side
    edit = view.proposed_edit
    original = edit.toPlainText()
    current = view.current_edit.toPlainText()
    assert current == original
    _select_words(edit, "до пяти лет")
    type_text(edit, "до семи лет")

    # The highlight follows at once: the old words struck on the left, the new underlined.
    deleted = view.deleted_highlighter.ranges()
    inserted = view.inserted_highlighter.ranges()
    assert [current[a:b] for a, b in deleted] == ["пяти"]
    assert [edit.toPlainText()[a:b] for a, b in inserted] == ["семи"]
    fmt = _format_at(edit, edit.toPlainText().index("до семи") + 3)
    assert fmt.fontUnderline()
    fmt = _format_at(view.current_edit, current.index("до пяти") + 3)
    assert fmt.fontStrikeOut()

    # After the pause the proposal is read back, marked in the tree, and the outputs follow.
    qtbot.waitUntil(lambda: window.document.changed_count() == 1, timeout=WAIT_MS)
    item = window.tree.tree_model.top_item(SLUG, "art:322.1")
    assert item.data(_status_role()) == m.CHANGED
    assert item.toolTip().split("\n") == [item.text(), "Changed by the draft"]
    assert window.menu_actions.undo_action.text() == "&Undo typing in Статья 322.1"
    assert window.menu_actions.undo_action.iconText() == "Undo"
    assert "1" in window.changed_label.text()
    # Saved to the project without any further action. How soon (under a second) is checked
    # against the app's timers and a real kill in test_processes.py; here a loaded machine may
    # take longer, so this only waits, generously.
    qtbot.waitUntil(lambda: "art:322.1" in _stored_proposals(project), timeout=WAIT_MS)

    # One undo takes back the whole typing in this article.
    window.menu_actions.undo_action.trigger()
    assert edit.toPlainText() == original
    assert view.inserted_highlighter.ranges() == []
    assert window.document.changed_count() == 0
    qtbot.waitUntil(lambda: not _stored_proposals(project), timeout=WAIT_MS)
    window.menu_actions.redo_action.trigger()
    assert "до семи лет" in edit.toPlainText()


def test_instructions_follow_typing(qtbot, window):
    window.select_unit(SLUG, "art:322.1")
    edit = window.editors.side_by_side.proposed_edit
    _select_words(edit, "до пяти лет")
    type_text(edit, "до семи лет")
    qtbot.waitUntil(lambda: "семи" in window.outputs.article_text.toPlainText(), timeout=WAIT_MS)
    assert "пяти" in window.outputs.article_text.toPlainText()
    qtbot.waitUntil(lambda: "семи" in window.outputs.bill_text.toPlainText(), timeout=WAIT_MS)
    window.menu_actions.style_combo.setCurrentText("uk")
    assert window.outputs.article_text.toPlainText() != ""


def test_editor_undo_is_the_draft_undo(window):
    window.select_unit(SLUG, "art:322")
    assert not window.editors.side_by_side.proposed_edit.isUndoRedoEnabled()
    assert window.menu_actions.undo_action.shortcut().toString() != ""


def test_add_a_unit_after_the_current_one_and_undo(qtbot, window, project):
    window.select_unit(SLUG, "art:322.3")
    window.menu_actions.add_unit_action.trigger()
    assert window.current == (SLUG, "art:322.4")
    assert window.editors.side_by_side.proposed_text().startswith("Статья 322.4.")
    # The empty current wording says why it is empty.
    current = window.editors.side_by_side.current_edit
    assert current.toPlainText() == ""
    assert current.placeholderText() == "Not in the act yet: the draft adds this unit."
    item = window.tree.tree_model.top_item(SLUG, "art:322.4")
    assert item is not None and item.data(_status_role()) == m.ADDED
    edit = window.editors.side_by_side.proposed_edit
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    type_text(edit, " Фиктивная постановка на учёт\nНаказывается штрафом.")
    qtbot.waitUntil(lambda: "art:322.4" in _stored_proposals(project), timeout=WAIT_MS)
    stored = _stored_proposals(project)["art:322.4"]
    assert stored.status == m.ADDED and stored.after == "art:322.3"
    window.menu_actions.undo_action.trigger()  # the typing
    window.menu_actions.undo_action.trigger()  # the addition
    assert window.tree.tree_model.top_item(SLUG, "art:322.4") is None
    assert window.document.changed_count() == 0


def test_repeal_and_restore(qtbot, window, project):
    window.select_unit(SLUG, "art:322.2")
    window.menu_actions.repeal_action.trigger()
    proposal = window.document.proposal(SLUG, "art:322.2")
    assert proposal is not None and proposal.status == m.REPEALED
    assert window.editors.side_by_side.proposed_edit.isReadOnly()
    assert window.tree.tree_model.top_item(SLUG, "art:322.2").data(_status_role()) == m.REPEALED
    window.menu_actions.restore_action.trigger()
    assert window.document.proposal(SLUG, "art:322.2") is None
    assert not window.editors.side_by_side.proposed_edit.isReadOnly()
    window.menu_actions.undo_action.trigger()
    assert window.document.proposal(SLUG, "art:322.2").status == m.REPEALED
    qtbot.waitUntil(lambda: "art:322.2" in _stored_proposals(project), timeout=WAIT_MS)


def test_unreadable_text_is_kept_with_a_problem_shown(qtbot, window):
    window.select_unit(SLUG, "art:322.2")
    edit = window.editors.side_by_side.proposed_edit
    edit.selectAll()
    type_text(edit, "не статья вовсе")
    qtbot.waitUntil(
        lambda: window.editors.side_by_side.problem_label.isVisibleTo(window), timeout=WAIT_MS
    )
    assert edit.toPlainText() == "не статья вовсе"
    said = window.editors.side_by_side.problem_label.text()
    assert said.startswith("Cannot read this text yet: ") and said.endswith("Your typing is kept.")
    window.select_unit(SLUG, "art:322")
    window.select_unit(SLUG, "art:322.2")
    assert window.editors.side_by_side.proposed_text() == "не статья вовсе"
    assert window.editors.side_by_side.problem_label.text() == said  # the same words on coming back


def test_unreadable_text_survives_reopening(make_window, qtbot, project, message_boxes):
    first = make_window(project)
    first.select_unit(SLUG, "art:322.2")
    edit = first.editors.side_by_side.proposed_edit
    edit.selectAll()
    type_text(edit, "черновик без номера статьи")
    qtbot.waitUntil(lambda: not first.isWindowModified(), timeout=WAIT_MS)
    first.close()
    second = make_window(project)
    second.select_unit(SLUG, "art:322.2")
    assert second.editors.side_by_side.proposed_text() == "черновик без номера статьи"
    assert second.editors.side_by_side.problem_label.isVisibleTo(second)
    second.menu_actions.restore_action.trigger()  # the drafter gives up the attempt
    second.close()
    third = make_window(project)
    third.select_unit(SLUG, "art:322.2")
    assert (
        third.editors.side_by_side.proposed_text()
        == third.editors.side_by_side.current_edit.toPlainText()
    )
    third.close()


def test_style_selector_changes_the_draft_style(qtbot, window, project):
    window.menu_actions.style_combo.setCurrentText("uk")
    assert window.document.draft.style == "uk"
    from drafter.io.project import Project

    window.document.flush()
    with Project.open(project, read_only=True) as p:
        assert p.draft().style == "uk"


def _status_role():
    from drafter.ui.unit_tree import STATUS_ROLE

    return STATUS_ROLE


def _format_at(edit, position: int):
    block = edit.document().findBlock(position)
    offset = position - block.position()
    from PySide6.QtGui import QTextCharFormat

    formats = block.layout().formats()
    for fmt_range in formats:
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            return QTextCharFormat(fmt_range.format)
    return QTextCharFormat()


def test_highlight_ranges_match_a_whole_text_word_diff():
    """Paragraph-first highlighting marks the same words as a word diff of the whole text."""
    from drafter.ui.changed_words import change_ranges, word_ranges

    old = "Статья 1. Заголовок\n1. Первая часть текста.\n2. Вторая часть — до пяти лет.\nконец"
    new = (
        "Статья 1. Заголовок\n1. Первая часть нового текста.\nВставка\n"
        "2. Вторая часть — до семи лет.\nконец"
    )
    deleted, inserted = change_ranges(old, new)
    assert "пяти" in [old[a:b] for a, b in deleted]
    assert "Вставка" in " ".join(new[a:b] for a, b in inserted)
    assert "семи" in [new[a:b] for a, b in inserted]
    assert (deleted, inserted) == word_ranges(old, new)


def test_undo_history_survives_closing_the_draft(make_window, qtbot, project, message_boxes):
    first = make_window(project)
    first.select_unit(SLUG, "art:322.1")
    edit = first.editors.side_by_side.proposed_edit
    original = edit.toPlainText()
    _select_words(edit, "до пяти лет")
    type_text(edit, "до семи лет")
    first.select_unit(SLUG, "art:322.2")
    first.menu_actions.repeal_action.trigger()
    first.menu_actions.undo_action.trigger()  # the repeal undone: it stays redoable
    first.close()

    second = make_window(project)
    assert second.undo_stack.count() == 2 and second.undo_stack.index() == 1
    assert second.document.changed_count() == 1
    second.menu_actions.redo_action.trigger()
    assert second.document.proposal(SLUG, "art:322.2").status == m.REPEALED
    second.menu_actions.undo_action.trigger()
    second.menu_actions.undo_action.trigger()
    assert second.current == (SLUG, "art:322.1")
    assert second.editors.side_by_side.proposed_text() == original
    assert second.document.changed_count() == 0
    second.close()


def test_undo_keys_in_the_editor_undo_the_draft(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    window.select_unit(SLUG, "art:322")
    edit = window.editors.side_by_side.proposed_edit
    edit.setFocus()
    original = edit.toPlainText()
    type_text(edit, "Новые слова ")
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == original
    assert window.undo_stack.index() == 0
    QTest.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText().startswith("Новые слова ")


def test_style_change_is_undoable_and_saved(qtbot, window, project):
    window.menu_actions.style_combo.setCurrentText("us")
    assert window.document.draft.style == "us"
    window.menu_actions.undo_action.trigger()
    assert window.document.draft.style == "ru"
    assert window.menu_actions.style_combo.currentText() == "ru"
    window.menu_actions.redo_action.trigger()
    from drafter.io.project import Project

    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=WAIT_MS)
    with Project.open(project, read_only=True) as p:
        assert p.draft().style == "us"


NOTE_MARKS = ("(В редакции", "(Дополнение", "(Часть в редакции")


def test_editorial_notes_are_hidden_from_both_editors_and_listed_apart(window):
    window.select_unit(SLUG, "art:322.1")
    view = window.editors.side_by_side
    for edit in (view.current_edit, view.proposed_edit):
        text = edit.toPlainText()
        assert text.startswith("Статья 322.1. Организация незаконной миграции\n1. ")
        assert not any(mark in text for mark in NOTE_MARKS), text
    # Nothing differs, so nothing is highlighted.
    assert view.deleted_highlighter.ranges() == [] == view.inserted_highlighter.ranges()
    # The notes are in the collapsed list under the editors, with the unit they belong to.
    assert window.editors.notes_button.isVisibleTo(window)
    assert window.editors.notes_button.text() == "Editorial notes (6)"
    assert not window.editors.notes_list.isVisibleTo(window)
    window.editors.notes_button.click()
    assert window.editors.notes_list.isVisibleTo(window)
    notes = [
        window.editors.notes_list.item(i).text() for i in range(window.editors.notes_list.count())
    ]
    assert notes[0] == "(Дополнение статьей - Федеральный закон от 28.12.2004 № 187-ФЗ)"
    assert "ч. 2 п. в) — (Дополнение пунктом - Федеральный закон от 04.11.2019 № 354-ФЗ)" in notes
    # «(Часть в редакции ...)» of article 322: its own line in the source, hidden too.
    window.select_unit(SLUG, "art:322")
    assert "(Часть в редакции" not in window.editors.side_by_side.current_edit.toPlainText()
    assert any("(Часть в редакции" in window.editors.notes_list.item(i).text() for i in range(4))


def test_editing_keeps_the_notes_of_units_that_still_exist(qtbot, window, project):
    window.select_unit(SLUG, "art:322.1")
    edit = window.editors.side_by_side.proposed_edit
    current = window.document.current_unit(SLUG, "art:322.1")
    _select_words(edit, "до пяти лет")
    type_text(edit, "до семи лет")
    qtbot.waitUntil(lambda: window.document.changed_count() == 1, timeout=WAIT_MS)
    proposed = window.document.proposal(SLUG, "art:322.1").unit
    notes = {u.address: u.notes for u in proposed.walk()}
    assert notes == {u.address: u.notes for u in current.walk()}
    # The editor still shows law text only, and only the changed word is highlighted.
    window.select_unit(SLUG, "art:322")
    window.select_unit(SLUG, "art:322.1")
    view = window.editors.side_by_side
    assert not any(mark in view.proposed_edit.toPlainText() for mark in NOTE_MARKS)
    deleted = [view.current_edit.toPlainText()[a:b] for a, b in view.deleted_highlighter.ranges()]
    assert deleted == ["пяти"]
    qtbot.waitUntil(lambda: "art:322.1" in _stored_proposals(project), timeout=WAIT_MS)
    stored = _stored_proposals(project)["art:322.1"].unit
    assert stored.notes == current.notes
    qtbot.waitUntil(lambda: "семи" in window.outputs.article_text.toPlainText(), timeout=WAIT_MS)
    assert "редакции" not in window.outputs.article_text.toPlainText()


def _tree_index(window, address: str):
    for index in window.tree.rows():
        if index.data(ADDRESS_ROLE) == address:
            return index
    raise AssertionError(address)


def _expanded(window) -> set[str]:
    return {i.data(ADDRESS_ROLE) for i in window.tree.rows() if window.tree.unit_tree.isExpanded(i)}


def test_tree_keeps_expansion_and_selection_when_units_are_added_repealed_restored(window):
    tree = window.tree.unit_tree
    tree.expand(_tree_index(window, "art:322.1"))
    tree.expand(_tree_index(window, "art:322.1/part:2"))
    tree.setCurrentIndex(_tree_index(window, "art:322.3"))
    assert window.current == (SLUG, "art:322.3")
    opened = _expanded(window)
    assert {"art:322.1", "art:322.1/part:2"} <= opened

    window.menu_actions.add_unit_action.trigger()  # the tree is rebuilt with the new article
    assert _expanded(window) == opened
    assert tree.currentIndex().data(ADDRESS_ROLE) == "art:322.4"
    window.menu_actions.repeal_action.trigger()  # removing the added article: rebuilt again
    assert _expanded(window) == opened
    assert tree.currentIndex().data(ADDRESS_ROLE) == "art:322.3"
    window.menu_actions.undo_action.trigger()
    window.menu_actions.undo_action.trigger()
    assert _expanded(window) == opened

    tree.setCurrentIndex(_tree_index(window, "art:322.1/part:2/pt:б"))
    window.menu_actions.repeal_action.trigger()
    window.menu_actions.restore_action.trigger()
    assert _expanded(window) == opened
    assert tree.currentIndex().data(ADDRESS_ROLE) == "art:322.1/part:2/pt:б"


def _children(window, address: str) -> list[str]:
    index = _tree_index(window, address)
    model = window.tree.filter_model
    return [model.index(i, 0, index).data() for i in range(model.rowCount(index))]


def test_tree_follows_the_parts_of_an_edited_article(qtbot, window):
    tree = window.tree.unit_tree
    tree.expand(_tree_index(window, "art:322.1"))
    tree.expand(_tree_index(window, "art:322.1/part:2"))
    assert _children(window, "art:322.1/part:2")[-1].startswith("п. в) лицом")
    tree.setCurrentIndex(_tree_index(window, "art:322.1/part:2/pt:б"))
    edit = window.editors.side_by_side.proposed_edit
    _select_words(edit, "служебного положения, -")
    type_text(edit, "служебного положения;\nг) с использованием сети «Интернет», -")
    qtbot.waitUntil(lambda: window.document.changed_count() == 1, timeout=WAIT_MS)
    # The new point shows under part 2, which stays open, and point б stays selected.
    assert _children(window, "art:322.1/part:2")[-1] == "п. г) с использованием сети «Интернет», -"
    assert tree.isExpanded(_tree_index(window, "art:322.1/part:2"))
    assert tree.currentIndex().data(ADDRESS_ROLE) == "art:322.1/part:2/pt:б"

    window.select_unit(SLUG, "art:322.3")
    window.menu_actions.repeal_action.trigger()  # a repealed article has no parts left to show
    assert _children(window, "art:322.3") == []
    window.menu_actions.undo_action.trigger()
    assert _children(window, "art:322.3") != []
