"""The bill .docx: literal numbering, the style's head and type, golden document.xml."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from lxml import etree
from test_docx_redline import check_golden, normalised_document

from drafter.core import styles
from drafter.core.styles.base import RenderedBill
from drafter.errors import ExportError
from drafter.io.docx_bill import write_bill
from drafter.io.docx_ns import W_NS
from drafter.io.docx_schema import child_order_problems

WHEN = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
NS = {"w": W_NS}


RU_BILL = RenderedBill(
    title="О внесении изменений в Уголовный кодекс Российской Федерации",
    preamble=["ФЕДЕРАЛЬНЫЙ ЗАКОН"],
    articles=[
        (
            "Статья 1",
            [
                "Внести в Уголовный кодекс Российской Федерации (Собрание законодательства "
                "Российской Федерации, 1996, № 25, ст. 2954) следующие изменения:",
                '1) в части 1 статьи 322 слово "двухсот" заменить словом "трехсот";',
                "2) статью 322.1 признать утратившей силу;",
                "3) дополнить статьей 322.3 следующего содержания:",
                '"Статья 322.3. Фиктивная постановка на учет\n1. Текст - новой статьи.".',
            ],
        ),
        (
            "Статья 2",
            ["Настоящий Федеральный закон вступает в силу со дня его официального опубликования."],
        ),
    ],
)


def _doc(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def _paragraphs(root: etree._Element) -> list[str]:
    return ["".join(p.xpath(".//w:t/text()", namespaces=NS)) for p in root.iter(f"{{{W_NS}}}p")]


@pytest.fixture
def ru_bill(tmp_path):
    path = tmp_path / "bill.docx"
    write_bill(RU_BILL, path, style="ru", author="Минюст России", date=WHEN)
    return path


def test_numbers_are_literal_text_never_word_numbering(ru_bill):
    root = _doc(ru_bill)
    assert not root.xpath("//w:numPr", namespaces=NS)
    with zipfile.ZipFile(ru_bill) as zf:
        assert "word/numbering.xml" not in zf.namelist()
    paras = _paragraphs(root)
    assert any(p.startswith("1) в части 1 статьи 322") for p in paras)
    assert any(p.startswith("2) статью 322.1") for p in paras)


def test_russian_head_title_articles_and_typography(ru_bill):
    root = _doc(ru_bill)
    paras = _paragraphs(root)
    assert paras[:4] == [
        "Проект",
        "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        "ФЕДЕРАЛЬНЫЙ ЗАКОН",
        "О внесении изменений в Уголовный кодекс Российской Федерации",
    ]
    headings = root.xpath("//w:p[w:pPr/w:pStyle/@w:val='Heading2']", namespaces=NS)
    assert ["".join(h.itertext()) for h in headings] == ["Статья 1", "Статья 2"]
    # Straight quotes become «», a spaced hyphen a dash; the quoted article is one paragraph
    # per line.
    assert "1) в части 1 статьи 322 слово «двухсот» заменить словом «трехсот»;" in paras
    assert "«Статья 322.3. Фиктивная постановка на учет" in paras
    assert "1. Текст\u00a0\u2014 новой статьи.»." in paras
    core = docx.Document(str(ru_bill)).core_properties
    assert core.title == RU_BILL.title and core.author == "Минюст России"


def test_golden_and_schema_order(ru_bill):
    check_golden("bill-ru-document.xml", normalised_document(ru_bill))
    with zipfile.ZipFile(ru_bill) as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                assert child_order_problems(zf.read(name)) == [], name


@pytest.mark.parametrize(
    ("style", "lang", "width"), [("uk", "en-GB", 11906), ("us", "en-US", 12240)]
)
def test_english_bills_use_their_language_and_paper(tmp_path, style, lang, width):
    bill = RenderedBill(
        title="Crime (Amendment) Act 2024",
        preamble=['Be it enacted by the "King\'s" most Excellent Majesty'],
        articles=[("1 Amendments", ['(1) In section 5, for "ten" substitute "twenty".'])],
    )
    path = tmp_path / "bill.docx"
    write_bill(bill, path, style=style, author="Home Office", date=WHEN)
    root = _doc(path)
    paras = _paragraphs(root)
    assert paras[0] == "Crime (Amendment) Act 2024"
    assert "(1) In section 5, for \u201cten\u201d substitute \u201ctwenty\u201d." in paras
    assert "Be it enacted by the \u201cKing\u2019s\u201d most Excellent Majesty" in paras
    size = root.find(f".//{{{W_NS}}}pgSz")
    assert int(size.get(f"{{{W_NS}}}w")) == width
    with zipfile.ZipFile(path) as zf:
        assert lang in zf.read("word/styles.xml").decode()


def test_an_empty_bill_is_refused(tmp_path):
    with pytest.raises(ExportError, match="no articles"):
        write_bill(RenderedBill(title="x"), tmp_path / "b.docx", style="ru", author="x", date=WHEN)
    assert not (tmp_path / "b.docx").exists()


def test_the_core_bill_renders_and_writes(tmp_path):
    from test_redline_reader import apply_edit, corpus_act

    from drafter.core import model as m
    from drafter.core.address import assign_addresses
    from drafter.core.plan import plan

    before = corpus_act()
    before.sources = ["Собрание законодательства Российской Федерации, 1996, № 25, ст. 2954"]
    after = before.copy()
    apply_edit(after, "replace", 1, 3, "шести")
    apply_edit(after, "repeal", 2, 0, "")
    assign_addresses(after)
    rendered = styles.render_bill(
        m.Draft(agency="Минюст России", style="ru"), [before], {"uk-rf": plan(before, after)}
    )
    path = tmp_path / "bill.docx"
    write_bill(rendered, path, style="ru", author="Минюст России", date=WHEN)
    paras = _paragraphs(_doc(path))
    assert "Статья 1" in paras and "Статья 2" in paras
    assert any("признать утратившей силу" in p for p in paras)


def test_a_dash_before_a_closing_quote_is_a_dash_too(tmp_path):
    bill = RenderedBill(
        title="О внесении изменения в Уголовный кодекс Российской Федерации",
        articles=[
            (
                "Статья 1",
                [
                    "Часть вторую статьи 322.1 дополнить пунктом «г» следующего содержания:\n"
                    '«г) с использованием сети "Интернет", -».'
                ],
            )
        ],
    )
    path = write_bill(bill, tmp_path / "bill.docx", style="ru", author="Минюст России", date=WHEN)
    paras = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "«г) с использованием сети „Интернет“,\u00a0\u2014»." in paras


def test_a_round_bill_carries_its_identity_and_a_bookmark_in_every_printed_paragraph(tmp_path):
    from drafter.core import rounds as r
    from drafter.io.docx_round import RoundMark

    identity = r.FileIdentity("project", 2, "bill.docx", "bill", "", "2024-06-01T12:00:00Z")
    mark = RoundMark(identity)
    path = write_bill(RU_BILL, tmp_path / "bill.docx", style="ru", author="x", date=WHEN, mark=mark)
    with zipfile.ZipFile(path) as zf:
        custom = etree.fromstring(zf.read("docProps/custom.xml"))
        root = etree.fromstring(zf.read("word/document.xml"))
    props = {p.get("name"): p[0].text for p in custom}
    assert {k: props[k] for k in ("DrafterRound", "DrafterFile", "DrafterKind")} == {
        "DrafterRound": "2",
        "DrafterFile": "bill.docx",
        "DrafterKind": "bill",
    }
    w = f"{{{W_NS}}}"
    for p, sent in zip(root.iter(w + "p"), mark.sent, strict=True):
        names = [b.get(w + "name") for b in p.iter(w + "bookmarkStart")]
        assert names == ([sent.bookmark] if sent.text else [])
    assert [x.role for x in mark.sent if x.text][:2] == ["front", "front"]
    assert child_order_problems(root) == []
    assert docx.Document(str(path)).paragraphs[0].text == "Проект"
