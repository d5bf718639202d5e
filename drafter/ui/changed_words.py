"""Character ranges of the changed words, for the editors' live highlights."""

from __future__ import annotations

import difflib

from drafter.core.worddiff import word_changes

Ranges = list[tuple[int, int]]
Pair = tuple[int, int, int, int]  # one change: (old start, old end, new start, new end)


def change_ranges(old: str, new: str) -> tuple[Ranges, Ranges]:
    """Character ranges of deleted words in ``old`` and of inserted words in ``new``.

    Paragraphs are matched first and only the paragraphs that differ are diffed word by word,
    so a keystroke in a long article costs about one paragraph's diff (the live highlight).
    """
    pairs = change_pairs(old, new)
    deleted = [(a, b) for a, b, _, _ in pairs if b > a]
    inserted = [(c, d) for _, _, c, d in pairs if d > c]
    return deleted, inserted


def change_pairs(old: str, new: str) -> list[Pair]:
    """Each change as its range in ``old`` and its range in ``new`` (either may be empty)."""
    old_lines, new_lines = old.split("\n"), new.split("\n")
    old_starts = _line_starts(old_lines)
    new_starts = _line_starts(new_lines)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    pairs: list[Pair] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a0, b0 = old_starts[i1], new_starts[j1]
        old_chunk = "\n".join(old_lines[i1:i2])
        new_chunk = "\n".join(new_lines[j1:j2])
        changes = word_changes(old_chunk, new_chunk)
        for c in changes:
            pairs.append((c.old_start + a0, c.old_end + a0, c.new_start + b0, c.new_end + b0))
    return pairs


def reverted(old: str, new: str, pair: Pair) -> str:
    """``new`` with one change put back as ``old`` has it (the spaces around it as in ``old``)."""
    os_, oe, ns, ne = pair
    left, right, middle = new[:ns].rstrip(" "), new[ne:].lstrip(" "), old[os_:oe]
    before = old[:os_][len(old[:os_].rstrip(" ")) :]
    after = old[oe:][: len(old[oe:]) - len(old[oe:].lstrip(" "))]
    gap = before + middle + after if middle else (before or after)
    if not left or left.endswith("\n"):
        gap = gap.lstrip(" ")
    if not right or right.startswith("\n"):
        gap = gap.rstrip(" ")
    return left + gap + right


def word_ranges(old: str, new: str) -> tuple[Ranges, Ranges]:
    """The same ranges from one word diff of the whole texts."""
    deleted: Ranges = []
    inserted: Ranges = []
    for change in word_changes(old, new):
        if change.old_end > change.old_start:
            deleted.append((change.old_start, change.old_end))
        if change.new_end > change.new_start:
            inserted.append((change.new_start, change.new_end))
    return deleted, inserted


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts
