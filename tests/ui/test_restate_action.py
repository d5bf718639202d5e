"""The «Restate» / «Amend by Patches» actions of one unit, built standalone on the sample draft."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from drafter.io.project import Project
from drafter.services.projects import open_project
from drafter.ui.document import DraftDocument
from drafter.ui.outputs import article_instructions
from drafter.ui.restate_action import RestateChoice

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "demo.drafter"
UNIT = "art:322.1/part:1"  # the sample replaces words in it
NAME = "часть 1 статьи 322.1"


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(SAMPLE, path)
    return path


HOLDERS: list[QWidget] = []  # the parents of the objects under test, alive for the test


def _choice(
    qtbot, path: Path, address: str = UNIT, *, read_only: bool = False
) -> tuple[RestateChoice, DraftDocument]:
    holder = QWidget()
    qtbot.addWidget(holder)
    HOLDERS.append(holder)
    document = DraftDocument(open_project(path, read_only=read_only), holder)
    choice = RestateChoice(document, "uk-rf", address, NAME, holder)
    return choice, document


def test_the_actions_name_the_unit_and_show_its_form(qtbot, demo):
    choice, document = _choice(qtbot, demo)
    assert NAME in choice.restate_action.text() and NAME in choice.patch_action.text()
    assert all(a.isCheckable() and a.isEnabled() for a in choice.actions())
    assert choice.patch_action.isChecked() and not choice.restate_action.isChecked()
    assert choice.auto_action.isChecked()
    assert choice.patch_action.toolTip() == "amended by patches"
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = choice.menu(parent)
    assert menu.actions() == choice.actions()
    document.close()


def test_restating_is_kept_in_the_project_and_the_instructions_follow(qtbot, demo):
    choice, document = _choice(qtbot, demo)
    before = article_instructions(document, "uk-rf", "art:322.1", "ru")
    assert "а) в части первой слова" in before
    assert "часть первую изложить" not in before
    with qtbot.waitSignal(choice.changed) as signal:
        choice.restate_action.trigger()
    assert signal.args == ["uk-rf", UNIT, "restate"]
    assert choice.restate_action.isChecked() and not choice.patch_action.isChecked()
    assert not choice.auto_action.isChecked()
    assert "часть первую изложить в следующей редакции" in article_instructions(
        document, "uk-rf", "art:322.1", "ru"
    )
    document.close()
    with Project.open(demo, read_only=True) as project:
        assert project.draft().forms == {f"uk-rf|{UNIT}": "restate"}

    again, document = _choice(qtbot, demo)  # reopened: the choice is still there
    assert again.restate_action.isChecked()
    with qtbot.waitSignal(again.changed) as signal:
        again.auto_action.trigger()
    assert signal.args == ["uk-rf", UNIT, "patch"]
    assert again.auto_action.isChecked() and again.patch_action.isChecked()
    document.close()
    with Project.open(demo, read_only=True) as project:
        assert project.draft().forms == {}


def test_an_unchanged_unit_offers_no_choice(qtbot, demo):
    choice, document = _choice(qtbot, demo, "art:322.1/part:2/pt:а")
    assert not any(a.isEnabled() for a in choice.actions())
    assert not choice.restate_action.isChecked() and not choice.patch_action.isChecked()
    document.close()


def test_a_read_only_draft_says_why_and_keeps_nothing(qtbot, demo):
    choice, document = _choice(qtbot, demo, read_only=True)
    assert document.read_only
    assert not choice.restate_action.isEnabled()
    with qtbot.waitSignal(choice.failed) as signal:
        choice.restate_action.setEnabled(True)
        choice.restate_action.trigger()
    assert "read-only" in signal.args[0]
    assert choice.patch_action.isChecked()
    document.close()
    with Project.open(demo, read_only=True) as project:
        assert project.draft().forms == {}


CODE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "corpus"
    / "ru-uk-rf-full"
    / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
)


@pytest.mark.parametrize("retyped", ["е.1", "е¹"])
def test_the_windows_redline_does_not_strike_a_retyped_label(qtbot, tmp_path, retyped):
    """Art. 105 of the real Code with point «е1» typed «{retyped}» and point «ж» amended: the
    window's redline strikes the words of «ж», nothing of the label."""
    from drafter.core.address import assign_addresses
    from drafter.core.draft import proposals_between
    from drafter.core.structure import parse_lines
    from drafter.ui.outputs import redline_html

    code = CODE.read_text(encoding="utf-8").split("\n")
    start = code.index(next(x for x in code if x.startswith("Статья 105. ")))
    end = code.index(next(x for x in code if x.startswith("Статья 106. ")))
    lines = code[start:end]
    before = assign_addresses(parse_lines(lines, slug="uk-rf").act)
    typed = [
        x.replace("е1) ", f"{retyped}) ", 1).replace("группой лиц, группой лиц", "группой лиц")
        for x in lines
    ]
    after = assign_addresses(parse_lines(typed, slug="uk-rf").act)
    path = tmp_path / "art105.drafter"
    with Project.create(path) as project:
        project.add_act(before)
        draft = project.draft()
        draft.for_act("uk-rf").proposals = proposals_between(before, after)
        project.save_draft(draft)
    holder = QWidget()
    qtbot.addWidget(holder)
    HOLDERS.append(holder)
    document = DraftDocument(open_project(path), holder)
    shown = redline_html(document, "uk-rf")
    struck = re.findall(r"line-through;'>([^<]*)<", shown)
    added = re.findall(r"underline;'>([^<]*)<", shown)
    assert struck == ["лиц, группой "]  # the change to point «ж», and nothing else
    assert added == []
    assert "е1) по мотиву кровной мести" in shown
    document.close()
