"""Project use cases: save as, bookmarks after an export, an act imported twice refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core import model as m
from drafter.errors import ProjectError
from drafter.io.project import Project
from drafter.services import projects
from drafter.services.acts import read_act


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


UK_322 = (
    Path(__file__).resolve().parents[1]
    / "data/corpus/ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)


def _titled_copy(path: Path, title: str, *, change: str = "") -> Path:
    text = UK_322.read_text(encoding="utf-8")
    if change:
        text = text.replace("до двухсот тысяч рублей", change, 1)
    path.write_text(title + "\n\n" + text, encoding="utf-8")
    return path


def test_the_same_act_imported_again_is_refused_and_the_project_is_unchanged(tmp_path):
    project_path = tmp_path / "draft.drafter"
    first = _titled_copy(tmp_path / "УК РФ.txt", "Уголовный кодекс Российской Федерации")
    [report] = projects.import_acts(project_path, [first])
    assert report.source == "УК РФ.txt"
    before = project_path.read_bytes()
    again = _titled_copy(tmp_path / "УК РФ (копия).txt", "Уголовный кодекс Российской Федерации")
    with pytest.raises(ProjectError) as caught:
        projects.import_acts(project_path, [again])
    text = str(caught.value)
    assert "УК РФ (копия).txt" in text and report.slug in text and "not imported again" in text
    assert project_path.read_bytes() == before


def test_an_act_given_twice_in_one_import_creates_no_project(tmp_path):
    project_path = tmp_path / "new.drafter"
    act = _titled_copy(tmp_path / "УК РФ.txt", "Уголовный кодекс Российской Федерации")
    with pytest.raises(ProjectError):
        projects.import_acts(project_path, [act, act])
    assert not project_path.exists()


def test_another_edition_or_another_act_of_the_same_text_is_imported(tmp_path):
    project_path = tmp_path / "draft.drafter"
    title = "Уголовный кодекс Российской Федерации"
    projects.import_acts(project_path, [_titled_copy(tmp_path / "a.txt", title)])
    edition = _titled_copy(tmp_path / "b.txt", title, change="до трехсот тысяч рублей")
    other = _titled_copy(tmp_path / "c.txt", "Кодекс об административных правонарушениях")
    reports = projects.import_acts(project_path, [edition, other])
    assert [r.source for r in reports] == ["b.txt", "c.txt"]
    with Project.open(project_path, read_only=True) as project:
        assert len(project.acts()) == 3


def test_each_warning_of_a_real_export_is_placed_in_the_article_holding_its_line():
    """КонсультантПлюс's damaged КоАП export: whatever the parser warns about, the warning
    leads to the article whose text holds the line it counts."""
    source = (
        Path(__file__).resolve().parents[1]
        / "data/corpus/ru-koap-2017-consultant/koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"
    )
    loaded = read_act(source)
    lines = source.read_text(encoding="utf-8").splitlines()
    assert loaded.located and len(loaded.located) == len(loaded.result.warnings)
    placed = [w for w in loaded.located if w.address is not None]
    assert placed
    for warning in placed:
        top = loaded.act.find(warning.address.split("/")[0])
        # Most words of the line (a glued heading is split, so not its first characters).
        words = set(lines[warning.line - 1].split())
        assert top is not None
        held = set(
            " ".join(
                f"{u.number} {u.heading} {u.text} {u.closing} {' '.join(u.notes)}"
                for u in top.walk()
            ).split()
        )
        assert len(words & held) >= len(words) / 2, (warning.line, warning.address)
