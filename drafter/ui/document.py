"""The open draft: its project file, acts and proposals, saved to SQLite shortly after each edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.core import model as m

SAVE_DELAY_MS = 600  # a crash loses at most about a second of typing


class DraftDocument(QObject):
    """Wraps a drafter.io.project.Project; the UI edits the draft only through this object."""

    proposals_changed = Signal(str, str)  # act slug, top-level address
    acts_changed = Signal()
    meta_changed = Signal()
    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(project.path) if getattr(project, "path", None) else None
        self.read_only: bool = bool(getattr(project, "read_only", False))
        self.locked_by: dict | None = getattr(project, "locked_by", None)
        self.draft: m.Draft = project.draft()
        self.acts: list[m.Act] = project.acts()
        self._dirty: set[tuple[str, str]] = set()
        self._undo_pending: list[dict] = []
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> DraftDocument:
        from drafter.io.project import Project

        return cls(Project.open(Path(path)), parent)

    @classmethod
    def create(cls, path: Path, parent: QObject | None = None) -> DraftDocument:
        from drafter.io.project import Project

        return cls(Project.create(Path(path)), parent)

    # --- reading ------------------------------------------------------------------------------
    def act(self, slug: str) -> m.Act | None:
        for act in self.acts:
            if act.slug == slug:
                return act
        return None

    def act_draft(self, slug: str) -> m.ActDraft:
        return self.draft.for_act(slug)

    def proposal(self, slug: str, address: str) -> m.Proposal | None:
        for act_draft in self.draft.acts:
            if act_draft.slug == slug:
                return act_draft.proposals.get(address)
        return None

    def changed_count(self) -> int:
        return sum(len(a.proposals) for a in self.draft.acts)

    @property
    def title(self) -> str:
        if self.draft.title:
            return self.draft.title
        return self.path.stem if self.path else ""

    def is_modified(self) -> bool:
        return bool(self._dirty) or bool(self._undo_pending)

    # --- editing ------------------------------------------------------------------------------
    def set_proposal(self, slug: str, address: str, proposal: m.Proposal | None) -> None:
        """Record (or, with None, drop) the proposal for one top-level unit; saved shortly."""
        act_draft = self.draft.for_act(slug)
        if proposal is None:
            act_draft.proposals.pop(address, None)
        else:
            act_draft.proposals[address] = proposal
            act = self.act(slug)
            if act is not None:
                act_draft.proposals = _in_act_order(act, act_draft.proposals)
        self._dirty.add((slug, address))
        self._schedule_save()
        self.proposals_changed.emit(slug, address)

    def record_undo(self, entry: dict) -> None:
        self._undo_pending.append(entry)
        self._schedule_save()

    def set_draft_meta(self, **values) -> None:
        for key, value in values.items():
            setattr(self.draft, key, value)
        if not self.read_only:
            self.project.save_draft_meta(self.draft)
        self.meta_changed.emit()

    def add_act(self, act: m.Act) -> str:
        slug = self.project.add_act(act)
        self.acts = self.project.acts()
        self.acts_changed.emit()
        return slug

    def update_act_meta(self, act: m.Act) -> None:
        self.project.update_act_meta(act)
        self.acts = [act if a.slug == act.slug else a for a in self.acts]
        self.acts_changed.emit()

    # --- saving -------------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if not self.read_only:
            self._save_timer.start()

    def _on_save_timer_timeout(self) -> None:
        self.flush()

    def flush(self) -> bool:
        """Write pending edits to the project file now; False (and a signal) on failure."""
        self._save_timer.stop()
        if self.read_only or (not self._dirty and not self._undo_pending):
            return True
        dirty, self._dirty = self._dirty, set()
        undo, self._undo_pending = self._undo_pending, []
        try:
            for slug, address in sorted(dirty):
                proposal = self.proposal(slug, address)
                if proposal is None:
                    self.project.remove_proposal(slug, address)
                else:
                    self.project.set_proposal(slug, proposal)
            append = getattr(self.project, "append_undo", None)
            if append is not None:
                for entry in undo:
                    append(entry)
        except Exception as exc:  # the file vanished or became read-only: keep the edits
            self._dirty |= dirty
            self._undo_pending = undo + self._undo_pending
            self.save_failed.emit(str(exc))
            return False
        self.saved.emit()
        return True

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.project.close()


def _in_act_order(act: m.Act, proposals: dict[str, m.Proposal]) -> dict[str, m.Proposal]:
    order = {u.address: i for i, u in enumerate(act.top_units())}
    big = len(order) + 1

    def key(item: tuple[str, m.Proposal]) -> tuple[float, str]:
        address, proposal = item
        if address in order:
            return (order[address], "")
        anchor = order.get(proposal.after or "", -1 if proposal.after == "" else big)
        return (anchor + 0.5, address)

    return dict(sorted(proposals.items(), key=key))
