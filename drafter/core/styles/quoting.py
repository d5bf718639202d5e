"""Quoting words that contain quotation marks, so that the reader finds where the quote ends.

Russian quotations are «…»; the marks inside the quoted words become „…“ where they pair up,
and a mark that pairs with nothing (a stray „ or " typed in the proposed text) becomes a
straight ", which the reader keeps as a character of the words
(:func:`drafter.core.parse.typography.normalize_typography`). „ and “ that do not pair are
therefore never written, and a reader may refuse them as damage.
"""

from __future__ import annotations

_OPENING = "«„"
_CLOSING = "»”"


def _opens(text: str, i: int, depth: int) -> bool:
    """Whether the quotation mark at ``text[i]`` opens a quotation (by its form or place)."""
    ch = text[i]
    if ch in _OPENING:
        return True
    if ch in _CLOSING:
        return False
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "“":  # closes „…“ (Russian), opens “…” (English)
        return depth == 0 and not nxt.isspace()
    if prev.isspace() or prev in "([{«„/—–-" or i == 0:  # a straight quote
        return not nxt.isspace()
    return False


def quote_ru(text: str) -> str:
    """«…» around ``text``: its marks that pair become „…“, the others a straight "."""
    out = list(text)
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch not in '"«»„“”':
            continue
        if _opens(text, i, len(opened)):
            opened.append(i)
        elif opened:
            out[opened.pop()] = "„"
            out[i] = "“"
        else:
            out[i] = '"'
    for i in opened:
        out[i] = '"'
    return "«" + "".join(out) + "»"
