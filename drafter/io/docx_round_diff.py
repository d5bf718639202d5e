"""Two rounds of a draft compared as a .docx: each act's text of round B against round A as
tracked changes, then the table of the changed units and the ground of each change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lxml import etree

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.io.docx_disagreements import grid_table
from drafter.io.docx_elements import new_body, paragraph, run
from drafter.io.docx_ns import w
from drafter.io.docx_package import DocProps, write_docx
from drafter.io.docx_page import mm, page_setup, section, text_width
from drafter.io.docx_redline import build_redline
from drafter.io.docx_round import mark_paragraphs

LANGS = ("ru", "en")
# The document's words: (Russian, English).
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("СРАВНЕНИЕ РЕДАКЦИЙ ПРОЕКТА", "COMPARISON OF ROUNDS"),
    "to_bill": ("к проекту федерального закона «{title}»", "to the draft «{title}»"),
    "rounds": ("редакция этапа {b} по сравнению с редакцией этапа {a}",
               "round {b} against round {a}"),
    "current": ("текущая редакция по сравнению с редакцией этапа {a}",
                "the current draft against round {a}"),
    "changes": ("Изменения по сравнению с этапом {a}", "Changes since round {a}"),
    "none": ("Изменений по сравнению с этапом {a} нет.", "No changes since round {a}."),
    "cols": ("№ п/п|Структурная единица|Что изменено|Основание изменения",
             "No.|Unit|What changed|Ground"),
}  # fmt: skip
TEXTS = {lang: {k: v[i] for k, v in _WORDS.items()} for i, lang in enumerate(LANGS)}
_WIDTHS = (12, 60, 50, 58)  # mm, scaled to the text width


@dataclass(frozen=True)
class ChangeRow:
    """One row of the table: the unit as cited, what changed, and on what ground."""

    unit: str
    what: str
    ground: str
    act: str = ""
    address: str = ""  # in round B's numbering ("" for a removed unit: round A's)


@dataclass
class RoundDiffDocument:
    """What the comparison says: rounds, language, each act in both rounds, the rows."""

    a: int
    b: int  # 0: the current draft
    lang: str
    bill_title: str = ""
    acts: list[tuple[m.Act, m.Act]] = field(default_factory=list)  # (round A, round B)
    rows: list[ChangeRow] = field(default_factory=list)


@dataclass
class Written:
    """The file as written: the paragraphs accept-all and reject-all give (the table's cells
    left out), and the number of tracked changes."""

    path: Path
    accepted: list[str]
    rejected: list[str]
    revisions: int


def build(doc: RoundDiffDocument, *, author: str, date: datetime) -> tuple[etree._Element, Written]:
    """The w:document of ``doc`` (bookmarked paragraphs) and what it reads as."""
    if doc.lang not in LANGS:
        raise ValueError(f"unknown language {doc.lang}")
    texts = TEXTS[doc.lang]
    setup = page_setup("ru" if doc.lang == "ru" else "uk")
    document, body = new_body()
    targets: list[r.Target] = []
    accepted: list[str] = []
    rejected: list[str] = []

    def front(text: str, style: str) -> None:
        p = paragraph(style)
        p.append(run(text))
        body.append(p)
        targets.append(r.Target("", "", r.ROLE_FRONT))
        accepted.append(text)
        rejected.append(text)

    front(texts["title"], "Title")
    if doc.bill_title:
        front(texts["to_bill"].format(title=doc.bill_title), "Subtitle")
    front(texts["current" if doc.b == 0 else "rounds"].format(a=doc.a, b=doc.b), "Subtitle")
    revisions = 0
    for before, after in doc.acts:
        redline = build_redline(before, after, author=author, date=date)
        parts = [x for x in redline.document.find(w("body")) if x.tag == w("p")]
        body.extend(parts)
        for n in range(1, len(parts) + 1):
            name = f"_drf{n}"
            targets.append(r.Target(before.slug, redline.bookmarks[name], redline.roles[name]))
        accepted += redline.proposed
        rejected += redline.current
        revisions += redline.revisions
    front(texts["changes"].format(a=doc.a), "Heading1")
    if doc.rows:
        total = text_width(setup)
        raw = [mm(x) for x in _WIDTHS]
        widths = [int(x * total / sum(raw)) for x in raw]
        widths[-1] += total - sum(widths)
        rows: list[list[object]] = [
            [str(n), x.unit, x.what, x.ground] for n, x in enumerate(doc.rows, start=1)
        ]
        table = grid_table(widths, tuple(texts["cols"].split("|")), rows)
        body.append(table)
        for i, tr in enumerate(table.findall(w("tr"))):
            for _p in tr.iter(w("p")):
                if i == 0:
                    targets.append(r.Target("", "", r.ROLE_FRONT, r.PLACE_HEADER))
                else:
                    row = doc.rows[i - 1]
                    targets.append(r.Target(row.act, row.address, "text"))
    else:
        front(texts["none"].format(a=doc.a), "BodyText")
    body.append(paragraph())  # a table may not end the body
    targets.append(r.Target("", "", r.ROLE_BLANK))
    body.append(section(setup))
    _renumber_revisions(document)
    mark_paragraphs(document, targets)
    return document, Written(Path(), accepted, rejected, revisions)


def _renumber_revisions(document: etree._Element) -> None:
    """One id per revision across the acts (each act's redline counted its own from 1)."""
    for n, node in enumerate(document.iter(w("ins"), w("del")), start=1):
        node.set(w("id"), str(n))


def write_round_diff(
    path: str | Path,
    doc: RoundDiffDocument,
    *,
    author: str,
    date: datetime,
    project: str = "",
) -> Written:
    """Write ``doc`` to ``path`` with change tracking on; DrafterKind = round-diff."""
    document, written = build(doc, author=author, date=date)
    setup = page_setup("ru" if doc.lang == "ru" else "uk")
    props = DocProps(
        title=TEXTS[doc.lang]["title"],
        author=author,
        date=date,
        lang=setup.lang,
        subject=doc.bill_title,
        custom={
            "DrafterProject": project,
            "DrafterKind": "round-diff",
            "DrafterRounds": f"{doc.a}-{doc.b or 'current'}",
        },
    )
    written.path = write_docx(Path(path), document, setup, props, track_revisions=True)
    return written
