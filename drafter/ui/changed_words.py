"""Character ranges of the changed words, for the editors' live highlights."""

from __future__ import annotations

import difflib

from drafter.core.worddiff import word_changes

Ranges = list[tuple[int, int]]


def change_ranges(old: str, new: str) -> tuple[Ranges, Ranges]:
    """Character ranges of deleted words in ``old`` and of inserted words in ``new``.

    Paragraphs are matched first and only the paragraphs that differ are diffed word by word,
    so a keystroke in a long article costs about one paragraph's diff (the live highlight).
    """
    old_lines, new_lines = old.split("\n"), new.split("\n")
    old_starts = _line_starts(old_lines)
    new_starts = _line_starts(new_lines)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    deleted: Ranges = []
    inserted: Ranges = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a0, b0 = old_starts[i1], new_starts[j1]
        old_chunk = "\n".join(old_lines[i1:i2])
        new_chunk = "\n".join(new_lines[j1:j2])
        chunk_deleted, chunk_inserted = word_ranges(old_chunk, new_chunk)
        deleted += [(a + a0, b + a0) for a, b in chunk_deleted]
        inserted += [(a + b0, b + b0) for a, b in chunk_inserted]
    return deleted, inserted


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
