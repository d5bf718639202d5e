"""Read a returned .docx for review: paragraphs with who inserted and deleted what, comments with
their ranges and threads, bookmarks rebuilt by name, identity properties; and the lines we sent."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from drafter.core import review_doc as rv
from drafter.errors import ImportFailed
from drafter.io.docx_ns import W_NS
from drafter.io.safety import (
    EMPTY,
    LEGACY_DOC,
    MAX_MEMBER_SIZE,
    OLE2_MAGIC,
    DocxPackage,
    open_docx,
    password_protected,
    safe_parse_xml,
)
from drafter.messages import N_, message

W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
W16CID_NS = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
_W = f"{{{W_NS}}}"
_W14 = f"{{{W14_NS}}}"
_W15 = f"{{{W15_NS}}}"
_W16CID = f"{{{W16CID_NS}}}"
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_INS = {f"{_W}ins", f"{_W}moveTo"}
_DEL = {f"{_W}del", f"{_W}moveFrom"}
_TRANSPARENT = {
    f"{_W}{t}" for t in ("hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")
}
_CHARS = {
    f"{_W}tab": "\t",
    f"{_W}ptab": "\t",
    f"{_W}br": "\n",
    f"{_W}cr": "\n",
    f"{_W}noBreakHyphen": "\u2011",
}
_DATE = re.compile(r"[1-9]\d{3}-\d\d-\d\dT")
_NOT_DOCX = N_("{name} is not a Word .docx document (not a zip package, or a damaged one).")
_PARTS = {  # relationship type endings → the usual part names
    "/comments": "word/comments.xml",
    "/commentsExtended": "word/commentsExtended.xml",
    "/people": "word/people.xml",
    "/commentsIds": "word/commentsIds.xml",
}


def _date(value: str | None) -> str | None:
    """A revision's or comment's date; None when absent or invalid (``0-00-00T00:00:00Z``)."""
    return value if value and _DATE.match(value) else None


class _BytesPackage(DocxPackage):
    """A .docx given as bytes (a file kept in the project), with the same checks as a path."""

    def __init__(self, data: bytes, name: str) -> None:
        self.path = Path(name)
        self.name = name
        if not data:
            raise ImportFailed(EMPTY, name=name)
        if data.startswith(OLE2_MAGIC):
            if "EncryptedPackage".encode("utf-16-le") in data:
                raise ImportFailed(password_protected(name))
            raise ImportFailed(message(LEGACY_DOC, name=name))
        if len(data) > MAX_MEMBER_SIZE:
            raise ImportFailed(
                N_("{name} is larger than {mb} MB, too large for a returned file."),
                name=name,
                mb=MAX_MEMBER_SIZE // (1024 * 1024),
            )
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise ImportFailed(_NOT_DOCX, name=name) from None
        try:
            self._check_members()
        except BaseException:
            self._zip.close()
            raise


class _Body:
    """One pass over word/document.xml: paragraphs, revisions, bookmarks, comment anchors."""

    def __init__(self) -> None:
        self.paragraphs: list[rv.RPara] = []
        self.starts: dict[str, int] = {}  # bookmark name → earliest paragraph
        self.ends: dict[str, int] = {}  # bookmark name → last paragraph
        self._bookmark_ids: dict[str, str] = {}
        self.ranges: dict[str, list[rv.RPoint | None]] = {}  # comment id → [start, end, ref]
        self._revs = 0
        self._segs: list[rv.Seg] = []
        self._offset = 0
        self._field: list[bool] = []  # per open field: still in its code

    def rev(self, el: etree._Element) -> rv.Rev:
        self._revs += 1
        return rv.Rev(el.get(f"{_W}author", ""), _date(el.get(f"{_W}date")), str(self._revs))

    def blocks(self, container: Iterable[etree._Element]) -> None:
        for child in container:
            tag = child.tag
            if tag == f"{_W}p":
                self.paragraph(child)
            elif tag == f"{_W}tbl":
                for row in child.iterchildren(f"{_W}tr"):
                    for cell in row.iterchildren(f"{_W}tc"):
                        self.blocks(cell)
            elif tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    self.blocks(content)
            elif tag in _INS or tag in _DEL or tag == f"{_W}customXml":
                self.blocks(child)
            else:
                self.marker(child)

    def paragraph(self, p: etree._Element) -> None:
        self._segs = []
        self._offset = 0
        self._field = []
        index = len(self.paragraphs)
        para = rv.RPara([], para_id=p.get(f"{_W14}paraId", ""))
        self.paragraphs.append(para)
        ppr = p.find(f"{_W}pPr")
        if ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            para.style = style.get(f"{_W}val", "") if style is not None else ""
            for rev in ppr.iterfind(f"{_W}rPr/*"):
                if rev.tag in _INS:
                    para.mark_ins = self.rev(rev)
                elif rev.tag in _DEL:
                    para.mark_del = self.rev(rev)
        self.inlines(p, None, None, index)
        para.segs = self._segs

    def inlines(
        self, container: etree._Element, ins: rv.Rev | None, dele: rv.Rev | None, index: int
    ) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag == f"{_W}pPr":
                continue
            if tag == f"{_W}r":
                self.run(child, ins, dele, index)
            elif tag in _INS:
                self.inlines(child, self.rev(child), dele, index)
            elif tag in _DEL:
                self.inlines(child, ins, self.rev(child), index)
            elif tag in _TRANSPARENT:
                self.inlines(child, ins, dele, index)
            elif tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    self.inlines(content, ins, dele, index)
            else:
                self.marker(child, index)

    def marker(self, el: etree._Element, index: int | None = None) -> None:
        """Bookmarks and comment ranges (between paragraphs they belong to the next one)."""
        at = len(self.paragraphs) if index is None else index
        offset = self._offset if index is not None else 0
        tag = el.tag
        key = el.get(f"{_W}id", "")
        if tag == f"{_W}bookmarkStart":
            name = el.get(f"{_W}name", "")
            self._bookmark_ids[key] = name
            self.starts[name] = min(self.starts.get(name, at), at)
        elif tag == f"{_W}bookmarkEnd":
            name = self._bookmark_ids.get(key, "")
            if name:
                end = at if index is not None else max(at - 1, 0)
                self.ends[name] = max(self.ends.get(name, end), end)
        elif tag == f"{_W}commentRangeStart":
            self.ranges.setdefault(key, [None, None, None])[0] = rv.RPoint(at, offset)
        elif tag == f"{_W}commentRangeEnd":
            end_at = at if index is not None else max(at - 1, 0)
            self.ranges.setdefault(key, [None, None, None])[1] = rv.RPoint(end_at, offset)

    def run(self, r: etree._Element, ins: rv.Rev | None, dele: rv.Rev | None, index: int) -> None:
        text: list[str] = []
        for child in r:
            tag = child.tag
            if tag == f"{_W}fldChar":
                self._field_char(child.get(f"{_W}fldCharType"))
            elif self._field and self._field[-1]:
                continue
            elif tag in (f"{_W}t", f"{_W}delText"):
                text.append(child.text or "")
            elif tag in _CHARS:
                text.append(_CHARS[tag])
            elif tag == f"{_W}sym":
                try:
                    code = int(child.get(f"{_W}char", ""), 16)
                except ValueError:
                    continue
                text.append(chr(code - 0xF000 if code >= 0xF000 else code))
            elif tag == f"{_W}commentReference":
                point = rv.RPoint(index, self._offset + len("".join(text)))
                self.ranges.setdefault(child.get(f"{_W}id", ""), [None, None, None])[2] = point
        joined = "".join(text)
        if not joined:
            return
        last = self._segs[-1] if self._segs else None
        if last is not None and last.ins is ins and last.deleted is dele:
            self._segs[-1] = rv.Seg(last.text + joined, ins, dele)
        else:
            self._segs.append(rv.Seg(joined, ins, dele))
        self._offset += len(joined)

    def _field_char(self, kind: str | None) -> None:
        """A field's code is skipped and its result kept: begin opens the code, separate ends it."""
        if kind == "begin":
            self._field.append(True)
        elif self._field:
            if kind == "separate":
                self._field[-1] = False
            elif kind == "end":
                self._field.pop()

    def bookmarks(self) -> dict[str, tuple[int, int]]:
        """Each name's span: earliest start, last end (LibreOffice writes some names twice)."""
        out: dict[str, tuple[int, int]] = {}
        for name, first in self.starts.items():
            last = self.ends.get(name, first)
            out[name] = (first, max(first, last))
        return out


