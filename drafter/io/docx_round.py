"""Round files: one hidden bookmark per paragraph, the paragraphs as sent, the file's identity.

A file sent in an approval round carries, in every paragraph, its own bookmark ``_drf<n>``
that starts and ends inside it (a bookmark spanning paragraphs loses its start when LibreOffice
saves twice), and in ``docProps/custom.xml`` its identity and the map bookmark → act, address,
role (``act|address|role``). The writers tag each paragraph they build with its
:class:`~drafter.core.rounds.Target`; the consolidated text, written by docx_redline, is
matched to its printed lines here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from lxml import etree

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.linelayout import typographic
from drafter.io.docx_ns import w
from drafter.io.docx_package import DocProps, write_docx
from drafter.io.docx_page import PageSetup
from drafter.io.docx_redline import Aligned, align_lines, build_redline, scoped_lines

BOOKMARK_PREFIX = "_drf"
# What a writer knows about each paragraph it built (lxml keeps one proxy per element while it
# is referenced, so the element itself is the key).
Marks = dict[etree._Element, r.Target]

_P, _PPR, _R = w("p"), w("pPr"), w("r")
_INS, _DEL, _ID = w("ins"), w("del"), w("id")
_BOOKMARKS = (w("bookmarkStart"), w("bookmarkEnd"))
_NAME = w("name")


@dataclass
class RoundMark:
    """Asks a writer for a round file: the file's identity in, its paragraphs as sent out."""

    identity: r.FileIdentity
    sent: list[r.SentParagraph] = field(default_factory=list)


def paragraph_segments(p: etree._Element) -> tuple[list[tuple[int, str]], str]:
    """A paragraph's text as segments (-1 deleted, 0 kept, 1 inserted) and its mark revision."""
    pieces: list[tuple[int, str]] = []
    for run in p.iter(_R):
        parent = run.getparent()
        wrapper = parent.tag if parent is not None else ""
        op = -1 if wrapper == _DEL else 1 if wrapper == _INS else 0
        for node in run:
            tag = etree.QName(node).localname
            piece = (node.text or "") if tag in ("t", "delText") else ""
            pieces.append((op, "\n" if tag == "br" else "\t" if tag == "tab" else piece))
    segments = [
        (op, text)
        for op, group in groupby(pieces, key=itemgetter(0))
        if (text := "".join(t for _, t in group))
    ]
    ppr = p.find(_PPR)
    rpr = ppr.find(w("rPr")) if ppr is not None else None
    mark = ""
    if rpr is not None:
        mark = "ins" if rpr.find(_INS) is not None else "del" if rpr.find(_DEL) is not None else ""
    return segments, mark


Segments = list[tuple[int, str]]


def mark_paragraphs(
    document: etree._Element,
    targets: list[r.Target],
    read: list[tuple[Segments, str]] | None = None,
) -> list[r.SentParagraph]:
    """Give every paragraph of ``document`` (body and table cells, in order) its own bookmark.

    Bookmarks already there are removed (the consolidated text's unit spans). ``targets`` has
    one entry per paragraph (``read``: their :func:`paragraph_segments`, when the caller has
    them). Returns the paragraphs as sent. An empty paragraph prints nothing
    and gets no bookmark (its bookmark is ""): LibreOffice drops one after a table.
    """
    for node in list(document.iter(*_BOOKMARKS)):
        node.getparent().remove(node)
    paragraphs = list(document.iter(_P))
    if len(paragraphs) != len(targets):
        raise ValueError(f"{len(paragraphs)} paragraphs but {len(targets)} targets")
    used = [int(v) for v in (e.get(_ID) for e in document.iter()) if v and v.isdigit()]
    next_id = max(used, default=0) + 1
    sent: list[r.SentParagraph] = []
    if read is None:
        read = [paragraph_segments(p) for p in paragraphs]
    for n, (p, target, (segments, mark)) in enumerate(
        zip(paragraphs, targets, read, strict=True), start=1
    ):
        name = f"{BOOKMARK_PREFIX}{n}" if segments else ""
        if name:
            start = etree.Element(w("bookmarkStart"), {_ID: str(next_id), _NAME: name})
            end = etree.Element(w("bookmarkEnd"), {_ID: str(next_id)})
            next_id += 1
            ppr = p.find(_PPR)
            p.insert(0 if ppr is None else p.index(ppr) + 1, start)
            p.append(end)
        text = "".join(t for op, t in segments if op >= 0)
        revisions = tuple(segments) if any(op for op, _ in segments) else ()
        sent.append(
            r.SentParagraph(
                n - 1,
                name,
                target.act,
                target.address,
                target.role,
                target.place,
                text,
                revisions,
                mark,
            )
        )
    return sent


