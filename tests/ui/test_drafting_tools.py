"""Issue 12's tools in the window, on the sample before round 1: the references dock naming article
150 of the Code of Criminal Procedure, the «Form of the Amendment» of the shown article, and the
bill's package dialog from the File menu."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from drafter.ui.package_dialog import PackageDialog
from drafter.ui.unit_tree import REFERENCE_ROLE
from tests.samples import UNSENT


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(UNSENT, path)
    return path


def test_the_references_dock_names_article_150_and_goes_there(qtbot, make_window, demo):
    window = make_window(demo)
    tools = window.tools
    qtbot.waitUntil(lambda: bool(tools.references.items), timeout=5000)
    assert not tools.dock.isVisible()  # only "to check" references: the View menu shows them
    assert tools.dock.toggleViewAction() in window.menu_actions.view_menu.actions()
    rows = [tools.references.view.topLevelItem(i) for i in range(len(tools.references.items))]
    texts = [" ".join(x.text(c) for c in range(x.columnCount())) for x in rows]
    cited = [t for t in texts if "322.1" in t and "150" in t]
    assert cited, texts
    item = window.tree.tree_model.top_item("upk-rf", "art:150")
    assert item.data(REFERENCE_ROLE) == "check"  # the tree marks the citing article
    assert "Cites a unit the draft changes: check" in item.toolTip()
    assert window.tree.tree_model.top_item("uk-rf", "art:322.3").data(REFERENCE_ROLE) is None
    tools.references.unit_activated.emit("upk-rf", "art:150/part:3/pt:1")
    assert window.current == ("upk-rf", "art:150")


def test_a_reference_that_must_be_amended_shows_the_dock(qtbot, make_window, demo):
    window = make_window(demo)
    assert window.select_unit("uk-rf", "art:322.2")
    window.menu_actions.repeal_action.trigger()  # art. 150 of the УПК cites 322.2
    qtbot.waitUntil(window.tools.dock.isVisible, timeout=5000)
    verdicts = {x["verdict"] for x in window.tools.references.items}
    assert "amend" in verdicts
    item = window.tree.tree_model.top_item("upk-rf", "art:150")
    assert item.data(REFERENCE_ROLE) == "amend" and "must be amended" in item.toolTip()


def test_the_form_of_the_amendment_of_the_shown_article_is_switched_and_kept(
    qtbot, make_window, demo
):
    window = make_window(demo)
    assert window.select_unit("uk-rf", "art:322.1")
    qtbot.waitUntil(lambda: window.tools.choice is not None, timeout=2000)
    menu = window.tools.form_menu
    assert menu.isEnabled()
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Restate ст. 322.1" and texts[1] == "Amend ст. 322.1 by Patches"
    restate = menu.actions()[0]
    assert not restate.isChecked()  # the rules patch it
    restate.trigger()
    assert restate.isChecked()
    window.close()
    again = make_window(demo)
    assert again.select_unit("uk-rf", "art:322.1")
    qtbot.waitUntil(lambda: again.tools.choice is not None, timeout=2000)
    assert again.tools.form_menu.actions()[0].isChecked()  # kept in the project


def test_the_package_dialog_opens_from_the_file_menu(qtbot, make_window, demo, monkeypatch):
    shown: list[str] = []

    def fake_exec(dialog):
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PackageDialog, "exec", fake_exec)
    window = make_window(demo)
    action = window.tools.package_action
    assert action in window.menu_actions.file_menu.actions() and action.isEnabled()
    action.trigger()
    assert len(shown) == 1
