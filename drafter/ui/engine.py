"""The core functions the UI calls, imported lazily: a missing piece shows as "not available"."""

from __future__ import annotations

from drafter.core import model as m
from drafter.errors import DrafterError

DELETE, EQUAL, INSERT = -1, 0, 1


class NotAvailable(DrafterError):
    """A part of the engine this build does not have yet."""


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """(op, text) pieces turning ``old`` into ``new``, whole words (ops -1/0/1)."""
    try:
        from drafter.core.worddiff import word_diff as core_word_diff
    except ImportError:
        return _fallback_word_diff(old, new)
    return core_word_diff(old, new)


def change_ranges(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of deleted words in ``old`` and of inserted words in ``new``.

    Paragraphs are matched first and only the paragraphs that differ are diffed word by word,
    so a keystroke in a long article costs about one paragraph's diff (the live highlight).
    """
    import difflib

    old_lines, new_lines = old.split("\n"), new.split("\n")
    old_starts = _line_starts(old_lines)
    new_starts = _line_starts(new_lines)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    deleted: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a0, b0 = old_starts[i1], new_starts[j1]
        old_chunk = "\n".join(old_lines[i1:i2])
        new_chunk = "\n".join(new_lines[j1:j2])
        chunk_deleted, chunk_inserted = _word_ranges(old_chunk, new_chunk)
        deleted += [(a + a0, b + a0) for a, b in chunk_deleted]
        inserted += [(a + b0, b + b0) for a, b in chunk_inserted]
    return deleted, inserted


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _word_ranges(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    try:
        from drafter.core.worddiff import word_changes
    except ImportError:
        return _ranges_from_diff(_fallback_word_diff(old, new))
    deleted: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    for change in word_changes(old, new):
        if change.old_end > change.old_start:
            deleted.append((change.old_start, change.old_end))
        if change.new_end > change.new_start:
            inserted.append((change.new_start, change.new_end))
    return deleted, inserted


def _ranges_from_diff(diffs) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    deleted: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    i = j = 0
    for op, text in diffs:
        n = len(text)
        if op == EQUAL:
            i += n
            j += n
        elif op == DELETE:
            if text.strip():
                deleted.append((i, i + n))
            i += n
        else:
            if text.strip():
                inserted.append((j, j + n))
            j += n
    return deleted, inserted


def _fallback_word_diff(old: str, new: str) -> list[tuple[int, str]]:
    import re

    from diff_match_patch import diff_match_patch

    tokens: dict[str, str] = {}
    chars: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in re.findall(r"\s+|\w+|.", text, re.S):
            if token not in tokens:
                tokens[token] = chr(0xE000 + len(chars))
                chars.append(token)
            out.append(tokens[token])
        return "".join(out)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(encode(old), encode(new), False)
    return [(op, "".join(chars[ord(c) - 0xE000] for c in text)) for op, text in diffs]


def unit_to_text(unit: m.Unit, profile: str) -> str:
    """The editable text of a top-level unit, as the drafter reads it in the editor."""
    try:
        from drafter.core.textlayout import unit_to_text as core_unit_to_text
    except ImportError:
        return _fallback_unit_to_text(unit, profile)
    return core_unit_to_text(unit, profile)


def _fallback_unit_to_text(unit: m.Unit, profile: str) -> str:
    lines: list[str] = []

    def visit(u: m.Unit, depth: int) -> None:
        head = " ".join(x for x in (u.number, u.heading) if x)
        first = " ".join(x for x in (head if depth else "", u.text) if x)
        if depth == 0:
            lines.append(head)
            if u.text:
                lines.append(u.text)
        elif first:
            lines.append(first)
        for c in u.children:
            visit(c, depth + 1)
        if u.closing:
            lines.append(u.closing)

    visit(unit, 0)
    return "\n".join(lines)


def parse_unit_text(text: str, kind: str, profile: str) -> m.Unit:
    """The unit the drafter's text describes; raises on text that cannot be read as a unit."""
    try:
        from drafter.core.textlayout import parse_unit_text as core_parse
    except ImportError as exc:
        raise NotAvailable("editing proposals needs drafter.core.textlayout") from exc
    return core_parse(text, kind, profile)


def editing_available() -> bool:
    try:
        from drafter.core.textlayout import parse_unit_text  # noqa: F401
    except ImportError:
        return False
    return True


def operations(before: m.Act, after: m.Act) -> list[m.Operation]:
    try:
        from drafter.core.plan import plan
    except ImportError as exc:
        raise NotAvailable("instructions need drafter.core.plan") from exc
    return plan(before, after)


def render_operations(ops: list[m.Operation], act: m.Act, style: str) -> str:
    try:
        from drafter.core.styles import render_operations as core_render
    except ImportError as exc:
        raise NotAvailable("instructions need drafter.core.styles") from exc
    return core_render(ops, act, style)


def render_bill(draft: m.Draft, acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]):
    try:
        from drafter.core.styles import render_bill as core_render_bill
    except ImportError as exc:
        raise NotAvailable("the bill needs drafter.core.styles") from exc
    return core_render_bill(draft, acts, ops_by_act)
