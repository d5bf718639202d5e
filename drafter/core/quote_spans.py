"""Quoted spans of a text: grown over neighbouring words until unique, over whole numbers."""

from __future__ import annotations

from collections.abc import Callable

from drafter.core.apply import find
from drafter.core.worddiff import Tokens

MAX_QUOTE_STEPS = 12  # how far a quote is extended to make it unique before restating
Limit = tuple[int, int]  # how far a quote may grow: (old token, new token)
Span = tuple[int, int, int, int]  # a replacement's old tokens i..j and new tokens i..j


def cuts_number(text: str, pos: int) -> bool:
    """Does a quote boundary at ``pos`` cut a number ("$|500", "500|,000", "322.|3")?"""
    a = text[pos - 1] if pos > 0 else ""
    b = text[pos] if pos < len(text) else ""
    if not a or not b:
        return False
    if a.isdigit() and b.isdigit():
        return True
    if a == "$" and b.isdigit():
        return True
    if a.isdigit() and b in ",." and text[pos + 1 : pos + 2].isdigit():
        return True
    return a in ",." and b.isdigit() and text[pos - 2 : pos - 1].isdigit()


def whole_numbers(
    old: Tokens, new: Tokens, span: tuple[int, int, int, int], lo: Limit, hi: Limit
) -> tuple[int, int, int, int]:
    """Grow a replacement's quotes over the rest of a number they cut, on both sides alike:
    «$500,000,000» → «$750,000,000», never «500» → «750»."""
    oi, oj, ni, nj = span
    for _ in range(MAX_QUOTE_STEPS):
        left = cuts_number(old.text, old.span(oi, oj)[0]) or (
            ni < nj and cuts_number(new.text, new.span(ni, nj)[0])
        )
        right = cuts_number(old.text, old.span(oi, oj)[1]) or (
            ni < nj and cuts_number(new.text, new.span(ni, nj)[1])
        )
        if not left and not right:
            return oi, oj, ni, nj
        if left:
            if oi - 1 < lo[0] or ni - 1 < lo[1] or old.keys[oi - 1] != new.keys[ni - 1]:
                return span
            oi, ni = oi - 1, ni - 1
        if right:
            if oj >= hi[0] or nj >= hi[1] or old.keys[oj] != new.keys[nj]:
                return span
            oj, nj = oj + 1, nj + 1
    return span


def previous_token(tokens: Tokens, start: int, limit: int) -> int | None:
    i = start - 1
    while i >= limit and tokens.is_space(i):
        i -= 1
    return i if i >= limit else None


def next_token(tokens: Tokens, end: int, limit: int) -> int | None:
    j = end
    while j < limit and tokens.is_space(j):
        j += 1
    return j + 1 if j < limit else None


def wider_left(tokens: Tokens, span: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """``span`` taking in the token before it (not before ``limit``)."""
    start = previous_token(tokens, span[0], limit)
    return None if start is None else (start, span[1])


def wider_right(tokens: Tokens, span: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """``span`` taking in the token after it (not past ``limit``)."""
    end = next_token(tokens, span[1], limit)
    return None if end is None else (span[0], end)


def unique_quote(
    toks: list[Tokens],
    old: Tokens,
    span: tuple[int, int],
    wider: Callable[[tuple[int, int]], tuple[int, int] | None],
) -> tuple[int, int] | None:
    """``span`` of ``old``, made ``wider`` until its words occur once in the unit (or None)."""
    found: tuple[int, int] | None = span
    for _ in range(MAX_QUOTE_STEPS):
        if found is None:
            return None
        if len(find(toks, old.keys[found[0] : found[1]])) == 1:
            return found
        found = wider(found)
    return None


def grow_left(old: Tokens, new: Tokens, span: Span, lo: Limit, hi: Limit) -> Span | None:
    """``span`` taking in the word before it, when it is the same on both sides."""
    oi, oj, ni, nj = span
    p = previous_token(old, oi, lo[0])
    q = previous_token(new, ni, lo[1])
    if p is None or q is None or old.keys[p] != new.keys[q]:
        return None
    return p, oj, q, nj


def grow_right(old: Tokens, new: Tokens, span: Span, lo: Limit, hi: Limit) -> Span | None:
    """``span`` taking in the word after it, when it is the same on both sides."""
    oi, oj, ni, nj = span
    p = next_token(old, oj, hi[0])
    q = next_token(new, nj, hi[1])
    if p is None or q is None or old.keys[p - 1] != new.keys[q - 1]:
        return None
    return oi, p, ni, q


def unique_replacement(
    toks: list[Tokens], old: Tokens, new: Tokens, span: Span, lo: Limit, hi: Limit
) -> Span | None:
    """``span`` grown a word left, then right, in turn until its old words are unique in the
    unit (None when it cannot grow or stays ambiguous)."""
    for _ in range(MAX_QUOTE_STEPS):
        grown = False
        for grow in (grow_left, grow_right):
            wider = grow(old, new, span, lo, hi)
            if wider is None:
                continue
            span, grown = wider, True
            if len(find(toks, old.keys[span[0] : span[1]])) == 1:
                return span
        if not grown:
            return None
    return None
