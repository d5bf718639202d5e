"""Typography of amending texts: quotation marks by nesting depth, and masking of quoted and
parenthesised passages so that the formulae are read outside them."""

from __future__ import annotations

import re

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SOURCES_AFTER = re.compile(r"\s*\((?:Собрание|Ведомости|Российская газета|Бюллетень)")

# A masked quotation: \ue000<n>\ue001; a masked parenthesis: \ue002<n>\ue003.
QUOTE = re.compile(r"\ue000(\d+)\ue001")
PAREN = re.compile(r"\ue002(\d+)\ue003")


def normalize_typography(text: str) -> str:
    """NBSP → space, 52^1 / 52¹ → 52.1, and every quotation mark → «» by nesting depth.

    Straight quotes are paired by context (an opening one follows a space or bracket); „…“
    and “…” are recognised; a straight quote closing an act title just before its publication
    sources also closes the title it is nested in (a common flaw of copied texts).
    """
    text = text.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"(\d)\s*\^\s*(\d+)", r"\1.\2", text)
    text = re.sub(
        r"(\d)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)",
        lambda mt: mt.group(1) + "." + mt.group(2).translate(_SUPERSCRIPTS),
        text,
    )
    out: list[str] = []
    stack: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch not in '"«»„“”':
            out.append(ch)
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "«„":
            opening = True
        elif ch == "»" or ch == "”":
            opening = False
        elif ch == "“":
            opening = not (stack and stack[-1] in "„“")
            if opening and stack and stack[-1] == '"':
                opening = False
        else:  # straight quote: decide by context
            if prev.isspace() or prev in "([{«„/—–-" or i == 0:
                opening = not nxt.isspace()
            elif nxt.isspace() or nxt in ".,;:!?)]»“”" or i + 1 == n:
                opening = False
            else:
                opening = not stack
        if opening:
            stack.append(ch)
            out.append("«")
        else:
            if stack:
                stack.pop()
            out.append("»")
            if ch == '"' and len(stack) >= 1 and _SOURCES_AFTER.match(text, i + 1):
                # «…Закона "О защите прав потребителей" (Собрание…» — close the outer title.
                while stack:
                    stack.pop()
                    out.append("»")
    return "".join(out)


def _mask_pairs(text: str, opening: str, closing: str, marks: str) -> tuple[str, list[str], int]:
    """Outermost ``opening``…``closing`` passages → ``marks[0]``n``marks[1]``: the masked
    text, the passages, and the depth left open at the end (0 when balanced)."""
    found: list[str] = []
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == opening:
            if depth == 0:
                start = i
            depth += 1
        elif ch == closing and depth:
            depth -= 1
            if depth == 0:
                found.append(text[start + 1 : i])
                out.append(f"{marks[0]}{len(found) - 1}{marks[1]}")
        elif depth == 0:
            out.append(ch)
    return "".join(out), found, depth


def mask(text: str) -> tuple[str, list[str], list[str]]:
    """Quoted passages → \\ue000n\\ue001, parenthesised ones outside quotes → \\ue002n\\ue003."""
    masked, quotes, _depth = _mask_pairs(text, "«", "»", "\ue000\ue001")
    out, parens, depth = _mask_pairs(masked, "(", ")", "\ue002\ue003")
    if depth:  # unbalanced: keep the text as it was
        return masked, quotes, []
    return out, quotes, parens


def quote_index(token: str) -> int:
    """The number of the quotation a mask token (or the first one in ``token``) stands for."""
    found = QUOTE.search(token)
    if found is None:
        raise ValueError(f"no quotation in {token!r}")
    return int(found.group(1))