def _read_xml(package: DocxPackage, member: str) -> etree._Element | None:
    if not package.has(member):
        return None
    return safe_parse_xml(package.read(member), f"{package.name} ({member})")


def _part_names(package: DocxPackage) -> dict[str, str]:
    names = dict(_PARTS)
    rels = _read_xml(package, "word/_rels/document.xml.rels")
    if rels is not None:
        for rel in rels.iterfind(f"{_RELS}Relationship"):
            kind = rel.get("Type", "")
            for ending in _PARTS:
                if kind.endswith(ending) and rel.get("TargetMode") != "External":
                    target = rel.get("Target", "").lstrip("/")
                    names[ending] = target if target.startswith("word/") else f"word/{target}"
    return names


def _text_of(el: etree._Element) -> str:
    paras = []
    for p in el.iter(f"{_W}p"):
        paras.append("".join(t.text or "" for t in p.iter(f"{_W}t", f"{_W}delText")))
    return "\n".join(paras)


def _comments(
    package: DocxPackage, parts: dict[str, str], ranges: dict[str, list[rv.RPoint | None]]
) -> tuple[list[rv.RComment], bool]:
    root = _read_xml(package, parts["/comments"])
    if root is None:
        return [], False
    out: list[rv.RComment] = []
    for el in root.iterfind(f"{_W}comment"):
        key = el.get(f"{_W}id", "")
        start, end, ref = ranges.get(key, [None, None, None])
        paras = el.findall(f".//{_W}p")
        out.append(
            rv.RComment(
                key=key,
                author=el.get(f"{_W}author", ""),
                date=_date(el.get(f"{_W}date")),
                text=_text_of(el),
                start=start,
                end=end,
                ref=ref,
                initials=el.get(f"{_W}initials", ""),
                para_id=paras[-1].get(f"{_W14}paraId", "") if paras else "",
            )
        )
    threaded = False
    extended = _read_xml(package, parts["/commentsExtended"])
    if extended is not None:
        by_para = {c.para_id: c for c in out if c.para_id}
        for ex in extended.iterfind(f"{_W15}commentEx"):
            comment = by_para.get(ex.get(f"{_W15}paraId", ""))
            if comment is None:
                continue
            comment.done = ex.get(f"{_W15}done", "0") in ("1", "true")
            parent = ex.get(f"{_W15}paraIdParent", "")
            if parent:
                comment.parent_para_id = parent
                threaded = True
    ids = _read_xml(package, parts["/commentsIds"])
    if ids is not None:
        durable = {
            x.get(f"{_W16CID}paraId", ""): x.get(f"{_W16CID}durableId", "")
            for x in ids.iterfind(f"{_W16CID}commentId")
        }
        for comment in out:
            comment.durable_id = durable.get(comment.para_id, "") if comment.para_id else ""
    return out, threaded


