"""The tracked-change reader: accept all / reject all on our redlines and on hand-written XML."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from drafter.core import model as m
from drafter.core.normalize import normalize
from drafter.core.profiles import get_profile
from drafter.core.structure import parse_lines
from drafter.errors import ImportFailed
from drafter.io.docx_redline import build_redline
from drafter.io.redline_reader import read_redline, read_redline_xml

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
ARTICLES_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
WHEN = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def corpus_act() -> m.Act:
    """Articles 322–322.3 of the Criminal Code, as the structure parser reads them."""
    act = parse_lines(ARTICLES_322.read_text(encoding="utf-8").splitlines(), slug="uk-rf").act
    act.title = "Уголовный кодекс Российской Федерации"
    return act


def _leaves(unit: m.Unit) -> list[m.Unit]:
    return [u for u in unit.walk() if u.text]


EDITS = (
    "replace",
    "insert",
    "delete_words",
    "drop_unit",
    "add_part",
    "repeal",
    "add_article",
    "heading",
    "closing",
)


def apply_edit(act: m.Act, kind: str, a: int, b: int, word: str) -> None:
    """One drafter's edit of ``act`` (in place); indices are taken modulo what exists."""
    tops = act.top_units()
    art = tops[a % len(tops)]
    if art.repealed and kind != "add_article":
        return
    texts = _leaves(art)
    if kind in ("replace", "insert", "delete_words") and texts:
        unit = texts[b % len(texts)]
        words = unit.text.split(" ")
        i = b % len(words)
        if kind == "replace":
            words[i] = word
        elif kind == "insert":
            words.insert(i, word)
        elif len(words) > 2:
            del words[i : i + 2]
        unit.text = " ".join(words)
    elif kind == "drop_unit" and len(art.children) > 1:
        del art.children[b % len(art.children)]
    elif kind == "add_part":
        art.children.insert(
            b % (len(art.children) + 1),
            m.Unit(m.PART, f"{len(art.children) + 1}.{b % 5 + 1}", text=f"Новая часть {word}."),
        )
    elif kind == "repeal":
        art.repealed = True
        art.heading = art.text = art.closing = ""
        art.children = []
    elif kind == "add_article":
        new = m.Unit(
            m.ARTICLE,
            f"{art.number}.{b % 7 + 5}",
            f"Новая статья {word}",
            children=[m.Unit(m.PART, "1", text=f"Текст {word} новой статьи.")],
        )
        act.units.insert(act.units.index(art) + 1, new)
    elif kind == "heading":
        art.heading = f"{art.heading} {word}".strip()
    elif kind == "closing" and texts:
        unit = texts[b % len(texts)]
        unit.closing = f"наказывается {word}."


edit_strategy = st.tuples(
    st.sampled_from(EDITS),
    st.integers(0, 50),
    st.integers(0, 50),
    st.sampled_from(["шести", "штрафом", "«кавычки»", "1 000", "лишением свободы", "ё-моё"]),
)


def _strip_notes(units: list[m.Unit]) -> None:
    for unit in units:
        unit.notes = []
        _strip_notes(unit.children)


def core_text(act: m.Act, addresses: set[str] | None = None) -> list[str]:
    """The act's paragraphs in the core's own text layout (editorial notes left out)."""
    from drafter.core.textlayout import unit_lines

    act = act.copy()
    _strip_notes(act.units)
    out = [act.title]
    for unit in act.top_units():
        if addresses is None or unit.address in addresses:
            out.extend(unit_lines(unit, get_profile(act.profile)))
    return out


def _norm(lines: list[str]) -> list[str]:
    return [normalize(x) for x in lines]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(edit_strategy, min_size=1, max_size=4), whole=st.booleans())
def test_accept_all_is_the_proposed_text_and_reject_all_the_current_one(edits, whole):
    before = corpus_act()
    after = before.copy()
    for edit in edits:
        apply_edit(after, *edit)
    from drafter.core.address import assign_addresses

    assign_addresses(after)
    try:
        redline = build_redline(
            before, after, author="Минюст", date=WHEN, scope="whole" if whole else "changed"
        )
    except Exception as exc:  # an edit that changed nothing under normalisation
        assert "no changes" in str(exc)
        return
    text = read_redline_xml(etree.tostring(redline.document))
    assert text.accept_all() == redline.proposed
    assert text.reject_all() == redline.current
    if whole:
        # The same texts as the core prints the two acts (an independent layout).
        assert _norm(text.accept_all()) == _norm(core_text(after))
        assert _norm(text.reject_all()) == _norm(core_text(before))


