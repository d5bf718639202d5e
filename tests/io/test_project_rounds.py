"""The project file's approval rounds: schema 3 migrated from a real schema-1 file, a newer file
refused, agencies, rounds with their files and paragraphs as sent, answers, returned files and
remarks stored and read back."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from drafter.core import rounds as r
from drafter.errors import NewerVersionError, ProjectError
from drafter.io import lockfile, project_schema
from drafter.io.project import Project

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "tests" / "data" / "projects" / "demo-schema-1.drafter"  # kept at schema 1
V1_TABLES = ("project", "settings", "acts", "units", "proposals", "undo_log", "bookmarks")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _rows(path: Path, tables: tuple[str, ...]) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def v1_demo(tmp_path: Path) -> Path:
    """A copy of the sample draft as it was committed at schema 1 (a real file of schema 1)."""
    path = tmp_path / "demo.drafter"
    shutil.copyfile(DEMO, path)
    assert _version(path) == 1
    return path


def test_a_schema_1_file_is_migrated_after_a_backup_and_keeps_its_data(v1_demo, tmp_path):
    before = _rows(v1_demo, V1_TABLES)
    original = _dump(v1_demo)
    with Project.open(v1_demo) as project:
        assert project.rounds() == []
        assert project.agencies() == []
        ident = project.project_id()
        assert len(ident) == 36 and ident.count("-") == 4
        assert [a.slug for a in project.acts()] == ["uk-rf", "upk-rf"]
    assert _version(v1_demo) == project_schema.SCHEMA_VERSION == 3
    backup = tmp_path / "demo.v1.bak"
    assert _dump(backup) == original and _version(backup) == 1
    after = _rows(v1_demo, V1_TABLES)
    modified = [row for row in after["project"] if row[0] in ("modified", "uuid")]
    assert {k: v for k, v in after.items() if k != "project"} == {
        k: v for k, v in before.items() if k != "project"
    }
    assert [x for x in after["project"] if x not in modified] == [
        x for x in before["project"] if x[0] != "modified"
    ]
    conn = sqlite3.connect(v1_demo)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert project_schema.V2_TABLES <= tables
    with Project.open(v1_demo) as project:  # migrated once: the identity stays
        assert project.project_id() == ident
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.drafter", "demo.v1.bak"]


def test_a_schema_1_file_opened_read_only_is_upgraded_in_memory_only(v1_demo, tmp_path):
    original = _digest(v1_demo)
    with Project.open(v1_demo, read_only=True) as project:
        assert project.rounds() == [] and project.last_round() == 0
    assert _digest(v1_demo) == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.drafter"]


def test_a_schema_3_file_in_an_older_drafter_gives_the_newer_drafter_sentence(v1_demo, monkeypatch):
    Project.open(v1_demo).close()  # now schema 3
    digest = _digest(v1_demo)
    monkeypatch.setattr(project_schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr("drafter.io.project.SCHEMA_VERSION", 2)
    for read_only in (False, True):
        with pytest.raises(NewerVersionError) as info:
            Project.open(v1_demo, read_only=read_only)
        assert str(info.value) == (
            "demo.drafter was saved by a newer Drafter (schema 3; this version reads up to 2) "
            "— update Drafter to open it."
        )
    assert _digest(v1_demo) == digest
    assert not lockfile.lock_path(v1_demo).exists()


def test_a_new_project_has_every_table_and_its_own_identity(tmp_path):
    with Project.create(tmp_path / "a.drafter") as a, Project.create(tmp_path / "b.drafter") as b:
        assert a.project_id() and a.project_id() != b.project_id()
        a.save_as(tmp_path / "c.drafter")
        assert a.project_id() != b.project_id()  # Save As keeps the copy's identity
    assert _version(tmp_path / "c.drafter") == 3


def _paragraphs(n: int) -> list[r.SentParagraph]:
    out = [
        r.SentParagraph(
            i,
            f"_drf{i + 1}",
            "uk-rf",
            f"art:322/part:{i + 1}",
            "text",
            r.PLACE_BODY,
            f"Часть {i + 1} «как направлена»",
        )
        for i in range(n)
    ]
    out[1] = r.SentParagraph(
        1, "_drf2", "uk-rf", "art:322.4", "head", r.PLACE_BODY, "Статья 322.4. Новая",
        ((1, "Статья 322.4. Новая"),), "ins",
    )  # fmt: skip
    return out


def _round(project: Project, number: int, agencies: list[str]) -> r.Round:
    ids = []
    for name in agencies:
        found = project.find_agency(name) or project.add_agency(r.Agency(name))
        ids.append(found.id)
    files = [
        r.RoundFile("bill.docx", "bill", "", "ab" * 32, b"PK-bill"),
        r.RoundFile("consolidated-uk-rf.docx", "consolidated", "uk-rf", "cd" * 32, b"PK\x00\xff"),
    ]
    sent = r.Round(number, "2026-12-07", author="Минюст", stamp="2026-12-07T00:00:00Z")
    sent.files = files
    project.add_round(
        sent,
        draft={"title": "Проект", "acts": []},
        manifest='{"round": 1}\n',
        recipients=[(i, "2026-12-25") for i in ids],
        paragraphs={"bill.docx": [], "consolidated-uk-rf.docx": _paragraphs(5)},
    )
    return sent


def test_a_round_keeps_its_files_bytes_paragraphs_and_recipients(tmp_path):
    path = tmp_path / "r.drafter"
    with Project.create(path) as project:
        _round(project, 1, ["МВД России", "Минфин России"])
    with Project.open(path) as project:
        (found,) = project.rounds()
        assert (found.number, found.date, found.stamp) == (1, "2026-12-07", "2026-12-07T00:00:00Z")
        assert [x.agency for x in found.recipients] == ["МВД России", "Минфин России"]
        assert {(x.status, x.deadline, x.letter) for x in found.recipients} == {
            ("pending", "2026-12-25", "")
        }
        assert [f.name for f in found.files] == ["bill.docx", "consolidated-uk-rf.docx"]
        manifest, files = project.round_bytes(1)
        assert manifest == '{"round": 1}\n'
        assert [f.content for f in files] == [b"PK-bill", b"PK\x00\xff"]
        sent = project.sent_paragraphs(1)
        assert list(sent) == ["bill.docx", "consolidated-uk-rf.docx"]
        assert sent["consolidated-uk-rf.docx"] == _paragraphs(5)
        assert sent["consolidated-uk-rf.docx"][1].current_text == ""
        assert project.sent_paragraphs(1, "bill.docx") == {"bill.docx": []}
        assert project.sent_paragraphs(9) == {}
        assert project.round_draft(1) == {"title": "Проект", "acts": []}
        assert project.round(2) is None and project.round_bytes(2) is None


def test_a_round_number_is_stored_once(tmp_path):
    with Project.create(tmp_path / "r.drafter") as project:
        _round(project, 1, ["МВД России"])
        with pytest.raises(ProjectError, match="could not be saved"):
            _round(project, 1, ["МВД России"])
        assert [x.number for x in project.rounds()] == [1]


def test_agencies_are_found_by_any_of_their_names(tmp_path):
    with Project.create(tmp_path / "a.drafter") as project:
        mvd = project.add_agency(
            r.Agency(
                "МВД России",
                "Министерство внутренних дел Российской Федерации",
                {"genitive": "МВД России", "dative": "МВД России"},
                ["Петров П.П."],
            )
        )
        assert project.find_agency("  мвд   россии ") == mvd
        assert project.find_agency("министерство внутренних дел российской федерации") == mvd
        assert project.find_agency("петров п.п.") == mvd
        assert project.find_agency("Минфин России") is None
        mvd.aliases.append("Author")
        project.update_agency(mvd)
        assert project.agencies()[0].aliases == ["Петров П.П.", "Author"]
        with pytest.raises(ProjectError):
            project.add_agency(r.Agency("МВД России"))


def test_an_answer_is_recorded_for_its_round_and_agency(tmp_path):
    with Project.create(tmp_path / "a.drafter") as project:
        _round(project, 1, ["МВД России", "Минфин России"])
        _round(project, 2, ["МВД России"])
        mvd = project.find_agency("МВД России")
        project.set_answer(1, mvd.id, "objections", "1/2345", "2026-12-12")
        first, second = project.rounds()
        assert (first.recipients[0].status, first.recipients[0].letter) == ("objections", "1/2345")
        assert first.recipients[0].answer_date == "2026-12-12"
        assert first.recipients[1].status == second.recipients[0].status == "pending"
        with pytest.raises(ProjectError):
            project.set_answer(1, mvd.id, "maybe")  # not an answer: the CHECK refuses it
        assert project.rounds()[0].recipients[0].status == "objections"


def test_returned_files_and_remarks_are_kept_as_filed(tmp_path):
    path = tmp_path / "a.drafter"
    content = b"PK\x03\x04returned"
    sha = hashlib.sha256(content).hexdigest()
    with Project.create(path) as project:
        _round(project, 1, ["МВД России"])
        mvd = project.find_agency("МВД России")
        with project.transaction():
            file_id = project.add_returned_file(
                1, mvd.id, "ответ МВД.docx", sha, content, "consolidated-uk-rf.docx"
            )
            comment = r.Remark(
                1,
                "МВД России",
                "comment",
                act="uk-rf",
                address="art:322/part:1",
                role="text",
                quote="до двухсот тысяч",
                text="Противоречит статье 18.8 КоАП РФ.",
                author="Петров П.П.",
                date="2026-12-10T09:00:00Z",
                source={"file": "ответ МВД.docx", "paragraph": 28, "comment": 3},
                placement="bookmark",
                returned_file=file_id,
            )
            parent = project.add_remark(comment, mvd.id)
            reply = r.Remark(
                1, "МВД России", "comment", act="uk-rf", address="art:322/part:1",
                text="Согласен.", author="Иванов", placement="bookmark", parent=parent,
                resolved=True, returned_file=file_id,
            )  # fmt: skip
            project.add_remark(reply, mvd.id)
            letter = r.Remark(
                1, "МВД России", "letter", act="uk-rf", address="art:322.4",
                text="Исключить статью 322.4.", proposed=None,
            )  # fmt: skip
            project.add_remark(letter, mvd.id)
    with Project.open(path) as project:
        assert project.returned_file_id(sha) == file_id
        assert project.returned_file_bytes(file_id) == content
        stored = project.remarks(1)
        assert stored == [comment, reply, letter]
        assert stored[1].parent == stored[0].id and stored[1].resolved
        assert stored[2].placement == "manual" and stored[2].returned_file is None
        assert project.remarks(2) == []
        with pytest.raises(ProjectError):  # the same bytes are filed once
            project.add_returned_file(1, mvd.id, "again.docx", sha, content)
