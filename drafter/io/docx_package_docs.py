"""The package documents as .docx: the explanatory note, the financial justification and the list
of acts (every paragraph bookmarked; marked places in italics on a yellow highlight)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lxml import etree

from drafter.core import package as pk
from drafter.core import rounds as r
from drafter.core.linelayout import typographic
from drafter.io.docx_elements import Fmt, new_body, paragraph, run, sub
from drafter.io.docx_package import DocProps, now_utc, write_docx
from drafter.io.docx_page import page_setup, section
from drafter.io.docx_round import RoundMark, mark_paragraphs, write_round_docx

PLACE_COLOUR = "yellow"
FILE_NAMES = {kind: f"{kind}.docx" for kind in pk.DOCUMENTS}
_STYLES = {pk.HEADING: "Heading2", pk.TEXT: "BodyText", pk.PLACE: "BodyText", pk.ENTRY: "BodyText"}


def _place_run(text: str) -> etree._Element:
    """A run the drafter must replace: italic, highlighted."""
    r_ = run(text, Fmt(italic=True))
    sub(r_[0], "highlight", {"val": PLACE_COLOUR})  # r_[0] is the run's w:rPr (w:i, w:iCs)
    return r_


def build_document(doc: pk.PackageDocument, style: str) -> tuple[etree._Element, list[r.Target]]:
    """The w:document of ``doc`` and the target of each of its paragraphs, in order."""
    setup = page_setup(style)
    document, body = new_body()
    targets: list[r.Target] = []

    def add(p: etree._Element, target: r.Target) -> None:
        body.append(p)
        targets.append(target)

    front = r.Target("", "", r.ROLE_FRONT)
    for text, style_id in ((doc.title, "Title"), (doc.subtitle, "Subtitle")):
        p = paragraph(style_id)
        p.append(run(typographic(text, setup)))
        add(p, front)
    for block in doc.blocks:
        p = paragraph(_STYLES[block.role], keep_next=block.role == pk.HEADING)
        text = typographic(block.text, setup)
        p.append(_place_run(text) if block.role == pk.PLACE else run(text))
        add(p, r.Target(block.act, block.address, "text"))
    body.append(section(setup))
    return document, targets


def write_package_document(
    path: str | Path,
    doc: pk.PackageDocument,
    *,
    style: str,
    author: str,
    date: datetime | None = None,
    mark: RoundMark | None = None,
) -> Path:
    """Write ``doc`` to ``path``; every paragraph bookmarked (a round file's identity with
    ``mark``)."""
    document, targets = build_document(doc, style)
    setup = page_setup(style)
    props = DocProps(
        title=typographic(doc.title, setup),
        author=author,
        date=date or now_utc(),
        lang=setup.lang,
        subject=typographic(doc.subtitle, setup),
        custom={"DrafterKind": doc.kind},
    )
    if mark is not None:
        return write_round_docx(Path(path), document, setup, props, targets, mark)
    mark_paragraphs(document, targets)
    return write_docx(Path(path), document, setup, props)
