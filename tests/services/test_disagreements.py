"""drafter disagreements: the table, the summary and the sheet of the demo's round 1."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import docx
import pytest

from drafter.cli import main
from drafter.io.project import Project
from drafter.services.disagreements import write_document
from tests.samples import ROUND_1 as DEMO

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# (remark id, status, reasoning, settled) set as the drafter would decide them.
DECISIONS = [
    (1, "accepted", "Пояснительная записка дополнена.", 0),
    (2, "rejected", "Норма КоАП РФ регулирует иные отношения.", 0),
    (3, "partly", "Учтено в части тяжких преступлений.", 0),
    (4, "rejected", "Разногласия урегулированы на совещании.", 1),
    (5, "withdrawn", "", 0),
    (6, "partly", "Квалифицирующий признак сохранён.", 0),
]


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copy(DEMO, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        for rid, status, reason, settled in DECISIONS:
            conn.execute(
                "UPDATE remarks SET status = ?, resolution = ?, settled = ? WHERE id = ?",
                (status, reason, settled, rid),
            )
    return path


def rows_of(path: Path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[0]
    return [[c.text for c in row.cells] for row in table.rows]


def test_the_table_lists_the_unsettled_rejected_and_partly_accepted_remarks(demo, tmp_path):
    out = tmp_path / "table.docx"
    write_document(demo, out, kind="table")
    rows = rows_of(out)
    assert rows[0][0] == "№ п/п" and rows[0][5] == "Позиция разработчика"
    body = rows[1:]
    assert [r[0] for r in body] == ["1", "2", "3"]
    assert [r[6] for r in body] == [DECISIONS[1][2], DECISIONS[2][2], DECISIONS[5][2]]
    assert [r[5] for r in body] == ["Не учтено", "Учтено частично", "Учтено частично"]
    assert body[0][1].startswith("часть первая статьи 322.1 Уголовного кодекса")
    assert body[0][1].endswith("(подпункт «а» пункта 2 статьи 1 проекта)")
    assert body[1][1].startswith("пункт «б» части второй статьи 322.1")
    assert body[1][1].endswith("(подпункт «б» пункта 2 статьи 1 проекта)")
    assert "Минюст России, письмо от 26.11.2026 № 08-156734/26" in body[0][3]
    assert "совершения тяжкого или особо тяжкого преступления" in body[1][3]
    assert all(r[2] for r in body), "the draft's wording is printed"
    document = docx.Document(str(out))
    header = document.tables[0].rows[0]._tr
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    section = document.sections[0]
    assert section.orientation == 1 and section.page_width > section.page_height
    assert document.core_properties.title == "ТАБЛИЦА РАЗНОГЛАСИЙ"


def test_the_summary_lists_every_remark_with_its_resolution(demo, tmp_path):
    out = tmp_path / "summary.docx"
    doc = write_document(demo, out, kind="summary", lang="en")
    rows = rows_of(out)
    assert rows[0] == ["No.", "Provision", "Department", "Comment", "Response", "Reasons"]
    assert len(rows) - 1 == len(doc.remarks) == 6
    by_reason = {r[5]: r[4] for r in rows[1:]}
    assert by_reason[DECISIONS[0][2]] == "Accepted"
    assert by_reason[DECISIONS[3][2]] == "Not accepted"
    assert sorted(r[2] for r in rows[1:]).count("Генпрокуратура России") == 3
    assert rows[1][1] == (
        "note 1 of article 322 of Уголовный кодекс Российской Федерации "
        "(item 1 of article 1 of the draft)"
    )


def test_the_sheet_lists_the_agencies_and_their_answers(demo, tmp_path):
    out = tmp_path / "sheet.docx"
    write_document(demo, out, kind="sheet")
    rows = rows_of(out)
    with Project.open(demo, read_only=True) as project:
        recipients = project.round(1).recipients
    assert [r[0] for r in rows[1:]] == [x.agency for x in recipients]
    assert rows[1][3] == "26.11.2026, № 08-156734/26"
    assert [r[4] for r in rows[1:]] == ["Согласовано с замечаниями", "Не согласовано"]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Направлено: 2; ответили: 2" in text


def test_every_paragraph_is_bookmarked(demo, tmp_path):
    out = tmp_path / "table.docx"
    write_document(demo, out, kind="table")
    body = docx.Document(str(out)).element.body
    printed = [p for p in body.iter(f"{W}p") if "".join(p.itertext()).strip()]
    assert printed and all(p.find(f"{W}bookmarkStart") is not None for p in printed)


def test_the_command_writes_the_file_and_refuses_an_unknown_round(demo, tmp_path, capsys):
    out = tmp_path / "out.docx"
    assert main(["disagreements", str(demo), "-o", str(out), "--kind", "summary"]) == 0
    assert "6" in capsys.readouterr().out and out.exists()
    bad = tmp_path / "bad.docx"
    assert main(["disagreements", str(demo), "-o", str(bad), "--round", "4"]) == 1
    assert "has no round 4" in capsys.readouterr().err and not bad.exists()
