"""Comparison tables: ru two-column table, uk Keeling schedule, us Ramseyer comparative print."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from lxml import etree

from drafter.core import model as m
from drafter.io import docx_common as dc
from drafter.io.docx_redline import Aligned, align_lines, scoped_lines, style_of

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


def comparison_blocks(before: m.Act, after: m.Act, setup: dc.PageSetup) -> list[Block]:
    """The changed top-level units in the act's order, each cut into rows of changed units."""
    b_lines, a_lines = scoped_lines(before, after, setup, "changed")
    aligned = [
        replace(x, ops=whole_numbers(x.ops))
        for x in align_lines(b_lines, a_lines)
        if x.line.role not in ("title",)
    ]
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


def _cuts(left: str, right: str) -> bool:
    """Does the boundary between ``left`` and ``right`` fall inside a number?"""
    if not left or not right:
        return False
    a, b = left[-1], right[0]
    if b.isdigit() and (a.isdigit() or a == "$"):
        return True
    if a in ",." and b.isdigit() and left[-2:-1].isdigit():
        return True
    return a.isdigit() and b in ",." and right[1:2].isdigit()


_NUMBER_CHARS = frozenset("0123456789,.")


def whole_numbers(ops: Segments) -> Segments:
    """Struck and new words never split a number: «$500,000,000» struck and «$750,000,000»
    new, not «$» + struck «500» + new «750» + «,000,000»."""
    out: Segments = []
    i = 0
    while i < len(ops):
        if ops[i][0] == 0:
            out.append(ops[i])
            i += 1
            continue
        k = i
        while k < len(ops) and ops[k][0] != 0:
            k += 1
        gone = "".join(t for op, t in ops[i:k] if op < 0)
        new = "".join(t for op, t in ops[i:k] if op > 0)
        before = out.pop()[1] if out and out[-1][0] == 0 else ""
        after = ops[k][1] if k < len(ops) else ""
        pre = post = ""
        if any(_cuts(before, t) for t in (gone, new)):
            j = len(before)
            while j > 0 and (before[j - 1] in _NUMBER_CHARS or before[j - 1] == "$"):
                j -= 1
            while j < len(before) and before[j] in ",.":
                j += 1
            before, pre = before[:j], before[j:]
        if any(_cuts(t, after) for t in (gone, new)):
            j = 0
            while j < len(after) and after[j] in _NUMBER_CHARS:
                j += 1
            while j > 0 and after[j - 1] in ",.":
                j -= 1
            post, after = after[:j], after[j:]
        if before:
            out.append((0, before))
        if pre or post:
            out.extend([(-1, pre + gone + post), (1, pre + new + post)])
        else:
            out.extend(ops[i:k])
        if k < len(ops):
            if after:
                out.append((0, after))
            i = k + 1
        else:
            i = k
    return [(op, t) for op, t in out if t]


def _rows(block: Block) -> list[Row]:
    lines = block.lines
    if all(x.before is None for x in lines):  # an added unit
        return [Row(block.address, [], [x.ops for x in lines])]
    if all(x.after is None or x.line.address == block.address for x in lines) and any(
        x.after is None for x in lines
    ):  # repealed: every line below the heading is gone
        return [
            Row(
                block.address,
                [[(op, t) for op, t in x.ops if op <= 0] for x in lines if x.before],
                [[(op, t) for op, t in x.ops if op >= 0] for x in lines if x.after],
            )
        ]
    rows: list[Row] = []
    head = lines[0]
    if head.line.role == "head" and not head.changed:
        rows.append(Row(block.address, [head.ops], [head.ops], context=True))
        lines = lines[1:]
    groups: dict[str, list[Aligned]] = {}
    for x in lines:
        groups.setdefault(_row_address(x.line.address), []).append(x)
    for address, group in groups.items():
        if not any(x.changed for x in group):
            continue
        current: list[Segments] = []
        proposed: list[Segments] = []
        elided = False
        for i, x in enumerate(group):
            if i and not x.changed:  # unchanged neighbours: «…» (the lead-in stays)
                if not elided:
                    current.append([(0, ELLIPSIS)])
                    proposed.append([(0, ELLIPSIS)])
                elided = True
                continue
            elided = False
            if x.before:
                current.append([(op, t) for op, t in x.ops if op <= 0])
            if x.after:
                proposed.append([(op, t) for op, t in x.ops if op >= 0])
        rows.append(Row(address, current, proposed))
    return rows if any(not r.context for r in rows) else []


# --- writing -----------------------------------------------------------------------------------
def _para(
    segments: Segments, style: str, *, deleted: dc.Fmt, inserted: dc.Fmt, indent: int | None
) -> etree._Element:
    p = dc.paragraph(style, indent_first=indent)
    for op, text in segments:
        fmt = dc.PLAIN if op == 0 else deleted if op < 0 else inserted
        p.append(dc.run(text, fmt))
    return p


