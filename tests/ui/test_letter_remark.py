"""A remark from an agency's letter entered by hand on the selected unit, in the app: from the
remarks panel or the Rounds window, on the sample draft (round 1 sent to two agencies)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from drafter.io.project import Project
from drafter.ui.letter_remark_dialog import LetterRemarkDialog
from drafter.ui.tree_panel import row_key
from drafter.ui.unit_tree import REMARKS_ROLE
from tests.samples import ROUND_1 as SAMPLE  # the sample after round 1, before decisions

AGENCIES = ["Минюст России", "Генпрокуратура России"]
TEXT = "Предлагаем исключить слова о фиктивной постановке на учёт."
QUOTE = "фиктивная регистрация"
PROPOSED = "фиктивная регистрация гражданина Российской Федерации"


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(SAMPLE, path)
    return path


def _letters(path: Path) -> list:
    with Project.open(path, read_only=True) as project:
        return [x for x in project.remarks() if x.kind == "letter"]


def _open_dialog(qtbot, window, button) -> LetterRemarkDialog:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.reviews.letter_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _ok(qtbot, dialog: LetterRemarkDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_a_letter_remark_on_art_322_2_is_stored_shown_and_counted(qtbot, make_window, demo):
    window = make_window(demo)
    action = window.reviews.letter_action
    panel = window.editors.remarks
    assert panel.letter_button.defaultAction() is action
    window.select_unit("uk-rf", "art:322.2")
    model = window.tree.tree_model
    before = model.top_item("uk-rf", "art:322.2").data(REMARKS_ROLE) or 0
    letters_before = _letters(demo)
    assert panel.heading.text() == "Remarks of the agencies: none"
    dialog = _open_dialog(qtbot, window, panel.letter_button)
    assert [dialog.round_combo.itemText(i) for i in range(dialog.round_combo.count())] == [
        "Round 1"
    ]
    agencies = [dialog.agency_combo.itemText(i) for i in range(dialog.agency_combo.count())]
    assert agencies == AGENCIES
    assert dialog.unit_label.text() == "ст. 322.2"
    assert dialog.act_label.text() == "Уголовный кодекс Российской Федерации"
    dialog.agency_combo.setCurrentText("Генпрокуратура России")
    dialog.quote_edit.setText(QUOTE)
    dialog.text_edit.setPlainText(TEXT)
    dialog.proposed_edit.setPlainText(PROPOSED)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    # Shown at once beside the wordings, and counted on the unit's badge.
    assert panel.heading.text() == "Remarks of the agencies (1)"
    shown = panel.view.toPlainText()
    for words in ("Генпрокуратура России", "letter", "round 1", QUOTE, TEXT, PROPOSED):
        assert words in shown
    assert model.top_item("uk-rf", "art:322.2").data(REMARKS_ROLE) == before + 1
    assert window.statusBar().currentMessage() == "Remark added to ст. 322.2"
    # Stored in the project file: visible after reopening it.
    window.close()
    [remark] = [x for x in _letters(demo) if x not in letters_before]
    assert (remark.agency, remark.round, remark.act, remark.address) == (
        "Генпрокуратура России",
        1,
        "uk-rf",
        "art:322.2",
    )
    assert (remark.quote, remark.text, remark.proposed) == (QUOTE, TEXT, PROPOSED)
    again = make_window(demo)
    again.select_unit("uk-rf", "art:322.2")
    assert again.editors.remarks.heading.text() == "Remarks of the agencies (1)"
    assert TEXT in again.editors.remarks.view.toPlainText()
    assert again.tree.tree_model.top_item("uk-rf", "art:322.2").data(REMARKS_ROLE) == before + 1


def test_an_empty_remark_is_refused_with_a_sentence_and_nothing_is_stored(qtbot, make_window, demo):
    window = make_window(demo)
    window.select_unit("uk-rf", "art:322.2")
    counts = window.document.open_remark_counts()
    remarks_before = len(window.document.remarks("uk-rf", "art:322.2"))
    dialog = _open_dialog(qtbot, window, window.editors.remarks.letter_button)
    dialog.quote_edit.setText(QUOTE)
    dialog.text_edit.setPlainText("   \n ")
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # the drafter may write the text and try again
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "The remark has no text; write what the agency says."
    assert window.document.open_remark_counts() == counts
    assert len(window.document.remarks("uk-rf", "art:322.2")) == remarks_before
    dialog.reject()
    window.close()
    assert _letters(demo) == []


def test_from_the_rounds_window_on_a_part_cited_as_the_bill_cites_it(qtbot, make_window, demo):
    window = make_window(demo)
    window.select_unit("uk-rf", "art:322.1")
    tree = window.tree
    top = next(i for i in tree.rows() if row_key(i) == ("uk-rf", "art:322.1"))
    tree.unit_tree.expand(top)
    part = next(i for i in tree.rows(top) if row_key(i) == ("uk-rf", "art:322.1/part:2"))
    tree.unit_tree.scrollTo(part)
    rect = tree.unit_tree.visualRect(part)
    qtbot.mouseClick(tree.unit_tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window.menu_actions.rounds_action.trigger()
    rounds = window.reviews.rounds_dialog
    assert rounds.letter_button.defaultAction() is window.reviews.letter_action
    shown_before = len(window.editors.remarks.remarks)
    dialog = _open_dialog(qtbot, window, rounds.letter_button)
    assert dialog.unit_label.text() == "ст. 322.1 ч. 2"
    dialog.text_edit.setPlainText(TEXT)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(window.editors.remarks.remarks) == shown_before + 1
    [remark] = [x for x in window.editors.remarks.remarks if x.kind == "letter"]
    assert (remark.agency, remark.address, remark.proposed) == (
        "Минюст России",
        "art:322.1/part:2",
        None,
    )
    assert "ч. 2" in window.editors.remarks.view.toPlainText()


def test_without_a_round_the_action_is_disabled(window):
    window.select_unit("uk-rf", "art:322.2")
    assert window.current == ("uk-rf", "art:322.2")
    assert not window.reviews.letter_action.isEnabled()
    assert not window.editors.remarks.letter_button.isEnabled()
