"""The amending bill as a .docx: title, articles, items with literal numbers (no auto-numbering)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from lxml import etree

from drafter.errors import ExportError
from drafter.io import docx_common as dc


class BillLike(Protocol):
    """What the writer needs of drafter.core.styles.RenderedBill."""

    title: str
    articles: list[tuple[str, list[str]]]


_RU_HEAD = ("Проект", "РОССИЙСКАЯ ФЕДЕРАЦИЯ")
_RU_SIGNATURE = ("Президент", "Российской Федерации")


def _para(text: str, style: str, *, align: str | None = None, bold: bool = False):
    p = dc.paragraph(style, align=align)
    p.append(dc.run(text, dc.Fmt(bold=bold)))
    return p


def build_bill(bill: BillLike, style: str) -> tuple[etree._Element, dc.PageSetup]:
    """The bill's w:document: every number is literal text, never w:numPr."""
    setup = dc.page_setup(style)
    if not bill.articles:
        raise ExportError("The bill has no articles, so there is nothing to export.")
    doc, body = dc.new_body()
    preamble = [dc.typographic(x, setup) for x in getattr(bill, "preamble", []) or []]
    if style == "ru":
        body.append(_para(_RU_HEAD[0], "Normal", align="right"))
        if not any(x.upper() == _RU_HEAD[1] for x in preamble):
            body.append(_para(_RU_HEAD[1], "Subtitle", bold=True))
        for line in preamble:
            body.append(_para(line, "Subtitle", bold=True))
        body.append(_para(dc.typographic(bill.title, setup), "Title"))
    else:
        body.append(_para(dc.typographic(bill.title, setup), "Title"))
        for line in preamble:
            body.append(_para(line, "BodyText"))
    for heading, paragraphs in bill.articles:
        body.append(_para(dc.typographic(heading, setup), "Heading2"))
        for paragraph in paragraphs:
            for line in paragraph.split("\n"):
                body.append(_para(dc.typographic(line, setup), "BodyText"))
    if style == "ru":
        sign = dc.paragraph("Normal")
        sign.append(dc.run(_RU_SIGNATURE[0]))
        dc.sub(sign, "r").append(dc.el("br"))
        sign.append(dc.run(_RU_SIGNATURE[1]))
        spacer = dc.paragraph("Normal")
        body.extend([spacer, dc.paragraph("Normal"), sign])
    body.append(dc.section(setup))
    return doc, setup


def write_bill(
    bill: BillLike,
    path: str | Path,
    *,
    style: str,
    author: str,
    date: datetime | None = None,
) -> Path:
    """Write the amending bill (a RenderedBill) to ``path`` in ``style`` ("ru", "uk", "us")."""
    doc, setup = build_bill(bill, style)
    props = dc.DocProps(
        title=dc.typographic(bill.title, setup),
        author=author,
        date=date or dc.now_utc(),
        lang=setup.lang,
    )
    return dc.write_docx(Path(path), doc, setup, props)
