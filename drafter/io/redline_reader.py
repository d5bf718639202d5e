"""Read a .docx with tracked changes: its text with all changes accepted, or all rejected."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from drafter.errors import ImportFailed
from drafter.io.docx_ns import W_NS
from drafter.io.safety import open_docx, safe_parse_xml
from drafter.messages import N_

INSERTED = "ins"
DELETED = "del"

_W = f"{{{W_NS}}}"
_INS_TAGS = {f"{_W}ins", f"{_W}moveTo"}
_DEL_TAGS = {f"{_W}del", f"{_W}moveFrom"}
# Containers of runs that carry no revision meaning of their own: recurse into them.
_RUN_CONTAINERS = {
    f"{_W}{t}"
    for t in ("hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent", "dir", "bdo")
}
_SKIP_IN_PARAGRAPH = {
    f"{_W}{t}" for t in ("pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "proofErr")
}
_SYM_OFFSET = 0xF000  # w:sym chars in symbol fonts live in the private area F000-F0FF


@dataclass
class Revision:
    """One tracked change as found in the file: kind, author, date and its text."""

    kind: str  # "ins" | "del" (moveTo counts as ins, moveFrom as del) | "ins-mark" | "del-mark"
    author: str
    date: str
    text: str
    paragraph: int  # index of the paragraph (in file order, tables included)


@dataclass
class _Para:
    accepted: str
    rejected: str
    mark_inserted: bool
    mark_deleted: bool
    row_inserted: bool = False
    row_deleted: bool = False


@dataclass
class RedlineText:
    """The paragraphs of a document with tracked changes, in file order (table cells included).

    Each story (the body, or one table cell) keeps its own paragraph-mark merging: a deleted
    mark joins a paragraph to the next one when accepting, an inserted mark when rejecting.
    """

    stories: list[list[_Para]] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)

    def accept_all(self) -> list[str]:
        """The text with every change accepted: insertions kept, deletions dropped."""
        return self._view(accept=True)

    def reject_all(self) -> list[str]:
        """The text with every change rejected: the text before the changes."""
        return self._view(accept=False)

    def _view(self, *, accept: bool) -> list[str]:
        out: list[str] = []
        for story in self.stories:
            pending = ""
            merging = False
            for para in story:
                if (para.row_deleted and accept) or (para.row_inserted and not accept):
                    continue
                text = para.accepted if accept else para.rejected
                joins = para.mark_deleted if accept else para.mark_inserted
                pending += text
                merging = True
                if joins:
                    continue
                out.append(pending)
                pending, merging = "", False
            if merging:  # the story's last mark cannot go: what was joined stays
                out.append(pending)
        return out

    @property
    def paragraphs(self) -> int:
        return sum(len(s) for s in self.stories)


class _Reader:
    def __init__(self) -> None:
        self.result = RedlineText()
        self.paragraph_index = 0

    # -- block level ---------------------------------------------------------------------
    def blocks(
        self, container: Iterable[etree._Element], story: list[_Para], row: str = ""
    ) -> None:
        for child in container:
            tag = child.tag
            if tag == f"{_W}p":
                story.append(self.paragraph(child, row))
            elif tag == f"{_W}tbl":
                self.table(child)
            elif tag in (f"{_W}sdt", f"{_W}customXml"):
                content = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
                if content is not None:
                    self.blocks(content, story, row)
            elif tag in _INS_TAGS | _DEL_TAGS or tag == f"{_W}sdtContent":
                self.blocks(child, story, row)

    def table(self, tbl: etree._Element) -> None:
        for tr in tbl.iter(f"{_W}tr"):
            if tr.getparent() is not tbl and tr.getparent().tag != f"{_W}sdtContent":
                continue
            row = ""
            trpr = tr.find(f"{_W}trPr")
            if trpr is not None:
                if trpr.find(f"{_W}del") is not None:
                    row = DELETED
                elif trpr.find(f"{_W}ins") is not None:
                    row = INSERTED
            for tc in tr.iter(f"{_W}tc"):
                if _nearest(tc, f"{_W}tr") is not tr:
                    continue
                story: list[_Para] = []
                self.blocks(tc, story, row)
                self.result.stories.append(story)

    # -- paragraph level -------------------------------------------------------------------
    def paragraph(self, p: etree._Element, row: str) -> _Para:
        accepted: list[str] = []
        rejected: list[str] = []
        self.field_depth: list[str] = []
        self.inlines(p, accepted, rejected, inserted=False, deleted=False)
        mark_ins = mark_del = False
        mark = p.find(f"{_W}pPr/{_W}rPr")
        if mark is not None:
            for rev in mark:
                if rev.tag in _INS_TAGS:
                    mark_ins = True
                    self.note(rev, "ins-mark", "\u00b6")
                elif rev.tag in _DEL_TAGS:
                    mark_del = True
                    self.note(rev, "del-mark", "\u00b6")
        self.paragraph_index += 1
        return _Para(
            "".join(accepted),
            "".join(rejected),
            mark_ins,
            mark_del,
            row_inserted=row == INSERTED,
            row_deleted=row == DELETED,
        )

    def note(self, rev: etree._Element, kind: str, text: str) -> None:
        self.result.revisions.append(
            Revision(
                kind,
                rev.get(f"{_W}author", ""),
                rev.get(f"{_W}date", ""),
                text,
                self.paragraph_index,
            )
        )

    def inlines(
        self,
        container: etree._Element,
        accepted: list[str],
        rejected: list[str],
        *,
        inserted: bool,
        deleted: bool,
    ) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_IN_PARAGRAPH:
                continue
            if tag == f"{_W}r":
                text = self.run_text(child)
                if not text:
                    continue
                if not deleted:
                    accepted.append(text)
                if not inserted:
                    rejected.append(text)
            elif tag in _INS_TAGS or tag in _DEL_TAGS:
                is_ins = tag in _INS_TAGS
                acc: list[str] = []
                rej: list[str] = []
                self.inlines(
                    child,
                    acc,
                    rej,
                    inserted=inserted or is_ins,
                    deleted=deleted or not is_ins,
                )
                shown = "".join(acc if is_ins else rej)
                if shown:
                    self.note(child, INSERTED if is_ins else DELETED, shown)
                accepted.extend(acc)
                rejected.extend(rej)
            elif tag in _RUN_CONTAINERS:
                self.inlines(child, accepted, rejected, inserted=inserted, deleted=deleted)
            elif tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    self.inlines(content, accepted, rejected, inserted=inserted, deleted=deleted)
            # bookmarks, comment ranges, move range markers, permissions: no text

    def run_text(self, r: etree._Element) -> str:
        """The visible text of one run; field codes skipped, field results kept."""
        out: list[str] = []
        for child in r:
            tag = child.tag
            if tag == f"{_W}fldChar":
                kind = child.get(f"{_W}fldCharType")
                if kind == "begin":
                    self.field_depth.append("code")
                elif kind == "separate" and self.field_depth:
                    self.field_depth[-1] = "result"
                elif kind == "end" and self.field_depth:
                    self.field_depth.pop()
                continue
            if self.field_depth and self.field_depth[-1] == "code":
                continue
            if tag in (f"{_W}t", f"{_W}delText"):
                out.append(child.text or "")
            elif tag == f"{_W}tab" or tag == f"{_W}ptab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("\u2011")
            elif tag == f"{_W}sym":
                code = child.get(f"{_W}char", "")
                try:
                    value = int(code, 16)
                except ValueError:
                    continue
                if value >= _SYM_OFFSET:
                    value -= _SYM_OFFSET
                out.append(chr(value))
            # instrText / delInstrText (field codes), softHyphen, drawings: not text
        return "".join(out)


def _nearest(el: etree._Element, tag: str) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _document_xml(path: Path) -> bytes:
    with open_docx(path) as package:
        return package.read("word/document.xml")


def read_redline_xml(document_xml: bytes, name: str = "document.xml") -> RedlineText:
    """The tracked-change text of a word/document.xml given as bytes."""
    root = safe_parse_xml(document_xml, name)
    body = root.find(f"{_W}body")
    if body is None:
        raise ImportFailed(N_("{name} is not a Word document: it has no body."), name=name)
    reader = _Reader()
    story: list[_Para] = []
    reader.result.stories.append(story)
    # Tables split the body: paragraphs after a table are a story of their own only for the
    # merge rule's sake if a mark before the table is deleted; Word merges across, we do not.
    for child in body:
        if child.tag == f"{_W}tbl":
            reader.table(child)
            story = []
            reader.result.stories.append(story)
        else:
            reader.blocks([child], story)
    reader.result.stories = [s for s in reader.result.stories if s]
    return reader.result


def read_redline(path: str | Path) -> RedlineText:
    """Read ``path`` (.docx): accept_all() and reject_all() give its paragraphs' texts."""
    path = Path(path)
    data = _document_xml(path)
    return read_redline_xml(data, f"{path.name} (word/document.xml)")
