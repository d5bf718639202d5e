"""The amending bill as a .docx: title, articles, items with literal numbers (no auto-numbering)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lxml import etree

from drafter.core.linelayout import typographic
from drafter.core.styles.base import RenderedBill
from drafter.errors import ExportError
from drafter.io.docx_elements import Fmt, el, new_body, paragraph, run, sub
from drafter.io.docx_package import DocProps, now_utc, write_docx
from drafter.io.docx_page import PageSetup, page_setup, section
from drafter.messages import N_

_RU_HEAD = ("Проект", "РОССИЙСКАЯ ФЕДЕРАЦИЯ")
_RU_SIGNATURE = ("Президент", "Российской Федерации")


def _para(text: str, style: str, *, align: str | None = None, bold: bool = False) -> etree._Element:
    p = paragraph(style, align=align)
    p.append(run(text, Fmt(bold=bold)))
    return p


def build_bill(bill: RenderedBill, style: str) -> tuple[etree._Element, PageSetup]:
    """The bill's w:document: every number is literal text, never w:numPr."""
    setup = page_setup(style)
    if not bill.articles:
        raise ExportError(N_("The bill has no articles, so there is nothing to export."))
    doc, body = new_body()
    preamble = [typographic(x, setup) for x in bill.preamble]
    if style == "ru":
        body.append(_para(_RU_HEAD[0], "Normal", align="right"))
        if not any(x.upper() == _RU_HEAD[1] for x in preamble):
            body.append(_para(_RU_HEAD[1], "Subtitle", bold=True))
        for line in preamble:
            body.append(_para(line, "Subtitle", bold=True))
        body.append(_para(typographic(bill.title, setup), "Title"))
    else:
        body.append(_para(typographic(bill.title, setup), "Title"))
        for line in preamble:
            body.append(_para(line, "BodyText"))
    for heading, paragraphs in bill.articles:
        body.append(_para(typographic(heading, setup), "Heading2"))
        for text in paragraphs:
            for line in text.split("\n"):
                body.append(_para(typographic(line, setup), "BodyText"))
    if style == "ru":
        sign = paragraph("Normal")
        sign.append(run(_RU_SIGNATURE[0]))
        sub(sign, "r").append(el("br"))
        sign.append(run(_RU_SIGNATURE[1]))
        spacer = paragraph("Normal")
        body.extend([spacer, paragraph("Normal"), sign])
    body.append(section(setup))
    return doc, setup


def write_bill(
    bill: RenderedBill,
    path: str | Path,
    *,
    style: str,
    author: str,
    date: datetime | None = None,
) -> Path:
    """Write the amending bill (a RenderedBill) to ``path`` in ``style`` ("ru", "uk", "us")."""
    doc, setup = build_bill(bill, style)
    props = DocProps(
        title=typographic(bill.title, setup),
        author=author,
        date=date or now_utc(),
        lang=setup.lang,
    )
    return write_docx(Path(path), doc, setup, props)
