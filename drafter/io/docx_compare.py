"""Comparison tables: ru two-column table, uk Keeling schedule, us Ramseyer comparative print."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lxml import etree

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.linelayout import Line, typographic
from drafter.io.docx_elements import PLAIN, Fmt, el, new_body, paragraph, run, sub
from drafter.io.docx_ns import w
from drafter.io.docx_package import DocProps, now_utc, write_docx
from drafter.io.docx_page import PageSetup, page_setup, section, text_width
from drafter.io.docx_redline import Aligned, align_lines, scoped_lines, style_of
from drafter.io.docx_round import Marks, RoundMark, targets_of, write_round_docx

RU_CURRENT = "Действующая редакция"
RU_PROPOSED = "Предлагаемая редакция"
RU_ABSENT = "Отсутствует"
ELLIPSIS = "…"

Segments = list[tuple[int, str]]  # (op, text): -1 current only, 0 both, 1 proposed only


@dataclass
class Row:
    """One row of the ru table: the current and the proposed wording of one changed unit."""

    address: str
    current: list[Segments] = field(default_factory=list)  # paragraphs
    proposed: list[Segments] = field(default_factory=list)
    context: bool = False  # an unchanged heading shown for orientation
    # (address, role) of each paragraph of ``current`` and ``proposed``
    current_at: list[tuple[str, str]] = field(default_factory=list)
    proposed_at: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Block:
    """One changed top-level unit: its aligned lines and the rows cut from them."""

    address: str
    lines: list[Aligned]
    rows: list[Row]


def _top_address(address: str) -> str:
    return address.split("/", 1)[0]


def _row_address(address: str) -> str:
    return "/".join(address.split("/")[:2])


def comparison_blocks(before: m.Act, after: m.Act, setup: PageSetup) -> list[Block]:
    """The changed top-level units in the act's order, each cut into rows of changed units."""
    b_lines, a_lines = scoped_lines(before, after, setup, "changed")
    # align_lines already strikes and inserts numbers whole (whole_numbers).
    aligned = [x for x in align_lines(b_lines, a_lines) if x.line.role not in ("title",)]
    blocks: list[Block] = []
    for x in aligned:
        if x.line.role == "container":
            continue
        top = _top_address(x.line.address)
        if not blocks or blocks[-1].address != top:
            blocks.append(Block(top, [], []))
        blocks[-1].lines.append(x)
    for block in blocks:
        block.rows = _rows(block)
    return [b for b in blocks if b.rows]


def _rows(block: Block) -> list[Row]:
    lines = block.lines
    if all(x.before is None for x in lines):  # an added unit
        return [Row(block.address, [], [x.ops for x in lines], proposed_at=_at(lines))]
    if all(x.after is None or x.line.address == block.address for x in lines) and any(
        x.after is None for x in lines
    ):  # repealed: every line below the heading is gone
        return [
            Row(
                block.address,
                [[(op, t) for op, t in x.ops if op <= 0] for x in lines if x.before],
                [[(op, t) for op, t in x.ops if op >= 0] for x in lines if x.after],
                current_at=_at([x for x in lines if x.before]),
                proposed_at=_at([x for x in lines if x.after]),
            )
        ]
    rows: list[Row] = []
    head = lines[0]
    if head.line.role == "head" and not head.changed:
        at = _at([head])
        rows.append(Row(block.address, [head.ops], [head.ops], True, at, at))
        lines = lines[1:]
    groups: dict[str, list[Aligned]] = {}
    for x in lines:
        groups.setdefault(_row_address(x.line.address), []).append(x)
    for address, group in groups.items():
        if not any(x.changed for x in group):
            continue
        row = Row(address)
        elided = False
        for i, x in enumerate(group):
            if i and not x.changed:  # unchanged neighbours: «…» (the lead-in stays)
                if not elided:
                    row.current.append([(0, ELLIPSIS)])
                    row.proposed.append([(0, ELLIPSIS)])
                    row.current_at.append((x.line.address, r.ROLE_ELIDED))
                    row.proposed_at.append((x.line.address, r.ROLE_ELIDED))
                elided = True
                continue
            elided = False
            if x.before:
                row.current.append([(op, t) for op, t in x.ops if op <= 0])
                row.current_at.append((x.before.address, x.before.role))
            if x.after:
                row.proposed.append([(op, t) for op, t in x.ops if op >= 0])
                row.proposed_at.append((x.after.address, x.after.role))
        rows.append(row)
    return rows if any(not r.context for r in rows) else []


