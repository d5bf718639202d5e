"""WordprocessingML element building: w: elements, runs, paragraphs, annotation ids and dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from drafter.io.docx_ns import R_NS, W_NS, XML_NS, w

_W = f"{{{W_NS}}}"
_SPACE = f"{{{XML_NS}}}space"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    """A w: element with w: attributes (``attrs`` keys without prefix) and children."""
    if attrs:
        node = etree.Element(_W + tag, {_W + k: str(v) for k, v in attrs.items()})
    else:
        node = etree.Element(_W + tag)
    for child in children:
        node.append(child)
    return node


def sub(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    node = el(tag, attrs)
    parent.append(node)
    return node


@dataclass(frozen=True)
class Fmt:
    """Direct run formatting (kept tiny: the styles carry the rest)."""

    bold: bool = False
    italic: bool = False
    strike: bool = False

    def rpr(self) -> etree._Element | None:
        if not (self.bold or self.italic or self.strike):
            return None
        rpr = el("rPr")
        if self.bold:
            sub(rpr, "b")
            sub(rpr, "bCs")
        if self.italic:
            sub(rpr, "i")
            sub(rpr, "iCs")
        if self.strike:
            sub(rpr, "strike")
        return rpr


PLAIN = Fmt()


def run(text: str, fmt: Fmt = PLAIN, *, deleted: bool = False) -> etree._Element:
    """A w:r with its text (w:delText when it sits inside w:del); tabs and breaks kept."""
    r = etree.Element(_W + "r")
    rpr = fmt.rpr()
    if rpr is not None:
        r.append(rpr)
    tag = _W + ("delText" if deleted else "t")
    if "\n" not in text and "\t" not in text:
        _text(r, tag, text)
        return r
    for i, line in enumerate(text.split("\n")):
        if i:
            sub(r, "br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                sub(r, "tab")
            if piece:
                _text(r, tag, piece)
    return r


def _text(r: etree._Element, tag: str, piece: str) -> None:
    t = etree.SubElement(r, tag)
    t.text = piece
    if piece[:1].isspace() or piece[-1:].isspace() or "  " in piece:
        t.set(_SPACE, "preserve")


def paragraph(
    style_id: str | None = None,
    *,
    align: str | None = None,
    keep_next: bool = False,
    mark: etree._Element | None = None,
    indent_first: int | None = None,
) -> etree._Element:
    """A w:p with its w:pPr (style, keepNext, ind, jc and the mark's revision, in order)."""
    p = el("p")
    ppr = el("pPr")
    if style_id:
        sub(ppr, "pStyle", {"val": style_id})
    if keep_next:
        sub(ppr, "keepNext")
    if indent_first is not None:
        sub(ppr, "ind", {"firstLine": str(indent_first)})
    if align:
        sub(ppr, "jc", {"val": align})
    if mark is not None:
        sub(ppr, "rPr").append(mark)
    if len(ppr):
        p.append(ppr)
    return p


def new_body() -> tuple[etree._Element, etree._Element]:
    """An empty w:document and its w:body."""
    doc = etree.Element(w("document"), nsmap={"w": W_NS, "r": R_NS})
    return doc, sub(doc, "body")


class IdAllocator:
    """One counter for every annotation id of a document (revisions and bookmarks alike)."""

    def __init__(self, start: int = 1) -> None:
        self._next = start

    def __call__(self) -> int:
        value = self._next
        self._next += 1
        return value


def w_date(when: datetime) -> str:
    """An ST_DateTime in UTC without fractions: 2024-06-01T12:00:00Z."""
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")
