"""The table of disagreements and the summary from remarks as edited: grounds printed in their
column, items grouped into a remark printed as one row and counted once — read back from the
.docx with python-docx."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from drafter.io.project import Project
from drafter.services import remarks as svc
from drafter.services.disagreements import write_document
from drafter.services.rounds import letter_remark, rounds_json

# The sample draft as sent in round 1 with its six remarks filed, none decided yet (kept at
# schema 2, so each test also goes through the migration to the current schema).
ROUND_1 = (
    Path(__file__).resolve().parents[2] / "tests" / "data" / "projects" / "demo-schema-2.drafter"
)

GROUNDS = "Статья 18.8 КоАП РФ устанавливает ответственность за то же деяние."


@pytest.fixture
def decided(tmp_path: Path) -> tuple[Path, int]:
    """The sample with a letter item grouped into remark 2, remarks 2 and 4 rejected with their
    grounds entered, and remark 6 partly accepted."""
    path = tmp_path / "demo.drafter"
    shutil.copyfile(ROUND_1, path)
    with Project.open(path) as project:
        extra = letter_remark(
            project, "Минюст России", 1, act="uk-rf", address="art:322.1/part:1",
            text="Письмом: противоречие сохраняется.",
        )  # fmt: skip
        svc.group_remarks(project, [2, extra.id])
        svc.edit_remark(project, 2, grounds=GROUNDS, grounds_kind="conflict")
        svc.edit_remark(project, 4, grounds="Не представлены статистические данные.")
        svc.resolve(project, 2, "rejected", "Норма КоАП РФ регулирует иные отношения.")
        svc.resolve(project, 4, "rejected", "Повышение обосновано.")
        svc.resolve(project, 6, "partly", "Квалифицирующий признак сохранён.")
    return path, extra.id


def _rows(path: Path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[0]
    return [[c.text for c in row.cells] for row in table.rows][1:]


def test_the_table_prints_the_grounds_and_a_group_as_one_row(decided, tmp_path):
    path, _extra = decided
    out = tmp_path / "table.docx"
    doc = write_document(path, out, kind="table")
    rows = _rows(out)
    assert len(rows) == len(doc.remarks) == 3  # remarks 2 (with its item), 4 and 6
    by_reason = {row[6]: row for row in rows}
    grouped = by_reason["Норма КоАП РФ регулирует иные отношения."]
    assert grouped[4] == GROUNDS
    assert "Противоречит статье 18.8 КоАП РФ" in grouped[3]
    assert "Письмом: противоречие сохраняется." in grouped[3]
    assert by_reason["Повышение обосновано."][4] == "Не представлены статистические данные."
    assert by_reason["Квалифицирующий признак сохранён."][4] == ""


def test_the_summary_and_the_counts_take_a_group_once(decided, tmp_path):
    path, extra = decided
    out = tmp_path / "summary.docx"
    write_document(path, out, kind="summary")
    rows = _rows(out)
    assert len(rows) == 6  # the six remarks of round 1; the letter item is part of remark 2
    assert sum("Письмом: противоречие сохраняется." in row[3] for row in rows) == 1
    with Project.open(path, read_only=True) as project:
        assert rounds_json(project)[0]["remarks"] == {"total": 6, "open": 3}
    with Project.open(path) as project:
        svc.ungroup(project, extra)
    write_document(path, out, kind="summary")
    assert len(_rows(out)) == 7