def round_properties(identity: r.FileIdentity, sent: list[r.SentParagraph]) -> dict[str, str]:
    """The custom properties of a round file: its identity, then the bookmark map in order."""
    props = identity.properties()
    for p in sent:
        if p.bookmark:
            props[p.bookmark] = f"{p.act}|{p.address}|{p.role}"
    return props


def targets_of(document: etree._Element, marks: Marks, act: str = "") -> list[r.Target]:
    """The target of every paragraph in document order; an untagged one is a blank."""
    return [marks.get(p, r.Target(act, "", r.ROLE_BLANK)) for p in document.iter(_P)]


def write_round_docx(
    path: Path,
    document: etree._Element,
    setup: PageSetup,
    props: DocProps,
    targets: list[r.Target],
    mark: RoundMark,
    *,
    track_revisions: bool = False,
    read: list[tuple[Segments, str]] | None = None,
) -> Path:
    """Bookmark every paragraph, add the identity and the map to the properties, write."""
    mark.sent = mark_paragraphs(document, targets, read)
    props.custom = {**props.custom, **round_properties(mark.identity, mark.sent)}
    return write_docx(Path(path), document, setup, props, track_revisions=track_revisions)


# --- the consolidated text ---------------------------------------------------------------------
_WINDOW = 64  # how far ahead a paragraph's line is looked for


def redline_targets(
    texts: list[tuple[str, str]], aligned: list[Aligned], act: str
) -> list[r.Target]:
    """The printed line of each paragraph of a consolidated text, from its two readings.

    ``texts`` holds each paragraph's (accept-all, reject-all) text in order; a paragraph is the
    line whose proposed wording it reads as, else the deleted line whose current wording it
    reads as (a paragraph that shares its mark with a deleted one reads as the inserted line).
    """
    out: list[r.Target] = []
    j = 0
    for accepted, rejected in texts:
        by_after = by_before = None
        for k in range(j, min(j + _WINDOW, len(aligned))):
            x = aligned[k]
            if by_after is None and x.after is not None and x.after.text == accepted:
                by_after = k
            if by_before is None and x.after is None and x.before is not None:
                if x.before.text == rejected:
                    by_before = k
            if by_after is not None:
                break
        k_hit = by_after if by_after is not None and accepted else by_before
        if k_hit is None:
            k_hit = by_after if by_after is not None else min(j, len(aligned) - 1)
        if k_hit < 0:
            out.append(r.Target(act, "", r.ROLE_BLANK))
            continue
        line = aligned[k_hit].line
        out.append(r.Target(act, line.address, line.role))
        j = k_hit + 1
    return out


def write_round_redline(
    before: m.Act,
    after: m.Act,
    path: Path,
    mark: RoundMark,
    *,
    author: str,
    date: datetime,
    scope: str,
    style: str | None,
) -> dict[str, str]:
    """The consolidated text as a round file; returns its map bookmark → unit address."""
    redline = build_redline(before, after, author=author, date=date, scope=scope, style=style)
    b_lines, a_lines = scoped_lines(before, after, redline.setup, scope)
    aligned = align_lines(b_lines, a_lines)
    read = [paragraph_segments(p) for p in redline.document.iter(_P)]
    texts: list[tuple[str, str]] = []
    for segments, _mark in read:
        texts.append(
            (
                "".join(t for op, t in segments if op >= 0),
                "".join(t for op, t in segments if op <= 0),
            )
        )
    targets = redline_targets(texts, aligned, before.slug)
    props = DocProps(
        title=typographic(redline.title, redline.setup),
        author=author,
        date=date,
        lang=redline.setup.lang,
        custom=dict(redline.extra),
    )
    write_round_docx(
        path, redline.document, redline.setup, props, targets, mark, track_revisions=True, read=read
    )
    return {p.bookmark: p.address for p in mark.sent if p.bookmark}
