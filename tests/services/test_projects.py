"""Project use cases: save as (with the edits of a read-only draft), bookmarks after an export."""

from __future__ import annotations

from drafter.core import model as m
from drafter.io.project import Project
from drafter.services import projects


def _project_with_an_act(path) -> None:
    act = m.Act(slug="act", title="Закон", units=[m.Unit(m.ARTICLE, "1", text="Текст.")])
    with Project.create(path) as project:
        project.add_act(act)


def test_save_as_writes_the_draft_given_into_the_copy(tmp_path):
    path = tmp_path / "a.drafter"
    _project_with_an_act(path)
    with Project.open(path, read_only=True) as project:
        draft = project.draft()
        draft.title = "Новое название"
        unit = m.Unit(m.ARTICLE, "1", text="Другой текст.", address="art:1")
        draft.for_act("act").proposals = {"art:1": m.Proposal("art:1", m.CHANGED, unit)}
        copy = tmp_path / "b.drafter"
        projects.save_project_as(project, copy, draft)
        assert project.path == copy and not project.read_only
    with Project.open(copy, read_only=True) as saved:
        assert saved.draft().title == "Новое название"
        assert list(saved.draft().for_act("act").proposals) == ["art:1"]
    with Project.open(path, read_only=True) as original:
        assert original.draft().title == ""


def test_bookmarks_are_stored_in_one_go_and_never_in_a_read_only_project(tmp_path):
    path = tmp_path / "a.drafter"
    _project_with_an_act(path)
    with Project.open(path, read_only=True) as project:
        projects.store_bookmarks(project, {"act": {"_drf1": "art:1"}})
    with Project.open(path) as project:
        assert project.bookmarks("act") == {}
        projects.store_bookmarks(project, {"act": {"_drf1": "art:1"}})
        assert project.bookmarks("act") == {"_drf1": "art:1"}


def test_a_project_name_gets_the_suffix_once(tmp_path):
    assert projects.with_project_suffix(tmp_path / "x") == tmp_path / "x.drafter"
    assert projects.with_project_suffix(tmp_path / "x.drafter") == tmp_path / "x.drafter"
