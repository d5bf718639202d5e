"""Typography of amending texts: quotation marks by nesting depth, and masking of quoted and
parenthesised passages so that the formulae are read outside them."""

from __future__ import annotations

import re

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u2009\u202f]+")
_SOURCES_AFTER = re.compile(r"\s*\((?:Собрание|Ведомости|Российская газета|Бюллетень)")

# A masked quotation: \ue000<n>\ue001; a masked parenthesis: \ue002<n>\ue003.
QUOTE = re.compile(r"\ue000(\d+)\ue001")
PAREN = re.compile(r"\ue002(\d+)\ue003")


def normalize_typography(text: str) -> str:
    """Runs of spaces and NBSP → one space, 52^1 / 52¹ → 52.1, quotation marks → «» by depth.

    Straight quotes are paired by context (an opening one follows a space or bracket); „…“
    and “…” are recognised; a straight quote closing an act title just before its publication
    sources also closes the title it is nested in (a common flaw of copied texts). An inner
    mark that pairs with nothing inside its quotation («…„…» — a stray „ typed in the quoted
    words) is kept as it is, a character of the words: only « and » delimit after this.
    """
    text = collapse_spaces(text)
    text = re.sub(r"(\d)\s*\^\s*(\d+)", r"\1.\2", text)
    text = re.sub(
        r"(\d)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)",
        lambda mt: mt.group(1) + "." + mt.group(2).translate(_SUPERSCRIPTS),
        text,
    )
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # (the opening mark, its index in ``out``)

    def close(index: int) -> None:
        """Close the mark at ``stack[index]``. A straight quote opened after it and left open
        is a character of the words; any other mark left open stays an unclosed «."""
        for mark, at in stack[index + 1 :]:
            out[at] = '"' if mark == '"' else "«"
        del stack[index:]
        out.append("»")

    def innermost(marks: str) -> int | None:
        """The innermost open mark of ``marks`` inside the innermost open «, if any."""
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] in marks:
                return k
            if stack[k][0] == "«":
                return None
        return None

    n = len(text)
    for i, ch in enumerate(text):
        if ch not in '"«»„“”':
            out.append(ch)
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "«„":
            stack.append((ch, len(out)))
            out.append("«")
            continue
        if ch == "»":
            guillemet = [k for k, (mark, _) in enumerate(stack) if mark == "«"]
            if guillemet:
                close(guillemet[-1])
            elif stack:
                close(len(stack) - 1)
            else:
                out.append("»")  # a stray closing mark: the reader refuses it
            continue
        if ch in "“”":
            inner = innermost("„“")
            if inner is not None:
                close(inner)
            elif ch == "“" and not nxt.isspace():
                stack.append((ch, len(out)))  # English “…” in a Russian text
                out.append("«")
            else:
                out.append(ch if stack else "»")  # «…” …»: unpaired (refused at the end)
                if stack:
                    out[-1] = "«"
            continue
        # a straight quote: decide by context
        if prev.isspace() or prev in "([{«„/—–-" or i == 0:
            opening = not nxt.isspace()
        elif nxt.isspace() or nxt in ".,;:!?)]»“”" or i + 1 == n:
            opening = False
        else:
            opening = not stack
        if opening:
            stack.append((ch, len(out)))
            out.append("«")
            continue
        straight = innermost('"')
        if straight is not None:
            close(straight)
            if stack and _SOURCES_AFTER.match(text, i + 1):
                # «…Закона "О защите прав потребителей" (Собрание…» — close the outer title.
                while stack:
                    close(len(stack) - 1)
        elif stack:
            out.append('"')  # «… a" …»: a character of the words
        else:
            out.append("»")
    return "".join(out)


def collapse_spaces(text: str) -> str:
    """Line ends as \\n; a run of spaces, tabs, NBSP or thin spaces → one space (they mean
    the same in an instruction, and quoted words are read with their spaces collapsed)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text)


def unbalanced_quote(text: str) -> tuple[int, bool] | None:
    """Where the quotation marks of normalised ``text`` fail to pair: (position, True) for a
    « never closed (the outermost one), (position, False) for a » that closes nothing."""
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == "«":
            opened.append(i)
        elif ch == "»":
            if not opened:
                return i, False
            opened.pop()
    return (opened[0], True) if opened else None


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
