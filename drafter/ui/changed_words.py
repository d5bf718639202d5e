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
    """``new`` with one change put back as ``old`` has it.

    The spaces and line breaks around the change come from ``old`` too: a word taken back
    leaves no double space, a paragraph taken back no empty line.
    """
    os_, oe, ns, ne = pair
    os_ -= len(old[:os_]) - len(old[:os_].rstrip())
    oe += len(old[oe:]) - len(old[oe:].lstrip())
    ns -= len(new[:ns]) - len(new[:ns].rstrip())
    ne += len(new[ne:]) - len(new[ne:].lstrip())
    return new[:ns] + old[os_:oe] + new[ne:]


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