def _cell(width: int, paragraphs: list[etree._Element]) -> etree._Element:
    tc = dc.el("tc")
    tcpr = dc.sub(tc, "tcPr")
    dc.sub(tcpr, "tcW", {"w": str(width), "type": "dxa"})
    for p in paragraphs or [dc.paragraph("TableText")]:
        tc.append(p)
    return tc


def _table(width: int, header: tuple[str, str], rows: list[tuple[list, list]]) -> etree._Element:
    half = width // 2
    tbl = dc.el("tbl")
    tblpr = dc.sub(tbl, "tblPr")
    dc.sub(tblpr, "tblStyle", {"val": "TableGrid"})
    dc.sub(tblpr, "tblW", {"w": str(half * 2), "type": "dxa"})
    dc.sub(tblpr, "tblLayout", {"type": "fixed"})
    dc.sub(
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
    grid = dc.sub(tbl, "tblGrid")
    for _ in range(2):
        dc.sub(grid, "gridCol", {"w": str(half)})
    tr = dc.sub(tbl, "tr")
    trpr = dc.sub(tr, "trPr")
    dc.sub(trpr, "cantSplit")
    dc.sub(trpr, "tblHeader")  # repeated at the top of every page
    for label in header:
        p = dc.paragraph("TableHeading")
        p.append(dc.run(label))
        tr.append(_cell(half, [p]))
    for left, right in rows:
        tr = dc.sub(tbl, "tr")
        tr.append(_cell(half, left))
        tr.append(_cell(half, right))
    return tbl


def build_comparison(
    before: m.Act,
    after: m.Act,
    *,
    style: str | None = None,
    draft_title: str = "",
) -> tuple[etree._Element, dc.PageSetup, str, list[Block]]:
    """The comparison document of one act: (w:document, page setup, title, blocks)."""
    style = style_of(before, style)
    setup = dc.page_setup(style)
    blocks = comparison_blocks(before, after, setup)
    doc, body = dc.new_body()
    act_title = dc.typographic(before.title or before.slug, setup)
    bill = dc.typographic(draft_title, setup) if draft_title else ""
    o1, c1, o2, c2 = setup.quotes
    if style == "ru":
        quoted = f"{o1}{bill.replace(o1, o2).replace(c1, c2)}{c1}" if bill else ""
        title = f"Сравнительная таблица к проекту федерального закона {quoted}".strip()
        body.append(_text_para(title, "Title"))
        body.append(_text_para(act_title, "Subtitle"))
        strike, bold = dc.Fmt(strike=True), dc.Fmt(bold=True)
        rows: list[tuple[list, list]] = []
        for block in blocks:
            for row in block.rows:
                left = [
                    _para(s, "TableText", deleted=strike, inserted=bold, indent=None)
                    for s in row.current
                ] or [_text_para(RU_ABSENT, "TableText")]
                right = [
                    _para(s, "TableText", deleted=strike, inserted=bold, indent=None)
                    for s in row.proposed
                ]
                rows.append((left, right))
        landscape = True
        body.append(_table(dc.text_width(setup, landscape=True), (RU_CURRENT, RU_PROPOSED), rows))
        body.append(dc.paragraph())  # a table may not end the body
    else:
        landscape = False
        if style == "uk":
            title = "Keeling Schedule"
            note = "Words inserted are shown in bold; words omitted are struck through."
            inserted = dc.Fmt(bold=True)
        else:
            title = "Changes in Existing Law Made by the Bill, as Reported"
            note = (
                "Existing law proposed to be omitted is struck through, new matter is printed in "
                "italic, existing law in which no change is proposed is shown in roman."
            )
            inserted = dc.Fmt(italic=True)
        body.append(_text_para(title, "Title"))
        if bill:
            body.append(_text_para(f"{act_title}, as amended by the {bill}", "Subtitle"))
        else:
            body.append(_text_para(act_title, "Subtitle"))
        body.append(_text_para(note, "BodyText"))
        for block in blocks:
            for x in block.lines:
                # Keeling marks new words in bold, so its headings are not bold themselves.
                head = x.line.role == "head" and style == "us"
                style_id = "Heading2" if head else "BodyText"
                body.append(
                    _para(
                        x.ops, style_id, deleted=dc.Fmt(strike=True), inserted=inserted, indent=None
                    )
                )
    body.append(dc.section(setup, landscape=landscape))
    return doc, setup, title, blocks


def _text_para(text: str, style: str) -> etree._Element:
    p = dc.paragraph(style)
    p.append(dc.run(text))
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
) -> list[Block]:
    """Write the comparison of ``after`` with ``before`` for one act to ``path``.

    ru: «Сравнительная таблица» (current | proposed wording, landscape, header row repeated);
    uk: a Keeling schedule; us: a Ramseyer comparative print. Returns the blocks written.
    """
    doc, setup, title, blocks = build_comparison(
        before, after, style=style, draft_title=draft_title
    )
    props = dc.DocProps(
        title=title,
        author=author,
        date=date or dc.now_utc(),
        lang=setup.lang,
        subject=dc.typographic(before.title or before.slug, setup),
    )
    dc.write_docx(Path(path), doc, setup, props)
    return blocks
