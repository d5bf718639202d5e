"""Removing an act: its edits go with it, it comes back whole, and remarks on it keep it."""

from __future__ import annotations

import shutil

import pytest

from drafter.errors import ProjectError
from drafter.io.project import Project
from drafter.services.act_removal import remove_act, restore_act
from tests.samples import ROUND_1, UNSENT


def _copy(source, tmp_path):
    path = tmp_path / "draft.drafter"
    shutil.copy(source, path)
    return path


def test_an_act_goes_with_its_edits_and_comes_back_with_them(tmp_path):
    path = _copy(UNSENT, tmp_path)
    with Project.open(path) as project:
        before = project.draft().for_act("upk-rf").proposals
        units = [u.address for u in project.act("upk-rf").walk()]
        assert before  # the sample amends art. 150 of the УПК
        removed = remove_act(project, "upk-rf")
        assert project.act_slugs() == ["uk-rf"]
        assert "upk-rf" not in {a.slug for a in project.draft().acts}
        assert project.bookmarks("upk-rf") == {}
        assert project.draft().for_act("uk-rf").proposals  # the other act keeps its edits
    with Project.open(path) as project:  # the removal is in the file
        assert project.act_slugs() == ["uk-rf"]
        assert restore_act(project, removed) == "upk-rf"
    with Project.open(path) as project:
        assert project.act_slugs() == ["uk-rf", "upk-rf"]
        assert project.draft().for_act("upk-rf").proposals == before
        assert [u.address for u in project.act("upk-rf").walk()] == units


def test_an_act_remarks_refer_to_is_refused_with_a_sentence_and_kept(tmp_path):
    path = _copy(ROUND_1, tmp_path)
    with Project.open(path) as project:
        remarks = [x for x in project.remarks() if x.act == "uk-rf"]
        proposals = project.draft().for_act("uk-rf").proposals
        with pytest.raises(ProjectError) as refused:
            remove_act(project, "uk-rf")
        sentence = refused.value.render()
        assert sentence.startswith("Уголовный кодекс Российской Федерации cannot be removed")
        assert f"({len(remarks)})" in sentence
        assert project.act_slugs() == ["uk-rf", "upk-rf"]
        assert project.draft().for_act("uk-rf").proposals == proposals
        assert len(project.remarks()) >= len(remarks)
        marks = project.bookmarks("upk-rf")
        assert marks  # the round's redline of the УПК left its bookmarks
        removed = remove_act(project, "upk-rf")  # no remark is on the УПК: it may go
        assert project.act_slugs() == ["uk-rf"]
        assert project.bookmarks("upk-rf") == {}
        restore_act(project, removed)
        assert project.bookmarks("upk-rf") == marks


def test_an_unknown_act_is_named_in_the_refusal(tmp_path):
    path = _copy(UNSENT, tmp_path)
    with Project.open(path) as project, pytest.raises(ProjectError, match="no act koap"):
        remove_act(project, "koap")
