"""The documents from the remarks: the table of disagreements, the summary of remarks and the
approval sheet (landscape, header row repeated, every paragraph bookmarked)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lxml import etree

from drafter.core import rounds as r
from drafter.io.docx_elements import el, new_body, paragraph, run, sub
from drafter.io.docx_ns import w
from drafter.io.docx_package import DocProps, now_utc, write_docx
from drafter.io.docx_page import mm, page_setup, section, text_width
from drafter.io.docx_round import mark_paragraphs

KINDS = ("table", "summary", "sheet")
LANGS = ("ru", "en")

# The words of the documents, per language: titles, column headings, status labels.
TEXTS: dict[str, dict[str, object]] = {
    "ru": {
        "table": "ТАБЛИЦА РАЗНОГЛАСИЙ",
        "summary": "СВОДКА ЗАМЕЧАНИЙ И ПРЕДЛОЖЕНИЙ",
        "sheet": "ЛИСТ СОГЛАСОВАНИЯ",
        "to_bill": "к проекту федерального закона «{title}»",
        "round": "(по результатам согласования, этап {n})",
        "table_cols": (
            "№ п/п",
            "Положение проекта",
            "Редакция проекта",
            "Замечание (предложение)",
            "Обоснование замечания",
            "Позиция разработчика",
            "Обоснование позиции разработчика",
        ),
        "summary_cols": (
            "№ п/п",
            "Структурная единица",
            "Орган (участник)",
            "Замечание / предложение",
            "Позиция разработчика",
            "Комментарий разработчика",
        ),
        "sheet_cols": (
            "Орган",
            "Направлено (дата)",
            "Срок",
            "Ответ (дата, №)",
            "Результат",
            "Примечание",
        ),
        "letter": "письмо от {date} № {ref}",
        "letter_ref": "письмо № {ref}",
        "proposed": "Предлагаемая редакция: {text}",
        "whole": "проект в целом",
        "status": {
            "new": "Не рассмотрено",
            "accepted": "Учтено",
            "partly": "Учтено частично",
            "rejected": "Не учтено",
            "withdrawn": "Снято",
            "duplicate": "Повтор",
        },
        "answer": {
            "pending": "Ответ ожидается",
            "agreed": "Согласовано без замечаний",
            "remarks": "Согласовано с замечаниями",
            "objections": "Не согласовано",
            "none": "Без ответа",
        },
        "totals": "Направлено: {sent}; ответили: {answered}; согласовали: {agreed}; "
        "с замечаниями: {remarks}; не согласовали: {objections}; без ответа: {none}.",
        "empty": "Неурегулированных разногласий нет.",
        "gone": "{address} акта «{act}», исключённого из проекта",
    },
    "en": {
        "table": "TABLE OF OUTSTANDING DISAGREEMENTS",
        "summary": "SUMMARY OF COMMENTS AND RESPONSES",
        "sheet": "CLEARANCE SHEET",
        "to_bill": "on the draft “{title}”",
        "round": "(results of consultation, round {n})",
        "table_cols": (
            "No.",
            "Provision of the draft",
            "Text of the draft",
            "Comment (department, reference)",
            "Grounds",
            "Response",
            "Reasons",
        ),
        "summary_cols": (
            "No.",
            "Provision",
            "Department",
            "Comment",
            "Response",
            "Reasons",
        ),
        "sheet_cols": (
            "Department",
            "Sent (date)",
            "Deadline",
            "Answer (date, ref.)",
            "Result",
            "Note",
        ),
        "letter": "letter of {date}, ref. {ref}",
        "letter_ref": "letter ref. {ref}",
        "proposed": "Proposed wording: {text}",
        "whole": "the draft as a whole",
        "status": {
            "new": "Not yet considered",
            "accepted": "Accepted",
            "partly": "Partly accepted",
            "rejected": "Not accepted",
            "withdrawn": "Withdrawn",
            "duplicate": "Duplicate",
        },
        "answer": {
            "pending": "No answer yet",
            "agreed": "Agreed",
            "remarks": "Agreed with comments",
            "objections": "Objects",
            "none": "No answer",
        },
        "totals": "Sent: {sent}; answered: {answered}; agreed: {agreed}; with comments: "
        "{remarks}; objections: {objections}; no answer: {none}.",
        "empty": "There are no outstanding disagreements.",
        "gone": "{address} of “{act}” (the act is no longer in the draft)",
    },
}

# Column widths in millimetres (approval-rounds.md §4.8), scaled to the page's text width.
_WIDTHS = {
    "table": (10, 38, 55, 55, 40, 24, 45),
    "summary": (10, 45, 35, 80, 30, 67),
    "sheet": (50, 35, 25, 45, 45, 67),
}


@dataclass
class RemarkRow:
    """One remark as the table and the summary print it."""

    provision: str  # «часть 2 статьи 322.1 УК РФ (статья 1 проекта)»
    wording: str  # the draft's wording of the unit
    agency: str
    letter: str  # «письмо от 03.12.2026 № 08-156734/26»
    remark: str  # what the agency wrote (its proposed wording included)
    grounds: str
    status: str  # r.REMARK_STATUSES
    reason: str  # the developer's position, as entered
    act: str = ""
    address: str = ""


@dataclass
class SheetRow:
    """One recipient of the round as the approval sheet prints it."""

    agency: str
    sent: str
    deadline: str
    status: str  # r.ANSWER_STATUSES
    letter: str
    answer_date: str
    note: str = ""


@dataclass
class Document:
    """What one of the documents prints."""

    kind: str  # KINDS
    lang: str  # LANGS
    round: int
    bill_title: str
    remarks: list[RemarkRow] = field(default_factory=list)
    recipients: list[SheetRow] = field(default_factory=list)


def ru_date(iso: str, lang: str) -> str:
    """YYYY-MM-DD as 03.12.2026 (ru) or 3 December 2026 (en); anything else as it is."""
    try:
        day = datetime.strptime(iso, "%Y-%m-%d")
    except ValueError:
        return iso
    return day.strftime("%d.%m.%Y") if lang == "ru" else f"{day.day} {day:%B %Y}"


def letter_text(ref: str, date: str, lang: str) -> str:
    """«письмо от 03.12.2026 № 08-156734/26», or "" without a reference."""
    if not ref:
        return ""
    texts = TEXTS[lang]
    key = "letter" if date else "letter_ref"
    return str(texts[key]).format(date=ru_date(date, lang), ref=ref)


def _text(text: str, style: str = "TableText", *, align: str | None = None) -> etree._Element:
    p = paragraph(style, align=align)
    if text:
        p.append(run(text))
    return p


def _cell(width: int, paragraphs: list[etree._Element], *, merge: str = "") -> etree._Element:
    tc = el("tc")
    tcpr = sub(tc, "tcPr")
    sub(tcpr, "tcW", {"w": str(width), "type": "dxa"})
    if merge:
        sub(tcpr, "vMerge", {"val": merge} if merge == "restart" else None)
    for p in paragraphs or [paragraph("TableText")]:
        tc.append(p)
    return tc


def _lines(text: str) -> list[etree._Element]:
    return [_text(line) for line in text.split("\n")] if text else [_text("")]


# The table's properties besides its width: the grid style, a fixed layout, the heading row look.
_LOOK = dict(val="04A0", firstRow="1", lastRow="0", firstColumn="0", lastColumn="0")
_TABLE_PROPERTIES = (
    ("tblStyle", {"val": "TableGrid"}),
    ("tblLayout", {"type": "fixed"}),
    ("tblLook", {**_LOOK, "noHBand": "0", "noVBand": "1"}),
)


def grid_table(
    widths: list[int], header: tuple[str, ...], rows: list[list[object]]
) -> etree._Element:
    """A fixed-layout grid table; its first row is repeated at the top of every page.

    A cell is a str (its lines become paragraphs) or a (str, merge) pair: merge "restart" opens
    a vertically merged cell, "continue" extends the one above.
    """
    tbl = el("tbl")
    tblpr = sub(tbl, "tblPr")
    total = ("tblW", {"w": str(sum(widths)), "type": "dxa"})
    # in the order of CT_TblPr: tblStyle, tblW, tblLayout, tblLook
    for tag, attrs in (_TABLE_PROPERTIES[0], total, *_TABLE_PROPERTIES[1:]):
        sub(tblpr, tag, attrs)
    grid = sub(tbl, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", {"w": str(width)})
    tr = sub(tbl, "tr")
    trpr = sub(tr, "trPr")
    sub(trpr, "cantSplit")
    sub(trpr, "tblHeader")
    for width, label in zip(widths, header, strict=True):
        tr.append(_cell(width, [_text(label, "TableHeading")]))
    for row in rows:
        tr = sub(tbl, "tr")
        for width, value in zip(widths, row, strict=True):
            if isinstance(value, tuple):
                text, merge = value
                paras = _lines(text) if merge == "restart" else [_text("")]
                tr.append(_cell(width, paras, merge=merge))
            else:
                tr.append(_cell(width, _lines(str(value))))
    return tbl


def _widths(kind: str, total: int) -> list[int]:
    raw = [mm(x) for x in _WIDTHS[kind]]
    scale = total / sum(raw)
    widths = [int(x * scale) for x in raw]
    widths[-1] += total - sum(widths)
    return widths


def _rows(doc: Document) -> list[list[object]]:
    texts = TEXTS[doc.lang]
    status = texts["status"]
    assert isinstance(status, dict)
    rows: list[list[object]] = []
    if doc.kind == "sheet":
        answers = texts["answer"]
        assert isinstance(answers, dict)
        for y in doc.recipients:
            answer = ", ".join(
                s for s in (ru_date(y.answer_date, doc.lang), y.letter and f"№ {y.letter}") if s
            )
            rows.append(
                [
                    y.agency,
                    ru_date(y.sent, doc.lang),
                    ru_date(y.deadline, doc.lang),
                    answer,
                    answers.get(y.status, y.status),
                    y.note,
                ]
            )
        return rows
    previous = None
    for n, x in enumerate(doc.remarks, start=1):
        head = ", ".join(s for s in (x.agency, x.letter) if s)
        remark = f"{head}:\n{x.remark}" if head else x.remark
        label = status.get(x.status, x.status)
        if doc.kind == "table":
            key = (x.act, x.address, x.provision)
            same = previous == key
            previous = key
            merge = "continue" if same else "restart"
            rows.append(
                [
                    str(n),
                    (x.provision, merge),
                    (x.wording, merge),
                    remark,
                    x.grounds,
                    label,
                    x.reason,
                ]
            )
        else:
            rows.append([str(n), x.provision, x.agency, remark, label, x.reason])
    return rows


def build_document(doc: Document) -> tuple[etree._Element, list[r.Target]]:
    """The w:document of ``doc`` and the target of each of its paragraphs, in order."""
    if doc.kind not in KINDS or doc.lang not in LANGS:
        raise ValueError(f"unknown document {doc.kind}/{doc.lang}")
    texts = TEXTS[doc.lang]
    setup = page_setup("ru" if doc.lang == "ru" else "uk")
    document, body = new_body()
    targets: list[r.Target] = []

    def front(p: etree._Element) -> None:
        body.append(p)
        targets.append(r.Target("", "", r.ROLE_FRONT))

    front(_text(str(texts[doc.kind]), "Title"))
    if doc.bill_title:
        front(_text(str(texts["to_bill"]).format(title=doc.bill_title), "Subtitle"))
    front(_text(str(texts["round"]).format(n=doc.round), "Subtitle"))
    widths = _widths(doc.kind, text_width(setup, landscape=True))
    table = grid_table(widths, tuple(texts[f"{doc.kind}_cols"]), _rows(doc))  # type: ignore[arg-type]
    body.append(table)
    for i, tr in enumerate(table.findall(w("tr"))):
        for _p in tr.iter(w("p")):
            if i == 0:
                targets.append(r.Target("", "", r.ROLE_FRONT, r.PLACE_HEADER))
            elif doc.kind == "sheet":
                targets.append(r.Target("", "", "text"))
            else:
                x = doc.remarks[i - 1]
                targets.append(r.Target(x.act, x.address, "text"))
    if doc.kind == "table" and not doc.remarks:
        front(_text(str(texts["empty"]), "BodyText"))
    if doc.kind == "sheet":
        counts = {s: sum(1 for x in doc.recipients if x.status == s) for s in r.ANSWER_STATUSES}
        answered = len(doc.recipients) - counts["pending"] - counts["none"]
        front(
            _text(
                str(texts["totals"]).format(
                    sent=len(doc.recipients),
                    answered=answered,
                    **{k: v for k, v in counts.items() if k != "pending"},
                ),
                "BodyText",
            )
        )
    body.append(paragraph())  # a table may not end the body
    targets.append(r.Target("", "", r.ROLE_BLANK))
    body.append(section(setup, landscape=True))
    return document, targets


def write_disagreements(
    path: str | Path,
    doc: Document,
    *,
    author: str,
    project: str = "",
    date: datetime | None = None,
) -> Path:
    """Write ``doc`` to ``path``: every paragraph bookmarked; DrafterKind = disagreements."""
    document, targets = build_document(doc)
    mark_paragraphs(document, targets)
    setup = page_setup("ru" if doc.lang == "ru" else "uk")
    props = DocProps(
        title=str(TEXTS[doc.lang][doc.kind]),
        author=author,
        date=date or now_utc(),
        lang=setup.lang,
        subject=doc.bill_title,
        custom={
            "DrafterProject": project,
            "DrafterRound": str(doc.round),
            "DrafterKind": "disagreements",
            "DrafterDocument": doc.kind,
        },
    )
    return write_docx(Path(path), document, setup, props)


@dataclass(frozen=True)
class Decision:
    """The drafter's decision on a remark as stored: the reasoning, the settled flag, grounds."""

    reason: str = ""
    settled: bool = False
    grounds: str = ""
