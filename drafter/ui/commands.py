"""Undoable drafting actions: each a small QUndoCommand on the draft's one QUndoStack."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from drafter.core import model as m

TYPING_ID = 1
BURST_PAUSE_S = 1.0  # a pause this long between keys starts a new undo step


class Editor(Protocol):
    """What the commands need from the window: apply a state and show where it happened."""

    def apply_text(self, slug: str, address: str, text: str, cursor_at: int | None) -> None: ...

    def apply_proposal(self, slug: str, address: str, proposal: m.Proposal | None) -> None: ...

    def apply_draft_meta(self, values: dict) -> None: ...


def _changed_at(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


class DraftCommand(QUndoCommand):
    """An undoable step the project keeps; rebuilt as already done when the draft reopens."""

    restoring = False  # rebuilt from the project: its first redo does nothing

    def to_dict(self) -> dict:
        raise NotImplementedError


class TypingCommand(DraftCommand):
    """Typing in the proposed wording of one unit; consecutive typing in a unit is one step."""

    def __init__(self, editor: Editor, slug: str, address: str, before: str, after: str) -> None:
        super().__init__()
        self.editor = editor
        self.slug = slug
        self.address = address
        self.before = before
        self.after = after
        self.setText(f"typing in {address}")
        self._first = True
        self.restoring = False  # rebuilt from the project: already done, never merged
        self.sealed = False  # a step of an earlier session: never grows
        self.typed_at = time.monotonic()
        self.cursor = _cursor_after(before, after)

    def id(self) -> int:
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """One step per burst of typing: the same unit, no pause, no jump of the cursor."""
        if not isinstance(other, TypingCommand) or self.sealed or other.sealed:
            return False
        if (other.slug, other.address) != (self.slug, self.address):
            return False
        if other.typed_at - self.typed_at >= BURST_PAUSE_S:
            return False
        if not _continues(self.cursor, other.before, other.after):
            return False
        self.after = other.after
        self.typed_at = other.typed_at
        self.cursor = other.cursor
        return True

    def redo(self) -> None:
        if self.restoring:
            self.restoring = False
            self._first = False
            return
        cursor = None if self._first else len(self.after) - _tail(self.before, self.after)
        self._first = False
        self.editor.apply_text(self.slug, self.address, self.after, cursor)

    def undo(self) -> None:
        cursor = _changed_at(self.before, self.after)
        self.editor.apply_text(self.slug, self.address, self.before, cursor)

    def to_dict(self) -> dict:
        return {
            "kind": "typing",
            "act": self.slug,
            "address": self.address,
            "before": self.before,
            "after": self.after,
        }


def _cursor_after(before: str, after: str) -> int:
    """Where the cursor stands after an edit turned ``before`` into ``after``."""
    return len(after) - _tail(before, after)


def _continues(cursor: int, before: str, after: str) -> bool:
    """The edit starts where the last one left the cursor (a key typed or erased next to it)."""
    start = _changed_at(before, after)
    end = len(before) - _tail(before, after)
    return start <= cursor <= end + 1 or abs(start - cursor) <= 1


def _tail(a: str, b: str) -> int:
    """Length of the common suffix of a and b (not overlapping their common prefix)."""
    limit = min(len(a), len(b)) - _changed_at(a, b)
    i = 0
    while i < limit and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


class ProposalCommand(DraftCommand):
    """Adding, repealing or restoring a unit: one proposal replaced by another."""

    def __init__(
        self,
        editor: Editor,
        label: str,
        slug: str,
        address: str,
        before: m.Proposal | None,
        after: m.Proposal | None,
    ) -> None:
        super().__init__(label)
        self.editor = editor
        self.slug = slug
        self.address = address
        self.before = before
        self.after = after
        self.restoring = False

    def redo(self) -> None:
        if self.restoring:
            self.restoring = False
            return
        self.editor.apply_proposal(self.slug, self.address, self.after)

    def undo(self) -> None:
        self.editor.apply_proposal(self.slug, self.address, self.before)

    def to_dict(self) -> dict:
        from drafter.core.serialize import proposal_to_dict

        return {
            "kind": "proposal",
            "label": self.text(),
            "act": self.slug,
            "address": self.address,
            "before": proposal_to_dict(self.before) if self.before else None,
            "after": proposal_to_dict(self.after) if self.after else None,
        }


class DraftMetaCommand(DraftCommand):
    """Changing the draft's title, agency, style or entry-into-force wording."""

    def __init__(self, editor: Editor, label: str, before: dict, after: dict) -> None:
        super().__init__(label)
        self.editor = editor
        self.before = dict(before)
        self.after = dict(after)
        self.restoring = False

    def redo(self) -> None:
        if self.restoring:
            self.restoring = False
            return
        self.editor.apply_draft_meta(self.after)

    def undo(self) -> None:
        self.editor.apply_draft_meta(self.before)

    def to_dict(self) -> dict:
        return {"kind": "meta", "label": self.text(), "before": self.before, "after": self.after}


def command_from_dict(editor: Editor, entry: dict) -> DraftCommand:
    """A command saved in the project, rebuilt as already done (its first redo does nothing)."""
    from drafter.core.serialize import proposal_from_dict

    if entry.get("kind") == "meta":
        command: DraftCommand = DraftMetaCommand(
            editor, entry.get("label", ""), entry["before"], entry["after"]
        )
    elif entry.get("kind") == "typing":
        command = TypingCommand(
            editor, entry["act"], entry["address"], entry["before"], entry["after"]
        )
    else:
        before = proposal_from_dict(entry["before"]) if entry.get("before") else None
        after = proposal_from_dict(entry["after"]) if entry.get("after") else None
        command = ProposalCommand(
            editor, entry.get("label", ""), entry["act"], entry["address"], before, after
        )
    command.restoring = True
    if isinstance(command, TypingCommand):
        command.sealed = True
    return command


def restore_stack(
    stack: QUndoStack, editor: Editor, read: Callable[[], tuple[list[dict], int]]
) -> bool:
    """Refill ``stack`` with the saved commands, as done, at the saved position; a clean stack.

    False (and an empty stack) when the saved history cannot be read by this version.
    """
    stack.clear()
    try:
        entries, index = read()
        for entry in entries:
            stack.push(command_from_dict(editor, entry))
        stack.setIndex(index)  # undone commands: their state is already there
        readable = True
    except Exception:  # a history from another version: start a new one
        stack.clear()
        readable = False
    stack.setClean()
    return readable


def stack_entries(stack: QUndoStack) -> tuple[list[dict], int]:
    """The commands of ``stack`` as the project keeps them, and the current position."""
    commands = [stack.command(i) for i in range(stack.count())]
    kept = [c.to_dict() for c in commands if isinstance(c, DraftCommand)]
    # Commands not kept (an act's removal) do not count in the position either.
    return kept, sum(isinstance(c, DraftCommand) for c in commands[: stack.index()])
