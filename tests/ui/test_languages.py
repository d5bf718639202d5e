"""The interface in Russian: the committed translation is loaded and shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from drafter.ui import i18n
from drafter.ui.settings import app_settings

from .helpers import make_project


@pytest.fixture
def russian():
    app = QApplication.instance()
    yield i18n.install(app, "ru")
    i18n.install(app, "en")


def test_russian_interface_is_shown(make_window, qtbot, russian, tmp_path, message_boxes):
    assert russian == "ru"
    window = make_window(make_project(tmp_path / "ru.drafter"))
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Файл", "&Правка", "&Вид"]
    assert window.tree.filter_edit.placeholderText() == "Поиск по номеру или словам"
    assert window.outputs.tabs.tabText(1) == "Весь законопроект"
    assert window.changed_label.text() == "Изменённых единиц: 0"
    window.close()


def test_english_is_the_default_without_a_russian_locale(
    make_window, qtbot, tmp_path, message_boxes
):
    i18n.install(QApplication.instance(), "en")
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&File"


def test_language_choice_is_remembered_and_applied_at_once(
    make_window, qtbot, tmp_path, message_boxes
):
    i18n.install(QApplication.instance(), "en")
    window = make_window(make_project(tmp_path / "lang.drafter"))
    try:
        window.select_unit("uk-rf", "art:322.1")
        window.menu_actions.language_actions["ru"].trigger()
        assert app_settings().value("ui/language") == "ru"
        assert message_boxes == []  # no "restart Drafter": the words change now
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Файл", timeout=10000)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:3] == ["&Файл", "&Правка", "&Вид"]
        assert window.menu_actions.file_menu.actions()[0].text() == "&Новый проект…"
        assert window.outputs.tabs.tabText(1) == "Весь законопроект"
        assert window.changed_label.text() == "Изменённых единиц: 0"
        assert window.editors.side_by_side.current_label.text() == "Действующая редакция"
        assert window.tree.filter_edit.placeholderText() == "Поиск по номеру или словам"
        assert window.menu_actions.undo_action.text().startswith("&Отменить")

        window.menu_actions.language_actions["en"].trigger()
        assert app_settings().value("ui/language") == "en"
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=10000)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:3] == ["&File", "&Edit", "&View"]
        assert window.outputs.tabs.tabText(1) == "Whole bill"
        assert window.changed_label.text() == "Changed units: 0"
        assert window.editors.side_by_side.current_label.text() == "Current wording"
    finally:
        i18n.install(QApplication.instance(), "en")
        window.close()


def test_redline_of_an_unchanged_act_says_so_in_russian(
    make_window, qtbot, russian, tmp_path, message_boxes
):
    window = make_window(make_project(tmp_path / "redline.drafter"))
    window.outputs.tabs.setCurrentWidget(window.outputs.redline)
    assert "Проект не изменяет этот акт." in window.outputs.redline.toPlainText()
    window.close()
