"""The redline .docx: markup Word accepts, bookmarks, settings, page setup, determinism, golden."""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from lxml import etree

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.errors import ExportError
from drafter.io.docx_ns import W_NS
from drafter.io.docx_page import mm
from drafter.io.docx_redline import write_redline
from drafter.io.docx_schema import child_order_problems

GOLDEN = Path(__file__).with_name("golden")
WHEN = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
AUTHOR = "Минюст России"
NS = {"w": W_NS}


def _art(number: str, heading: str, parts: list[str], closing: str = "") -> m.Unit:
    return m.Unit(
        m.ARTICLE,
        number,
        heading,
        children=[
            m.Unit(m.PART, str(i + 1), text=t, closing=closing if i == 0 else "")
            for i, t in enumerate(parts)
        ],
    )


def sample_acts() -> tuple[m.Act, m.Act]:
    """A small code: one chapter, a word change, an added part, a repeal and a new article."""
    before = m.Act(slug="uk-rf", title="Уголовный кодекс Российской Федерации")
    chapter = m.Unit(m.CHAPTER, "32", "Преступления против порядка управления")
    chapter.children = [
        _art(
            "322",
            "Незаконное пересечение Государственной границы",
            ["Пересечение границы без документов -", "Те же деяния, совершенные группой лиц."],
            closing="наказывается штрафом в размере до двухсот тысяч рублей.",
        ),
        _art("322.1", "Организация незаконной миграции", ["Организация незаконного въезда."]),
        _art("322.2", "Фиктивная регистрация", ["Фиктивная регистрация гражданина."]),
    ]
    before.units = [chapter]
    after = before.copy()
    art322 = after.units[0].children[0]
    art322.children[0].closing = "наказывается штрафом в размере до трехсот тысяч рублей."
    art322.children.append(m.Unit(m.PART, "3", text="Новая часть о группе лиц."))
    after.units[0].children[1] = m.Unit(m.ARTICLE, "322.1", repealed=True)
    after.units[0].children.append(
        _art("322.3", "Фиктивная постановка на учет", ["Фиктивная постановка на учет."])
    )
    return assign_addresses(before), assign_addresses(after)


@pytest.fixture
def redline_file(tmp_path):
    before, after = sample_acts()
    path = tmp_path / "consolidated-uk-rf.docx"
    redline = write_redline(before, after, path, author=AUTHOR, date=WHEN, scope="whole")
    return path, redline


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(name))


