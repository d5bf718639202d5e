"""The amending bill as a .docx: title, articles, items with literal numbers (no auto-numbering)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lxml import etree

from drafter.core import rounds as r
from drafter.core.linelayout import typographic
from drafter.core.styles.base import RenderedBill
from drafter.errors import ExportError
from drafter.io.docx_elements import Fmt, el, new_body, paragraph, run, sub
from drafter.io.docx_package import DocProps, now_utc, write_docx
from drafter.io.docx_page import PageSetup, page_setup, section
from drafter.io.docx_round import Marks, RoundMark, targets_of, write_round_docx
from drafter.messages import N_

_RU_HEAD = ("Проект", "РОССИЙСКАЯ ФЕДЕРАЦИЯ")
_RU_SIGNATURE = ("Президент", "Российской Федерации")


def _para(text: str, style: str, *, align: str | None = None, bold: bool = False) -> etree._Element:
    p = paragraph(style, align=align)
    p.append(run(text, Fmt(bold=bold)))
    return p


Articles = list[tuple[r.Target, list[r.Target]]]  # per article: its heading's, its lines'


def build_bill(
    bill: RenderedBill,
    style: str,
    *,
    marks: Marks | None = None,
    articles: Articles | None = None,
) -> tuple[etree._Element, PageSetup]:
    """The bill's w:document: every number is literal text, never w:numPr.

    With ``marks``, each paragraph is tagged with what it prints: ``articles`` gives the target
    of each article's heading and lines (drafter.core.rounds.bill_targets).
    """
    setup = page_setup(style)
    if not bill.articles:
        raise ExportError(N_("The bill has no articles, so there is nothing to export."))
    doc, body = new_body()
    front = r.Target(role=r.ROLE_FRONT)

    def add(p: etree._Element, target: r.Target) -> None:
        body.append(p)
        if marks is not None:
            marks[p] = target

    preamble = [typographic(x, setup) for x in bill.preamble]
    if style == "ru":
        for line in bill.above or [_RU_HEAD[0]]:
            add(_para(typographic(line, setup), "Normal", align="right"), front)
        if not any(x.upper() == _RU_HEAD[1] for x in preamble):
            add(_para(_RU_HEAD[1], "Subtitle", bold=True), front)
        for line in preamble:
            add(_para(line, "Subtitle", bold=True), front)
        add(_para(typographic(bill.title, setup), "Title"), front)
    else:
        add(_para(typographic(bill.title, setup), "Title"), front)
        for line in preamble:
            add(_para(line, "BodyText"), front)
    for i, (heading, paragraphs) in enumerate(bill.articles):
        head_target, line_targets = articles[i] if articles else (front, [])
        add(_para(typographic(heading, setup), "Heading2"), head_target)
        lines = [line for text in paragraphs for line in text.split("\n")]
        for k, line in enumerate(lines):
            target = line_targets[k] if k < len(line_targets) else head_target
            add(_para(typographic(line, setup), "BodyText"), target)
    if style == "ru":
        sign = paragraph("Normal")
        sign.append(run(_RU_SIGNATURE[0]))
        sub(sign, "r").append(el("br"))
        sign.append(run(_RU_SIGNATURE[1]))
        blank = r.Target(role=r.ROLE_BLANK)
        add(paragraph("Normal"), blank)
        add(paragraph("Normal"), blank)
        add(sign, r.Target(role=r.ROLE_SIGNATURE))
    body.append(section(setup))
    return doc, setup


def write_bill(
    bill: RenderedBill,
    path: str | Path,
    *,
    style: str,
    author: str,
    date: datetime | None = None,
    mark: RoundMark | None = None,
    articles: Articles | None = None,
) -> Path:
    """Write the amending bill (a RenderedBill) to ``path`` in ``style`` ("ru", "uk", "us").

    With ``mark``, as a round file: every paragraph bookmarked and mapped (``articles``: see
    :func:`build_bill`), the file's identity in its properties, ``mark.sent`` filled.
    """
    marks: Marks | None = {} if mark is not None else None
    doc, setup = build_bill(bill, style, marks=marks, articles=articles)
    props = DocProps(
        title=typographic(bill.title, setup),
        author=author,
        date=date or now_utc(),
        lang=setup.lang,
    )
    if mark is not None and marks is not None:
        return write_round_docx(Path(path), doc, setup, props, targets_of(doc, marks), mark)
    return write_docx(Path(path), doc, setup, props)
