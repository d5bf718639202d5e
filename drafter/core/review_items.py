"""The items of a returned file — their revisions, comments, untracked edits, rejected changes of
ours — each placed on the unit of the line its paragraph stands for."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.core.normalize import normalize
from drafter.core.review_align import ALIGNED, FUZZY_METHOD, Match
from drafter.core.review_doc import (
    UNPLACED,
    Item,
    Ours,
    RComment,
    RDoc,
    Rev,
    RPara,
    RPoint,
    SentFile,
    SentLine,
    all_theirs,
    common_unit,
    in_sent,
    their_view,
)
from drafter.core.worddiff import word_changes

_QUOTE_WORDS = 4
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Spot:
    """Where a paragraph's items go: the line, the unit, and how that was found."""

    line: int | None
    address: str | None
    position: str | None
    method: str


@dataclass
class _Event:
    kind: str  # ins | del
    rev: Rev
    text: str
    at: int  # offset in the paragraph's sent view


def _before(text: str, at: int) -> str:
    return " ".join(_WORD.findall(text[:at])[-_QUOTE_WORDS:])


def _after(text: str, at: int) -> str:
    return " ".join(_WORD.findall(text[at:])[:_QUOTE_WORDS])


def _anchor(text: str, at: int) -> str:
    """The words an insertion at ``at`` is attached to: those before it, else those after."""
    return _before(text, at) or _after(text, at)


def _edit(quote: str, proposed: str, rev: Rev) -> Item:
    """A tracked edit of theirs: the words it takes away (or is attached to) and its new words."""
    return Item("edit", "", None, quote.strip(), proposed.strip(), None, rev.author, rev.date)


