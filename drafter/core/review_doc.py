"""What a returned review file holds and what was sent: paragraphs, revisions, comments, lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

UNPLACED = "unplaced"


# --- the returned document ----------------------------------------------------------------------
@dataclass(frozen=True)
class Rev:
    """Who made a tracked change: author, date (None when absent or invalid) and a unique key."""

    author: str
    date: str | None
    key: str  # unique per revision element in the file (file ids are renumbered by editors)


@dataclass(frozen=True)
class Seg:
    """A stretch of a paragraph's text with the insertion and deletion that hold it, if any."""

    text: str
    ins: Rev | None = None
    deleted: Rev | None = None


@dataclass
class RPara:
    """A paragraph of the returned file (body or table cell), in file order."""

    segs: list[Seg]
    mark_ins: Rev | None = None  # the paragraph mark's own revisions
    mark_del: Rev | None = None
    style: str = ""
    para_id: str = ""  # w14:paraId

    @property
    def raw(self) -> str:
        """All its text, insertions and deletions included."""
        return "".join(s.text for s in self.segs)


@dataclass(frozen=True)
class RPoint:
    """A position in the returned file: paragraph index and character offset in its raw text."""

    paragraph: int
    offset: int


@dataclass
class RComment:
    """A comment with where it is anchored and what the file says of its thread."""

    key: str
    author: str
    date: str | None
    text: str
    start: RPoint | None = None
    end: RPoint | None = None
    ref: RPoint | None = None
    initials: str = ""
    para_id: str = ""  # w14:paraId of the comment's last paragraph (commentsExtended's key)
    parent_para_id: str = ""  # w15:paraIdParent: the comment it answers
    done: bool = False  # resolved
    durable_id: str = ""  # w16cid:durableId (Word 2016+; LibreOffice drops it)


@dataclass
class RDoc:
    """A returned .docx as Drafter reads it: paragraphs, comments, bookmarks, properties."""

    name: str
    paragraphs: list[RPara]
    comments: list[RComment] = field(default_factory=list)
    bookmarks: dict[str, tuple[int, int]] = field(default_factory=dict)  # first, last paragraph
    properties: dict[str, str] = field(default_factory=dict)  # docProps/custom.xml
    people: tuple[str, ...] = ()  # display names of people.xml
    track_revisions: bool = False
    application: str = ""
    threaded: bool = False  # the file has commentsExtended threading (paraIdParent)

    def covering(self) -> list[frozenset[str]]:
        """Per paragraph, the names of the bookmarks whose span holds it, innermost ones only."""
        spans: list[list[tuple[int, str]]] = [[] for _ in self.paragraphs]
        for name, (first, last) in self.bookmarks.items():
            if 0 <= first <= last < len(self.paragraphs):
                for i in range(first, last + 1):
                    spans[i].append((last - first, name))
        out: list[frozenset[str]] = []
        for held in spans:
            if not held:
                out.append(frozenset())
                continue
            held.sort()
            # the innermost two sizes: a unit and its parent (a unit printed on its parent's line)
            sizes = sorted({size for size, _ in held})[:2]
            out.append(frozenset(name for size, name in held if size in sizes))
        return out


# --- what was sent ----------------------------------------------------------------------------
@dataclass(frozen=True)
class SentRev:
    """One of our tracked changes in a sent line: kind, offset in the line's raw text, text."""

    kind: str  # ins | del | ins-mark | del-mark (the paragraph mark, empty text)
    offset: int
    text: str


@dataclass(frozen=True)
class SentLine:
    """A paragraph as sent: its bookmark, unit, role, text (ours accepted) and our revisions."""

    bookmark: str
    act: str
    address: str
    role: str
    text: str
    revisions: tuple[SentRev, ...] = ()

    @property
    def current(self) -> str:
        """The text with our revisions rejected (the act as in force)."""
        return self._views()[1]

    @property
    def raw(self) -> str:
        """The text with our insertions and deletions both shown (as the file holds it)."""
        return self._views()[0]

    def _views(self) -> tuple[str, str]:
        raw: list[str] = []
        current: list[str] = []
        pos = 0  # in self.text
        at = 0  # in the raw text
        for rev in sorted(self.revisions, key=lambda r: r.offset):
            gap = self.text[pos : pos + max(rev.offset - at, 0)]
            raw.append(gap)
            current.append(gap)
            pos += len(gap)
            at += len(gap)
            raw.append(rev.text)
            at += len(rev.text)
            if rev.kind == "del":
                current.append(rev.text)
            else:
                pos += len(rev.text)
        raw.append(self.text[pos:])
        current.append(self.text[pos:])
        return "".join(raw), "".join(current)


