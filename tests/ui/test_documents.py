"""Documents: new draft, import (dialog and drag & drop), Save As, recent files, properties."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from drafter.ui.settings import recent_files

from .helpers import UK_322, make_project, type_text


def test_new_draft_then_import_an_act_by_the_file_dialog(
    make_window, qtbot, tmp_path, monkeypatch, message_boxes
):
    window = make_window()
    target = tmp_path / "Новый проект"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.menu_actions.new_action.trigger()
    assert window.document is not None
    assert window.document.path == target.with_name("Новый проект.drafter")
    assert window.windowTitle() == "Новый проект.drafter[*] — Drafter"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(UK_322)], ""))
    window.menu_actions.import_action.trigger()
    qtbot.waitUntil(lambda: len(window.document.acts) == 1, timeout=10000)
    assert window.tree.tree_model.rowCount() == 1
    assert window.tree.tree_model.top_item(window.document.acts[0].slug, "art:322.1") is not None
    assert message_boxes == []
    window.close()


def test_drop_an_act_file_imports_it(qtbot, window, tmp_path):
    act = tmp_path / "fragment.txt"
    act.write_text(UK_322.read_text(encoding="utf-8"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(act))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(window.document.acts) == 2, timeout=10000)
    assert window.tree.tree_model.rowCount() == 2


def test_save_as_continues_in_the_copy_and_remembers_it(qtbot, window, tmp_path):
    window.select_unit("uk-rf", "art:322")
    edit = window.editors.side_by_side.proposed_edit
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    type_text(edit, " Дополнение.")
    copy = tmp_path / "copy.drafter"
    assert window.files.save_as(copy)
    assert window.document.path == copy
    assert recent_files()[0] == copy.resolve()
    from drafter.io.project import Project

    with Project.open(copy, read_only=True) as saved:
        assert "art:322" in saved.draft().for_act("uk-rf").proposals
    assert window.windowTitle().endswith("— Drafter")


def test_recent_files_menu_opens_a_draft(qtbot, window, tmp_path):
    other = make_project(tmp_path / "other.drafter", title="Другой проект")
    window.open_project(other)
    window.open_project(tmp_path / "draft.drafter")
    window.menu_actions.recent_menu.aboutToShow.emit()
    entries = [
        a for a in window.menu_actions.recent_menu.actions() if a.text() == str(other.resolve())
    ]
    assert entries
    entries[0].trigger()
    assert window.windowTitle() == "Другой проект (other.drafter)[*] — Drafter"


def test_draft_properties_dialog_changes_the_title(qtbot, window, monkeypatch):
    from drafter.ui.dialogs import DraftPropertiesDialog

    def fake_exec(dialog):
        dialog.title_edit.setText("О внесении изменений в статью 322.1")
        dialog.agency_edit.setText("МВД России")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DraftPropertiesDialog, "exec", fake_exec)
    window.menu_actions.draft_properties_action.trigger()
    assert (
        window.windowTitle() == "О внесении изменений в статью 322.1 (draft.drafter)[*] — Drafter"
    )
    assert window.document.draft.agency == "МВД России"


def test_act_properties_dialog_edits_name_forms_and_sources(qtbot, window, monkeypatch):
    from drafter.ui.dialogs import ActPropertiesDialog

    def fake_exec(dialog):
        dialog.names["genitive"].setText("Уголовного кодекса Российской Федерации")
        dialog.sources_edit.setPlainText("Собрание законодательства РФ, 1996, N 25, ст. 2954")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ActPropertiesDialog, "exec", fake_exec)
    window.select_unit("uk-rf", "art:322")
    window.menu_actions.act_properties_action.trigger()
    act = window.document.act("uk-rf")
    assert act.names.genitive == "Уголовного кодекса Российской Федерации"
    assert act.sources == ["Собрание законодательства РФ, 1996, N 25, ст. 2954"]
    from drafter.io.project import Project

    window.document.flush()
    with Project.open(window.document.path, read_only=True) as saved:
        assert saved.act("uk-rf").sources == act.sources


def test_redline_preview_shows_deleted_and_inserted_words(qtbot, window):
    window.select_unit("uk-rf", "art:322.1")
    edit = window.editors.side_by_side.proposed_edit
    text = edit.toPlainText()
    start = text.index("пяти лет")
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 4, cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    type_text(edit, "семи")
    window.document.parse_pending()
    window.outputs.tabs.setCurrentWidget(window.outputs.redline)
    html = window.outputs.redline.toHtml()
    assert "line-through" in html and "пяти" in html
    assert "underline" in html and "семи" in html


def test_scrolling_one_side_scrolls_the_other(qtbot, window):
    window.resize(900, 400)
    window.show()
    window.select_unit("uk-rf", "art:322")
    QApplication.processEvents()
    left = window.editors.side_by_side.current_edit.verticalScrollBar()
    right = window.editors.side_by_side.proposed_edit.verticalScrollBar()
    assert left.maximum() > 0
    left.setValue(left.maximum())
    assert right.value() == right.maximum()
    left.setValue(0)
    assert right.value() == 0


def test_language_follows_the_system_locale_by_default(monkeypatch):
    from PySide6.QtCore import QLocale

    from drafter.ui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert i18n.system_language() == "ru"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_choosing_a_part_in_the_tree_shows_it(qtbot, window):
    window.resize(900, 400)
    window.show()
    QApplication.processEvents()
    item = window.tree.tree_model.top_item("uk-rf", "art:322")
    parts = [item.child(i) for i in range(item.rowCount())]
    from drafter.ui.unit_tree import ADDRESS_ROLE

    part3 = next(p for p in parts if p.data(ADDRESS_ROLE) == "art:322/part:3")
    window.tree.unit_tree.setCurrentIndex(window.tree.filter_model.mapFromSource(part3.index()))
    assert window.current == ("uk-rf", "art:322")
    edit = window.editors.side_by_side.proposed_edit
    line = edit.textCursor().block().text()
    assert line.startswith("3. ")