def _at(lines: list[Aligned]) -> list[tuple[str, str]]:
    return [(x.line.address, x.line.role) for x in lines]


# --- writing -----------------------------------------------------------------------------------
def _para(
    segments: Segments, style: str, *, deleted: Fmt, inserted: Fmt, indent: int | None
) -> etree._Element:
    p = paragraph(style, indent_first=indent)
    for op, text in segments:
        fmt = PLAIN if op == 0 else deleted if op < 0 else inserted
        p.append(run(text, fmt))
    return p


def _cell(width: int, paragraphs: list[etree._Element]) -> etree._Element:
    tc = el("tc")
    tcpr = sub(tc, "tcPr")
    sub(tcpr, "tcW", {"w": str(width), "type": "dxa"})
    for p in paragraphs or [paragraph("TableText")]:
        tc.append(p)
    return tc


def _table(width: int, header: tuple[str, str], rows: list[tuple[list, list]]) -> etree._Element:
    half = width // 2
    tbl = el("tbl")
    tblpr = sub(tbl, "tblPr")
    sub(tblpr, "tblStyle", {"val": "TableGrid"})
    sub(tblpr, "tblW", {"w": str(half * 2), "type": "dxa"})
    sub(tblpr, "tblLayout", {"type": "fixed"})
    sub(
        tblpr,
        "tblLook",
        {
            "val": "04A0",
            "firstRow": "1",
            "lastRow": "0",
            "firstColumn": "0",
            "lastColumn": "0",
            "noHBand": "0",
            "noVBand": "1",
        },
    )
    grid = sub(tbl, "tblGrid")
    for _ in range(2):
        sub(grid, "gridCol", {"w": str(half)})
    tr = sub(tbl, "tr")
    trpr = sub(tr, "trPr")
    sub(trpr, "cantSplit")
    sub(trpr, "tblHeader")  # repeated at the top of every page
    for label in header:
        p = paragraph("TableHeading")
        p.append(run(label))
        tr.append(_cell(half, [p]))
    for left, right in rows:
        tr = sub(tbl, "tr")
        tr.append(_cell(half, left))
        tr.append(_cell(half, right))
    return tbl


def build_comparison(
    before: m.Act,
    after: m.Act,
    *,
    style: str | None = None,
    draft_title: str = "",
    marks: Marks | None = None,
) -> tuple[etree._Element, PageSetup, str, list[Block]]:
    """The comparison document of one act: (w:document, page setup, title, blocks).

    With ``marks``, each paragraph is tagged with the act, unit, role and column it prints.
    """
    style = style_of(before, style)
    setup = page_setup(style)
    blocks = comparison_blocks(before, after, setup)
    doc, body = new_body()
    slug = before.slug

    def tag(p: etree._Element, address: str, role: str, place: str = r.PLACE_BODY):
        if marks is not None:
            marks[p] = r.Target(slug, address, role, place)
        return p

    front = r.ROLE_FRONT
    act_title = typographic(before.title or before.slug, setup)
    bill = typographic(draft_title, setup) if draft_title else ""
    o1, c1, o2, c2 = setup.quotes
    if style == "ru":
        quoted = f"{o1}{bill.replace(o1, o2).replace(c1, c2)}{c1}" if bill else ""
        title = f"Сравнительная таблица к проекту федерального закона {quoted}".strip()
        body.append(tag(_text_para(title, "Title"), "", front))
        body.append(tag(_text_para(act_title, "Subtitle"), "", front))
        strike, bold = Fmt(strike=True), Fmt(bold=True)
        rows: list[tuple[list, list]] = []
        current, proposed = r.PLACE_CURRENT, r.PLACE_PROPOSED
        for block in blocks:
            for row in block.rows:
                left = [
                    tag(
                        _para(s, "TableText", deleted=strike, inserted=bold, indent=None),
                        *at,
                        current,
                    )
                    for s, at in zip(row.current, row.current_at, strict=True)
                ] or [tag(_text_para(RU_ABSENT, "TableText"), row.address, "absent", current)]
                right = [
                    tag(_para(s, "TableText", deleted=strike, inserted=bold, indent=None), *at,
                        proposed)
                    for s, at in zip(row.proposed, row.proposed_at, strict=True)
                ]  # fmt: skip
                rows.append((left, right))
        landscape = True
        table = _table(text_width(setup, landscape=True), (RU_CURRENT, RU_PROPOSED), rows)
        for p in table.find(w("tr")).iter(w("p")):  # the heading row
            tag(p, "", front, r.PLACE_HEADER)
        body.append(table)
        body.append(paragraph())  # a table may not end the body
    else:
        landscape = False
        if style == "uk":
            title = "Keeling Schedule"
            note = "Words inserted are shown in bold; words omitted are struck through."
            inserted = Fmt(bold=True)
        else:
            title = "Changes in Existing Law Made by the Bill, as Reported"
            note = (
                "Existing law proposed to be omitted is struck through, new matter is printed in "
                "italic, existing law in which no change is proposed is shown in roman."
            )
            inserted = Fmt(italic=True)
        body.append(tag(_text_para(title, "Title"), "", front))
        if bill:
            subtitle = _text_para(f"{act_title}, as amended by the {bill}", "Subtitle")
        else:
            subtitle = _text_para(act_title, "Subtitle")
        body.append(tag(subtitle, "", front))
        body.append(tag(_text_para(note, "BodyText"), "", front))
        for block in blocks:
            for x in block.lines:
                ops = x.ops
                if x.before and x.after and _repealed_by_bill(before, after, x.line.address):
                    # "Omit section 5" / "by striking paragraph (2)": the provision goes, its
                    # number and heading included; nothing new is enacted in its place.
                    ops = [(-1, x.before.text)]
                line = _print_para(x.line, ops, style, inserted)
                body.append(tag(line, x.line.address, x.line.role))
    body.append(section(setup, landscape=landscape))
    return doc, setup, title, blocks


