"""Plan: the amending operations that turn the current text of an act into the proposed one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.apply import (
    Segment,
    _apply,
    apply,
    find,
    is_sentence,
    last_text_segment,
    segments,
)
from drafter.core.diff import match_children, placement, top_placement
from drafter.core.draft import units_equal
from drafter.core.numbering import same_label
from drafter.core.phrases import (
    AFTER_FUNCTION_WORD,
    IN_NAME,
    OPEN_END,
    end_words,
    opens_phrase,
    slid_inserts,
    weak_insert,
    whole_anchor,
    whole_phrase,
)
from drafter.core.profiles import Profile, get_profile
from drafter.core.quote_spans import (
    Limit,
    Span,
    next_token,
    previous_token,
    unique_quote,
    unique_replacement,
    whole_numbers,
    wider_left,
    wider_right,
)
from drafter.core.restate import RESTATE, decide, forced_form
from drafter.core.styles.base import inbetween_predecessor
from drafter.core.worddiff import (
    Change,
    Tokens,
    diff_tokens,
    normal_form,
    same_text,
    token_cache,
    tokenize,
)
from drafter.errors import EngineError

_WORD_OPS = frozenset({m.REPLACE_WORDS, m.INSERT_WORDS, m.DELETE_WORDS})


@dataclass(frozen=True)
class PlanSettings:
    """When to restate a unit instead of listing point edits (a user setting)."""

    max_edits: int = 3  # more word instructions than this in one unit → restate it
    max_changed_ratio: float = 0.4  # more than this share of its words changed → restate it


class _Restate(Exception):
    """Point edits cannot (or should not) express the change: restate the unit."""


@dataclass
class _Item:
    """One word change in one paragraph (segment) of the unit being planned."""

    si: int
    field: str
    change: Change
    new: Tokens


def plan(
    before: m.Act,
    after: m.Act,
    *,
    restate_threshold: PlanSettings | None = None,
    forms: Mapping[str, str] | None = None,
) -> list[m.Operation]:
    """Operations turning ``before`` into ``after``, in the act's order, current numbering.

    ``after`` may be a fragment: top-level units it lacks are unchanged. New units take their
    labels from ``after``; when ``after`` re-letters a list, the plan says so (add_unit +
    renumber_units). Every article's operations are checked by applying them; if the point
    edits would not give exactly the proposed text, the article is restated instead.
    Whether a unit is patched or restated follows :func:`drafter.core.restate.decide`, or
    ``forms`` (address → "restate" / "patch"), the drafter's choice. Addresses are (re)assigned
    on both acts.
    """
    with token_cache():
        return _plan(before, after, restate_threshold or PlanSettings(), forms or {})


def _plan(
    before: m.Act, after: m.Act, settings: PlanSettings, forms: Mapping[str, str]
) -> list[m.Operation]:
    planner = _Planner(before.slug, get_profile(before.profile), settings)
    planner.forms = forms
    assign_addresses(before)
    assign_addresses(after)
    current = {u.address: u for u in before.top_units()}
    after_top = after.top_units()
    ops: list[m.Operation] = []
    for index, unit in enumerate(after_top):
        base = current.get(unit.address)
        if base is None:
            anchor, position = top_placement(after_top, index, current)
            ops.append(planner.add(unit, "", anchor, position))
        elif not units_equal(base, unit):
            ops.extend(planner.top(base, unit))
    return ops


def _unit_text(unit: m.Unit, profile: Profile) -> str:
    """The unit in the text layout, without editorial notes (they are not law text)."""
    from drafter.core.textlayout import unit_to_text

    bare = unit.copy()
    for u in bare.walk():
        u.notes = []
    return unit_to_text(bare, profile)


class _Planner:
    def __init__(self, slug: str, profile: Profile, settings: PlanSettings) -> None:
        self.slug = slug
        self.profile = profile
        self.settings = settings
        self.taken: list[tuple[int, int, int, int, int]] = []
        self.forms: Mapping[str, str] = {}

    def probe(self, unit: m.Unit) -> m.Act:
        """An act holding only ``unit``, to try operations on."""
        return m.Act(slug=self.slug, profile=self.profile.name, units=[unit])

    # --- whole units ---------------------------------------------------------------------------
    def op(self, kind: str, address: str, **keys: Any) -> m.Operation:
        return m.Operation(kind, self.slug, address, **keys)

    def add(self, unit: m.Unit, parent: str, anchor: str | None, position: str) -> m.Operation:
        return self.op(
            m.ADD_UNIT,
            parent,
            new=_unit_text(unit, self.profile),
            anchor=anchor,
            position=position,
            label=unit.number,
        )

    def restate(self, before: m.Unit, after: m.Unit) -> m.Operation:
        return self.op(m.RESTATE_UNIT, before.address, new=_unit_text(after, self.profile))

    def top(self, before: m.Unit, after: m.Unit) -> list[m.Operation]:
        ops = self.unit(before, after)
        if ops and ops[0].op in (m.RESTATE_UNIT, m.REPEAL_UNIT):
            return ops
        if all(op.op in _WORD_OPS for op in ops):
            return ops  # each unit's word instructions were checked against its own text
        if not self.verify(before, after, ops):
            return [self.restate(before, after)]
        return ops

    def verify(self, before: m.Unit, after: m.Unit, ops: list[m.Operation]) -> bool:
        probe = self.probe(before)
        try:
            result = apply(probe, ops)
        except EngineError:
            return False
        units = result.top_units()
        return len(units) == 1 and units_equal(units[0], after)

    def unit(self, before: m.Unit, after: m.Unit) -> list[m.Operation]:
        if after.repealed and not before.repealed:
            return [self.op(m.REPEAL_UNIT, before.address)]
        if before.repealed != after.repealed:
            return [self.restate(before, after)]
        try:
            patch: list[m.Operation] | None = self.unit_ops(before, after)
        except _Restate:
            patch = None
        if decide(before, after, patch, forced_form(self.forms, before.address)).form == RESTATE:
            return [self.restate(before, after)]
        return patch or []

    def unit_ops(self, before: m.Unit, after: m.Unit) -> list[m.Operation]:
        ops: list[m.Operation] = []
        if not same_text(before.heading, after.heading):
            ops.extend(self.heading_ops(before, after))
        pairs = match_children(before.children, after.children)
        if any(a is None for _b, a in pairs):
            raise _Restate  # a child simply disappears: only a restatement says that
        text_ops, closing_ops = self.own_ops(before, after)
        # Items follow the text of the act: the unit's lead-in before its children, its
        # closing words (a part's sanction) after them (§1.7).
        ops.extend(text_ops)
        renumber = tuple(
            (b.number, a.number) for b, a in pairs if b and a and not same_label(b.number, a.number)
        )
        if renumber:
            ops.append(self.op(m.RENUMBER_UNITS, before.address, renumber=renumber))
        for index, (b, a) in enumerate(pairs):
            if b is None and a is not None:
                anchor, position = _inbetween_placement(pairs, index, *placement(pairs, index))
                ops.append(self.add(a, before.address, anchor, position))
            elif b is not None and a is not None and not units_equal(b, a, label=False):
                ops.extend(self.unit(b, a))
        ops.extend(closing_ops)
        return ops

    # --- words -----------------------------------------------------------------------------------
    def heading_ops(self, before: m.Unit, after: m.Unit) -> list[m.Operation]:
        address = before.address + m.HEADING_SUFFIX
        old, new = _spaced(before.heading), _spaced(after.heading)
        if not old:
            raise _Restate  # nothing to anchor new words to
        if not new:
            return [self.op(m.DELETE_WORDS, address, old=old)]
        whole = [self.op(m.REPLACE_WORDS, address, old=old, new=new)]
        toks = [tokenize(before.heading)]
        tdiff = diff_tokens(before.heading, after.heading)
        items = [_Item(0, "heading", c, tdiff.new) for c in tdiff.changes]
        try:
            planned = self.word_ops(address, toks, items, {0})
        except _Restate:
            return whole
        if self.too_much(len(planned), items, [toks[0]], [tdiff.new]):
            return whole
        ops = [op for _field, op in planned]
        probe = self.probe(before)
        try:
            got = _apply(probe, ops, readdress=False).units[0].heading
        except EngineError:
            return whole
        return ops if same_text(got, after.heading) else whole

    def own_ops(self, before: m.Unit, after: m.Unit) -> tuple[list[m.Operation], list[m.Operation]]:
        fields = [
            name
            for name in ("text", "closing")
            if not same_text(getattr(before, name), getattr(after, name))
        ]
        if not fields:
            return [], []
        segs: list[Segment] = segments(before)
        toks = [tokenize(s.value) for s in segs]
        own = {"text": 0, "closing": len(segs) - 1}
        items: list[_Item] = []
        for name in fields:
            old_text, new_text = getattr(before, name), getattr(after, name)
            if not normal_form(old_text):
                raise _Restate  # words added to an empty paragraph: no anchor
            tdiff = diff_tokens(old_text, new_text)
            items.extend(_Item(own[name], name, c, tdiff.new) for c in tdiff.changes)
        if (
            not before.children
            and sum(t.word_count() for t in toks) <= _SHORT_UNIT_WORDS
            and any(_awkward_change(toks[item.si], item) for item in items)
        ):
            raise _Restate  # «пункт «в» изложить …», not «слова «, -» заменить …»
        planned = self.word_ops(before.address, toks, items, set(own.values()))
        text_ops = [op for field, op in planned if field == "text"]
        closing_ops = [op for field, op in planned if field == "closing"]
        if not self.own_text_ok(before, after, text_ops + closing_ops):
            raise _Restate
        return text_ops, closing_ops

    def own_text_ok(self, before: m.Unit, after: m.Unit, ops: list[m.Operation]) -> bool:
        """Do the word instructions give exactly the proposed lead-in and closing?"""
        probe = self.probe(before)
        try:
            got = _apply(probe, ops, readdress=False).units[0]
        except EngineError:
            return False
        return same_text(got.text, after.text) and same_text(got.closing, after.closing)

    def too_much(
        self, edits: int, items: list[_Item], old: list[Tokens], new: list[Tokens]
    ) -> bool:
        if edits > self.settings.max_edits:
            return True
        total = sum(t.word_count() for t in old) + sum(t.word_count() for t in new)
        changed = 0
        for item in items:
            oi, oj = item.change.old_tokens
            ni, nj = item.change.new_tokens
            changed += old_of(item, old).word_count(oi, oj) + item.new.word_count(ni, nj)
        return total > 0 and changed / total > self.settings.max_changed_ratio

    def word_ops(
        self, address: str, toks: list[Tokens], items: list[_Item], own: set[int]
    ) -> list[tuple[str, m.Operation]]:
        """Word instructions for ``items``, each quoting words unique in the unit's text."""
        out: list[tuple[str, m.Operation]] = []
        consumed: set[int] = set()
        # Token ranges (segment, old i..j, new i..j) already quoted: later quotes stay clear.
        self.taken = []
        for k, item in enumerate(items):
            if k in consumed:
                continue
            old = toks[item.si]
            oi, oj = item.change.old_tokens
            ni, nj = item.change.new_tokens
            lo, hi = self.bounds(items, k, old, item.new, self.taken)
            if item.change.kind == "insert":
                whole = self.insert_or_phrase(address, toks, item, lo, hi)
                if isinstance(whole, m.Operation):
                    out.append((item.field, whole))
                    continue
                oi, oj, ni, nj = whole  # an insertion into a name: the whole name replaced
            snapped = self.phrase(old, item.new, (oi, oj, ni, nj), lo, hi)
            oi, oj, ni, nj = snapped
            if _awkward_change(old, item):  # «слова «положения, -» заменить словом …»
                out.append((item.field, self.extended_op(address, toks, item, lo, hi, snapped)))
                continue
            hits = find(toks, old.keys[oi:oj])
            new_words = _words(item.new, ni, nj) or None
            if len(hits) == 1:
                kind = m.REPLACE_WORDS if new_words else m.DELETE_WORDS
                out.append(
                    (item.field, self.op(kind, address, old=_words(old, oi, oj), new=new_words))
                )
                continue
            numbers_grown = (oi, oj) != item.change.old_tokens
            same = None if numbers_grown else self.same_everywhere(items, k, hits, toks, own)
            if same is not None:
                consumed.update(same)
                kind = m.REPLACE_WORDS if new_words else m.DELETE_WORDS
                out.append(
                    (
                        item.field,
                        self.op(
                            kind, address, old=_words(old, oi, oj), new=new_words, occurrence="all"
                        ),
                    )
                )
                continue
            out.append((item.field, self.extended_op(address, toks, item, lo, hi, snapped)))
        return out

    @staticmethod
    def bounds(
        items: list[_Item],
        k: int,
        old: Tokens,
        new: Tokens,
        taken: list[tuple[int, int, int, int, int]],
    ) -> tuple[tuple[int, int], tuple[int, int]]:
        """How far a quote may grow: (old, new) token limits left and right of item k."""
        item = items[k]
        lo_old = lo_new = 0
        hi_old, hi_new = len(old), len(new)
        for other in items:
            if other is item or other.si != item.si:
                continue
            if other.change.old_tokens[1] <= item.change.old_tokens[0] and (
                other.change.old_tokens < item.change.old_tokens
            ):
                lo_old = max(lo_old, other.change.old_tokens[1])
                lo_new = max(lo_new, other.change.new_tokens[1])
            elif other.change.old_tokens[0] >= item.change.old_tokens[1]:
                hi_old = min(hi_old, other.change.old_tokens[0])
                hi_new = min(hi_new, other.change.new_tokens[0])
        for si, oi, oj, ni, nj in taken:
            if si != item.si:
                continue
            if oj <= item.change.old_tokens[0]:
                lo_old, lo_new = max(lo_old, oj), max(lo_new, nj)
            elif oi >= item.change.old_tokens[1]:
                hi_old, hi_new = min(hi_old, oi), min(hi_new, ni)
        return (lo_old, lo_new), (hi_old, hi_new)

    @staticmethod
    def same_everywhere(
        items: list[_Item], k: int, hits: list[tuple[int, int, int]], toks, own: set[int]
    ) -> list[int] | None:
        """Indexes of the items that make the same change at every place the words occur."""
        item = items[k]
        ni, nj = item.change.new_tokens
        new_keys = item.new.keys[ni:nj]
        found: list[int] = []
        for si, i, j in hits:
            if si not in own:
                return None
            match = None
            for idx, other in enumerate(items):
                if other.si == si and other.change.old_tokens == (i, j):
                    oni, onj = other.change.new_tokens
                    if other.new.keys[oni:onj] == new_keys and other.change.kind != "insert":
                        match = idx
                    break
            if match is None:
                return None
            found.append(match)
        return found

    def extended_op(
        self,
        address: str,
        toks: list[Tokens],
        item: _Item,
        lo: Limit,
        hi: Limit,
        start: Span,
    ) -> m.Operation:
        """A replacement quoting neighbouring words too, grown until it is unique."""
        old, new = toks[item.si], item.new
        span = unique_replacement(toks, old, new, start, lo, hi)
        if span is None:
            raise _Restate
        oi, oj, ni, nj = self.phrase(old, new, span, lo, hi)
        self.taken.append((item.si, oi, oj, ni, nj))
        return self.op(m.REPLACE_WORDS, address, old=_words(old, oi, oj), new=_words(new, ni, nj))

    def phrase(self, old: Tokens, new: Tokens, span: Span, lo: Limit, hi: Limit) -> Span:
        """A replacement's quotes over whole numbers and (in Russian) whole phrases."""
        span = whole_numbers(old, new, span, lo, hi)
        if self.profile.language != "ru":
            return span
        return whole_numbers(old, new, whole_phrase(old, new, span, lo, hi), lo, hi)

    def insert_or_phrase(
        self, address: str, toks: list[Tokens], item: _Item, lo: Limit, hi: Limit
    ) -> m.Operation | Span:
        """The insertion at its best place (§1.7: slid to whole phrases), or — when every
        place cuts a name — the replacement span taking in the word before it."""
        old, new = toks[item.si], item.new
        point, inserted = item.change.old_tokens[0], item.change.new_tokens
        at_end = item.si == last_text_segment(toks) and (
            point == len(old) or end_words(old, new, point, inserted) is not None
        )
        if self.profile.language != "ru" or at_end:
            return self.insert_op(address, toks, item, lo, hi)
        places = slid_inserts(old, new, point, inserted, lo[0], hi[0])
        # the least weak place; among equals one whose words open a phrase («, либо …»)
        best = min(
            places,
            key=lambda place: (weak_insert(old, new, *place), opens_phrase(new, place[1])),
        )
        weakness = weak_insert(old, new, *best)
        if weakness == OPEN_END:  # «лица или» before «Те»: quote «Те» → «лица или Те»
            p, q = next_token(old, best[0], hi[0]), next_token(new, best[1][1], hi[1])
            if p is not None and q is not None and old.keys[p - 1] == new.keys[q - 1]:
                return best[0], p, best[1][0], q
        moved = replace(item.change, old_tokens=(best[0], best[0]), new_tokens=best[1])
        placed = _Item(item.si, item.field, moved, new)
        if weakness == AFTER_FUNCTION_WORD:  # «перед словами «…»», not «после слова «на»»
            op = self.before_words(address, toks, placed, _words(new, *best[1]), lo, hi)
            if op is not None:
                return op
        if weakness in (IN_NAME, AFTER_FUNCTION_WORD):  # the word before quoted with them
            p, q = previous_token(old, best[0], lo[0]), previous_token(new, best[1][0], lo[1])
            if p is not None and q is not None and old.keys[p] == new.keys[q]:
                return p, p + 1, q, best[1][1]
        return self.insert_op(address, toks, placed, lo, hi)

    def insert_next_to(
        self,
        address: str,
        words: str,
        old: Tokens,
        taken: tuple[int, int, int, int, int],
        position: str,
    ) -> m.Operation:
        """Insert ``words`` ``position`` the quoted words ``taken`` (segment, old i..j, new
        i..j), which later quotes keep clear of."""
        self.taken.append(taken)
        anchor = _words(old, taken[1], taken[2])
        return self.op(m.INSERT_WORDS, address, new=words, anchor=anchor, position=position)

    def insert_op(
        self, address: str, toks: list[Tokens], item: _Item, lo: Limit, hi: Limit
    ) -> m.Operation:
        old = toks[item.si]
        point = item.change.old_tokens[0]
        ni, nj = item.change.new_tokens
        words = _words(item.new, ni, nj)
        if item.si == last_text_segment(toks):
            if point == len(old) and (is_sentence(words) or self.profile.language != "ru"):
                return self.op(m.INSERT_WORDS, address, new=words, position="end")
            if self.profile.language == "ru":
                ending = end_words(old, item.new, point, (ni, nj))
                if ending is not None:  # «дополнить словами «; …»», before the closing mark
                    return self.op(m.INSERT_WORDS, address, new=ending, position="end")
            if point == len(old):
                return self.op(m.INSERT_WORDS, address, new=words, position="end")
        for side in (self.after_words, self.before_words):
            op = side(address, toks, item, words, lo, hi)
            if op is not None:
                return op
        raise _Restate

    def after_words(
        self, address: str, toks: list[Tokens], item: _Item, words: str, lo: Limit, hi: Limit
    ) -> m.Operation | None:
        """«после слов «…» дополнить словами «…»»: the words before the insertion point."""
        old, point, ni = toks[item.si], item.change.old_tokens[0], item.change.new_tokens[0]
        end = point
        while end > lo[0] and old.is_space(end - 1):
            end -= 1
        if end <= lo[0]:
            return None
        found = unique_quote(toks, old, (end - 1, end), lambda s: wider_left(old, s, lo[0]))
        if found is None:
            return None
        start, end = self.whole_anchor(old, found, "after", lo[0], hi[0])
        taken = (item.si, start, end, ni - (point - start), ni)
        return self.insert_next_to(address, words, old, taken, "after")

    def before_words(
        self, address: str, toks: list[Tokens], item: _Item, words: str, lo: Limit, hi: Limit
    ) -> m.Operation | None:
        """«перед словами «…» дополнить словами «…»»: the words after the insertion point."""
        old, point, nj = toks[item.si], item.change.old_tokens[0], item.change.new_tokens[1]
        start = point
        while start < hi[0] and old.is_space(start):
            start += 1
        if start >= hi[0]:
            return None
        found = unique_quote(toks, old, (start, start + 1), lambda s: wider_right(old, s, hi[0]))
        if found is None:
            return None
        start, end = self.whole_anchor(old, found, "before", lo[0], hi[0])
        taken = (item.si, start, end, nj, nj + (end - point))
        return self.insert_next_to(address, words, old, taken, "before")

    def whole_anchor(
        self, old: Tokens, span: tuple[int, int], side: str, lo: int, hi: int
    ) -> tuple[int, int]:
        if self.profile.language != "ru":
            return span
        return whole_anchor(old, span, side, lo, hi)


