"""A returned review file read against the lines as sent: ours told from theirs, every item placed.

The returned file comes in as an ``RDoc`` (drafter.io.review_reader), what was sent as a
``SentFile`` (both in drafter.core.review_doc); :func:`review` gives one ``Item`` per item of
the file — a revision of theirs, a comment, an edit made with tracking off, a change of ours
they rejected — each placed on the deepest unit it touches, or unplaced. Nothing is dropped.
"""

from __future__ import annotations

from drafter.core.normalize import normalize
from drafter.core.review_align import FUZZY, Match, Side, align, similarity
from drafter.core.review_doc import (
    UNPLACED,
    Ours,
    RDoc,
    Rev,
    Review,
    RPara,
    SentFile,
    all_theirs,
    base_text,
    revisions,
    sent_view,
)
from drafter.core.review_items import collect

KINDS = ("edit", "comment", "untracked", "rejects_change")
PLACEMENTS = ("exact", "aligned", "fuzzy", "manual", UNPLACED)


def anonymized(doc: RDoc) -> bool:
    """Every revision and comment by one author and none dated (Word's "remove personal info")."""
    authors = {r.author for r in revisions(doc)} | {c.author for c in doc.comments}
    dated = any(r.date for r in revisions(doc)) or any(c.date for c in doc.comments)
    return len(authors) == 1 and not dated


def signed_ours(doc: RDoc, sent: SentFile) -> set[str]:
    """Keys of the revisions with our author and export stamp."""
    return {r.key for r in revisions(doc) if r.author == sent.author and r.date == sent.stamp}


def classify(doc: RDoc, sent: SentFile) -> tuple[Ours, bool]:
    """Which revisions are ours, and whether that was told by content rather than signature.

    By author and export stamp first. By content when the file is anonymized, or when none of
    its revisions carries our signature although we sent some: in each returned paragraph
    paired with a sent line on the raw text, the revisions that match the line's own by kind
    and text, in order, are ours.
    """
    signed = signed_ours(doc, sent)
    we_sent = any(line.revisions for line in sent.lines)
    if not we_sent or (signed and not anonymized(doc)):
        return (lambda rev: rev.key in signed), False
    keys: set[str] = set()
    for para, match in zip(doc.paragraphs, raw_alignment(doc, sent), strict=True):
        if match is None:
            continue
        lines = [sent.lines[j] for j in match.lines]
        mine = [
            (r.kind, normalize(r.text))
            for line in lines
            for r in line.revisions
            if not r.kind.endswith("-mark")
        ]
        keys.update(_matching(_para_revs(para), mine))
        marks = {r.kind for line in lines for r in line.revisions if r.kind.endswith("-mark")}
        for kind, mark in (("ins-mark", para.mark_ins), ("del-mark", para.mark_del)):
            if mark is not None and kind in marks:
                keys.add(mark.key)
    return (lambda rev: rev.key in keys), True


def _para_revs(para: RPara) -> list[tuple[str, str, Rev]]:
    """The paragraph's revisions in order: (kind, text, rev), one per revision element."""
    order: list[tuple[str, Rev]] = []
    texts: dict[tuple[str, str], list[str]] = {}
    for seg in para.segs:
        for kind, rev in (("ins", seg.ins), ("del", seg.deleted)):
            if rev is None or not seg.text:
                continue
            if (kind, rev.key) not in texts:
                texts[(kind, rev.key)] = []
                order.append((kind, rev))
            texts[(kind, rev.key)].append(seg.text)
    return [(kind, "".join(texts[(kind, rev.key)]), rev) for kind, rev in order]


