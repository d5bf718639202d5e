"""Issue 13 item 11: the Help menu, tooltips, zoom, the window's size, folders, empty drafts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import drafter
from drafter.core import model as m
from drafter.ui import i18n
from drafter.ui.help_menu import shortcut_rows
from drafter.ui.tooltips import menu_actions
from drafter.ui.unit_tree import status_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _label(action: QAction) -> str:
    return action.text().replace("&", "").strip()


def _help(window, name: str):
    action = getattr(window.aids.help, f"{name}_action")
    action.trigger()
    dialog = window.aids.help.dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    dialog.close()
    return dialog.windowTitle(), text


def test_help_menu_about_names_the_version_licence_and_the_project_file(window, project):
    titles = [_label(a) for a in window.menuBar().actions()]
    assert titles[-1] == "Help"
    _, text = _help(window, "about")
    assert drafter.__version__ in text and "MIT" in text
    assert str(project.resolve()) in text.replace("\n", "")


def test_keyboard_shortcuts_lists_every_action_with_keys(qtbot, window):
    _, text = _help(window, "shortcuts")
    with_keys = [
        a for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and _label(a)
    ]
    assert len(with_keys) >= 15
    for action in with_keys:
        assert _label(action).rstrip("…") in text
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in text
    assert ("Find", "Ctrl+F") in shortcut_rows(window)
    assert ("Next Change", "F7") in shortcut_rows(window)


def test_guide_and_tree_colours(window):
    _, guide = _help(window, "guide")
    assert "Import Act" in guide and "Export" in guide
    _, legend = _help(window, "legend")
    for status in (m.CHANGED, m.ADDED, m.REPEALED):
        assert status_text(status) in legend


def test_f1_opens_the_guide(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert window.aids.help.dialog.isVisible()
    assert window.aids.help.dialog.windowTitle() == "Your First Draft"


def test_every_menu_action_has_a_tooltip_saying_what_it_does(qtbot, window):
    def check() -> None:
        actions = menu_actions(window)
        assert len(actions) >= 30
        for action in actions:
            tip = action.toolTip().replace("&", "").strip()
            assert tip and tip != _label(action), _label(action)

    check()
    window.select_unit("uk-rf", "art:322")
    window.menu_actions.repeal_action.trigger()  # the undo action's words change
    check()
    window.menu_actions.recent_menu.aboutToShow.emit()
    check()
    app = QApplication.instance()
    i18n.install(app, "ru")
    try:
        qtbot.wait(10)  # the aids' words follow after the window's
        check()
    finally:
        i18n.install(app, "en")


def test_ctrl_plus_minus_and_zero_zoom_the_text_panes(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.select_unit("uk-rf", "art:322")
    view = window.editors.side_by_side
    base = view.proposed_edit.font().pointSizeF()
    QTest.keyClick(view.proposed_edit, Qt.Key.Key_Plus, CTRL)
    QTest.keyClick(view.proposed_edit, Qt.Key.Key_Equal, CTRL)
    assert view.proposed_edit.font().pointSizeF() == base + 2
    assert view.current_edit.font().pointSizeF() == view.proposed_edit.font().pointSizeF()
    QTest.keyClick(view.proposed_edit, Qt.Key.Key_Minus, CTRL)
    assert view.proposed_edit.font().pointSizeF() == base + 1
    QTest.keyClick(view.proposed_edit, Qt.Key.Key_0, CTRL)
    assert view.proposed_edit.font().pointSizeF() == base
    for _ in range(30):
        QTest.keyClick(view.proposed_edit, Qt.Key.Key_Minus, CTRL)
    assert view.proposed_edit.font().pointSizeF() >= 6  # still readable


def test_window_keeps_a_sensible_size_and_the_tree_reads_titles(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.resize(300, 200)
    assert window.width() >= 900 and window.height() >= 560
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.tree.width() >= 320, timeout=3000)
    tree = window.tree.unit_tree
    metrics = tree.fontMetrics()
    # The number and first words of articles 322–322.3 (40 characters) fit at first start.
    act = window.tree.filter_model.index(0, 0)
    for row in range(window.tree.filter_model.rowCount(act)):
        index = window.tree.filter_model.index(row, 0, act)
        rect = tree.visualRect(index)
        needed = metrics.horizontalAdvance(index.data()[:40])
        assert rect.x() + needed < tree.viewport().width(), index.data()


def test_file_dialogs_open_in_documents_not_in_the_apps_data_folder(make_window):
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    window = make_window(demo=True)
    assert window.document is not None
    assert window.files.last_folder() == documents


def test_an_empty_draft_says_to_import_an_act_and_has_nothing_to_export(make_window, tmp_path):
    from drafter.core.profiles import get_profile
    from drafter.core.structure import parse_lines
    from drafter.ui.document import DraftDocument

    path = tmp_path / "empty.drafter"
    DraftDocument.create(path).close()
    window = make_window(path)
    placeholder = window.editors.placeholder
    assert placeholder.isVisibleTo(window)
    assert "Import Act" in placeholder.text()
    assert not window.menu_actions.export_action.isEnabled()
    act = parse_lines(["Статья 1. Первая", "Текст."], slug="a", profile=get_profile("ru-code")).act
    window.document.add_act(act)
    assert "Import Act" not in placeholder.text()
    window._update_actions()
    assert window.menu_actions.export_action.isEnabled()