def _inbetween_placement(
    pairs: list[tuple[m.Unit | None, m.Unit | None]],
    index: int,
    anchor: str | None,
    position: str,
) -> tuple[str | None, str]:
    """A new in-between unit (2.1, 2A) at the end of its parent follows the unit it is numbered
    after: «дополнить частью 2.1», not «в конце дополнить частью 2.1»."""
    if anchor is not None or position != "end":
        return anchor, position
    new = pairs[index][1]
    pred = inbetween_predecessor(new.number if new is not None else "")
    if pred is None or index == 0:
        return anchor, position
    prev_before, prev_after = pairs[index - 1]
    if prev_after is None or prev_after.number != pred:
        return anchor, position
    if prev_before is not None:
        return prev_before.address, "after"
    # a run of new units (2.1, 2.2) shares the place of its first
    return _inbetween_placement(pairs, index - 1, *placement(pairs, index - 1))


_RUN_OF_SPACES = re.compile(r"[ \t\r\n\u00a0]{2,}|[\t\r\n]")


_SHORT_UNIT_WORDS = 60  # a unit this short is restated rather than quoted mark by mark
_NAMED_MARKS = frozenset({".", ",", ";", ":"})  # a drafter names these: «точку», «запятую»


def _awkward(text: str) -> bool:
    """Bare punctuation other than one nameable mark (", -"): a drafter cannot name it."""
    return bool(text) and not any(ch.isalnum() for ch in text) and text not in _NAMED_MARKS


def _awkward_change(old: Tokens, item: _Item) -> bool:
    """A replacement or deletion of unnameable marks (", -" → ";"): a short unit is restated,
    otherwise the quote takes in the word before the marks."""
    if item.change.kind == "insert":
        return False
    (oi, oj), (ni, nj) = item.change.old_tokens, item.change.new_tokens
    return _awkward(_words(old, oi, oj)) or _awkward(_words(item.new, ni, nj))


def _spaced(text: str) -> str:
    """Quoted words as a drafter types them: no spaces at the ends, none doubled."""
    return _RUN_OF_SPACES.sub(" ", text).strip()


def _words(tokens: Tokens, i: int, j: int) -> str:
    """Tokens i..j-1 as quoted words (the act's own stray or doubled spaces left out)."""
    return _spaced(tokens.slice(i, j))


def old_of(item: _Item, old: list[Tokens]) -> Tokens:
    return old[0] if item.field in ("text", "heading") else old[-1]
