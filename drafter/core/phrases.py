"""Quotes a drafter signs: words appended before a unit's closing mark, whole phrases in quotes."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.core.apply import CLOSING_MARKS, append_before_mark, is_sentence
from drafter.core.quote_spans import Limit, Span, grow_left, grow_right
from drafter.core.russian_words import CONJUNCTIONS, NAME_PATTERNS, is_adjective, is_function_word
from drafter.core.worddiff import Tokens, same_text

_SPACES = re.compile(r"\s+")  # quoted words as a drafter types them: single spaces


def _previous_solid(tokens: Tokens, end: int, count: int) -> int | None:
    """The ``count``-th token before ``end`` that is not a space (1 = the nearest)."""
    i = end
    while count > 0:
        i -= 1
        while i >= 0 and tokens.is_space(i):
            i -= 1
        if i < 0:
            return None
        count -= 1
    return i


def end_words(old: Tokens, new: Tokens, point: int, inserted: tuple[int, int]) -> str | None:
    """The words of «<unit> дополнить словами «…»» for an insertion at the end of ``old``,
    a text ending in a closing mark: «; иные сведения», «в течение трех дней» — to go before
    that mark (§1.7). None when the insertion is not at the end or the form would not give
    exactly ``new``. ``point`` is the insertion point in ``old``, ``inserted`` the new tokens.
    """
    if not old.keys or old.keys[-1] not in CLOSING_MARKS:
        return None
    mark_at = len(old) - 1
    word = _previous_solid(old, mark_at, 1)
    if (
        word is None
        or point <= word
        or any(not old.is_space(k) for k in range(word + 1, point) if k != mark_at)
    ):
        return None
    # The same word in the new text: as many solid tokens before the insertion as in old.
    solid_between = sum(1 for k in range(word + 1, point) if not old.is_space(k))
    twin = _previous_solid(new, inserted[0], solid_between + 1)
    if twin is None or new.keys[twin] != old.keys[word]:
        return None
    tail = new.text[new.ends[twin] :].strip()
    if not tail or tail[-1] not in CLOSING_MARKS:
        return None
    words = _SPACES.sub(" ", tail[:-1].rstrip() if tail[-1] == old.keys[-1] else tail)
    if not words or is_sentence(words):
        return None
    got = append_before_mark(old.text[old.starts[word] :].strip(), words)
    want = new.text[new.starts[twin] :].strip()
    return words if same_text(got, want) else None


# --- whole phrases ---------------------------------------------------------------------------
_MAX_STEPS = 8  # a phrase is rarely longer; past this the quote stays as it is


def _solid(tokens: Tokens, i: int, j: int) -> list[int]:
    return [k for k in range(i, j) if not tokens.is_space(k)]


def _next_solid(tokens: Tokens, j: int) -> int | None:
    while j < len(tokens) and tokens.is_space(j):
        j += 1
    return j if j < len(tokens) else None


def name_spans(tokens: Tokens) -> tuple[tuple[int, int], ...]:
    """Token ranges of the multi-word names (:data:`NAME_PATTERNS`) in ``tokens``."""
    return _name_spans(tokens.keys)


@lru_cache(maxsize=512)
def _name_spans(keys: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    solid = [k for k, key in enumerate(keys) if key != " "]
    out: list[tuple[int, int]] = []
    for n, first in enumerate(solid):
        candidates = _BY_START.get(keys[first][:_START].lower())
        if not candidates:
            continue
        for pattern in candidates:
            size = len(pattern)
            if n + size <= len(solid) and all(
                p.fullmatch(keys[solid[n + k]]) for k, p in enumerate(pattern)
            ):
                out.append((first, solid[n + size - 1] + 1))
    return tuple(out)


_START = 3  # names are looked up by the first letters of their first word
_BY_START: dict[str, list[tuple[re.Pattern[str], ...]]] = {}
for _pattern in NAME_PATTERNS:
    _BY_START.setdefault(_pattern[0].pattern[:_START].lower(), []).append(_pattern)


def _open_end(tokens: Tokens, i: int, j: int, *, single: bool, adjectives: bool = True) -> bool:
    """Does the quote of tokens i..j end on a word that needs the next one: a preposition
    or conjunction (unless it is the only word and ``single``), or (with ``adjectives``) an
    adjective followed by a word?"""
    solid = _solid(tokens, i, j)
    if not solid or not tokens.is_word(solid[-1]):
        return False
    words = [k for k in solid if tokens.is_word(k)]
    last = tokens.keys[words[-1]]
    if is_function_word(last):
        return not (single and len(words) == 1)
    if adjectives and is_adjective(last):
        after = _next_solid(tokens, j)
        return (
            after is not None and tokens.is_word(after) and not is_function_word(tokens.keys[after])
        )
    return False


def _splits(spans: tuple[tuple[int, int], ...], i: int, j: int) -> tuple[bool, bool]:
    """Does the quote i..j cut a name on its left / right edge?"""
    left = right = False
    for a, b in spans:
        if a < i < b and j > a:
            left = True
        if a < j < b and i < b:
            right = True
    return left, right


def whole_phrase(old: Tokens, new: Tokens, span: Span, lo: Limit, hi: Limit) -> Span:
    """``span`` (a replacement or deletion) grown over the unchanged words around it until
    neither quote ends on a preposition, conjunction or adjective whose noun stays outside,
    nor cuts a multi-word name (§1.7). Growing stops where the two texts differ or at the
    limits; the quotes stay exact."""
    old_names, new_names = name_spans(old), name_spans(new)
    for _ in range(_MAX_STEPS):
        oi, oj, ni, nj = span
        left, right = _splits(old_names, oi, oj)
        if ni < nj:
            new_left, new_right = _splits(new_names, ni, nj)
            left, right = left or new_left, right or new_right
        right = (
            right
            # «слово «своего» исключить»: a deleted modifier is quoted alone
            or _open_end(old, oi, oj, single=True, adjectives=ni < nj)
            or (ni < nj and _open_end(new, ni, nj, single=True))
        )
        if not left and not right:
            return span
        wider = span
        if left:
            wider = grow_left(old, new, wider, lo, hi) or wider
        if right:
            wider = grow_right(old, new, wider, lo, hi) or wider
        if wider == span:
            return span
        span = wider
    return span


def inside_name(tokens: Tokens, point: int) -> bool:
    """Does an insertion at ``point`` fall inside a multi-word name of ``tokens``?"""
    return any(a < point < b for a, b in name_spans(tokens))


# Why an insertion's place cuts a phrase, worst last: it does not; the word before it is a
# preposition or conjunction (anchor it on the words after); its own last word is one (quote
# the next word with it); it falls inside a name (quote the whole name).
WHOLE, AFTER_FUNCTION_WORD, OPEN_END, IN_NAME = range(4)


def weak_insert(old: Tokens, new: Tokens, point: int, inserted: tuple[int, int]) -> int:
    """How an insertion at ``point`` of the new tokens ``inserted`` cuts a phrase (see
    :data:`WHOLE` and the codes after it)."""
    if inside_name(old, point):
        return IN_NAME
    ni, nj = inserted
    words = [k for k in _solid(new, ni, nj) if new.is_word(k)]
    last_solid = _previous_solid(new, nj, 1)
    if (
        len(words) > 1
        and last_solid == words[-1]
        and is_function_word(new.keys[words[-1]])
        and _next_solid(old, point) is not None
    ):
        return OPEN_END
    before = _previous_solid(old, point, 1)
    if before is not None and old.is_word(before) and is_function_word(old.keys[before]):
        return AFTER_FUNCTION_WORD
    return WHOLE


def opens_phrase(new: Tokens, inserted: tuple[int, int]) -> int:
    """How well the inserted words start a phrase of their own: 0 with a comma or semicolon
    («, либо …»), 1 with a conjunction («или …»), else 2."""
    first = _next_solid(new, inserted[0])
    if first is None:
        return 2
    key = new.keys[first]
    if key in (",", ";"):
        return 0
    return 1 if key.lower() in CONJUNCTIONS else 2


def slid_inserts(
    old: Tokens, new: Tokens, point: int, inserted: tuple[int, int], lo: int, hi: int
) -> list[tuple[int, tuple[int, int]]]:
    """Every place the insertion can slide to with the same result (its first words repeat
    the words after it, or its last words the words before it): (point, new tokens), the
    original first."""
    out = [(point, inserted)]
    for step in (1, -1):
        p, (ni, nj) = point, inserted
        for _ in range(_MAX_STEPS):
            if step == 1:
                o_next = _next_solid(old, p)
                n_first = _next_solid(new, ni)
                n_after = _next_solid(new, nj)
                if o_next is None or n_first is None or n_after is None or o_next >= hi:
                    break
                if not (new.keys[n_first] == new.keys[n_after] == old.keys[o_next]):
                    break
                p, ni, nj = o_next + 1, _next_solid(new, n_first + 1) or nj, n_after + 1
            else:
                o_prev = _previous_solid(old, p, 1)
                n_last = _previous_solid(new, nj, 1)
                n_before = _previous_solid(new, ni, 1)
                if o_prev is None or n_last is None or n_before is None or o_prev < lo:
                    break
                if not (new.keys[n_last] == new.keys[n_before] == old.keys[o_prev]):
                    break
                p, ni = o_prev, n_before
                nj = (_previous_solid(new, n_last, 1) or n_before) + 1
            if ni >= nj:
                break
            out.append((p, (ni, nj)))
    return out


def whole_anchor(
    old: Tokens, span: tuple[int, int], side: str, lo: int, hi: int
) -> tuple[int, int]:
    """An anchor quote (the words an insertion goes after or before) grown away from the
    insertion point until it cuts no name and, before the point, ends on no open word."""
    start, end = span
    names = name_spans(old)
    for _ in range(_MAX_STEPS):
        left, right = _splits(names, start, end)
        if side == "after" and left:
            wider = _previous_solid(old, start, 1)
            if wider is None or wider < lo:
                break
            start = wider
        elif side == "before" and (right or _open_end(old, start, end, single=False)):
            after = _next_solid(old, end)
            if after is None or after >= hi:
                break
            end = after + 1
        else:
            break
    return start, end