def _repealed_by_bill(before: m.Act, after: m.Act, address: str) -> bool:
    """Is the unit at ``address`` repealed by the bill (in force before, repealed after)?"""
    new = after.find(address) if address else None
    if new is None or not new.repealed:
        return False
    old = before.find(address)
    return old is not None and not old.repealed


KEELING_INDENT = 425  # twips (0.75 cm) per level below the section


def _print_para(line: Line, ops: Segments, style: str, inserted: Fmt) -> etree._Element:
    """One line of a Keeling schedule (uk) or a Ramseyer print (us).

    Ramseyer section headings use the bold Heading 2. A Keeling schedule marks new words in
    bold, so a bold heading would hide them: its headings are italic (inserted heading words
    bold italic), and subsections, paragraphs and sub-paragraphs are indented by level.
    """
    strike = Fmt(strike=True)
    if style == "us":
        style_id = "Heading2" if line.role == "head" else "BodyText"
        return _para(ops, style_id, deleted=strike, inserted=inserted, indent=None)
    if line.role == "head":
        p = paragraph("BodyText", keep_next=True, indent_first=0)
        for op, text in ops:
            fmt = Fmt(italic=True, bold=op > 0, strike=op < 0)
            p.append(run(text, fmt))
        return p
    depth = max(len(line.address.split("/")) - 1, 0) if line.address else 0
    p = _para(ops, "BodyText", deleted=strike, inserted=inserted, indent=0)
    if depth:
        ind = p.find(f"{w('pPr')}/{w('ind')}")
        ind.set(w("left"), str(KEELING_INDENT * depth))
    return p


def _text_para(text: str, style: str) -> etree._Element:
    p = paragraph(style)
    p.append(run(text))
    return p


def write_comparison(
    before: m.Act,
    after: m.Act,
    path: str | Path,
    *,
    author: str,
    date: datetime | None = None,
    style: str | None = None,
    draft_title: str = "",
    mark: RoundMark | None = None,
) -> list[Block]:
    """Write the comparison of ``after`` with ``before`` for one act to ``path``.

    ru: «Сравнительная таблица» (current | proposed wording, landscape, header row repeated);
    uk: a Keeling schedule; us: a Ramseyer comparative print. Returns the blocks written.
    With ``mark``, as a round file (every paragraph bookmarked and mapped, ``mark.sent`` filled).
    """
    marks: Marks | None = {} if mark is not None else None
    doc, setup, title, blocks = build_comparison(
        before, after, style=style, draft_title=draft_title, marks=marks
    )
    props = DocProps(
        title=title,
        author=author,
        date=date or now_utc(),
        lang=setup.lang,
        subject=typographic(before.title or before.slug, setup),
    )
    if mark is not None and marks is not None:
        write_round_docx(Path(path), doc, setup, props, targets_of(doc, marks, before.slug), mark)
    else:
        write_docx(Path(path), doc, setup, props)
    return blocks
