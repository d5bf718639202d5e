"""drafter remove-act: the act and its edits leave the project; remarks on it keep it there."""

from __future__ import annotations

import shutil

from drafter.cli import main
from drafter.io.project import Project
from tests.samples import ROUND_1


def test_remove_act_removes_an_act_and_refuses_one_with_remarks(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    path = tmp_path / "draft.drafter"
    shutil.copy(ROUND_1, path)
    before = path.read_bytes()
    assert main(["remove-act", str(path), "uk-rf"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("drafter: Уголовный кодекс Российской Федерации")
    assert "замечания" in error or "remarks" in error  # Russian once the catalogue is merged
    assert path.read_bytes() == before  # refused: the file untouched

    assert main(["remove-act", str(path), "upk-rf"]) == 0
    out = capsys.readouterr().out
    assert "upk-rf" in out and "Уголовно-процессуальный кодекс" in out
    with Project.open(path) as project:
        assert project.act_slugs() == ["uk-rf"]
        assert "upk-rf" not in {a.slug for a in project.draft().acts}
        assert project.bookmarks("upk-rf") == {}