def _people(package: DocxPackage, parts: dict[str, str]) -> tuple[str, ...]:
    root = _read_xml(package, parts["/people"])
    if root is None:
        return ()
    return tuple(p.get(f"{_W15}author", "") for p in root.iterfind(f"{_W15}person"))


def _properties(package: DocxPackage) -> dict[str, str]:
    root = _read_xml(package, "docProps/custom.xml")
    if root is None:
        return {}
    out: dict[str, str] = {}
    for prop in root.iterfind(f"{_CUSTOM}property"):
        value = next(iter(prop), None)
        out[prop.get("name", "")] = (value.text or "") if value is not None else ""
    return out


def _read(package: DocxPackage) -> rv.RDoc:
    root = safe_parse_xml(package.read("word/document.xml"), f"{package.name} (word/document.xml)")
    body = root.find(f"{_W}body")
    if body is None:
        raise ImportFailed(N_("{name} is not a Word document: it has no body."), name=package.name)
    reader = _Body()
    reader.blocks(body)
    parts = _part_names(package)
    comments, threaded = _comments(package, parts, reader.ranges)
    settings = _read_xml(package, "word/settings.xml")
    app = _read_xml(package, "docProps/app.xml")
    application = app.findtext(f"{_APP}Application", "") if app is not None else ""
    return rv.RDoc(
        name=package.name,
        paragraphs=reader.paragraphs,
        comments=comments,
        bookmarks=reader.bookmarks(),
        properties=_properties(package),
        people=_people(package, parts),
        track_revisions=settings is not None and settings.find(f"{_W}trackRevisions") is not None,
        application=application or "",
        threaded=threaded,
    )