@dataclass(frozen=True)
class SentFile:
    """A file as sent: its lines and the signature of our revisions (author, export stamp)."""

    name: str
    lines: tuple[SentLine, ...]
    author: str = ""
    stamp: str | None = None
    properties: tuple[tuple[str, str], ...] = ()


# --- the result -------------------------------------------------------------------------------
@dataclass
class Item:
    """One item of the returned file (a revision of theirs, a comment, an untracked edit, a
    change of ours they rejected), with the unit it is placed on and how it was placed."""

    kind: str  # edit | comment | untracked | rejects_change
    act: str
    address: str | None  # None: unplaced
    quote: str
    proposed: str | None
    text: str | None
    author: str
    date: str | None
    position: str | None = None  # "after ADDRESS" for an inserted paragraph
    placement: str = UNPLACED  # exact | aligned | fuzzy | unplaced
    paragraph: int = -1  # where in the returned file (paragraph index)
    role: str = ""  # the role of the line it is on (head, text, closing...)
    parent: int | None = None  # the item a reply answers (index in the result)
    probable_reply: bool = False  # threading rebuilt: same range, next, another author
    resolved: bool = False
    note: str = ""  # joins_next | splits | new_paragraph | deleted_paragraph

    def entry(self) -> dict[str, object]:
        """The ``review --json`` entry (no "address" when unplaced)."""
        out: dict[str, object] = {
            "address": self.address,
            "act": self.act,
            "kind": self.kind,
            "quote": self.quote,
            "proposed": self.proposed,
            "text": self.text,
            "author": self.author,
            "position": self.position,
        }
        if self.address is None:
            del out["address"]
        return out


@dataclass
class Review:
    """The items of a returned file, how many of our revisions were found and how they were told."""

    items: list[Item]
    ours_found: int
    by_content: bool  # ours told by content (anonymized file), not by author and date
    anchored: dict[str, int]  # paragraphs paired, by method

    @property
    def placed(self) -> list[Item]:
        return [x for x in self.items if x.address is not None]

    @property
    def unplaced(self) -> list[Item]:
        return [x for x in self.items if x.address is None]


Ours = Callable[[Rev], bool]  # is this revision ours?


# --- views ------------------------------------------------------------------------------------
def sent_view(para: RPara, ours: Ours) -> str:
    """The paragraph with our revisions accepted and theirs rejected: what we sent."""
    return "".join(s.text for s in para.segs if in_sent(s, ours))


def their_view(para: RPara) -> str:
    """The paragraph with every revision accepted: their proposed wording."""
    return "".join(s.text for s in para.segs if s.deleted is None)


def in_sent(seg: Seg, ours: Ours) -> bool:
    """Is the segment in the text we sent (ours accepted, theirs rejected)?"""
    if seg.ins is not None and not ours(seg.ins):
        return False
    return not (seg.deleted is not None and ours(seg.deleted))


def base_text(para: RPara) -> str:
    """Its text that nobody inserted (what a paragraph deleted by us still shows)."""
    return "".join(s.text for s in para.segs if s.ins is None)


def all_theirs(para: RPara, ours: Ours) -> bool:
    """Its text is all inserted by them (a paragraph only the reviewer wrote), or it is empty."""
    return all(s.ins is not None and not ours(s.ins) for s in para.segs if s.text)


def revisions(doc: RDoc) -> Iterable[Rev]:
    """Every revision of the file, once per segment or mark that carries it."""
    for para in doc.paragraphs:
        for seg in para.segs:
            if seg.ins is not None:
                yield seg.ins
            if seg.deleted is not None:
                yield seg.deleted
        if para.mark_ins is not None:
            yield para.mark_ins
        if para.mark_del is not None:
            yield para.mark_del


def common_unit(a: str, b: str) -> str:
    """The deepest unit holding both addresses (their longest common prefix of key:label pairs)."""
    out: list[str] = []
    for x, y in zip(a.split("/") if a else [], b.split("/") if b else [], strict=False):
        if x != y:
            break
        out.append(x)
    return "/".join(out)
