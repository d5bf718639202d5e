"""Returned paragraphs paired with the lines as sent: bookmarks first, then text between them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

FUZZY = 0.6  # least word similarity of a paragraph and a sent line taken as the same paragraph
_DP_CELLS = 40_000  # gaps larger than this are paired greedily, not by the full table

BOOKMARK = "exact"
ALIGNED = "aligned"
FUZZY_METHOD = "fuzzy"


@dataclass(frozen=True)
class Match:
    """The sent lines one returned paragraph stands for (one, or two it joins) and how found."""

    lines: tuple[int, ...]
    method: str  # exact (a bookmark, text verified) | aligned (same text) | fuzzy (similar)


@dataclass(frozen=True)
class Side:
    """One side of an alignment: per paragraph or line, an exact key and a text to compare."""

    keys: Sequence[str]
    texts: Sequence[str]


def similarity(a: str, b: str) -> float:
    """Word similarity of two texts in 0..1 (difflib's ratio over whitespace-split words)."""
    if a == b:
        return 1.0
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return 0.0
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    if matcher.real_quick_ratio() < FUZZY or matcher.quick_ratio() < FUZZY:
        return 0.0
    return matcher.ratio()


def align(
    returned: Side,
    sent: Side,
    bookmarks: Sequence[frozenset[str]],
    line_bookmarks: Sequence[str],
) -> list[Match | None]:
    """Per returned paragraph, the sent lines it stands for, or None (a paragraph of theirs).

    Anchors come from bookmarks: a paragraph covered by a bookmark of a line with the same text
    (a similar text is not enough: after two LibreOffice saves a bookmark can sit on the
    paragraph next to its own, and an article's heading reads much like its first part).
    Between consecutive anchors, paragraphs pair by equal keys, then by word
    similarity of at least 0.6, one to one, one to two or two to one. The pairing keeps order.
    """
    out: list[Match | None] = [None] * len(returned.keys)
    anchors = _anchors(returned, sent, bookmarks, line_bookmarks)
    for i, j, _ in anchors:
        out[i] = Match((j,), BOOKMARK)
    bounds = [(-1, -1), *[(i, j) for i, j, _ in anchors], (len(returned.keys), len(sent.keys))]
    for (i0, j0), (i1, j1) in pairwise(bounds):
        if i1 - i0 > 1 and j1 - j0 > 1:
            _gap(returned, sent, range(i0 + 1, i1), range(j0 + 1, j1), out)
    return out


def _anchors(
    returned: Side,
    sent: Side,
    bookmarks: Sequence[frozenset[str]],
    line_bookmarks: Sequence[str],
) -> list[tuple[int, int, float]]:
    by_name: dict[str, list[int]] = {}
    for j, name in enumerate(line_bookmarks):
        if name:
            by_name.setdefault(name, []).append(j)
    found: list[tuple[int, int, float]] = []
    last = -1
    for i, names in enumerate(bookmarks):
        if not names or not returned.keys[i]:
            continue
        candidates = sorted({j for name in names for j in by_name.get(name, ())})
        if not candidates:
            continue
        key = returned.keys[i]
        exact = [j for j in candidates if sent.keys[j] == key]
        if exact:
            after = [j for j in exact if j > last]
            j = after[0] if after else exact[0]
            found.append((i, j, 1.0))
            last = j
    return _increasing(found)


def _increasing(anchors: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The longest run of anchors whose lines increase with the paragraphs (moved text drops)."""
    tails: list[int] = []  # line index ending the best run of each length
    tail_at: list[int] = []  # anchor index of that end
    back: list[int] = [-1] * len(anchors)
    for n, (_, j, _) in enumerate(anchors):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k] = j
            tail_at[k] = n
        back[n] = tail_at[k - 1] if k else -1
    run: list[tuple[int, int, float]] = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        run.append(anchors[n])
        n = back[n]
    return run[::-1]


def _gap(returned: Side, sent: Side, rows: range, cols: range, out: list[Match | None]) -> None:
    """Pair the paragraphs ``rows`` with the lines ``cols``: equal keys, then similar texts."""
    a = [returned.keys[i] for i in rows]
    b = [sent.keys[j] for j in cols]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    pi = pj = 0
    for block in matcher.get_matching_blocks():
        if block.a > pi and block.b > pj:
            _fuzzy(
                returned,
                sent,
                range(rows[pi], rows[block.a - 1] + 1),
                range(cols[pj], cols[block.b - 1] + 1),
                out,
            )
        for k in range(block.size):
            i, j = rows[block.a + k], cols[block.b + k]
            if a[block.a + k]:
                out[i] = Match((j,), ALIGNED)
        pi, pj = block.a + block.size, block.b + block.size


def _fuzzy(returned: Side, sent: Side, rows: range, cols: range, out: list[Match | None]) -> None:
    """Similar texts in a gap, in order: 1:1, a paragraph joining two lines, two splitting one."""
    if len(rows) * len(cols) > _DP_CELLS:
        _greedy(returned, sent, rows, cols, out)
        return
    rt = [returned.texts[i] for i in rows]
    st = [sent.texts[j] for j in cols]
    n, k = len(rt), len(st)
    score = [[0.0] * (k + 1) for _ in range(n + 1)]
    move: list[list[tuple[int, int, float]]] = [[(0, 0, 0.0)] * (k + 1) for _ in range(n + 1)]

    def consider(a: int, b: int, da: int, db: int, sim: float) -> None:
        value = score[a - da][b - db] + sim * (da + db)
        if value > score[a][b]:
            score[a][b] = value
            move[a][b] = (da, db, sim)

    for a in range(n + 1):
        for b in range(k + 1):
            if a:
                consider(a, b, 1, 0, 0.0)
            if b:
                consider(a, b, 0, 1, 0.0)
            if a and b:
                sim = similarity(rt[a - 1], st[b - 1])
                if sim >= FUZZY:
                    consider(a, b, 1, 1, sim)
                if b > 1:
                    sim = similarity(rt[a - 1], st[b - 2] + " " + st[b - 1])
                    if sim >= FUZZY:
                        consider(a, b, 1, 2, sim)
                if a > 1:
                    sim = similarity(rt[a - 2] + " " + rt[a - 1], st[b - 1])
                    if sim >= FUZZY:
                        consider(a, b, 2, 1, sim)
    a, b = n, k
    while a or b:
        da, db, sim = move[a][b]
        if da == db == 0:  # unreachable: every cell has a move
            break
        if sim > 0:
            lines = tuple(cols[b - db + x] for x in range(db))
            for x in range(da):
                out[rows[a - da + x]] = Match(lines, FUZZY_METHOD)
        a, b = a - da, b - db


def _greedy(returned: Side, sent: Side, rows: range, cols: range, out: list[Match | None]) -> None:
    """A large gap: each paragraph takes the most similar of the next few lines, in order."""
    j = cols.start
    for i in rows:
        best, at = 0.0, -1
        for c in range(j, min(j + 6, cols.stop)):
            sim = similarity(returned.texts[i], sent.texts[c])
            if sim > best:
                best, at = sim, c
        if best >= FUZZY:
            out[i] = Match((at,), FUZZY_METHOD)
            j = at + 1
