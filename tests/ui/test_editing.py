"""Editing as a drafter expects it: undo in bursts, actions on the selected unit, saving seen."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from drafter.core import model as m
from drafter.ui.tree_panel import row_key

from .helpers import UK_322, type_text

SLUG = "uk-rf"
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 3000


def _edit_at_end(window, address: str = "art:322.1"):
    window.activateWindow()
    window.select_unit(SLUG, address)
    QTest.qWait(20)  # the first show's scroll to the first change is done
    edit = window.editors.side_by_side.proposed_edit
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_End, CTRL)
    return edit


def _undo(edit) -> None:
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL)


def _choose_row(window, address: str) -> None:
    """Click the row of ``address`` in the tree (the current-row signal fires as for a user)."""
    tree = window.tree
    for index in tree.rows():
        if row_key(index) == (SLUG, address):
            tree.unit_tree.setCurrentIndex(index)
            return
    raise AssertionError(f"no row {address}")


# --- 1. undo in bursts --------------------------------------------------------------------------
def test_a_pause_starts_a_new_undo_step(qtbot, window):
    edit = _edit_at_end(window)
    original = edit.toPlainText()
    qtbot.keyClicks(edit, " first")
    qtbot.wait(1200)  # a pause of more than a second
    qtbot.keyClicks(edit, " second")
    assert edit.toPlainText() == original + " first second"
    _undo(edit)
    assert edit.toPlainText() == original + " first"
    _undo(edit)
    assert edit.toPlainText() == original
    assert window.undo_stack.index() == 0


def test_a_burst_of_typing_is_one_step(qtbot, window):
    edit = _edit_at_end(window)
    original = edit.toPlainText()
    qtbot.keyClicks(edit, " in one go")
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    assert window.undo_stack.index() == 1
    _undo(edit)
    assert edit.toPlainText() == original


def test_a_jump_of_the_cursor_starts_a_new_step(qtbot, window):
    edit = _edit_at_end(window)
    original = edit.toPlainText()
    qtbot.keyClicks(edit, " at the end")
    QTest.keyClick(edit, Qt.Key.Key_Home, CTRL)  # to the start of the article, no pause
    qtbot.keyClicks(edit, "Start ")
    assert window.undo_stack.index() == 2
    _undo(edit)
    assert edit.toPlainText() == original + " at the end"
    _undo(edit)
    assert edit.toPlainText() == original


def test_another_unit_or_another_kind_of_change_starts_a_new_step(qtbot, window):
    edit = _edit_at_end(window)
    qtbot.keyClicks(edit, " one")
    _edit_at_end(window, "art:322.2")
    qtbot.keyClicks(edit, " two")
    window.menu_actions.repeal_action.trigger()
    assert window.undo_stack.index() == 3
    _edit_at_end(window, "art:322.3")
    qtbot.keyClicks(edit, " three")
    assert window.undo_stack.index() == 4


def test_ctrl_y_and_ctrl_shift_z_redo(qtbot, window):
    edit = _edit_at_end(window)
    original = edit.toPlainText()
    qtbot.keyClicks(edit, " words")
    _undo(edit)
    assert edit.toPlainText() == original
    QTest.keyClick(edit, Qt.Key.Key_Y, CTRL)
    assert edit.toPlainText() == original + " words"
    _undo(edit)
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText() == original + " words"


def test_steps_stay_as_they_were_after_reopening(qtbot, make_window, project):
    first = make_window(project)
    edit = _edit_at_end(first)
    original = edit.toPlainText()
    qtbot.keyClicks(edit, " first")
    qtbot.wait(1200)
    qtbot.keyClicks(edit, " second")
    assert first.undo_stack.count() == 2
    first.close()

    second = make_window(project)
    assert second.undo_stack.count() == 2
    edit = _edit_at_end(second)
    qtbot.keyClicks(edit, " third")  # new typing never grows a step of the last session
    assert second.undo_stack.count() == 3
    _undo(edit)
    assert edit.toPlainText() == original + " first second"
    _undo(edit)
    assert edit.toPlainText() == original + " first"
    _undo(edit)
    assert edit.toPlainText() == original


# --- 2. actions on the selected unit ---------------------------------------------------------
def test_repeal_a_part_chosen_in_the_tree(qtbot, window):
    window.select_unit(SLUG, "art:322")
    _choose_row(window, "art:322/part:3")
    actions = window.menu_actions
    assert actions.repeal_action.text() == "&Repeal Part 3"
    assert actions.add_unit_action.text() == "&Add Part 3.1 after Part 3"
    actions.repeal_action.trigger()
    proposal = window.document.proposal(SLUG, "art:322")
    assert proposal.status == m.CHANGED  # not the whole article
    part = next(u for u in proposal.unit.walk() if u.address == "art:322/part:3")
    assert part.repealed
    instructions = window.outputs.article_text.toPlainText()
    assert "Часть третью статьи 322 признать утратившей силу" in instructions or (
        "Часть 3 статьи 322 признать утратившей силу" in instructions
    )
    window.menu_actions.undo_action.trigger()
    assert window.document.proposal(SLUG, "art:322") is None


def test_add_a_part_after_the_part_chosen(qtbot, window):
    window.select_unit(SLUG, "art:322")
    _choose_row(window, "art:322/part:3")
    window.menu_actions.add_unit_action.trigger()
    proposal = window.document.proposal(SLUG, "art:322")
    numbers = [c.number for c in proposal.unit.children]
    assert numbers[numbers.index("3") + 1] == "3.1"
    assert window.document.proposal(SLUG, "art:322.1") is None  # no article was added


def test_add_a_point_after_the_point_under_the_cursor(qtbot, window):
    edit = _edit_at_end(window)  # 322.1: the cursor in the text of point «в» of part 2
    QTest.keyClick(edit, Qt.Key.Key_Up)
    actions = window.menu_actions
    assert actions.add_unit_action.text().startswith("&Add Point г) after Point ")
    actions.add_unit_action.trigger()
    proposal = window.document.proposal(SLUG, "art:322.1")
    points = [u.number for u in proposal.unit.walk() if u.kind == m.POINT]
    assert points == ["а", "б", "в", "г"]


def test_article_actions_follow_the_article(qtbot, window):
    window.select_unit(SLUG, "art:322.3")
    _choose_row(window, "art:322.3")
    assert window.menu_actions.add_unit_action.text() == "&Add Article 322.4 after Article 322.3"
    _choose_row(window, "art:322.1")  # 322.2 follows: an article in between
    assert window.menu_actions.add_unit_action.text() == "&Add Article 322.1.1 after Article 322.1"
    window.menu_actions.add_unit_action.trigger()
    assert window.document.proposal(SLUG, "art:322.1.1").status == m.ADDED


def test_actions_are_disabled_on_a_chapter(qtbot, make_window, tmp_path):
    from drafter.core.profiles import get_profile
    from drafter.core.structure import parse_lines
    from drafter.io.project import Project

    lines = ["Глава 32. Преступления против порядка управления", ""]
    lines += UK_322.read_text(encoding="utf-8").splitlines()
    act = parse_lines(lines, slug=SLUG, profile=get_profile("ru-code")).act
    path = tmp_path / "chapter.drafter"
    with Project.create(path) as project:
        project.add_act(act)
    window = make_window(path)
    chapter = next(
        i for i in window.tree.rows() if row_key(i)[1].startswith("ch") and row_key(i)[0] == SLUG
    )
    window.tree.unit_tree.setCurrentIndex(chapter)
    actions = window.menu_actions
    assert not actions.repeal_action.isEnabled()
    assert not actions.add_unit_action.isEnabled()
    _choose_row(window, "art:322.2")
    assert actions.repeal_action.isEnabled()


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_deleting_a_whole_part_offers_to_repeal_it(qtbot, window, monkeypatch, answer):
    asked = []

    def fake_exec(box):
        asked.append((box.text(), box.defaultButton() == box.button(QMessageBox.StandardButton.No)))
        return QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    edit = _edit_at_end(window, "art:322")
    text = edit.toPlainText()
    start = text.index("\n3. ")  # part 3, its two lines, up to the article's note
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(text.index("\nПримечание"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
    assert "Part 3" in asked[0][0] and asked[0][1]  # the default is No
    qtbot.wait(50)
    proposal = window.document.proposal(SLUG, "art:322")
    part = [u for u in proposal.unit.walk() if u.address == "art:322/part:3"]
    if answer == "yes":
        assert part and part[0].repealed
        assert "признать утратившей силу" in window.outputs.article_text.toPlainText()
    else:
        assert not part


# --- 4. saving made visible -----------------------------------------------------------------
def test_ctrl_s_saves_at_once_and_says_so(qtbot, window, project):
    edit = _edit_at_end(window)
    qtbot.keyClicks(edit, " saved")
    assert window.isWindowModified()
    assert "(draft.drafter)[*]" in window.windowTitle()
    assert window.windowTitle().endswith("— Drafter")
    QTest.keyClick(edit, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    assert str(project) in window.statusBar().currentMessage()
    from drafter.io.project import Project

    with Project.open(project, read_only=True) as saved:
        text = saved.draft().for_act(SLUG).proposals["art:322.1"].unit
    assert "saved" in "".join(u.text + u.closing for u in text.walk())


def test_save_as_confirms(qtbot, window, tmp_path):
    target = tmp_path / "копия.drafter"
    assert window.files.save_as(target)
    assert str(target) in window.statusBar().currentMessage()
    assert "копия.drafter" in window.windowTitle()


def test_continuous_typing_is_saved_every_second(qtbot, window):
    edit = _edit_at_end(window)
    saves: list[float] = []
    window.document.saved.connect(lambda: saves.append(time.monotonic()))
    start = time.monotonic()
    while time.monotonic() - start < 3.5:  # ten keys a second, never a pause
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, 0)
        qtbot.wait(100)
    assert len(saves) >= 3
    gaps = [b - a for a, b in zip([start, *saves], saves, strict=False)]
    assert max(gaps) < 1.3


# --- 5. outputs kept current ------------------------------------------------------------------
def test_redline_follows_the_act_chosen(qtbot, make_window, project):
    from drafter.core.profiles import get_profile
    from drafter.core.structure import parse_lines
    from drafter.io.project import Project

    lines = UK_322.read_text(encoding="utf-8").splitlines()
    other = parse_lines(lines, slug="other", profile=get_profile("ru-code")).act
    other.title = "Другой кодекс"
    with Project.open(project) as opened:
        opened.add_act(other)
    window = make_window(project)
    window.outputs.tabs.setCurrentWidget(window.outputs.redline)
    window.select_unit(SLUG, "art:322")
    assert "Уголовный кодекс" in window.outputs.redline.toPlainText()
    for index in window.tree.rows():
        if row_key(index) == ("other", "art:322.1"):
            window.tree.unit_tree.setCurrentIndex(index)
    assert "Другой кодекс" in window.outputs.redline.toPlainText()


def test_heading_follows_a_typed_title(qtbot, window):
    window.select_unit(SLUG, "art:322.1")
    edit = window.editors.side_by_side.proposed_edit
    edit.setFocus()
    text = edit.toPlainText()
    at = text.index("миграции")
    cursor = edit.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len("миграции"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    type_text(edit, "эмиграции")  # Cyrillic: QTest.keyClicks types Latin letters only
    qtbot.waitUntil(
        lambda: "незаконной эмиграции" in window.editors.unit_heading.text(), timeout=WAIT_MS
    )


def _middle_line(edit) -> int:
    """The line shown in the middle of an editor."""
    return edit.cursorForPosition(edit.viewport().rect().center()).blockNumber()


def test_panes_stay_in_scroll_sync_after_an_undo(qtbot, make_window, tmp_path):
    from drafter.core.profiles import get_profile
    from drafter.core.structure import parse_lines
    from drafter.io.project import Project

    lines = ["Статья 1. Длинная статья", ""]
    lines += [f"{n}. Текст части {n} о порядке управления и о границе." for n in range(1, 90)]
    act = parse_lines(lines, slug=SLUG, profile=get_profile("ru-code")).act
    path = tmp_path / "long.drafter"
    with Project.create(path) as project:
        project.add_act(act)
    window = make_window(path)
    window.resize(1200, 500)
    window.show()
    edit = _edit_at_end(window, "art:1")
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index("45. "))
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "words ")
    edit.verticalScrollBar().setValue(0)  # the drafter scrolls up, then undoes
    qtbot.wait(50)
    _undo(edit)
    current = window.editors.side_by_side.current_edit
    assert current.toPlainText() == edit.toPlainText()
    qtbot.waitUntil(lambda: _middle_line(edit) > 30, timeout=WAIT_MS)  # back at part 45
    qtbot.waitUntil(lambda: _middle_line(current) == _middle_line(edit), timeout=WAIT_MS)


def test_restore_one_part_keeps_the_other_changes(qtbot, window):
    window.select_unit(SLUG, "art:322")
    _choose_row(window, "art:322/part:3")
    window.menu_actions.repeal_action.trigger()
    _choose_row(window, "art:322/part:1")
    window.menu_actions.add_unit_action.trigger()  # part 1.1 after part 1
    assert window.menu_actions.restore_action.text() == "Restore the Current Wording of Part 1.1"
    window.menu_actions.restore_action.trigger()  # the added part taken out again
    unit = window.document.proposal(SLUG, "art:322").unit
    assert [c.number for c in unit.children if c.kind == m.PART] == ["1", "2", "3"]
    _choose_row(window, "art:322/part:3")
    window.menu_actions.restore_action.trigger()
    assert window.document.proposal(SLUG, "art:322") is None  # nothing left to change