# --- hand-written WordprocessingML -------------------------------------------------------------
def _doc(body: str) -> bytes:
    return (f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>').encode()


INS = '<w:ins w:id="{}" w:author="B" w:date="2024-01-01T00:00:00Z">'
DEL = '<w:del w:id="{}" w:author="B" w:date="2024-01-01T00:00:00Z">'


def _p(inner: str, mark: str = "") -> str:
    ppr = f"<w:pPr><w:rPr>{mark}</w:rPr></w:pPr>" if mark else ""
    return f"<w:p>{ppr}{inner}</w:p>"


def _r(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def test_insertions_and_deletions_inside_a_paragraph():
    body = _p(
        _r("Срок ")
        + DEL.format(1)
        + _r("десять", True)
        + "</w:del>"
        + INS.format(2)
        + _r("тридцать")
        + "</w:ins>"
        + _r(" дней.")
    )
    text = read_redline_xml(_doc(body))
    assert text.accept_all() == ["Срок тридцать дней."]
    assert text.reject_all() == ["Срок десять дней."]
    assert [(r.kind, r.author, r.text) for r in text.revisions] == [
        ("del", "B", "десять"),
        ("ins", "B", "тридцать"),
    ]


def test_a_deletion_nested_in_an_insertion_is_gone_both_ways():
    body = _p(
        _r("A ")
        + INS.format(1)
        + _r("new ")
        + DEL.format(2)
        + _r("oops ", True)
        + "</w:del></w:ins>"
        + _r("end")
    )
    text = read_redline_xml(_doc(body))
    assert text.accept_all() == ["A new end"]
    assert text.reject_all() == ["A end"]


def test_moves_read_as_a_deletion_and_an_insertion():
    body = _p(
        '<w:moveFromRangeStart w:id="1" w:name="move1" w:author="B" w:date="2024-01-01T00:00:00Z"/>'
        '<w:moveFrom w:id="2" w:author="B"><w:r><w:t>Moved.</w:t></w:r></w:moveFrom>'
        '<w:moveFromRangeEnd w:id="1"/>' + _r(" Stays.")
    ) + _p(
        _r("Other. ")
        + '<w:moveToRangeStart w:id="3" w:name="move1" w:author="B" w:date="2024-01-01T00:00:00Z"/>'
        '<w:moveTo w:id="4" w:author="B"><w:r><w:t>Moved.</w:t></w:r></w:moveTo>'
        '<w:moveToRangeEnd w:id="3"/>'
    )
    text = read_redline_xml(_doc(body))
    assert text.accept_all() == [" Stays.", "Other. Moved."]
    assert text.reject_all() == ["Moved. Stays.", "Other. "]


def test_a_deleted_paragraph_mark_joins_paragraphs_on_accept():
    body = (
        _p(_r("Part one"), DEL.format(1).replace(">", "/>", 1))
        + _p(_r(" joined."))
        + _p(DEL.format(2) + _r("Gone.", True) + "</w:del>", DEL.format(3).replace(">", "/>", 1))
        + _p(_r("Last."))
    )
    text = read_redline_xml(_doc(body))
    assert text.accept_all() == ["Part one joined.", "Last."]
    assert text.reject_all() == ["Part one", " joined.", "Gone.", "Last."]


def test_an_inserted_paragraph_mark_joins_paragraphs_on_reject():
    body = (
        _p(_r("First."))
        + _p(INS.format(1) + _r("Added.") + "</w:ins>", INS.format(2).replace(">", "/>", 1))
        + _p(_r("Second."))
    )
    text = read_redline_xml(_doc(body))
    assert text.accept_all() == ["First.", "Added.", "Second."]
    assert text.reject_all() == ["First.", "Second."]


def test_tables_fields_breaks_and_content_controls():
    cell = "<w:tc>{}</w:tc>"
    row_ins = (
        '<w:tr><w:trPr><w:ins w:id="9" w:author="B"/></w:trPr>'
        + cell.format(_p(INS.format(10) + _r("new row") + "</w:ins>"))
        + "</w:tr>"
    )
    table = (
        "<w:tbl><w:tblPr/><w:tblGrid/>"
        "<w:tr>"
        + cell.format(_p(_r("Левая")))
        + cell.format(_p(_r("Правая ") + DEL.format(5) + _r("старая", True) + "</w:del>"))
        + "</w:tr>"
        + row_ins
        + "</w:tbl>"
    )
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>7</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = (
        _p(
            _r("Page ")
            + field
            + '<w:fldSimple w:instr="NUMPAGES"><w:r><w:t>9</w:t></w:r></w:fldSimple>'
        )
        + table
        + _p("<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>")
        + "<w:sdt><w:sdtPr/><w:sdtContent>"
        + _p(_r("in a control"))
        + "</w:sdtContent></w:sdt>"
    )
    text = read_redline_xml(_doc(body))
    assert text.accept_all() == [
        "Page 79",
        "Левая",
        "Правая ",
        "new row",
        "a\tb\nc",
        "in a control",
    ]
    assert text.reject_all() == ["Page 79", "Левая", "Правая старая", "a\tb\nc", "in a control"]


def test_field_codes_inside_deletions_are_not_text():
    body = _p(
        DEL.format(1)
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + "<w:r><w:delInstrText> PAGE </w:delInstrText></w:r>"
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r("3", True)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>'
        + _r("x")
    )
    text = read_redline_xml(_doc(body))
    assert text.accept_all() == ["x"]
    assert text.reject_all() == ["3x"]


def test_a_file_that_is_not_a_docx_is_refused_with_its_name(tmp_path):
    bad = tmp_path / "returned.docx"
    bad.write_text("not a zip")
    with pytest.raises(ImportFailed, match=r"returned\.docx"):
        read_redline(bad)


def test_xml_with_a_dtd_is_refused(tmp_path):
    path = tmp_path / "evil.docx"
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + _doc(
        _p("<w:r><w:t>&amp;</w:t></w:r>")
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", evil)
    with pytest.raises(ImportFailed, match=r"evil\.docx"):
        read_redline(path)