def normalised_document(path: Path) -> str:
    """document.xml without ids, dates and rsids, pretty-printed: what goldens compare."""
    root = _part(path, "word/document.xml")
    for el in root.iter():
        for attr in list(el.attrib):
            local = etree.QName(attr).localname
            if local in ("id", "date") or local.startswith("rsid"):
                del el.attrib[attr]
    etree.indent(root, space=" ")
    return etree.tostring(root, encoding="unicode")


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("DRAFTER_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


def test_document_xml_matches_the_golden_file(redline_file):
    check_golden("redline-document.xml", normalised_document(redline_file[0]))


def test_every_part_keeps_the_schema_child_order(redline_file):
    with zipfile.ZipFile(redline_file[0]) as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                assert child_order_problems(zf.read(name)) == [], name


def test_revisions_have_author_date_and_ids_unique_across_bookmarks(redline_file):
    root = _part(redline_file[0], "word/document.xml")
    revisions = root.xpath("//w:ins | //w:del", namespaces=NS)
    assert len(revisions) >= 6
    for rev in revisions:
        assert rev.get(f"{{{W_NS}}}author") == AUTHOR
        assert rev.get(f"{{{W_NS}}}date") == "2024-06-01T12:00:00Z"
    ids = [
        e.get(f"{{{W_NS}}}id")
        for e in root.xpath("//w:ins | //w:del | //w:bookmarkStart", namespaces=NS)
    ]
    assert len(ids) == len(set(ids))
    # Deleted text sits in w:delText inside w:del, never in w:t; no moves.
    assert not root.xpath("//w:del//w:t | //w:moveFrom | //w:moveTo", namespaces=NS)
    assert not root.xpath("//w:delText[not(ancestor::w:del)]", namespaces=NS)


def test_repealed_and_added_units_carry_their_paragraph_marks(redline_file):
    root = _part(redline_file[0], "word/document.xml")
    deleted_marks = root.xpath("//w:p[w:pPr/w:rPr/w:del]", namespaces=NS)
    inserted_marks = root.xpath("//w:p[w:pPr/w:rPr/w:ins]", namespaces=NS)
    assert deleted_marks and inserted_marks
    # The body's last paragraph mark stays unchanged (it can be neither deleted nor inserted).
    last = root.xpath("//w:body/w:p[last()]", namespaces=NS)[0]
    assert not last.xpath("w:pPr/w:rPr/w:ins | w:pPr/w:rPr/w:del", namespaces=NS)


def test_each_paragraph_has_its_own_hidden_bookmark_mapped_to_its_unit(redline_file):
    path, redline = redline_file
    root = _part(path, "word/document.xml")
    paragraphs = root.xpath("//w:body/w:p", namespaces=NS)
    names = []
    for para in paragraphs:
        starts = para.xpath("w:bookmarkStart", namespaces=NS)
        ends = para.xpath("w:bookmarkEnd/@w:id", namespaces=NS)
        assert len(starts) == 1 and ends == [starts[0].get(f"{{{W_NS}}}id")]
        names.append(starts[0].get(f"{{{W_NS}}}name"))
    assert names == [f"_drf{n}" for n in range(1, len(paragraphs) + 1)]
    custom = _part(path, "docProps/custom.xml")
    props = {p.get("name"): p[0].text or "" for p in custom if p.get("name", "").startswith("_drf")}
    assert list(props) == names  # in the order of the paragraphs
    mapped = {name: tuple(value.split("|")) for name, value in props.items()}
    assert mapped == {n: ("uk-rf", redline.bookmarks[n], redline.roles[n]) for n in names}
    assert mapped["_drf1"] == ("uk-rf", "", "title")
    assert ("uk-rf", "art:322/part:3", "text") in mapped.values()
    heading = next(n for n, v in mapped.items() if v == ("uk-rf", "art:322.2", "head"))
    assert "Статья 322.2" in "".join(paragraphs[names.index(heading)].itertext())


def test_track_changes_stays_on_and_the_properties_name_the_draft(redline_file):
    path, _ = redline_file
    settings = _part(path, "word/settings.xml")
    assert settings.find(f"{{{W_NS}}}trackRevisions") is not None
    core = docx.Document(str(path)).core_properties
    assert core.author == AUTHOR
    assert core.title == "Уголовный кодекс Российской Федерации"
    assert "python-docx" not in (core.comments + core.author + core.last_modified_by)
    with zipfile.ZipFile(path) as zf:
        assert all(b"python-docx" not in zf.read(n) for n in zf.namelist())


def test_russian_page_setup_and_type(redline_file):
    path, _ = redline_file
    root = _part(path, "word/document.xml")
    sect = root.find(f".//{{{W_NS}}}sectPr")
    size = sect.find(f"{{{W_NS}}}pgSz")
    margins = sect.find(f"{{{W_NS}}}pgMar")
    assert (int(size.get(f"{{{W_NS}}}w")), int(size.get(f"{{{W_NS}}}h"))) == (mm(210), mm(297))
    got = {k: int(margins.get(f"{{{W_NS}}}{k}")) for k in ("left", "right", "top", "bottom")}
    assert got == {"left": mm(20), "right": mm(10), "top": mm(20), "bottom": mm(20)}
    styles = _part(path, "word/styles.xml")
    defaults = styles.find(f"{{{W_NS}}}docDefaults/{{{W_NS}}}rPrDefault/{{{W_NS}}}rPr")
    assert defaults.find(f"{{{W_NS}}}rFonts").get(f"{{{W_NS}}}ascii") == "Times New Roman"
    assert defaults.find(f"{{{W_NS}}}sz").get(f"{{{W_NS}}}val") == "28"  # 14 pt
    assert defaults.find(f"{{{W_NS}}}lang").get(f"{{{W_NS}}}val") == "ru-RU"
    header = _part(path, "word/header1.xml")
    assert "PAGE" in "".join(header.itertext())
    used = set(root.xpath("//w:pStyle/@w:val", namespaces=NS))
    assert {"Title", "Heading1", "Heading2", "BodyText"} <= used
    defined = set(styles.xpath("//w:style/@w:styleId", namespaces=NS))
    assert used <= defined


def test_same_input_and_date_give_the_same_bytes(tmp_path):
    before, after = sample_acts()
    a, b, c = tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "c.docx"
    write_redline(before, after, a, author=AUTHOR, date=WHEN)
    write_redline(before, after, b, author=AUTHOR, date=WHEN)
    write_redline(before, after, c, author=AUTHOR, date=datetime(2025, 1, 1, tzinfo=UTC))
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_scope_changed_keeps_only_amended_articles_with_their_chapter(tmp_path):
    before, after = sample_acts()
    after.units[0].children[2] = before.units[0].children[2].copy()  # 322.2 untouched
    redline = write_redline(
        before, after, tmp_path / "r.docx", author=AUTHOR, date=WHEN, scope="changed"
    )
    joined = "\n".join(redline.proposed)
    assert "Глава 32" in joined and "Статья 322." in joined
    assert "Статья 322.2" not in joined


def test_typographic_quotes_and_dashes(redline_file):
    _, redline = redline_file
    assert any("без документов\u00a0\u2014" in x for x in redline.proposed)


def test_an_act_without_changes_is_refused(tmp_path):
    before, _ = sample_acts()
    with pytest.raises(ExportError, match="no changes"):
        write_redline(before, before.copy(), tmp_path / "x.docx", author=AUTHOR, date=WHEN)
    assert not list(tmp_path.iterdir())


def test_an_unwritable_target_is_a_clear_error_and_leaves_nothing(tmp_path):
    before, after = sample_acts()
    target = tmp_path / "missing-folder" / "r.docx"
    with pytest.raises(ExportError, match=r"r\.docx"):
        write_redline(before, after, target, author=AUTHOR, date=WHEN)
    assert list(tmp_path.iterdir()) == []


def test_markup_characters_in_text_and_author_survive(tmp_path):
    from drafter.io.redline_reader import read_redline

    before, after = sample_acts()
    after.units[0].children[0].children[1].text = 'Те же деяния <в группе> & "сговор".'
    path = tmp_path / "r.docx"
    redline = write_redline(before, after, path, author='O"Neil & <Co>', date=WHEN)
    text = read_redline(path)
    assert text.accept_all() == redline.proposed
    assert "2. Те же деяния <в группе> & «сговор»." in redline.proposed
    assert {r.author for r in text.revisions} == {'O"Neil & <Co>'}


def test_the_child_order_check_catches_misplaced_elements():
    bad = (
        f'<w:p xmlns:w="{W_NS}"><w:r><w:t>x</w:t></w:r><w:pPr><w:jc w:val="both"/>'
        '<w:pStyle w:val="BodyText"/><w:rPr><w:b/><w:del w:id="1" w:author="a"/></w:rPr>'
        "</w:pPr></w:p>"
    ).encode()
    problems = child_order_problems(bad)
    assert "w:pPr is out of order inside w:p" in problems
    assert "w:pStyle is out of order inside w:pPr" in problems
    assert "w:del is out of order inside w:rPr" in problems


def _us_act(amount: str) -> m.Act:
    unit = m.Unit(
        m.SECTION,
        "3",
        "Authorization",
        children=[m.Unit(m.SUBSECTION, "a", text=f"There is authorized {amount} for 2025.")],
    )
    return assign_addresses(
        m.Act(slug="us-x", title="X Act", language="en", profile="us", units=[unit])
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [("$500,000,000", "$750,000,000"), ("$500,000,000", "$500,750,000"), ("2,500", "12,500")],
)
def test_a_changed_number_is_struck_whole_and_inserted_whole(tmp_path, old, new):
    from drafter.io.redline_reader import read_redline

    path = tmp_path / "r.docx"
    write_redline(_us_act(old), _us_act(new), path, author="Clerk", date=WHEN)
    body = _part(path, "word/document.xml").find(f"{{{W_NS}}}body")
    deleted = body.xpath(".//w:del//w:delText/text()", namespaces=NS)
    inserted = body.xpath(".//w:ins//w:t/text()", namespaces=NS)
    assert deleted == [old] and inserted == [new]
    # What a reviewer reads in Word with markup shown: the whole old sum, then the whole new one.
    para = next(
        p for p in body.xpath("w:p", namespaces=NS) if "authorized" in "".join(p.itertext())
    )
    assert "".join(para.itertext()) == f"(a) There is authorized {old}{new} for 2025."
    text = read_redline(path)
    assert f"(a) There is authorized {new} for 2025." in text.accept_all()
    assert f"(a) There is authorized {old} for 2025." in text.reject_all()


def test_a_uk_part_title_is_centred_under_its_part_line(tmp_path):
    from drafter.services.acts import load_act

    act = load_act(Path(__file__).parents[1] / "data" / "en" / "uk-example-act-2024.txt").act
    before = assign_addresses(act)
    after = assign_addresses(act.copy())
    fine = after.find("s:1/ss:3")
    fine.text = fine.text.replace("a fine", "a fine not exceeding level 5 on the standard scale")
    path = tmp_path / "r.docx"
    write_redline(before, after, path, author="Clerk", date=WHEN)
    styles = _part(path, "word/styles.xml")

    def jc(p: etree._Element) -> str | None:
        own = p.xpath("w:pPr/w:jc/@w:val", namespaces=NS)
        if own:
            return own[0]
        sid = p.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS)[0]
        found = styles.xpath(f"w:style[@w:styleId='{sid}']/w:pPr/w:jc/@w:val", namespaces=NS)
        return found[0] if found else None

    paras = _part(path, "word/document.xml").xpath("//w:body/w:p", namespaces=NS)
    texts = ["".join(p.xpath(".//w:t/text()", namespaces=NS)) for p in paras]
    part = texts.index("PART 1")
    assert texts[part + 1] == "LICENSING OF COMMUNITY HALLS"
    assert jc(paras[part]) == jc(paras[part + 1]) == "center"
    # A section heading stays where it was: not centred.
    assert jc(paras[texts.index("1 Requirement for a licence")]) != "center"