class _Collector:
    def __init__(
        self,
        doc: RDoc,
        sent: SentFile,
        ours: Ours,
        views: list[str],
        matches: list[Match | None],
    ) -> None:
        self.doc, self.sent, self.ours, self.views, self.matches = doc, sent, ours, views, matches
        self.act = next((x.act for x in sent.lines if x.act), "")
        self.found: list[tuple[tuple[int, int, int], Item]] = []
        self.keys: tuple[Sequence[str], Sequence[str]] | None = None
        self._spots = self._paragraph_spots()
        theirs = Counter(
            r.author
            for p in doc.paragraphs
            for s in p.segs
            for r in (s.ins, s.deleted)
            if r is not None and not ours(r)
        )
        theirs.update(c.author for c in doc.comments)
        self.author = theirs.most_common(1)[0][0] if theirs else ""

    # -- where each paragraph goes ---------------------------------------------------------------
    def _paragraph_spots(self) -> list[_Spot]:
        lines = self.sent.lines
        n = len(self.matches)
        prev: list[int | None] = [None] * n
        nxt: list[int | None] = [None] * n
        last: int | None = None
        for i, match in enumerate(self.matches):
            prev[i] = last
            if match is not None:
                last = match.lines[-1]
        last = None
        for i in range(n - 1, -1, -1):
            nxt[i] = last
            if self.matches[i] is not None:
                last = self.matches[i].lines[0]  # type: ignore[union-attr]
        spots: list[_Spot] = []
        for i, match in enumerate(self.matches):
            if match is not None:
                j = match.lines[0]
                spots.append(_Spot(j, lines[j].address, None, match.method))
                continue
            a, b = prev[i], nxt[i]
            if a is None and b is None:
                spots.append(_Spot(None, None, None, UNPLACED))
            elif a is None:
                assert b is not None
                spots.append(_Spot(b, lines[b].address, None, FUZZY_METHOD))
            else:
                here = (
                    lines[a].address
                    if b is None
                    else common_unit(lines[a].address, lines[b].address)
                )
                method = FUZZY_METHOD if b is None else ALIGNED
                spots.append(_Spot(a, here, f"after {lines[a].address}", method))
        return spots

    def _line_at(self, i: int, offset: int) -> int | None:
        """The line of paragraph ``i`` holding ``offset`` of its sent view (two when it joins)."""
        match = self.matches[i]
        if match is None:
            return self._spots[i].line
        if len(match.lines) == 1:
            return match.lines[0]
        at = 0
        for j in match.lines:
            at += len(self.sent.lines[j].text) + 1
            if offset < at:
                return j
        return match.lines[-1]

    def add(self, i: int, offset: int, item: Item, *, line: int | None = None) -> None:
        spot = self._spots[i] if 0 <= i < len(self._spots) else _Spot(None, None, None, UNPLACED)
        if line is None and spot.position is None:
            line = self._line_at(i, offset) if 0 <= i < len(self._spots) else None
        if item.address is None and spot.address is not None:
            if line is not None and spot.position is None:
                item.address = self.sent.lines[line].address
                item.role = self.sent.lines[line].role
            else:
                item.address = spot.address
                item.position = item.position or spot.position
            item.placement = spot.method
        src = line if line is not None else spot.line
        if not item.act and src is not None and src < len(self.sent.lines):
            item.act = self.sent.lines[src].act
        item.act = item.act or self.act
        item.paragraph = i
        self.found.append(((i, offset, len(self.found)), item))

    # -- their tracked edits -------------------------------------------------------------------
    def edits(self, i: int, para: RPara) -> None:
        view = self.views[i]
        events = self._events(para)
        if self.matches[i] is None and all_theirs(para, self.ours) and para.raw.strip():
            rev = next(s.ins for s in para.segs if s.ins is not None)
            item = Item("edit", "", None, "", their_view(para), None, rev.author, rev.date)
            item.note = "new_paragraph"
            self.add(i, 0, item)
            return
        theirs_del = [e for e in events if e.kind == "del"]
        if view.strip() and not their_view(para).strip() and theirs_del:
            rev = theirs_del[0].rev
            item = Item("edit", "", None, view, "", None, rev.author, rev.date)
            item.note = "deleted_paragraph"
            self.add(i, 0, item)
            return
        k = 0
        while k < len(events):
            first = events[k]
            pair = events[k + 1] if k + 1 < len(events) else None
            end = first.at + (len(first.text) if first.kind == "del" else 0)
            if (
                pair is not None
                and pair.kind != first.kind
                and pair.rev.author == first.rev.author
                and not view[end : pair.at].strip()
            ):
                gone, new = (first, pair) if first.kind == "del" else (pair, first)
                self.add(i, first.at, _edit(gone.text, new.text, gone.rev))
                k += 2
                continue
            if first.kind == "del":
                item = _edit(first.text, "", first.rev)
            else:
                item = _edit(first.text, first.text, first.rev)
                item.quote = _anchor(view, first.at)
            self.add(i, first.at, item)
            k += 1

    def _events(self, para: RPara) -> list[_Event]:
        events: list[_Event] = []
        at = 0
        for seg in para.segs:
            if not seg.text:
                continue
            ins = seg.ins is not None and not self.ours(seg.ins)
            dele = seg.deleted is not None and not self.ours(seg.deleted)
            kind, rev = ("ins", seg.ins) if ins and not dele else ("del", seg.deleted)
            if ins != dele and rev is not None:
                last = events[-1] if events else None
                if last is not None and last.kind == kind and last.rev.key == rev.key:
                    last.text += seg.text
                else:
                    events.append(_Event(kind, rev, seg.text, at))
            if in_sent(seg, self.ours):
                at += len(seg.text)
        return events

    def marks(self) -> None:
        """Their paragraph-mark revisions not part of a whole paragraph they added or removed."""
        paras = self.doc.paragraphs
        wholes = {
            i
            for _, x in self.found
            if x.note in ("new_paragraph", "deleted_paragraph")
            for i in (x.paragraph,)
        }
        for i, para in enumerate(paras):
            for rev, note in ((para.mark_ins, "splits"), (para.mark_del, "joins_next")):
                if rev is None or self.ours(rev):
                    continue
                if i in wholes or i + 1 in wholes:
                    continue
                view = self.views[i]
                item = Item(
                    "edit", "", None, _before(view, len(view)), "", None, rev.author, rev.date
                )
                item.note = note
                self.add(i, len(view), item)

    # -- comments --------------------------------------------------------------------------------
    def comments(self) -> None:
        by_para = {c.para_id: c for c in self.doc.comments if c.para_id}
        ordered = sorted(self.doc.comments, key=self._comment_order)
        item_of: dict[str, Item] = {}
        previous: RComment | None = None
        for comment in ordered:
            start = comment.start or comment.ref
            end = comment.end or comment.ref or start
            item = Item(
                "comment",
                "",
                None,
                self._quote(start, end),
                None,
                comment.text,
                comment.author,
                comment.date,
                resolved=comment.done,
            )
            parent = by_para.get(comment.parent_para_id) if comment.parent_para_id else None
            if parent is None and not self.doc.threaded and previous is not None:
                same = (previous.start or previous.ref, previous.end) == (start, comment.end)
                if same and previous.author != comment.author:
                    parent = previous
                    item.probable_reply = True
            if start is None or end is None:
                self.add(-1, 0, item)
            else:
                self._place_range(item, start, end)
            if parent is not None and parent.key in item_of:
                item.parent = id(item_of[parent.key])
                item.address = item_of[parent.key].address
                item.position = item_of[parent.key].position
                item.placement = item_of[parent.key].placement
            item_of[comment.key] = item
            if parent is None:
                previous = comment

    def _comment_order(self, c: RComment) -> tuple[int, int, str]:
        point = c.start or c.ref
        return (point.paragraph, point.offset, c.date or "") if point else (1 << 30, 0, "")

    def _place_range(self, item: Item, start: RPoint, end: RPoint) -> None:
        n = len(self._spots)
        if not (0 <= start.paragraph < n and 0 <= end.paragraph < n):
            self.add(-1, 0, item)
            return
        a, b = self._spots[start.paragraph], self._spots[end.paragraph]
        if start.paragraph == end.paragraph:
            self.add(start.paragraph, self._view_offset(start), item)
            return
        if a.address is None or b.address is None:
            self.add(start.paragraph, 0, item)
            return
        item.address = common_unit(a.address, b.address)
        item.placement = a.method if a.method != ALIGNED else b.method
        self.add(start.paragraph, self._view_offset(start), item)

    def _view_offset(self, point: RPoint) -> int:
        para = self.doc.paragraphs[point.paragraph]
        at = raw = 0
        for seg in para.segs:
            if raw >= point.offset:
                break
            take = min(len(seg.text), point.offset - raw)
            if in_sent(seg, self.ours):
                at += take
            raw += len(seg.text)
        return at

    def _quote(self, start: RPoint | None, end: RPoint | None) -> str:
        """The words a comment covers, as the reviewer saw them (every change accepted)."""
        if start is None or end is None or start.paragraph >= len(self.doc.paragraphs):
            return ""
        out: list[str] = []
        for i in range(start.paragraph, min(end.paragraph, len(self.doc.paragraphs) - 1) + 1):
            raw = 0
            words: list[str] = []
            lo = start.offset if i == start.paragraph else 0
            hi = end.offset if i == end.paragraph else 1 << 30
            for seg in self.doc.paragraphs[i].segs:
                a, b = max(lo - raw, 0), min(hi - raw, len(seg.text))
                if a < b and seg.deleted is None:
                    words.append(seg.text[a:b])
                raw += len(seg.text)
            out.append("".join(words))
        return normalize(" ".join(x for x in out if x))

    # -- edits made with tracking off, changes of ours rejected ----------------------------------
    def untracked(self) -> None:
        groups: dict[tuple[int, ...], list[int]] = {}
        for i, match in enumerate(self.matches):
            if match is not None:
                groups.setdefault(match.lines, []).append(i)
        lines = self.sent.lines
        for key, paras in groups.items():
            if self.keys is not None and len(key) == len(paras) == 1:
                if self.keys[0][paras[0]] == self.keys[1][key[0]]:
                    continue
            view = " ".join(self.views[i] for i in paras)
            text = " ".join(lines[j].text for j in key)
            if normalize(view) == normalize(text):
                continue
            current = " ".join(lines[j].current for j in key)
            against_current = word_changes(current, view)
            changes = word_changes(text, view)
            spans = _rejected_spans([lines[j] for j in key], view, len(changes))
            for change in changes:
                rejected = not any(
                    c.new_start <= change.new_end and change.new_start <= c.new_end
                    for c in against_current
                ) or any(a <= change.old_end and change.old_start <= b for a, b in spans)
                j = self._line_of_offset(key, change.old_start)
                if rejected:
                    quote = change.old_text or change.new_text
                    item = Item(
                        "rejects_change", "", None, quote, change.new_text, None, self.author, None
                    )
                else:
                    quote = change.old_text or _anchor(text, change.old_start)
                    item = Item(
                        "untracked", "", None, quote, change.new_text, None, self.author, None
                    )
                item.address, item.role = lines[j].address, lines[j].role
                item.placement = self._spots[paras[0]].method
                self.add(paras[0], change.new_start, item, line=j)

    def _line_of_offset(self, key: tuple[int, ...], offset: int) -> int:
        at = 0
        for j in key:
            at += len(self.sent.lines[j].text) + 1
            if offset < at:
                return j
        return key[-1]

    def lost_and_new_paragraphs(self) -> None:
        """Lines no paragraph stands for, and paragraphs of text no line stands for."""
        held = {j for m in self.matches if m is not None for j in m.lines}
        lines = self.sent.lines
        carried = self._carried(held)
        after = 0  # the returned paragraph a lost line goes before
        for j, line in enumerate(lines):
            while after < len(self.matches) and (
                self.matches[after] is None or self.matches[after].lines[-1] < j  # type: ignore[union-attr]
            ):
                after += 1
            if j in held or not normalize(line.text or line.current):
                continue
            if not line.text:  # a line we deleted, gone: they accepted our deletion
                continue
            if j in carried:  # its paragraph came back too short to be aligned
                i = carried[j]
                view = self.views[i]
                changes = word_changes(line.text, view)
                kind = (
                    "rejects_change" if _rejected_spans([line], view, len(changes)) else "untracked"
                )
                item = Item(kind, line.act, line.address, line.text, view, None, self.author, None)
                item.role, item.placement = line.role, FUZZY_METHOD
                self.add(i, 0, item, line=j)
                continue
            kind = "rejects_change" if not normalize(line.current) else "untracked"
            item = Item(kind, line.act, line.address, line.text, "", None, self.author, None)
            item.role, item.placement = line.role, FUZZY_METHOD
            item.note = "deleted_paragraph"
            self.add(max(after - 1, 0), 1 << 20, item, line=j)
        taken = set(carried.values())
        for i, para in enumerate(self.doc.paragraphs):
            if self.matches[i] is not None or not normalize(self.views[i]) or i in taken:
                continue
            if all_theirs(para, self.ours):
                continue
            item = Item("untracked", "", None, "", self.views[i], None, self.author, None)
            item.note = "new_paragraph"
            self.add(i, 0, item)

    def _carried(self, held: set[int]) -> dict[int, int]:
        """Lost line → the unaligned paragraph that still carries one of the line's deletions of
        ours (its own words were taken away: what is left is too short to align)."""
        wanted: dict[str, int] = {}
        for j, line in enumerate(self.sent.lines):
            if j not in held:
                for rev in line.revisions:
                    if rev.kind == "del" and len(rev.text.strip()) > 20:
                        wanted.setdefault(normalize(rev.text), j)
        if not wanted:
            return {}
        out: dict[int, int] = {}
        for i, para in enumerate(self.doc.paragraphs):
            if self.matches[i] is not None:
                continue
            for seg in para.segs:
                if seg.deleted is None or not self.ours(seg.deleted):
                    continue
                lost = wanted.get(normalize(seg.text))
                if lost is not None and lost not in out:
                    out[lost] = i
                    break
        return out

    def result(self) -> list[Item]:
        ordered = [item for _, item in sorted(self.found, key=lambda x: x[0])]
        index = {id(item): n for n, item in enumerate(ordered)}
        for item in ordered:
            if item.parent is not None:
                item.parent = index.get(item.parent)
            if item.address is None:
                item.placement = UNPLACED
                item.position = None
        return ordered


