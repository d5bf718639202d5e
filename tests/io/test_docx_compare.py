"""Comparison tables: ru two columns, uk Keeling, us Ramseyer."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree
from test_docx_redline import check_golden, normalised_document, sample_acts

from drafter.errors import ExportError
from drafter.io.docx_compare import write_comparison
from drafter.io.docx_ns import W_NS
from drafter.io.docx_schema import child_order_problems

WHEN = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
NS = {"w": W_NS}
BILL = "О внесении изменений в Уголовный кодекс Российской Федерации"


def _doc(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def _text(el: etree._Element) -> str:
    return "".join(el.xpath(".//w:t/text()", namespaces=NS))


def _runs(el: etree._Element, prop: str) -> str:
    return " ".join(el.xpath(f".//w:r[w:rPr/w:{prop}]/w:t/text()", namespaces=NS))


@pytest.fixture
def ru_table(tmp_path):
    before, after = sample_acts()
    path = tmp_path / "comparison-uk-rf.docx"
    write_comparison(before, after, path, author="Минюст России", date=WHEN, draft_title=BILL)
    return path


def test_ru_table_title_columns_and_repeated_header(ru_table):
    root = _doc(ru_table)
    title = _text(root.xpath("//w:body/w:p", namespaces=NS)[0])
    assert title == f"Сравнительная таблица к проекту федерального закона «{BILL}»"
    rows = root.xpath("//w:tbl/w:tr", namespaces=NS)
    header = rows[0]
    assert [_text(tc) for tc in header.xpath("w:tc", namespaces=NS)] == [
        "Действующая редакция",
        "Предлагаемая редакция",
    ]
    assert header.find(f"{{{W_NS}}}trPr/{{{W_NS}}}tblHeader") is not None
    size = root.find(f".//{{{W_NS}}}sectPr/{{{W_NS}}}pgSz")
    assert size.get(f"{{{W_NS}}}orient") == "landscape"
    assert int(size.get(f"{{{W_NS}}}w")) > int(size.get(f"{{{W_NS}}}h"))


def test_ru_rows_strike_old_words_left_and_bold_new_words_right(ru_table):
    rows = _doc(ru_table).xpath("//w:tbl/w:tr", namespaces=NS)[1:]
    cells = [[_text(tc) for tc in r.xpath("w:tc", namespaces=NS)] for r in rows]
    # The changed sanction of article 322: «двухсот» struck on the left, «трехсот» bold right.
    sanction = next(r for r in rows if "двухсот" in _text(r))
    left, right = sanction.xpath("w:tc", namespaces=NS)
    assert "двухсот" in _runs(left, "strike")
    assert "трехсот" in _runs(right, "b")
    assert "трехсот" not in _text(left) and "двухсот" not in _text(right)
    # The added part and the added article have nothing on the left.
    added = [c for c in cells if c[1].startswith("3. Новая часть")]
    assert added and added[0][0] == "Отсутствует"
    new_article = [c for c in cells if c[1].startswith("Статья 322.3.")]
    assert new_article and new_article[0][0] == "Отсутствует"
    # The repealed article: its text struck through, the repeal wording on the right.
    repealed = next(r for r in rows if "Организация незаконной миграции" in _text(r))
    left, right = repealed.xpath("w:tc", namespaces=NS)
    assert _text(right) == "Статья 322.1. Утратила силу."
    assert "Организация незаконного въезда." in _runs(left, "strike")
    # Rows follow the act's order.
    order = [next((n for n in ("322.1", "322.3", "322") if n in c[0] + c[1]), "") for c in cells]
    assert order.index("322") < order.index("322.1") < order.index("322.3")


def test_ru_table_golden_and_schema_order(ru_table):
    check_golden("comparison-ru-document.xml", normalised_document(ru_table))
    with zipfile.ZipFile(ru_table) as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                assert child_order_problems(zf.read(name)) == [], name


@pytest.mark.parametrize(("style", "new_words"), [("uk", "b"), ("us", "i")])
def test_keeling_and_ramseyer_prints(tmp_path, style, new_words):
    before, after = sample_acts()
    path = tmp_path / f"comparison-{style}.docx"
    write_comparison(before, after, path, author="Clerk", date=WHEN, style=style)
    root = _doc(path)
    assert not root.xpath("//w:tbl", namespaces=NS)  # one column of text
    body = root.find(f"{{{W_NS}}}body")
    assert "трехсот" in _runs(body, new_words)
    assert "двухсот" in _runs(body, "strike")
    assert "трехсот" not in _runs(body, "strike")
    size = root.find(f".//{{{W_NS}}}sectPr/{{{W_NS}}}pgSz")
    assert size.get(f"{{{W_NS}}}orient") is None
    with zipfile.ZipFile(path) as zf:
        styles = zf.read("word/styles.xml").decode()
    assert ("en-US" if style == "us" else "en-GB") in styles


def test_same_input_same_bytes_and_no_changes_refused(tmp_path):
    before, after = sample_acts()
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    write_comparison(before, after, a, author="x", date=WHEN, draft_title=BILL)
    write_comparison(before, after, b, author="x", date=WHEN, draft_title=BILL)
    assert a.read_bytes() == b.read_bytes()
    with pytest.raises(ExportError, match="no changes"):
        write_comparison(before, before.copy(), tmp_path / "c.docx", author="x", date=WHEN)
    assert not (tmp_path / "c.docx").exists()


def test_a_changed_sum_is_struck_and_printed_whole(tmp_path):
    from drafter.core import model as m
    from drafter.core.address import assign_addresses

    def act(amount: str) -> m.Act:
        unit = m.Unit(
            m.SECTION,
            "3",
            "Authorization",
            children=[m.Unit(m.SUBSECTION, "a", text=f"There is authorized {amount} for 2025.")],
        )
        return assign_addresses(
            m.Act(slug="us-x", title="X Act", language="en", profile="us", units=[unit])
        )

    path = tmp_path / "ramseyer.docx"
    write_comparison(act("$500,000,000"), act("$750,000,000"), path, author="Clerk", date=WHEN)
    body = _doc(path).find(f"{{{W_NS}}}body")
    assert _runs(body, "strike") == "$500,000,000"
    assert _runs(body, "i") == "$750,000,000"
    assert "(a) There is authorized $500,000,000$750,000,000 for 2025." in [
        _text(p) for p in body.xpath("w:p", namespaces=NS)
    ]


def test_unchanged_points_of_a_changed_part_are_elided(tmp_path):
    from drafter.core import model as m
    from drafter.core.address import assign_addresses

    def act(last: str) -> m.Act:
        points = [
            m.Unit(m.POINT, "а", text="группой лиц по предварительному сговору;"),
            m.Unit(m.POINT, "б", text="в целях совершения преступления;"),
            m.Unit(m.POINT, "в", text=last),
        ]
        part = m.Unit(m.PART, "2", text="Те же деяния, совершенные:", children=points)
        article = m.Unit(m.ARTICLE, "322.1", "Организация незаконной миграции", children=[part])
        return assign_addresses(m.Act(slug="uk-rf", title="УК РФ", units=[article]))

    path = tmp_path / "table.docx"
    write_comparison(
        act("лицом с использованием служебного положения"),
        act("лицом с использованием своего служебного положения"),
        path,
        author="Минюст России",
        date=WHEN,
    )
    row = _doc(path).xpath("//w:tbl/w:tr", namespaces=NS)[-1]
    left, right = (
        [_text(p) for p in tc.xpath("w:p", namespaces=NS)]
        for tc in row.xpath("w:tc", namespaces=NS)
    )
    assert left == [
        "2. Те же деяния, совершенные:",
        "…",
        "в) лицом с использованием служебного положения",
    ]
    assert right[:2] == ["2. Те же деяния, совершенные:", "…"]
    assert right[2] == "в) лицом с использованием своего служебного положения"


EN = Path(__file__).parents[1] / "data" / "en"


def _english(style: str):
    from drafter.core.address import assign_addresses
    from drafter.services.acts import load_act

    act = assign_addresses(load_act(EN / f"{style}-example-act-2024.txt").act)
    return act, assign_addresses(act.copy())


def _fmt(p: etree._Element) -> list[tuple[str, set[str]]]:
    """(text, {b, i, strike}) of each run of a paragraph."""
    out = []
    for r in p.xpath("w:r", namespaces=NS):
        props = {etree.QName(x).localname for x in r.xpath("w:rPr/*", namespaces=NS)}
        out.append(("".join(r.xpath("w:t/text()", namespaces=NS)), props & {"b", "i", "strike"}))
    return out


def _left(p: etree._Element) -> int:
    ind = p.xpath("w:pPr/w:ind/@w:left", namespaces=NS)
    return int(ind[0]) if ind else 0


def test_keeling_headings_are_italic_so_bold_only_means_inserted_and_levels_are_indented(
    tmp_path,
):
    before, after = _english("uk")
    after.find("s:2").heading = "Grant and renewal of licences"
    para = after.find("s:2/ss:1/para:a/subpara:i")
    para.text = para.text.replace("safe", "safe and clean")
    path = tmp_path / "keeling.docx"
    write_comparison(before, after, path, author="Clerk", date=WHEN, style="uk")
    paras = {_text(p): p for p in _doc(path).xpath("//w:body/w:p", namespaces=NS)}
    head = _fmt(paras["2 Grant and renewal of licences"])
    assert all("i" in props for _, props in head)  # the whole heading in italics
    assert [t for t, props in head if "b" in props] == ["and renewal "]  # only the new words
    bold = _runs(_doc(path), "b").split()
    assert bold == ["and", "renewal", "and", "clean"]  # nothing else in the schedule is bold
    subsection = paras["(1) A licensing authority may grant a licence to a person who—"]
    paragraph = paras["(a) satisfies the authority that the hall—"]
    subparagraph = paras["(i) is safe and clean for use by the public, and"]
    heading = paras["2 Grant and renewal of licences"]
    assert _left(heading) < _left(subsection) < _left(paragraph) < _left(subparagraph)
    closing = paras["and the authority must give reasons for any refusal."]
    assert _left(closing) == _left(subsection)  # matter following the list: back at (1)


def test_ramseyer_strikes_a_repealed_paragraph_with_its_number_and_heading(tmp_path):
    before, after = _english("us")
    after.find("s:2/para:2").repealed = True
    path = tmp_path / "ramseyer.docx"
    write_comparison(before, after, path, author="Clerk", date=WHEN, style="us")
    body = _doc(path).find(f"{{{W_NS}}}body")
    old = "(2) SECRETARY.—The term “Secretary” means the Secretary of Agriculture."
    assert _runs(body, "strike") == old
    assert "SECRETARY" not in _runs(body, "i")  # nothing enacted in its place
    texts = [_text(p) for p in body.xpath("w:p", namespaces=NS)]
    assert old in texts
    assert not any("[Repealed]" in t and "SECRETARY" in t for t in texts)


def _identity(name: str):
    from drafter.core.rounds import FileIdentity

    return FileIdentity("project", 3, name, "comparison", "uk-rf", "2024-06-01T12:00:00Z")


def test_a_round_table_marks_each_cell_paragraph_with_its_unit_and_column(tmp_path):
    from drafter.io.docx_round import RoundMark

    before, after = sample_acts()
    plain, marked = tmp_path / "plain.docx", tmp_path / "round.docx"
    write_comparison(before, after, plain, author="Минюст России", date=WHEN, draft_title=BILL)
    mark = RoundMark(_identity(marked.name))
    write_comparison(
        before, after, marked, author="Минюст России", date=WHEN, draft_title=BILL, mark=mark
    )
    paragraphs = list(_doc(marked).iter(f"{{{W_NS}}}p"))
    assert len(mark.sent) == len(paragraphs)
    # the same document, only bookmarked: the text of every paragraph is unchanged
    assert [_text(p) for p in paragraphs] == [_text(p) for p in _doc(plain).iter(f"{{{W_NS}}}p")]
    rows = [p for p in mark.sent if p.place in ("current", "proposed")]
    assert rows and all(p.act == "uk-rf" and p.address.startswith("art:") for p in rows)
    assert {p.place for p in rows} == {"current", "proposed"}
    new = [p for p in rows if p.text.startswith("Статья 322.3")]
    assert [(p.address, p.role, p.place) for p in new] == [("art:322.3", "head", "proposed")]
    absent = [p for p in rows if p.role == "absent"]
    assert [(p.address, p.place, p.text) for p in absent] == [
        ("art:322/part:3", "current", "Отсутствует"),  # an added part: a row of its own
        ("art:322.3", "current", "Отсутствует"),
    ]
    added = [p for p in rows if p.text == "3. Новая часть о группе лиц."]
    assert [(p.address, p.role, p.place) for p in added] == [("art:322/part:3", "text", "proposed")]
    assert child_order_problems(_doc(marked)) == []