def read_returned(path: str | Path) -> rv.RDoc:
    """Read a returned .docx (refusing damaged, legacy, encrypted, bomb-like or DTD files)."""
    with open_docx(Path(path)) as package:
        return _read(package)


def read_returned_bytes(data: bytes, name: str) -> rv.RDoc:
    """Read a returned .docx given as bytes, with the same checks; ``name`` names it in errors."""
    with _BytesPackage(data, name) as package:
        return _read(package)


_ROLE_OF_STYLE = {"Title": "title", "Heading1": "container", "Subtitle": "container"}


def _innermost(doc: rv.RDoc) -> list[str]:
    """Per paragraph, the bookmark of the smallest span holding it ("" when none)."""
    best: list[tuple[int, int, str] | None] = [None] * len(doc.paragraphs)
    for name, (first, last) in doc.bookmarks.items():
        for i in range(first, min(last, len(doc.paragraphs) - 1) + 1):
            held = (last - first, -first, name)
            if best[i] is None or held < best[i]:  # type: ignore[operator]
                best[i] = held
    return [b[2] if b else "" for b in best]


def _target(value: str, act: str) -> tuple[str, str, str]:
    """(act, address, role) from a bookmark's property: ``ADDRESS``, ``ADDRESS#ROLE`` or
    ``ACT|ADDRESS|ROLE``."""
    if "|" in value:
        parts = value.split("|")
        return (
            parts[0] or act,
            parts[1] if len(parts) > 1 else "",
            parts[2] if len(parts) > 2 else "",
        )
    address, _, role = value.partition("#")
    return act, address, role


def sent_file(data: bytes, name: str) -> rv.SentFile:
    """The lines of a file we exported, read back from its bytes: one per paragraph, with its
    bookmark, (act, address, role) from the file's properties, text and our revisions."""
    doc = read_returned_bytes(data, name)
    act = doc.properties.get("DrafterAct", "")
    names = _innermost(doc)
    lines: list[rv.SentLine] = []
    seen: set[str] = set()
    author, stamp = "", None
    for para, bookmark in zip(doc.paragraphs, names, strict=True):
        line_act, address, role = _target(doc.properties.get(bookmark, ""), act)
        if not role:
            role = _ROLE_OF_STYLE.get(para.style, "")
        if not role:
            role = "head" if para.style == "Heading2" else "closing" if address in seen else "text"
        seen.add(address)
        revs: list[rv.SentRev] = []
        offset = 0
        for seg in para.segs:
            for kind, rev in (("ins", seg.ins), ("del", seg.deleted)):
                if rev is None:
                    continue
                if not author:
                    author, stamp = rev.author, rev.date
                last = revs[-1] if revs else None
                if (
                    last is not None
                    and last.kind == kind
                    and last.offset + len(last.text) == offset
                ):
                    revs[-1] = rv.SentRev(kind, last.offset, last.text + seg.text)
                else:
                    revs.append(rv.SentRev(kind, offset, seg.text))
            offset += len(seg.text)
        for kind, mark in (("ins-mark", para.mark_ins), ("del-mark", para.mark_del)):
            if mark is not None:
                revs.append(rv.SentRev(kind, offset, ""))
        lines.append(
            rv.SentLine(bookmark, line_act, address, role, rv.their_view(para), tuple(revs))
        )
    return rv.SentFile(name, tuple(lines), author, stamp, tuple(sorted(doc.properties.items())))


def sent_lines(data: bytes) -> list[rv.SentLine]:
    """The lines of a file we exported (see :func:`sent_file`)."""
    return list(sent_file(data, "sent.docx").lines)