def _one_rejected(line: SentLine, k: int) -> tuple[str, tuple[int, int]] | None:
    """The line's text with only its revision ``k`` of ours rejected (as Word or LibreOffice
    leave it: the words of a rejected deletion back where they stood, glued to their
    neighbours), and where in the text that revision stood; None for a paragraph mark."""
    target = line.revisions[k]
    if target.kind not in ("ins", "del") or not target.text.strip():
        return None
    raw = line.raw
    out: list[str] = []
    at = pos = 0  # in the raw text, in the text (ours accepted)
    span = (0, 0)
    for rev in sorted(line.revisions, key=lambda r: r.offset):
        gap = raw[at : rev.offset]
        out.append(gap)
        pos += len(gap)
        at = rev.offset + len(rev.text)
        if rev is target:
            span = (pos, pos + (len(rev.text) if rev.kind == "ins" else 0))
            if rev.kind == "del":
                out.append(rev.text)
            else:
                pos += len(rev.text)
        elif rev.kind == "ins":
            out.append(rev.text)
            pos += len(rev.text)
    out.append(raw[at:])
    return "".join(out), span


def _rejected_spans(lines: list[SentLine], view: str, changes: int) -> list[tuple[int, int]]:
    """Where, in the lines' joined text, a single change of ours was rejected: rejecting it alone
    brings the text nearer to what came back (the reviewer rejected half of a replacement)."""
    spans: list[tuple[int, int]] = []
    base = 0
    texts = [x.text for x in lines]
    for n, line in enumerate(lines):
        for k in range(len(line.revisions)):
            found = _one_rejected(line, k)
            if found is None:
                continue
            variant, (a, b) = found
            joined = " ".join(variant if m == n else t for m, t in enumerate(texts))
            if len(word_changes(joined, view)) < changes:
                spans.append((base + a, base + b))
        base += len(line.text) + 1
    return spans


def collect(
    doc: RDoc,
    sent: SentFile,
    ours: Ours,
    views: list[str],
    matches: list[Match | None],
    keys: tuple[Sequence[str], Sequence[str]] | None = None,
) -> list[Item]:
    """The items of ``doc`` in file order, placed through the paragraph pairing ``matches``.

    ``keys``: the alignment keys of the paragraphs and of the lines, when already computed
    (equal keys: nothing changed there).
    """
    collector = _Collector(doc, sent, ours, views, matches)
    collector.keys = keys
    for i, para in enumerate(doc.paragraphs):
        collector.edits(i, para)
    collector.marks()
    collector.comments()
    collector.untracked()
    collector.lost_and_new_paragraphs()
    return collector.result()
