"""The open draft: its project file, acts and proposals, saved to SQLite shortly after each edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.core import model as m
from drafter.core.ordering import proposals_in_act_order
from drafter.core.profiles import get_profile
from drafter.core.rounds import Remark
from drafter.core.textlayout import parse_unit_text, unit_to_text
from drafter.errors import DrafterError
from drafter.messages import N_
from drafter.services import projects, review
from drafter.services import rounds as rounds_service
from drafter.services.review import ReviewReport
from drafter.services.rounds import LetterFields
from drafter.ui.messages import tr_message
from drafter.ui.remark_calls import RemarkCalls

if TYPE_CHECKING:
    from drafter.services.projects import Project

UNREAD_TEXTS_KEY = "ui.unread_texts"  # project setting: typed texts not yet read as units
SAVE_DELAY_MS = 500  # with the 150 ms read-back: a crash loses well under a second of typing
PARSE_DELAY_MS = 150  # typing is read back into units (and instructions redone) after a pause
SAVE_MAX_WAIT_MS = 900  # typing without a pause is still saved about once a second


class DraftDocument(QObject):
    """The open draft and its project file: the UI reads and edits the draft only through it."""

    proposals_changed = Signal(str, str)  # act slug, top-level address
    problem_changed = Signal(str, str, str)  # act slug, address, message ("" = none)
    acts_changed = Signal()
    meta_changed = Signal()
    saved = Signal()
    save_failed = Signal(str)
    remarks_changed = Signal()  # emitted after store_review and add_letter_remark

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path: Path = project.path
        self.read_only: bool = project.read_only
        self.locked_by: dict[str, Any] | None = project.locked_by
        self.draft: m.Draft = project.draft()
        self.acts: list[m.Act] = project.acts()
        self._dirty: set[tuple[str, str]] = set()
        self._top: dict[str, dict[str, m.Unit]] = {}
        # Texts typed but not yet read back into a unit (or that could not be read: problems).
        self.texts: dict[tuple[str, str], str] = {}
        self.problems: dict[tuple[str, str], str] = {}
        self._unparsed: set[tuple[str, str]] = set()
        self._parse_timer = QTimer(self)
        self._parse_timer.setSingleShot(True)
        self._parse_timer.setInterval(PARSE_DELAY_MS)
        self._parse_timer.timeout.connect(self._on_parse_timer_timeout)
        # The undo history in the project: entries 1..n are the commands of the QUndoStack;
        # from ``_undo_dirty_from`` on they are rewritten at the next save.
        self._undo_dirty_from: int | None = None
        self._meta_dirty = False
        self._texts_dirty = False
        # The undo stack's commands (as dicts) and its current index, set by the window.
        self.undo_source: Callable[[], tuple[list[dict[str, Any]], int]] | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)
        # The debounce's longest wait: started by the first edit after a save, never restarted.
        self._max_wait_timer = QTimer(self)
        self._max_wait_timer.setSingleShot(True)
        self._max_wait_timer.setInterval(SAVE_MAX_WAIT_MS)
        self._max_wait_timer.timeout.connect(self._on_save_timer_timeout)
        self._load_unread_texts()

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> DraftDocument:
        """The draft in the project file at ``path`` (read-only when another Drafter has it)."""
        return cls(projects.open_project(path), parent)

    @classmethod
    def create(cls, path: Path, parent: QObject | None = None) -> DraftDocument:
        """A new, empty draft in a new project file at ``path``."""
        return cls(projects.create_project(path), parent)

    def _load_unread_texts(self) -> None:
        """Texts typed before a crash or close that could not be read as units yet."""
        try:
            saved = self.project.settings_get(UNREAD_TEXTS_KEY, {}) or {}
        except Exception:  # an older or damaged setting: nothing to restore
            return
        for key, text in saved.items():
            slug, _, address = str(key).partition("\n")
            if self.act(slug) is not None and isinstance(text, str):
                self.texts[(slug, address)] = text
                self._unparsed.add((slug, address))
        if self._unparsed:
            self.parse_pending()
            self._texts_dirty = False

    # --- reading ------------------------------------------------------------------------------
    def act(self, slug: str) -> m.Act | None:
        for act in self.acts:
            if act.slug == slug:
                return act
        return None

    def act_draft(self, slug: str) -> m.ActDraft:
        return self.draft.for_act(slug)

    def current_unit(self, slug: str, address: str) -> m.Unit | None:
        """The top-level unit at ``address`` in the act's current text."""
        if slug not in self._top:
            act = self.act(slug)
            self._top[slug] = {u.address: u for u in act.top_units()} if act else {}
        return self._top[slug].get(address)

    def proposed_unit(self, slug: str, address: str) -> m.Unit | None:
        proposal = self.proposal(slug, address)
        return proposal.unit if proposal is not None else self.current_unit(slug, address)

    def current_text(self, slug: str, address: str) -> str:
        """The current wording as the editor shows it: law text only, editorial notes hidden."""
        unit = self.current_unit(slug, address)
        act = self.act(slug)
        return unit_to_text(without_notes(unit), get_profile(act.profile)) if unit and act else ""

    def current_notes(self, slug: str, address: str) -> list[tuple[str, str]]:
        """The editorial notes of a top-level unit's current wording: (address, note) in order."""
        unit = self.current_unit(slug, address)
        return [(u.address, note) for u in unit.walk() for note in u.notes] if unit else []

    def proposed_text(self, slug: str, address: str) -> str:
        """The text in the proposed-wording editor: as typed, or the proposal's unit as text."""
        if (slug, address) in self.texts:
            return self.texts[(slug, address)]
        unit = self.proposed_unit(slug, address)
        act = self.act(slug)
        return unit_to_text(without_notes(unit), get_profile(act.profile)) if unit and act else ""

    def proposal(self, slug: str, address: str) -> m.Proposal | None:
        for act_draft in self.draft.acts:
            if act_draft.slug == slug:
                return act_draft.proposals.get(address)
        return None

    def changed_count(self) -> int:
        return sum(len(a.proposals) for a in self.draft.acts)

    @property
    def title(self) -> str:
        return self.draft.title or self.path.stem

    def is_modified(self) -> bool:
        return bool(
            self._dirty
            or self._unparsed
            or self._meta_dirty
            or self._texts_dirty
            or self._undo_dirty_from is not None
        )

    # --- editing ------------------------------------------------------------------------------
    def set_proposal(
        self, slug: str, address: str, proposal: m.Proposal | None, *, keep_text: bool = False
    ) -> None:
        """Record (or, with None, drop) the proposal for one top-level unit; saved shortly."""
        if not keep_text:
            if self.texts.pop((slug, address), None) is not None:
                self._texts_dirty = True
            self._unparsed.discard((slug, address))
            if self.problems.pop((slug, address), None) is not None:
                self.problem_changed.emit(slug, address, "")
        act_draft = self.draft.for_act(slug)
        if proposal is None:
            act_draft.proposals.pop(address, None)
        else:
            act_draft.proposals[address] = proposal
            act = self.act(slug)
            if act is not None:
                tops = [u.address for u in act.top_units()]
                ordered = proposals_in_act_order(tops, act_draft.proposals.values())
                act_draft.proposals = {p.address: p for p in ordered}
        self._dirty.add((slug, address))
        self._schedule_save()
        self.proposals_changed.emit(slug, address)

    def set_unit_text(self, slug: str, address: str, text: str, *, now: bool = False) -> None:
        """The drafter's text of a unit; read back into a proposal after a short pause."""
        self.texts[(slug, address)] = text
        self._unparsed.add((slug, address))
        if now:
            self.parse_pending()
        else:
            self._parse_timer.start()
            self._schedule_save()  # the text is read back at the latest when it is saved

    def _on_parse_timer_timeout(self) -> None:
        self.parse_pending()

    def parse_pending(self) -> None:
        """Read typed texts back into units; a text that cannot be read stays, with a problem."""
        self._parse_timer.stop()
        pending, self._unparsed = self._unparsed, set()
        for slug, address in sorted(pending):
            text = self.texts.get((slug, address))
            if text is None:
                continue
            try:
                proposal = self._proposal_from_text(slug, address, text)
            except Exception as exc:  # any reading problem: keep the typing, say why
                said = tr_message(exc) if isinstance(exc, DrafterError) else str(exc)
                self.problems[(slug, address)] = said or type(exc).__name__
                self._texts_dirty = True
                self._schedule_save()
                self.problem_changed.emit(slug, address, self.problems[(slug, address)])
                continue
            del self.texts[(slug, address)]
            if self.problems.pop((slug, address), None) is not None:
                self._texts_dirty = True
                self.problem_changed.emit(slug, address, "")
            self.set_proposal(slug, address, proposal, keep_text=True)

    def _proposal_from_text(self, slug: str, address: str, text: str) -> m.Proposal | None:
        from drafter.core.draft import units_equal

        act = self.act(slug)
        existing = self.proposal(slug, address)
        current = self.current_unit(slug, address)
        base = current if current is not None else existing.unit if existing else None
        if act is None or base is None:
            raise DrafterError(N_("{address} is not a unit of {slug}"), address=address, slug=slug)
        unit = parse_unit_text(text, base.kind, get_profile(act.profile))
        _readdress(unit, address)
        if current is not None:
            keep_notes(unit, current)
        if existing is not None and existing.status == m.ADDED:
            return m.Proposal(address, m.ADDED, unit, existing.after)
        if current is not None and units_equal(unit, current):
            return None
        repealed_now = current is not None and current.repealed
        status = m.REPEALED if unit.repealed and not repealed_now else m.CHANGED
        return m.Proposal(address, status, unit)

    def undo_changed(self, first_changed: int) -> None:
        """Undo commands from index ``first_changed`` on (and the index) need saving."""
        if self._undo_dirty_from is None or first_changed < self._undo_dirty_from:
            self._undo_dirty_from = max(0, first_changed)
        self._schedule_save()

    def undo_history(self) -> tuple[list[dict], int]:
        """The saved undo entries (oldest first) and the saved position in them."""
        entries = [{k: v for k, v in e.items() if k != "seq"} for e in self.project.undo_entries()]
        index = self.project.settings_get("undo_index", len(entries))
        return entries, max(0, min(int(index), len(entries)))

    def _write_undo(self) -> None:
        if self._undo_dirty_from is None or self.undo_source is None:
            return
        commands, index = self.undo_source()
        start = min(self._undo_dirty_from, len(commands))
        # Entries are numbered 1..n in stack order: keep 1..start, write the rest anew.
        self.project.truncate_undo(start)
        for entry in commands[start:]:
            self.project.append_undo(entry)
        self.project.settings_set("undo_index", index)
        self._undo_dirty_from = None

    def set_draft_meta(self, **values) -> None:
        """Title, agency, style, entry into force: saved with the next save (shortly)."""
        for key, value in values.items():
            setattr(self.draft, key, value)
        self._meta_dirty = True
        self._schedule_save()
        self.meta_changed.emit()

    def add_act(self, act: m.Act) -> str:
        slug = self.project.add_act(act)
        self.acts = self.project.acts()
        self._top.clear()
        self.acts_changed.emit()
        return slug

    def update_act_meta(self, act: m.Act) -> None:
        self.project.update_act_meta(act)
        self.acts = [act if a.slug == act.slug else a for a in self.acts]
        self._top.clear()
        self.acts_changed.emit()

    # --- saving -------------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if not self.read_only:
            self._save_timer.start()
            if not self._max_wait_timer.isActive():
                self._max_wait_timer.start()

    def save_pending(self) -> bool:
        """Edits typed or made that the project file does not hold yet (a save is coming)."""
        return self.is_modified() or self._parse_timer.isActive()

    def _on_save_timer_timeout(self) -> None:
        self.flush()

    def flush(self) -> bool:
        """Write pending edits to the project file now; False (and a signal) on failure."""
        self._save_timer.stop()
        self.parse_pending()
        self._save_timer.stop()
        self._max_wait_timer.stop()
        if self.read_only or not self.is_modified():
            return True
        dirty, self._dirty = self._dirty, set()
        try:
            if self._meta_dirty:
                self.project.save_draft_meta(self.draft)
                self._meta_dirty = False
            if self._texts_dirty:
                unread = {
                    f"{slug}\n{address}": text for (slug, address), text in self.texts.items()
                }
                self.project.settings_set(UNREAD_TEXTS_KEY, unread)
                self._texts_dirty = False
            for slug, address in sorted(dirty):
                proposal = self.proposal(slug, address)
                if proposal is None:
                    self.project.remove_proposal(slug, address)
                else:
                    self.project.set_proposal(slug, proposal)
            self._write_undo()
        except Exception as exc:  # the file vanished or became read-only: keep the edits
            self._dirty |= dirty
            self.save_failed.emit(str(exc))
            return False
        self.saved.emit()
        return True

    def save_as(self, path: Path) -> None:
        """Copy the draft's project file to ``path`` and continue there (writable).

        Pending edits are written first; edits made while the file was read-only, which never
        reached it, are written into the copy. DrafterError or OSError when it fails.
        """
        self.parse_pending()
        self.flush()
        was_read_only = self.read_only
        projects.save_project_as(self.project, path, self.draft if was_read_only else None)
        self.path = self.project.path
        self.read_only = False
        self.locked_by = None
        if not was_read_only:
            self.flush()  # edits a failed save kept go into the copy

    def store_bookmarks(self, bookmarks: dict[str, dict[str, str]]) -> None:
        """Keep the bookmark maps of an export (act slug -> bookmark -> unit address).

        They let a copy returned by an agency be read back onto the units; one transaction,
        nothing when the draft is read-only.
        """
        projects.store_bookmarks(self.project, bookmarks)

    # --- approval rounds: returned files and remarks (DESIGN.md "Approval rounds") -----------
    def read_review(self, path: Path, agency: str, round: int | None = None) -> ReviewReport:
        """A returned file read and placed against what was sent; nothing stored (the preview)."""
        return review.read_review(self.project, path, agency, round)

    def store_review(
        self, report: ReviewReport, placements: dict[int, tuple[str, str]] | None = None
    ) -> int:
        """File ``report`` in one transaction (``placements``: item index → (act, address)
        placed by hand); returns the remarks stored. May run off the UI thread."""
        stored = review.store_review(self.project, report, placements)
        self.remarks_changed.emit()
        return stored

    def add_letter_remark(
        self,
        agency: str,
        round: int,
        act: str,
        address: str,
        text: str,
        proposed: str | None = None,
        quote: str = "",
    ) -> None:
        """A remark of ``agency``'s letter on round ``round``, entered by hand on a unit; one
        sentence (DrafterError) and nothing stored when it cannot be."""
        fields = LetterFields(act=act, address=address, text=text, proposed=proposed, quote=quote)
        rounds_service.letter_remark(self.project, agency, round, **fields)
        self.remarks_changed.emit()

    def remarks(self, slug: str, address: str) -> list[Remark]:
        """The remarks on the unit ``address`` of act ``slug`` and on the units inside it."""
        return review.remarks_of_unit(self.project, slug, address)

    def open_remark_counts(self) -> dict[tuple[str, str], int]:
        """(act slug, top-level address now) → remarks still to decide there (the tree's badges,
        counted as the Remarks tab and the status bar count them)."""
        return RemarkCalls(self).open_counts()

    def rounds(self) -> list[dict]:
        """The rounds and their recipients' answers, as ``drafter rounds --json``."""
        return rounds_service.rounds_json(self.project)

    def agencies(self) -> list[str]:
        """The known agencies' short names."""
        return [a.short_name for a in self.project.agencies()]

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.project.close()


def without_notes(unit: m.Unit) -> m.Unit:
    """A copy of ``unit`` with every editorial note cleared (the editors show law text only)."""
    bare = unit.copy()
    for sub in bare.walk():
        sub.notes = []
    return bare


def keep_notes(unit: m.Unit, current: m.Unit) -> None:
    """Give the units of ``unit`` whose address still exists the notes of ``current``'s units.

    The editors hide notes, so the text read back has none (or only what was typed): the notes
    of the current wording stay with the units they belong to.
    """
    notes = {u.address: u.notes for u in current.walk()}
    for sub in unit.walk():
        if sub.address in notes:
            sub.notes = list(notes[sub.address])


def _readdress(unit: m.Unit, address: str) -> None:
    """Put a unit parsed as if at the top of an act at ``address`` (its subtree follows)."""
    old = unit.address
    for sub in unit.walk():
        if old and sub.address.startswith(old):
            sub.address = address + sub.address[len(old) :]
    unit.address = address
