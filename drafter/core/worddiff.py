"""Word-level diff of two texts: diff-match-patch over whole-word tokens, under normalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import accumulate

from diff_match_patch import diff_match_patch

DELETE, EQUAL, INSERT = -1, 0, 1

# Whitespace runs (zero-width characters and soft hyphens count as whitespace), numbers with
# dotted parts (322.1), words with inner hyphens (кто-либо, 98-ФЗ), any other single character.
_DASH_CLASS = "\\-\u2010-\u2015\u2212"
_TOKEN = re.compile(
    r"(?P<ws>[\s\u200b-\u200d\u2060\ufeff\u00ad]+)"
    rf"|\d+(?:\.\d+)+(?:[{_DASH_CLASS}]\w+)*"
    rf"|\w+(?:[{_DASH_CLASS}]\w+)*"
    r"|.",
    re.S,
)
_TOKEN_PLAIN = re.compile(_TOKEN.pattern.replace("?P<ws>", "?:"), re.S)
_WORD = re.compile(r"\w", re.U)

# Gaps between two changes that a drafter would quote as one phrase: at most one word, or up
# to three short words ("of a", «и в»).
_MERGE_MAX_WORDS = 1
_MERGE_MAX_SHORT_WORDS = 3
_SHORT_WORD = 3


@dataclass(frozen=True)
class Tokens:
    """A text cut into tokens: comparison keys and character spans in the original text."""

    text: str
    keys: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.keys)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character offsets of tokens i..j-1 (an empty range sits at the start of token i)."""
        if i < j:
            return self.starts[i], self.ends[j - 1]
        if i < len(self.keys):
            return self.starts[i], self.starts[i]
        return len(self.text), len(self.text)

    def slice(self, i: int, j: int) -> str:
        a, b = self.span(i, j)
        return self.text[a:b]

    def is_space(self, i: int) -> bool:
        return self.keys[i] == " "

    def is_word(self, i: int) -> bool:
        first = self.keys[i][0]
        return first.isalnum() or first == "_"

    def word_count(self, i: int = 0, j: int | None = None) -> int:
        """How many word tokens (not spaces or punctuation) are in tokens i..j-1."""
        return sum(1 for key in self.keys[i:j] if key[0].isalnum() or key[0] == "_")


