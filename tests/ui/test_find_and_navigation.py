"""Issue 13 item 3: find (Ctrl+F, F3), the tree filter's numbers, F7 and reverting one change."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from drafter.ui.changed_words import change_pairs
from drafter.ui.find_bar import occurrences
from drafter.ui.unit_tree import ADDRESS_ROLE

from .helpers import type_text

SLUG = "uk-rf"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _shown(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _replace(window, address: str, words: str, new: str) -> None:
    """Select ``words`` in the proposed wording of ``address`` and type ``new`` over them."""
    window.select_unit(SLUG, address)
    edit = window.editors.side_by_side.proposed_edit
    start = edit.toPlainText().index(words)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()
    type_text(edit, new)


def _filtered(window) -> list[str]:
    return [i.data(ADDRESS_ROLE) for i in window.tree.rows() if i.data(ADDRESS_ROLE)]


def test_ctrl_f_enter_and_f3_walk_every_occurrence_in_the_act(qtbot, window):
    _shown(qtbot, window)
    bar = window.aids.find_bar
    assert not bar.isVisible()
    QTest.keyClick(window.editors.side_by_side.proposed_edit, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and bar.edit.hasFocus()
    type_text(bar.edit, "Иностранных граждан")
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    document = window.document
    expected = sum(
        len(occurrences(document.proposed_text(*key), "иностранных граждан"))
        for key in window.tree.top_keys()
    )
    assert expected >= 3  # the words recur in articles 322.1–322.3
    assert bar.count_label.text() == f"1 of {expected}"
    seen = []
    for _ in range(expected):
        edit = window.editors.side_by_side.proposed_edit
        assert edit.textCursor().selectedText().lower() == "иностранных граждан"
        seen.append((window.current, edit.textCursor().selectionStart()))
        QTest.keyClick(window, Qt.Key.Key_F3)
    assert len(set(seen)) == expected  # each occurrence once, then round again
    assert (window.current, edit.textCursor().selectionStart()) == seen[0]
    QTest.keyClick(window, Qt.Key.Key_F3, SHIFT)
    assert (window.current, edit.textCursor().selectionStart()) == seen[-1]
    assert len({key for key, _ in seen}) > 1  # across the act's articles
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_reaches_words_the_draft_removes_in_the_current_wording(qtbot, window):
    _replace(window, "art:322", "Государственной границы", "рубежа")
    bar = window.aids.find_bar
    bar.open()
    type_text(bar.edit, "государственной границы")
    found = bar.go(1)
    panes = {match.pane for match in bar.matches}
    assert "current" in panes  # the removed words, found on the left
    bar.edit.clear()
    type_text(bar.edit, "несуществующееслово")
    assert bar.go(1) is None and bar.count_label.text() == "Not found"
    assert found is not None


def test_filter_reads_article_words_and_enter_opens_the_single_match(qtbot, window):
    _shown(qtbot, window)
    window.select_unit(SLUG, "art:322")
    filter_edit = window.tree.filter_edit
    filter_edit.setText("322.1")
    plain = _filtered(window)
    assert plain == ["art:322.1"]
    for typed in ("Статья 322.1", "ст. 322.1", "ст.322.1", "статьи 322.1"):
        filter_edit.setText(typed)
        assert _filtered(window) == plain, typed
    filter_edit.setFocus()
    QTest.keyClick(filter_edit, Qt.Key.Key_Return)
    assert window.current == (SLUG, "art:322.1")
    assert window.tree.unit_tree.hasFocus()
    filter_edit.setText("мигра")  # several articles: Enter leaves the choice to the drafter
    QTest.keyClick(filter_edit, Qt.Key.Key_Return)
    assert window.current == (SLUG, "art:322.1")


def test_an_added_article_is_found_by_its_parents_number(qtbot, window):
    window.select_unit(SLUG, "art:322.1")
    window.menu_actions.add_unit_action.trigger()
    added = window.current[1]
    assert added.startswith("art:322.1.") or added.startswith("art:322.1-")
    window.tree.filter_edit.setText("ст. 322.1")
    assert _filtered(window) == ["art:322.1", added]
    window.tree.filter_edit.setText("322")
    assert added not in _filtered(window)  # 322.1.1 is under 322.1, not 322
    window.tree.filter_edit.setText("322.2")
    assert _filtered(window) == ["art:322.2"]


def test_f7_and_shift_f7_go_from_change_to_change_across_the_draft(qtbot, window):
    _shown(qtbot, window)
    _replace(window, "art:322", "Государственной границы", "рубежа")
    _replace(window, "art:322.2", "фиктивная регистрация", "мнимая регистрация")
    window.select_unit(SLUG, "art:322")
    view = window.editors.side_by_side
    cursor = view.proposed_edit.textCursor()
    cursor.setPosition(0)
    view.proposed_edit.setTextCursor(cursor)
    visited = []
    for _ in range(len(view.changes()) + 1):
        QTest.keyClick(window, Qt.Key.Key_F7)
        selected = view.proposed_edit.textCursor().selectedText()
        visited.append((window.current[1], selected))
    assert visited[0] == ("art:322", "рубежа")
    assert visited[-1][0] == "art:322.2"
    assert "мнимая" in visited[-1][1]
    QTest.keyClick(window, Qt.Key.Key_F7, SHIFT)
    assert window.current == (SLUG, "art:322")
    QTest.keyClick(window, Qt.Key.Key_F7, SHIFT)  # before the first: round to the last
    assert window.current == (SLUG, "art:322.2")
    assert "last change" in window.statusBar().currentMessage()


def test_f7_in_a_draft_without_changes_says_so(qtbot, window):
    _shown(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_F7)
    assert window.statusBar().currentMessage() == "The draft changes nothing yet."


def test_revert_this_change_from_the_context_menu_is_one_undo_step(qtbot, window):
    _shown(qtbot, window)
    _replace(window, "art:322", "без действительных", "без надлежащих")
    _replace(window, "art:322", "двухсот тысяч", "трёхсот тысяч")
    view = window.editors.side_by_side
    edit = view.proposed_edit
    changed = edit.toPlainText()
    assert len(view.changes()) == 2
    steps = window.undo_stack.count()
    at = changed.index("надлежащих") + 3
    cursor = edit.textCursor()
    cursor.setPosition(at)
    rect = edit.cursorRect(cursor)
    menu = view.context_menu(QPoint(rect.x(), rect.center().y()))
    revert = next(a for a in menu.actions() if a.text() == "Revert This Change")
    assert revert.toolTip() != revert.text()
    revert.trigger()
    text = edit.toPlainText()
    assert "без действительных" in text and "трёхсот тысяч" in text
    assert len(view.changes()) == 1
    assert window.undo_stack.count() == steps + 1
    window.menu_actions.undo_action.trigger()
    assert edit.toPlainText() == changed
    # Not on a change: no such item.
    cursor.setPosition(0)
    rect = edit.cursorRect(cursor)
    menu = view.context_menu(QPoint(rect.x() + 1, rect.center().y()))
    assert all(a.text() != "Revert This Change" for a in menu.actions())


def test_reverting_every_change_gives_back_the_current_wording(window):
    window.select_unit(SLUG, "art:322.1")
    current = window.document.current_text(SLUG, "art:322.1")
    from drafter.ui.changed_words import reverted

    proposed = current.replace("незаконного", "противоправного").replace(" лет", " годов", 2)
    proposed = proposed.replace("организованной группой", "группой", 1)
    pairs = change_pairs(current, proposed)
    assert len(pairs) >= 3
    while pairs:
        proposed = reverted(current, proposed, pairs[len(pairs) // 2])
        left = change_pairs(current, proposed)
        assert len(left) < len(pairs)
        pairs = left
    assert proposed == current


def test_the_current_wording_looks_read_only(window):
    window.select_unit(SLUG, "art:322")
    view = window.editors.side_by_side
    current, proposed = view.current_edit, view.proposed_edit
    role = QPalette.ColorRole.Base
    assert current.palette().color(role) != proposed.palette().color(role)
    assert current.palette().color(role) == current.palette().color(QPalette.ColorRole.Window)
    flags = current.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByKeyboard  # no caret
    assert not flags & Qt.TextInteractionFlag.TextEditable
    assert proposed.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
