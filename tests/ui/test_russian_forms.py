"""Russian in the forms: dates as 12.12.1993, styles as jurisdictions, Qt's own dialogs, and
Alt+letter opening the menus with either keyboard layout."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, QEvent, QFileInfo, QLocale, Qt
from PySide6.QtGui import QAbstractFileIconProvider, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QStyleOptionViewItem,
)

from drafter.ui.dialogs import ActPropertiesDialog, DraftPropertiesDialog
from drafter.ui.round_form import date_edit
from tests.samples import ROUND_1, UNSENT

from .russian import install_english, install_russian


@pytest.fixture
def russian():
    install_russian()
    yield
    install_english()


def _copy(source, tmp_path):
    path = tmp_path / "draft.drafter"
    shutil.copy(source, path)
    return path


def test_act_dates_are_shown_and_entered_as_russian_writes_them(
    make_window, qtbot, russian, tmp_path, message_boxes
):
    window = make_window(_copy(UNSENT, tmp_path))
    act = replace(window.document.act("uk-rf"), date="1996-06-13", edition_date="")
    dialog = ActPropertiesDialog(act, window)
    assert dialog.date_edit.text() == "13.06.1996"
    assert dialog.edition_date_edit.placeholderText() == "12.12.1993"
    dialog.edition_date_edit.setText("4.8.2023")
    assert dialog.edited_act().edition_date == "2023-08-04"

    dialog.date_edit.setText("31.02.1996")  # no such day: refused, the dialog stays open
    dialog.accept()
    assert dialog.result() == 0
    assert message_boxes == [
        ("Свойства акта", "Дата: «31.02.1996» — не дата; укажите дату в виде 12.12.1993.")
    ]
    dialog.date_edit.setText("13.06.1996")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.edited_act().date == "1996-06-13"
    descriptions = [dialog.profile_combo.itemText(i) for i in range(dialog.profile_combo.count())]
    assert descriptions[0].startswith("Кодексы (УК, УПК, КоАП): статья → часть")
    assert [dialog.profile_combo.itemData(i) for i in range(4)] == ["ru-code", "ru-law", "uk", "us"]


def test_dates_stay_iso_in_english(make_window, qtbot, tmp_path, message_boxes):
    window = make_window(_copy(UNSENT, tmp_path))
    act = replace(window.document.act("uk-rf"), date="1996-06-13")
    dialog = ActPropertiesDialog(act, window)
    assert dialog.date_edit.text() == "1996-06-13"
    assert dialog.date_edit.placeholderText() == "1993-12-12"


def test_a_remark_s_date_is_written_the_russian_way(make_window, qtbot, russian, tmp_path):
    window = make_window(_copy(ROUND_1, tmp_path))
    remark = next(x for x in window.document.project.remarks() if x.date)
    assert window.select_unit(remark.act, remark.address.split("/")[0])
    day = remark.date[:10]
    russian_day = f"{day[8:10]}.{day[5:7]}.{day[:4]}"
    shown = window.editors.remarks.view.toPlainText()
    assert russian_day in shown and day not in shown


def _shown_items(combo) -> list[str]:
    texts = []
    for row in range(combo.count()):
        option = QStyleOptionViewItem()
        combo.itemDelegate().initStyleOption(option, combo.model().index(row, 0))
        texts.append(option.text)
    return texts


def test_styles_are_shown_as_jurisdictions(make_window, qtbot, russian, tmp_path):
    window = make_window(_copy(UNSENT, tmp_path))
    combo = window.menu_actions.style_combo
    assert _shown_items(combo) == ["Россия", "Соединённое Королевство", "США"]
    dialog = DraftPropertiesDialog(window.document.draft, window)
    assert _shown_items(dialog.style_combo) == ["Россия", "Соединённое Королевство", "США"]
    combo.setCurrentText("uk")  # the style itself is still the code
    assert window.document.draft.style == "uk"
    assert combo.sizeHint().width() > combo.fontMetrics().horizontalAdvance("Соединённое")


def test_qt_s_own_dialogs_speak_russian(make_window, qtbot, russian, tmp_path):
    window = make_window(_copy(UNSENT, tmp_path))
    dialog = QFileDialog(window, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Перейти к:"
    assert labels["fileTypeLabel"] == "&Типы файлов:"
    for label in dialog.findChildren(QLabel):  # Qt's catalogue has the rest of the dialog
        assert not re.search("[A-Za-z]{2,}", label.text()), label.text()
    # The Type column of the dialog (Qt 6's words), and its dates and calendars in Russian.
    provider = QAbstractFileIconProvider()
    assert provider.type(QFileInfo(str(tmp_path))) == "Папка"
    edit = date_edit(QDate(1993, 12, 12))
    assert edit.calendarWidget().locale().standaloneMonthName(12) == "декабрь"
    assert edit.text() == "12.12.1993"
    assert QLocale().toString(QDate(1993, 12, 12), QLocale.FormatType.ShortFormat) == "12.12.1993"
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Ok | buttons.Cancel)
    texts = [button.text() for button in box.buttons()]
    assert sorted(texts) == ["ОК", "Отмена"]


def _alt(window, key: str) -> str:
    """Press Alt+``key`` in the window; the title of the menu it opened ("" for none)."""
    bar = window.menuBar()
    bar.setActiveAction(None)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # as the keyboard sends it
        event = QKeyEvent(kind, ord(key.upper()), Qt.KeyboardModifier.AltModifier, key)
        QApplication.sendEvent(window.tree.filter_edit, event)
    active = bar.activeAction()
    title = active.text() if active is not None else ""
    for menu in window.findChildren(type(window.menu_actions.file_menu)):
        menu.close()
    bar.setActiveAction(None)
    return title


def test_alt_letter_opens_a_russian_menu_with_the_latin_layout(
    make_window, qtbot, russian, tmp_path
):
    window = make_window(_copy(UNSENT, tmp_path))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.filter_edit.setFocus()
    # ЙЦУКЕН: Ф is on the A key, П on G, В on D.
    assert _alt(window, "a") == "&Файл"
    assert _alt(window, "g") == "&Правка"
    assert _alt(window, "d") == "&Вид"
    assert window.tree.filter_edit.text() == ""  # the letters opened menus, none was typed
    assert _alt(window, "z") == ""  # Я: no menu


def test_alt_letter_opens_an_english_menu_with_the_cyrillic_layout(make_window, qtbot, tmp_path):
    window = make_window(_copy(UNSENT, tmp_path))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.filter_edit.setFocus()
    assert _alt(window, "а") == "&File"  # А is on the F key
    assert _alt(window, "у") == "&Edit"  # У on E
    assert _alt(window, "м") == "&View"  # М on V
    assert QApplication.instance() is not None
