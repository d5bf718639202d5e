"""Build .docx files for tests: python-docx for the package, lxml for the markup under test."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ROOT = f'<w:root xmlns:w="{W}">{{}}</w:root>'
_DATE = 'w:author="Reviewer" w:date="2024-06-01T12:00:00Z"'


# --- runs ----------------------------------------------------------------------------------
def r(text: str, *, sup: bool = False, vanish: bool = False) -> str:
    """A run of plain text (optionally superscript or hidden)."""
    props = ""
    if sup or vanish:
        props = (
            "<w:rPr>"
            + ('<w:vertAlign w:val="superscript"/>' if sup else "")
            + ("<w:vanish/>" if vanish else "")
            + "</w:rPr>"
        )
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def raw_run(inner: str) -> str:
    """A run with arbitrary content (w:tab/, w:br/, w:sym .../)."""
    return f"<w:r>{inner}</w:r>"


def br() -> str:
    return raw_run("<w:br/>")


def cr() -> str:
    return raw_run("<w:cr/>")


def tab() -> str:
    return raw_run("<w:tab/>")


def ins(*runs: str, rid: int = 1) -> str:
    return f'<w:ins w:id="{rid}" {_DATE}>{"".join(runs)}</w:ins>'


def dele(text: str, rid: int = 2) -> str:
    """Deleted text (w:del with w:delText)."""
    return (
        f'<w:del w:id="{rid}" {_DATE}><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def move_from(text: str, rid: int = 3) -> str:
    return f'<w:moveFrom w:id="{rid}" {_DATE}>{r(text)}</w:moveFrom>'


def move_to(text: str, rid: int = 4) -> str:
    return f'<w:moveTo w:id="{rid}" {_DATE}>{r(text)}</w:moveTo>'


def field(instruction: str, result: str) -> str:
    """A complex field: begin, instrText, separate, result run, end."""
    return (
        raw_run('<w:fldChar w:fldCharType="begin"/>')
        + raw_run(f'<w:instrText xml:space="preserve">{escape(instruction)}</w:instrText>')
        + raw_run('<w:fldChar w:fldCharType="separate"/>')
        + r(result)
        + raw_run('<w:fldChar w:fldCharType="end"/>')
    )


def hyperlink(*runs: str) -> str:
    return f"<w:hyperlink>{''.join(runs)}</w:hyperlink>"


# --- paragraphs and tables -----------------------------------------------------------------
def p(
    *content: str,
    style: str | None = None,
    num: tuple[int, int] | None = None,
    ilvl: int | None = None,
    mark_deleted: bool = False,
) -> str:
    """A paragraph; ``num`` = (numId, ilvl) gives it Word automatic numbering."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    elif ilvl is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/></w:numPr>'
    if mark_deleted:
        ppr += f'<w:rPr><w:del w:id="9" {_DATE}/></w:rPr>'
    pieces = [item if item.startswith("<") else r(item) for item in content]
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(pieces)}</w:p>"


def table(rows: Sequence[Sequence[Sequence[str]]]) -> str:
    """A table: rows of cells, each cell a list of paragraph XML strings."""
    out = ["<w:tbl><w:tblPr/><w:tblGrid/>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            out.append("<w:tc><w:tcPr/>" + "".join(cell or [p()]) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# --- numbering and styles ------------------------------------------------------------------
def level(
    ilvl: int,
    fmt: str,
    text: str,
    *,
    start: int = 1,
    style: str | None = None,
    restart: int | None = None,
) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else "")
        + (f'<w:pStyle w:val="{style}"/>' if style else "")
        + f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/></w:lvl>'
    )


def numbering(
    abstracts: dict[int, Iterable[str]],
    nums: dict[int, int],
    *,
    overrides: dict[int, dict[int, int]] | None = None,
) -> str:
    """numbering.xml: abstractNum id → its w:lvl elements; numId → abstractNum id;
    ``overrides`` numId → {ilvl: startOverride}."""
    out = [f'<w:numbering xmlns:w="{W}">']
    for abstract_id, levels in abstracts.items():
        out.append(f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}')
        out.append("</w:abstractNum>")
    for num_id, abstract_id in nums.items():
        out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>')
        for ilvl, start in ((overrides or {}).get(num_id) or {}).items():
            out.append(
                f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            )
        out.append("</w:num>")
    out.append("</w:numbering>")
    return "".join(out)


def paragraph_style(style_id: str, num_id: int, ilvl: int | None = None) -> str:
    """A paragraph style that carries list numbering (w:pPr/w:numPr)."""
    ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    return (
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="{style_id}">'
        f'<w:name w:val="{style_id}"/><w:pPr><w:numPr>{ilvl_xml}<w:numId w:val="{num_id}"/>'
        "</w:numPr></w:pPr></w:style>"
    )


# --- documents -----------------------------------------------------------------------------
def build_docx(
    path: Path,
    body: Iterable[str],
    *,
    numbering_xml: str | None = None,
    styles: Iterable[str] = (),
) -> Path:
    """Write a .docx whose body holds exactly the given block XML strings."""
    document = docx.Document()
    body_element = document.element.body
    section = body_element.find(f"{{{W}}}sectPr")
    for child in list(body_element):
        if child is not section:
            body_element.remove(child)
    wrapper = etree.fromstring(_ROOT.format("".join(body)))
    for child in list(wrapper):
        if section is not None:
            section.addprevious(child)
        else:
            body_element.append(child)
    if numbering_xml is not None:
        document.part.numbering_part._element = etree.fromstring(numbering_xml)
    for style in styles:
        document.styles.element.append(etree.fromstring(style))
    document.save(str(path))
    return path


_ARTICLE_WITH_SUPERSCRIPT = re.compile(r"^(Статья \d+)\.(\d+)(\..*)?$")


def code_docx(lines: Sequence[str], path: Path) -> Path:
    """The whole act as Word would hold it: one paragraph per block of non-blank lines.

    Lines of one block (a heading printed on two lines) are joined by w:br; "Статья 322.1"
    headings are written as "Статья 322" + superscript "1"; every 40th paragraph carries a
    tracked deletion and has its text inside a tracked insertion, none of which may change
    the text read back.
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    body = []
    for index, block in enumerate(blocks):
        pieces = []
        for number, line in enumerate(block):
            if number:
                pieces.append(br())
            match = _ARTICLE_WITH_SUPERSCRIPT.match(line)
            if match:
                pieces.append(r(match.group(1)) + r(match.group(2), sup=True))
                if match.group(3):
                    pieces.append(r(match.group(3)))
            elif index % 40 == 7:
                pieces.append(dele("СЛОВА, УДАЛЁННЫЕ РЕЦЕНЗЕНТОМ ") + ins(r(line)))
            else:
                pieces.append(r(line))
        body.append("<w:p>" + "".join(pieces) + "</w:p>")
    return build_docx(path, body)
