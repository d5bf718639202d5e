"""Schema 3: a schema-2 project (the sample with its filed remarks) is upgraded after a backup with
its data unchanged, or in memory when opened read-only; a schema-1 file goes through 2 to 3."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from drafter.core import rounds as r
from drafter.io import project_schema
from drafter.io.project import Project

ROOT = Path(__file__).resolve().parents[2]
# The sample as it was at schema 2 (round 1, six remarks filed): kept for the migration tests.
SCHEMA_2 = ROOT / "tests" / "data" / "projects" / "demo-schema-2.drafter"
SCHEMA_1 = ROOT / "tests" / "data" / "projects" / "demo-schema-1.drafter"
NEW_COLUMNS = {"grounds", "grounds_kind", "severity", "grouped_into", "link"}


def _version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _columns(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(remarks)")]


def _tables(path: Path, columns: list[str] | None = None) -> dict[str, list[tuple]]:
    """Every table's rows; the remarks' only in ``columns`` (the schema-2 ones) when given."""
    with closing(sqlite3.connect(path)) as conn:
        names = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        out = {}
        for name in names:
            what = ", ".join(columns) if name == "remarks" and columns else "*"
            out[name] = sorted(conn.execute(f"SELECT {what} FROM {name}").fetchall(), key=repr)
        return out


@pytest.fixture
def v2(tmp_path: Path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(SCHEMA_2, path)
    assert _version(path) == 2
    # a link set by hand in schema 2 (the only way schema 2 had to set one)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE remarks SET repeats = 1 WHERE id = 2")
    return path


def test_a_schema_2_project_is_upgraded_after_a_backup_and_keeps_every_row(v2, tmp_path):
    old_columns = _columns(v2)
    before = _tables(v2)
    with Project.open(v2) as project:
        remarks = project.remarks()
        assert len(remarks) == 6
        assert all(x.grounds == x.grounds_kind == x.severity == "" for x in remarks)
        assert all(x.group is None for x in remarks)
        assert {x.id: x.link for x in remarks} == {1: "auto", 2: "hand", 3: "auto", 4: "auto",
                                                   5: "auto", 6: "auto"}  # fmt: skip
        assert r.repeated(remarks)[2] == 1  # the hand link still holds
    assert _version(v2) == project_schema.SCHEMA_VERSION == 3
    assert set(_columns(v2)) == set(old_columns) | NEW_COLUMNS
    after = _tables(v2, old_columns)
    assert {k: v for k, v in after.items() if k != "project"} == {
        k: v for k, v in before.items() if k != "project"
    }
    backup = tmp_path / "demo.v2.bak"
    assert _version(backup) == 2 and _tables(backup) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.drafter", "demo.v2.bak"]


def test_a_schema_2_project_opened_read_only_is_upgraded_in_memory_only(v2, tmp_path):
    digest = hashlib.sha256(v2.read_bytes()).hexdigest()
    with Project.open(v2, read_only=True) as project:
        assert [x.link for x in project.remarks()].count("hand") == 1
        assert project.round(1) is not None and project.round(1).closed == ""
    assert hashlib.sha256(v2.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.drafter"]


def test_a_schema_1_project_goes_through_2_to_3(tmp_path):
    path = tmp_path / "old.drafter"
    shutil.copyfile(SCHEMA_1, path)
    with Project.open(path) as project:
        assert project.remarks() == []
    assert _version(path) == 3
    assert NEW_COLUMNS <= set(_columns(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.drafter", "old.v1.bak"]


def test_the_new_columns_refuse_values_outside_their_lists(tmp_path):
    with Project.create(tmp_path / "new.drafter"):
        pass
    assert NEW_COLUMNS <= set(_columns(tmp_path / "new.drafter"))
    with closing(sqlite3.connect(tmp_path / "new.drafter")) as conn:
        conn.execute(
            "INSERT INTO rounds(number, created, sent_date, export_author, export_stamp, draft, "
            "manifest) VALUES (1, '', '', '', '', '{}', '{}')"
        )
        conn.execute("INSERT INTO agencies(short_name) VALUES ('МВД России')")
        for column, value in (("grounds_kind", "mood"), ("severity", "fatal"), ("link", "maybe")):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(
                    f"INSERT INTO remarks(round, agency_id, ordinal, kind, {column}) "
                    "VALUES (1, 1, 0, 'comment', ?)",
                    (value,),
                )