def _matching(theirs: list[tuple[str, str, Rev]], mine: list[tuple[str, str]]) -> set[str]:
    """Keys of the returned revisions that are ours: the longest common subsequence by kind
    and text, then the pieces of one of ours that their edit inside it split apart."""
    got = [(kind, normalize(text)) for kind, text, _ in theirs]
    n, m = len(got), len(mine)
    if not n or not m:
        return set()
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            if got[a] == mine[b]:
                table[a][b] = table[a + 1][b + 1] + 1
            else:
                table[a][b] = max(table[a + 1][b], table[a][b + 1])
    keys: set[str] = set()
    used: set[int] = set()
    a = b = 0
    while a < n and b < m:
        if got[a] == mine[b]:
            keys.add(theirs[a][2].key)
            used.add(b)
            a, b = a + 1, b + 1
        elif table[a + 1][b] >= table[a][b + 1]:
            a += 1
        else:
            b += 1
    left = [mine[k] for k in range(m) if k not in used]
    for (kind, text), (_, _, rev) in zip(got, theirs, strict=True):
        if rev.key not in keys and len(text) > 1 and any(kind == k and text in t for k, t in left):
            keys.add(rev.key)
    return keys


def raw_alignment(doc: RDoc, sent: SentFile) -> list[Match | None]:
    """Paragraphs paired with lines on their raw text (deletions included), for telling ours."""
    raws = [normalize(p.raw) for p in doc.paragraphs]
    line_raws = [normalize(line.raw) for line in sent.lines]
    return align(
        Side(raws, raws),
        Side(line_raws, line_raws),
        doc.covering(),
        [x.bookmark for x in sent.lines],
    )


def paragraph_keys(doc: RDoc, ours: Ours, views: list[str]) -> Side:
    """The returned side of the alignment: each paragraph's text as sent.

    A paragraph we deleted whole is keyed by the words it still shows; one only they wrote has
    no key (it pairs with nothing).
    """
    keys: list[str] = []
    texts: list[str] = []
    for view, para in zip(views, doc.paragraphs, strict=True):
        if view:
            text = normalize(view)
            keys.append(text)
        else:
            text = normalize(base_text(para))
            keys.append("" if all_theirs(para, ours) else "\x00" + text)
        texts.append(text)
    return Side(keys, texts)


def line_keys(sent: SentFile) -> Side:
    """The sent side of the alignment: each line's text (a line we deleted: its current text)."""
    texts = [normalize(x.text or x.current) for x in sent.lines]
    keys = [t if x.text else "\x00" + t for x, t in zip(sent.lines, texts, strict=True)]
    return Side(keys, texts)


def content_score(doc: RDoc, sent: SentFile) -> float:
    """The share of the returned paragraphs of text that are, as sent, one of ``sent``'s lines.

    How surely ``doc`` is a copy of ``sent`` when its properties say nothing (stripped, or a
    copy into a new document): 1.0 for the file as sent, near 0 for another file.
    """
    ours, _ = classify(doc, sent)
    views = [sent_view(p, ours) for p in doc.paragraphs]
    keys = [k for k in paragraph_keys(doc, ours, views).keys if k.strip("\x00")]
    if not keys:
        return 0.0
    known = set(line_keys(sent).keys)
    return sum(1 for k in keys if k in known) / len(keys)


def review(doc: RDoc, sent: SentFile) -> Review:
    """Every item of the returned ``doc`` read against ``sent``, placed on its unit or unplaced."""
    ours, by_content = classify(doc, sent)
    views = [sent_view(p, ours) for p in doc.paragraphs]
    returned, lines = paragraph_keys(doc, ours, views), line_keys(sent)
    matches = align(returned, lines, doc.covering(), [x.bookmark for x in sent.lines])
    anchored: dict[str, int] = {}
    for match in matches:
        if match is not None:
            anchored[match.method] = anchored.get(match.method, 0) + 1
    found = {r.key for r in revisions(doc) if ours(r)}
    items = collect(doc, sent, ours, views, matches, (returned.keys, lines.keys))
    return Review(items, len(found), by_content, anchored)


__all__ = [
    "FUZZY",
    "KINDS",
    "PLACEMENTS",
    "anonymized",
    "classify",
    "content_score",
    "line_keys",
    "paragraph_keys",
    "raw_alignment",
    "review",
    "signed_ours",
    "similarity",
]