# Length-preserving form of normalize(): one dash, one quote form, е for ё, NBSP as a space.
# (A regex finds the few characters to fold: str.translate is slow on non-ASCII text.)
_FOLD = {
    ch: to
    for ch, to in (
        *((c, "-") for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"),
        *((c, '"') for c in "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033"),
        *((c, "'") for c in "\u2018\u2019\u201a\u201b"),
        ("ё", "е"),
        ("Ё", "Е"),
    )
}
_FOLD_RE = re.compile("[" + "".join(_FOLD) + "]")
# normalize() also turns these into spaces or removes them.
_GONE = {"\u200b": "", "\ufeff": "", "\u00ad": ""}
_NORMAL_RE = re.compile("[" + "".join(_FOLD) + "".join(_GONE) + "]")
_NORMAL = {**_FOLD, **_GONE}
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """``text`` with dashes, quotes and ё folded, character for character."""
    if _FOLD_RE.search(text) is None:
        return text
    return _FOLD_RE.sub(lambda match: _FOLD[match.group()], text)


def normal_form(text: str) -> str:
    """The same as :func:`drafter.core.normalize.normalize`, faster on long Cyrillic text."""
    if _NORMAL_RE.search(text) is not None:
        text = _NORMAL_RE.sub(lambda match: _NORMAL[match.group()], text)
    return _SPACES.sub(" ", text).strip()


def same_text(a: str, b: str) -> bool:
    """Equal under normalisation (identical strings need no normalising at all)."""
    return a == b or normal_form(a) == normal_form(b)


_ZERO_WIDTH = re.compile(r"^[\u200b-\u200d\u2060\ufeff\u00ad]+$")


_ZERO_WIDTH_ANY = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


# A planner run tokenizes the same paragraphs several times; it opens a cache for its run.
_CACHE: ContextVar[dict[str, Tokens] | None] = ContextVar("drafter_token_cache", default=None)


@contextmanager
def token_cache() -> Iterator[None]:
    """Reuse tokenizations of identical texts inside the ``with`` block (one planner run)."""
    token = _CACHE.set({})
    try:
        yield
    finally:
        _CACHE.reset(token)


def tokenize(text: str) -> Tokens:
    """Cut ``text`` into tokens; characters that normalise to nothing join a neighbour."""
    cache = _CACHE.get()
    if cache is None:
        return _tokenize(text)
    found = cache.get(text)
    if found is None:
        found = cache[text] = _tokenize(text)
    return found


def _tokenize(text: str) -> Tokens:
    folded = fold(text)
    if _ZERO_WIDTH_ANY.search(folded):
        return _tokenize_slow(text, folded)
    pieces = _TOKEN_PLAIN.findall(folded)
    if not pieces:
        return Tokens(text, (), (), ())
    ends = list(accumulate(map(len, pieces)))
    starts = [0, *ends[:-1]]
    keys = [" " if p.isspace() else p for p in pieces]
    # Leading / trailing whitespace is not a difference (normalisation strips the ends).
    if keys[0] == " ":
        del keys[0], ends[0]
        starts = [0, *ends[:-1]]
    if keys and keys[-1] == " ":
        del keys[-1], starts[-1]
        ends.pop()
        if ends:
            ends[-1] = len(text)
    if not keys:
        return Tokens(text, (), (), ())
    return Tokens(text, tuple(keys), tuple(starts), tuple(ends))


def _tokenize_slow(text: str, folded: str) -> Tokens:
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending_start: int | None = None  # key-less characters before the first real token
    for match in _TOKEN.finditer(folded):
        start, end = match.span()
        if match.lastgroup == "ws":
            key = "" if _ZERO_WIDTH.match(match.group()) else " "
            if key == "" or not keys:
                # Zero-width characters and leading whitespace join a neighbour.
                if keys:
                    ends[-1] = end
                elif pending_start is None:
                    pending_start = start
                continue
        else:
            key = match.group()
        keys.append(key)
        starts.append(pending_start if pending_start is not None else start)
        ends.append(end)
        pending_start = None
    # Trailing whitespace is not a difference (normalisation strips the ends).
    if keys and keys[-1] == " ":
        keys.pop()
        starts.pop()
        end = ends.pop()
        if keys:
            ends[-1] = end
    return Tokens(text, tuple(keys), tuple(starts), tuple(ends))


def _code_char(index: int) -> str:
    """The index-th stand-in character for a word: CJK ideographs, which diff-match-patch's
    semantic clean-up treats as letters (it never mistakes a word for a space or line break)."""
    if index < 0x5200:  # U+4E00..U+9FFF
        return chr(0x4E00 + index)
    return chr(0x20000 + index - 0x5200)  # CJK Extension B and beyond


def _encode(keys: tuple[str, ...], table: dict[str, str]) -> str:
    """One character per token (whitespace stays a space), like diff-match-patch's line mode."""
    out = []
    for key in keys:
        ch = table.get(key)
        if ch is None:
            ch = " " if key == " " else _code_char(len(table))
            table[key] = ch
        out.append(ch)
    return "".join(out)


def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # deterministic: never cut the search short
    return dmp


_DMP = _dmp()


def token_ops(old: Tokens, new: Tokens) -> list[tuple[int, int, int]]:
    """(op, count in old, count in new) runs over the token lists, found by diff-match-patch."""
    table: dict[str, str] = {}
    a = _encode(old.keys, table)
    b = _encode(new.keys, table)
    diffs = _DMP.diff_main(a, b, False)
    _DMP.diff_cleanupSemantic(diffs)
    runs: list[tuple[int, int, int]] = []
    for op, chunk in diffs:
        n = len(chunk)
        if op == EQUAL:
            runs.append((EQUAL, n, n))
        elif op == DELETE:
            runs.append((DELETE, n, 0))
        else:
            runs.append((INSERT, 0, n))
    return runs


@dataclass(frozen=True)
class Change:
    """One replace / insert / delete span: token ranges and character offsets in old and new.

    ``old_start:old_end`` and ``new_start:new_end`` are character offsets in the original
    strings, trimmed of surrounding whitespace; ``old_text`` / ``new_text`` are those slices.
    ``old_tokens`` / ``new_tokens`` are the (start, end) token index ranges of the same spans.
    For an insertion ``old_start == old_end`` is where the words go in the old text.
    """

    kind: str  # replace | insert | delete
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str
    old_tokens: tuple[int, int]
    new_tokens: tuple[int, int]


@dataclass(frozen=True)
class TokenDiff:
    old: Tokens
    new: Tokens
    changes: tuple[Change, ...]


def _regions(runs: list[tuple[int, int, int]]) -> list[list[int]]:
    """Changed regions [oi, oj, ni, nj] between equal runs."""
    regions: list[list[int]] = []
    oi = ni = 0
    current: list[int] | None = None
    for op, no, nn in runs:
        if op == EQUAL:
            current = None
        else:
            if current is None:
                current = [oi, oi, ni, ni]
                regions.append(current)
            current[1] = oi + no
            current[3] = ni + nn
        oi += no
        ni += nn
    return regions


def _mergeable_gap(old: Tokens, i: int, j: int) -> bool:
    words = [old.keys[k] for k in range(i, j) if old.is_word(k)]
    if len(words) <= _MERGE_MAX_WORDS:
        return True
    return len(words) <= _MERGE_MAX_SHORT_WORDS and all(len(w) <= _SHORT_WORD for w in words)


def _merge(regions: list[list[int]], old: Tokens) -> list[list[int]]:
    merged: list[list[int]] = []
    for region in regions:
        if merged and _mergeable_gap(old, merged[-1][1], region[0]):
            merged[-1][1] = region[1]
            merged[-1][3] = region[3]
        else:
            merged.append(list(region))
    return merged


def _trim(tokens: Tokens, i: int, j: int) -> tuple[int, int]:
    while i < j and tokens.is_space(i):
        i += 1
    while j > i and tokens.is_space(j - 1):
        j -= 1
    return i, j


_NO_SPACE_BEFORE = frozenset(",.;:!?)]»…")
_NO_SPACE_AFTER = frozenset("([«„")


def _glued_left(new: Tokens, ni: int) -> bool:
    return (
        ni > 0
        and not new.is_space(ni - 1)
        and new.keys[ni][0] not in _NO_SPACE_BEFORE
        and (new.keys[ni - 1][-1] not in _NO_SPACE_AFTER)
    )


def _glued_right(new: Tokens, nj: int) -> bool:
    return (
        nj < len(new)
        and not new.is_space(nj)
        and new.keys[nj][0] not in _NO_SPACE_BEFORE
        and new.keys[nj - 1][-1] not in _NO_SPACE_AFTER
    )


def _glued(new: Tokens, ni: int, nj: int) -> bool:
    """Inserted tokens written without a space onto a neighbouring token."""
    return _glued_left(new, ni) or _glued_right(new, nj)


def _take_in_glued(
    old: Tokens, new: Tokens, point: int, ni: int, nj: int
) -> tuple[int, int, int, int]:
    oi = oj = point
    if _glued_left(new, ni):
        oi, ni = oi - 1, ni - 1
    if _glued_right(new, nj) and oj < len(old):
        oj, nj = oj + 1, nj + 1
    return oi, oj, ni, nj


def _widen_uneven_space(
    region: list[int], trimmed: tuple[int, int, int, int], old: Tokens, new: Tokens
) -> tuple[int, int, int, int]:
    """A replacement that also drops or adds a space at one edge takes in the word there.

    (``пяти лет`` → ``п»лет``: quoting «пяти» → «п»» would leave the space in.)
    """
    oi, oj, ni, nj = trimmed
    if (oi > region[0]) != (ni > region[2]) and region[0] > 0 and region[2] > 0:
        oi, ni = region[0] - 1, region[2] - 1
    if (oj < region[1]) != (nj < region[3]) and region[1] < len(old) and region[3] < len(new):
        oj, nj = region[1] + 1, region[3] + 1
    return oi, oj, ni, nj


def _widen_space_only(region: list[int], old: Tokens, new: Tokens) -> list[int]:
    """A change of spacing only (``A ,`` → ``A,``) is quoted with the tokens around it."""
    oi, oj, ni, nj = region
    if oi > 0 and ni > 0:
        oi -= 1
        ni -= 1
    if oj < len(old) and nj < len(new):
        oj += 1
        nj += 1
    return [oi, oj, ni, nj]


def diff_tokens(old: str, new: str, *, merge: bool = True) -> TokenDiff:
    """The changes that turn ``old`` into ``new``, as whole-token spans (see :class:`Change`)."""
    a, b = tokenize(old), tokenize(new)
    if a.keys == b.keys:
        return TokenDiff(a, b, ())
    regions = _regions(token_ops(a, b))
    if merge:
        regions = _merge(regions, a)
    changes: list[Change] = []
    for region in regions:
        oi, oj = _trim(a, region[0], region[1])
        ni, nj = _trim(b, region[2], region[3])
        if oi == oj and ni == nj:
            region = _widen_space_only(region, a, b)
            oi, oj, ni, nj = region
            if oi == oj and ni == nj:
                continue
        if oi == oj and region[0] == region[1] and _glued(b, ni, nj):
            # Words typed onto a neighbouring word («-по»): that word changed, quote it whole.
            kind = "replace"
            oi, oj, ni, nj = _take_in_glued(a, b, region[0], ni, nj)
        elif oi == oj:
            kind = "insert"
            # The insertion point: where the region starts in old, after any spaces.
            oi = oj = _trim(a, region[0], region[1])[0] if region[0] < region[1] else region[0]
        elif ni == nj:
            kind = "delete"
            ni = nj = region[2]
        else:
            kind = "replace"
            oi, oj, ni, nj = _widen_uneven_space(region, (oi, oj, ni, nj), a, b)
        os_, oe = a.span(oi, oj)
        ns, ne = b.span(ni, nj)
        changes.append(Change(kind, os_, oe, ns, ne, old[os_:oe], new[ns:ne], (oi, oj), (ni, nj)))
    return TokenDiff(a, b, tuple(changes))


def word_changes(old: str, new: str) -> list[Change]:
    """Grouped replace / insert / delete spans with character offsets in ``old`` and ``new``."""
    return list(diff_tokens(old, new).changes)


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """diff-match-patch style ``(op, text)`` pairs over whole words, under normalisation.

    Equal segments carry the *new* text (which may differ from the old one in whitespace,
    dash or quote form, NBSP or ё/е only), so joining the equal and inserted segments gives
    ``new`` exactly and joining the equal and deleted ones gives ``old`` up to normalisation.
    Adjacent changes separated only by a short unchanged word are one phrase.
    """
    a, b = tokenize(old), tokenize(new)
    out: list[tuple[int, str]] = []

    def emit(op: int, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    if not a.keys and not b.keys:
        emit(EQUAL, new)
        return out
    regions = [] if a.keys == b.keys else _merge(_regions(token_ops(a, b)), a)
    # Walk the new text; equal stretches come from it, so every character of ``new`` appears.
    new_pos = 0
    old_pos = 0
    for r_oi, r_oj, r_ni, r_nj in regions:
        # Equal stretch up to the region (new text), then deleted old, inserted new.
        n_start = b.span(r_ni, r_nj)[0] if r_ni < len(b) else len(new)
        emit(EQUAL, new[new_pos:n_start])
        o_start, o_end = _old_chars(a, r_oi, r_oj, old_pos)
        emit(DELETE, old[o_start:o_end])
        n_end = b.ends[r_nj - 1] if r_nj > r_ni else n_start
        emit(INSERT, new[n_start:n_end])
        new_pos = n_end
        old_pos = o_end
    emit(EQUAL, new[new_pos:])
    return out


def _old_chars(a: Tokens, i: int, j: int, floor: int) -> tuple[int, int]:
    if i >= j:
        return floor, floor
    return max(a.starts[i], floor), a.ends[j - 1]


# Exact tokens for a diff whose both sides must come back character for character: words,
# whitespace runs and single other characters, nothing folded.
_EXACT_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_EXACT_CODE_MAX = 6400  # private-use stand-ins U+E000.. for the first tokens, then U+11900..


def _exact_token_diff(old: str, new: str) -> list[tuple[int, str]]:
    """``(op, text)`` pairs over exact tokens: every character of both texts, nothing folded."""
    table: dict[str, str] = {}

    def encode(text: str) -> str:
        out = []
        for tok in _EXACT_TOKEN.findall(text):
            ch = table.get(tok)
            if ch is None:
                n = len(table)
                ch = chr(0xE000 + n) if n < _EXACT_CODE_MAX else chr(0x10000 + n)
                table[tok] = ch
            out.append(ch)
        return "".join(out)

    a, b = encode(old), encode(new)
    diffs = _DMP.diff_main(a, b, False)
    _DMP.diff_cleanupSemantic(diffs)
    decode = {ch: tok for tok, ch in table.items()}
    return [(op, "".join(decode[c] for c in text)) for op, text in diffs if text]


def exact_word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """Word-level ``(op, text)`` pairs that give back both texts exactly (for tracked changes).

    Joining the equal and deleted segments gives ``old``, the equal and inserted ones ``new``.
    :func:`word_diff` (phrases grouped) is used when its equal segments, which carry the new
    text, also match the old one; otherwise a diff over exact tokens.
    """
    ops = word_diff(old, new)
    if "".join(text for op, text in ops if op <= EQUAL) != old:
        return _exact_token_diff(old, new)
    return ops
