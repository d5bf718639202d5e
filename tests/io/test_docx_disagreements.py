"""The documents from the remarks as Word and LibreOffice read them."""

from __future__ import annotations

import zipfile

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.io.docx_disagreements import Document, RemarkRow, SheetRow, write_disagreements
from drafter.io.docx_schema import child_order_problems

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# The reasoning as a drafter types it: any printable text, several paragraphs.
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
reasoning = st.lists(text, min_size=1, max_size=3).map("\n".join)


def remark(n: int, address: str, reason: str = "") -> RemarkRow:
    return RemarkRow(
        f"часть {n}",
        "«…»",
        "МВД России",
        "",
        f"Замечание {n}",
        "",
        "rejected",
        reason,
        "uk-rf",
        address,
    )


@settings(max_examples=25, deadline=None)
@given(reasons=st.lists(reasoning, min_size=1, max_size=6))
def test_the_reasoning_is_printed_as_entered(tmp_path_factory, reasons):
    out = tmp_path_factory.mktemp("d") / "t.docx"
    rows = [remark(i, f"art:{i}", r) for i, r in enumerate(reasons)]
    write_disagreements(out, Document("table", "ru", 1, "Проект", rows), author="a")
    table = docx.Document(str(out)).tables[0]
    assert len(table.rows) == len(rows) + 1
    printed = [row.cells[6].text for row in table.rows[1:]]
    assert printed == reasons


def test_remarks_on_one_unit_share_a_merged_provision_cell(tmp_path):
    out = tmp_path / "t.docx"
    rows = [remark(1, "art:1"), remark(1, "art:1"), remark(2, "art:2")]
    write_disagreements(out, Document("table", "en", 2, "", rows), author="a")
    trs = docx.Document(str(out)).tables[0]._tbl.findall(f"{W}tr")
    merges = [tr.findall(f"{W}tc")[1].find(f"{W}tcPr/{W}vMerge") for tr in trs[1:]]
    assert merges[0].get(f"{W}val") == "restart"
    assert merges[1] is not None and merges[1].get(f"{W}val") is None
    assert merges[2].get(f"{W}val") == "restart"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_opens_every_document(office, tmp_path):
    docs = [
        Document("table", "ru", 1, "Проект", [remark(1, "art:1", "Не учтено, так как …")]),
        Document("summary", "en", 1, "Bill", [remark(2, "art:2", "Accepted.")]),
        Document(
            "sheet",
            "ru",
            1,
            "",
            [],
            [SheetRow("МВД России", "2026-12-01", "", "agreed", "1/2", "2026-12-03")],
        ),
    ]
    paths = []
    for i, d in enumerate(docs):
        paths.append(tmp_path / f"{i}.docx")
        write_disagreements(paths[-1], d, author="a")
    answers = office.call("inspect", *paths)
    assert len(answers) == 3
    texts = ["\n".join(a["text_raw"]) for a in answers]
    assert "Не учтено, так как …" in texts[0] and "Accepted." in texts[1]
    assert "МВД России" in texts[2]


@pytest.mark.parametrize("kind", ["table", "summary", "sheet"])
def test_the_xml_follows_the_schema_order(tmp_path, kind):
    out = tmp_path / f"{kind}.docx"
    sheet = [SheetRow("МВД России", "2026-12-01", "2026-12-10", "pending", "", "")]
    rows = [remark(1, "art:1", "Причина"), remark(1, "art:1")]
    write_disagreements(out, Document(kind, "ru", 1, "Проект", rows, sheet), author="a")
    with zipfile.ZipFile(out) as package:
        assert child_order_problems(package.read("word/document.xml")) == []
        custom = package.read("docProps/custom.xml").decode()
    assert "disagreements" in custom
