"""The window's editing: actions on the selected unit, Ctrl+S, the title, outputs kept current."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from drafter.core import model as m
from drafter.core.draft import repealed_unit, units_equal
from drafter.core.profiles import get_profile
from drafter.core.russian import LETTERS
from drafter.core.textlayout import unit_to_text
from drafter.ui.commands import ProposalCommand, TypingCommand
from drafter.ui.diff_view import matching_position
from drafter.ui.document import without_notes
from drafter.ui.editors_panel import find_unit
from drafter.ui.outputs import added_unit
from drafter.ui.unit_tree import TOP_ROLE, unit_label

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument
    from drafter.ui.main_window import MainWindow

Chosen = tuple["DraftDocument", str, str, str, m.Unit, str]  # the target and the step's words
translate = QCoreApplication.translate  # the window's words keep the window's context

KIND_WORDS = {
    m.ARTICLE: QT_TRANSLATE_NOOP("MainWindow", "Article"),
    m.PART: QT_TRANSLATE_NOOP("MainWindow", "Part"),
    m.POINT: QT_TRANSLATE_NOOP("MainWindow", "Point"),
    m.SUBPOINT: QT_TRANSLATE_NOOP("MainWindow", "Subpoint"),
}


class Editing(QObject):
    """Wires itself into the window: what the drafting actions act on, saving made visible."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.target: tuple[str, str, str] | None = None  # act slug, top address, unit address
        self.chapter_chosen = False
        self._offered: set[tuple[str, str]] = set()  # deleted parts whose repeal was offered
        self._offer_key: tuple[str, str] | None = None
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(0)
        self._offer_timer.timeout.connect(self._on_offer_timer_timeout)
        self._sync_timer = QTimer(self)  # after an undo has moved the proposed side
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self._sync_panes)
        actions = window.menu_actions
        for action, slot in (
            (actions.add_unit_action, window._on_add_unit_action_triggered),
            (actions.repeal_action, window._on_repeal_action_triggered),
        ):
            action.triggered.disconnect(slot)
        actions.add_unit_action.triggered.connect(self._on_add_unit_action_triggered)
        actions.repeal_action.triggered.connect(self._on_repeal_action_triggered)
        actions.restore_action.triggered.disconnect(window._on_restore_action_triggered)
        actions.restore_action.triggered.connect(self._on_restore_action_triggered)
        actions.save_action.triggered.connect(self._on_save_action_triggered)
        actions.enabled.connect(self.refresh)
        selection = window.tree.unit_tree.selectionModel()
        selection.currentChanged.connect(self._on_unit_tree_current_changed)
        edit = window.editors.side_by_side.proposed_edit
        edit.cursorPositionChanged.connect(self._on_proposed_edit_cursor_position_changed)
        window.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        window.outputs.tabs.currentChanged.connect(self._on_output_tabs_current_changed)
        self.refresh()

    def connect_document(self, document: DraftDocument) -> None:
        """Signals of a newly opened draft (the window calls this for each)."""
        document.proposals_changed.connect(self._on_document_proposals_changed)
        self.target = None

    # --- the window's title -------------------------------------------------------------------
    def title(self) -> str:
        """The draft's title and its file's name («Title (draft.drafter)»)."""
        document = self.window.document
        if document is None:
            return ""
        name = document.path.name
        return (
            name if document.title in (name, document.path.stem) else f"{document.title} ({name})"
        )

    # --- what the actions act on --------------------------------------------------------------
    def _on_unit_tree_current_changed(self, current, previous) -> None:
        window = self.window
        self.chapter_chosen = False
        if current.isValid() and window.tree.chosen is not None:
            slug, address = window.tree.chosen
            top = current.data(TOP_ROLE) or ""
            self.chapter_chosen = not top
            self.target = (slug, top, address or top) if top else None
        self.refresh()
        if window.outputs.redline_shown():
            self._show_redline()

    def _on_proposed_edit_cursor_position_changed(self) -> None:
        edit = self.window.editors.side_by_side.proposed_edit
        if edit.hasFocus():
            self._target_at_cursor()
            self.refresh()

    def _target_at_cursor(self) -> None:
        """The unit whose text holds the proposed editor's cursor (the deepest one)."""
        window, document = self.window, self.window.document
        if document is None or window.current is None:
            return
        slug, top = window.current
        act = document.act(slug)
        unit = document.proposed_unit(slug, top)
        if act is None or unit is None:
            return
        edit = window.editors.side_by_side.proposed_edit
        text, cursor = edit.toPlainText(), edit.textCursor().position()
        profile = get_profile(act.profile)
        found, start = top, 0
        for sub in list(unit.walk())[1:]:
            first = unit_to_text(without_notes(sub), profile).split("\n")[0]
            at = text.find(first, start) if first else -1
            if at < 0:
                continue
            start = at
            if at <= cursor:
                found = sub.address
        self.chapter_chosen = False
        self.target = (slug, top, found)

    def _unit(self) -> tuple[DraftDocument, str, str, str, m.Unit] | None:
        """The draft, the target (act, top, address) and the target unit as proposed."""
        window, document = self.window, self.window.document
        if document is None or document.read_only or self.chapter_chosen:
            return None
        target = self.target
        if target is None or window.current is None or target[:2] != window.current:
            target = (*window.current, window.current[1]) if window.current else None
        if target is None:
            return None
        slug, top, address = target
        unit = document.proposed_unit(slug, top)
        sub = unit if address == top else find_unit(unit, address) if unit is not None else None
        if sub is None:
            return None
        return document, slug, top, address, sub

    def refresh(self) -> None:
        """The actions' words name their unit; none acts on a chapter or section."""
        actions = self.window.menu_actions
        found = self._unit()
        if found is None:
            for action in (actions.add_unit_action, actions.repeal_action):
                action.setEnabled(False)
            if self.chapter_chosen:
                actions.restore_action.setEnabled(False)
            actions.retranslate_drafting(None, None)
            return
        document, slug, top, address, sub = found
        act = document.act(slug)
        language = act.language if act else "ru"
        name = unit_name(sub, language)
        new = self._added(document, slug, top, address)
        new_name = unit_name(new, language) if new is not None else None
        actions.retranslate_drafting(name, new_name)
        writable = not document.read_only
        current = document.current_unit(slug, top)
        actions.add_unit_action.setEnabled(writable and new is not None)
        actions.repeal_action.setEnabled(writable and not sub.repealed)
        restorable = document.proposal(slug, top) is not None or (slug, top) in document.texts
        actions.restore_action.setEnabled(writable and (restorable or current is None))

    # --- the actions --------------------------------------------------------------------------
    def _added(self, document: DraftDocument, slug: str, top: str, address: str) -> m.Unit | None:
        """The unit «add after» would create after the unit at ``address``."""
        if address == top:
            proposal = added_unit(document, slug, top)
            return proposal.unit if proposal else None
        unit = document.proposed_unit(slug, top)
        parent = _parent(unit, address) if unit else None
        if parent is None:
            return None
        sub = next(c for c in parent.children if c.address == address)
        used = {c.number for c in parent.children}
        label = next_sibling_label(sub.number, used, last=parent.children[-1] is sub)
        stem = address.rsplit(":", 1)[0]
        return m.Unit(kind=sub.kind, number=label, address=f"{stem}:{label}")

    def _push(self, label: str, slug: str, top: str, after: m.Proposal | None) -> None:
        document = self.window.document
        assert document is not None
        before = document.proposal(slug, top)
        self.window.undo_stack.push(ProposalCommand(self.window, label, slug, top, before, after))

    def _changed(self, document: DraftDocument, slug: str, top: str, unit: m.Unit) -> m.Proposal:
        """The proposal for ``top`` whose unit is now ``unit`` (an added unit stays added)."""
        existing = document.proposal(slug, top)
        if existing is not None and existing.status == m.ADDED:
            return m.Proposal(top, m.ADDED, unit, existing.after)
        return m.Proposal(top, m.CHANGED, unit)

    def _chosen(self, action: QAction) -> Chosen | None:
        """What ``action`` acts on (typing read back first) and the words of its undo step."""
        if self.window.document is not None:
            self.window.document.parse_pending()
        found = self._unit()
        return None if found is None else (*found, action.text().replace("&", ""))

    def _on_add_unit_action_triggered(self) -> None:
        window = self.window
        chosen = self._chosen(window.menu_actions.add_unit_action)
        if chosen is None:
            return
        document, slug, top, address, _sub, text = chosen
        if address == top:
            proposal = added_unit(document, slug, top)
            if proposal is None:
                return
            window.undo_stack.push(
                ProposalCommand(window, text, slug, proposal.address, None, proposal)
            )
        else:
            new = self._added(document, slug, top, address)
            unit = document.proposed_unit(slug, top)
            if new is None or unit is None:
                return
            unit = _put(unit, address, new, after=True)
            self._push(text, slug, top, self._changed(document, slug, top, unit))
            self.target = (slug, top, new.address)
        edit = window.editors.side_by_side.proposed_edit
        edit.setFocus()
        if address == top:
            edit.moveCursor(edit.textCursor().MoveOperation.End)
        self.refresh()

    def _on_repeal_action_triggered(self) -> None:
        self._run(self.window.menu_actions.repeal_action, self._repeal)

    def _on_restore_action_triggered(self) -> None:
        self._run(self.window.menu_actions.restore_action, self._restore)

    def _run(self, action: QAction, work: Callable[[Chosen], None]) -> None:
        if (chosen := self._chosen(action)) is not None:
            work(chosen)

    def _repeal(self, chosen: Chosen) -> None:
        """Repeal the unit chosen: the article, or a part or point of it (the article changed)."""
        document, slug, top, address, sub, text = chosen
        before = document.proposal(slug, top)
        current = document.current_unit(slug, top)
        if address == top:
            if before is not None and before.status == m.ADDED:
                after = None
            elif current is not None:
                after = m.Proposal(top, m.REPEALED, repealed_unit(current))
            else:
                return
        else:
            unit = document.proposed_unit(slug, top)
            assert unit is not None
            gone = repealed_unit(sub)
            gone.address = address
            after = self._changed(document, slug, top, _put(unit, address, gone, after=False))
        self._push(text, slug, top, after)
        self.refresh()

    def _restore(self, chosen: Chosen) -> None:
        """The current wording back: of the article, or of the part or point chosen only."""
        document, slug, top, address, _sub, text = chosen
        proposal = document.proposal(slug, top)
        if proposal is None or address == top:
            if proposal is not None or (slug, top) in document.texts:
                self._push(text, slug, top, None)
            return
        current = document.current_unit(slug, top)
        now = find_unit(current, address) if current is not None else None
        if now is not None:
            unit = _put(proposal.unit, address, now.copy(), after=False)
        else:  # a part the draft adds: restoring the current wording takes it out
            unit = proposal.unit.copy()
            parent = _parent(unit, address)
            if parent is not None:
                parent.children = [c for c in parent.children if c.address != address]
        same = current is not None and proposal.status == m.CHANGED and units_equal(unit, current)
        self._push(text, slug, top, None if same else self._changed(document, slug, top, unit))
        self.refresh()

    # --- saving made visible ------------------------------------------------------------------
    def _on_save_action_triggered(self) -> None:
        window, document = self.window, self.window.document
        if document is None or document.read_only:
            return
        if document.flush():
            message = translate("MainWindow", "Saved to %1").replace("%1", str(document.path))
            window.statusBar().showMessage(message, 5000)

    # --- outputs kept current -----------------------------------------------------------------
    def _on_document_proposals_changed(self, slug: str, address: str) -> None:
        window, document = self.window, self.window.document
        if document is None or window.current != (slug, address):
            return
        act = document.act(slug)
        unit = document.proposed_unit(slug, address)
        if act is not None and unit is not None:
            heading = f"{act.title or act.slug} — {unit_label(unit, act.language)}"
            window.editors.unit_heading.setText(heading)
        self.refresh()
        self._offer_key = (slug, address)
        self._offer_timer.start()  # not inside the draft's own signal: the question waits

    def _on_offer_timer_timeout(self) -> None:
        if self._offer_key is not None and self.window.current == self._offer_key:
            self._offer_repeal(*self._offer_key)

    def _offer_repeal(self, slug: str, top: str) -> None:
        """A part whose whole text was deleted: ask whether to repeal it instead (default No)."""
        window, document = self.window, self.window.document
        stack = window.undo_stack
        last = stack.command(stack.index() - 1) if stack.canUndo() else None
        if document is None or not isinstance(last, TypingCommand):
            return
        if len(last.after) >= len(last.before) or (last.slug, last.address) != (slug, top):
            return
        current = document.current_unit(slug, top)
        proposal = document.proposal(slug, top)
        if current is None or proposal is None or proposal.status != m.CHANGED:
            return
        kept = {u.address for u in proposal.unit.walk()}
        gone = [
            u
            for u in list(current.walk())[1:]
            if u.address not in kept and not u.repealed and _parent(current, u.address) is not None
        ]
        gone = [u for u in gone if _parent(current, u.address) in (current, *current.children)]
        gone = [u for u in gone if (slug, u.address) not in self._offered][:1]
        if not gone:
            return
        unit = gone[0]
        self._offered.add((slug, unit.address))
        act = document.act(slug)
        name = unit_name(unit, act.language if act else "ru")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Repeal instead?"),
            translate(
                "MainWindow",
                "The whole text of %1 is deleted. Repeal it instead, so that the bill says "
                "it loses force?",
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        restored = proposal.unit.copy()
        parent = find_unit(restored, _parent(current, unit.address).address)  # type: ignore[union-attr]
        if parent is None:
            return
        order = [u.address for u in list(current.walk())]
        gone_unit = repealed_unit(unit)
        gone_unit.address = unit.address
        place = {address: i for i, address in enumerate(order)}
        at = sum(
            1 for c in parent.children if place.get(c.address, len(order)) < place[unit.address]
        )
        parent.children.insert(at, gone_unit)
        label = translate("MainWindow", "&Repeal %1").replace("%1", name).replace("&", "")
        self._push(label, slug, top, m.Proposal(top, m.CHANGED, restored))

    def _on_undo_stack_index_changed(self, index: int) -> None:
        self.refresh()
        self._sync_timer.start()

    def _sync_panes(self) -> None:
        """The current wording shows the same place as the proposed one (undo moved it there)."""
        view = self.window.editors.side_by_side
        source, target = view.proposed_edit, view.current_edit
        if not source.isVisible() or not target.toPlainText():
            return
        middle = source.cursorForPosition(source.viewport().rect().center()).position()
        at = matching_position(source.toPlainText(), middle, target.toPlainText())
        cursor = target.textCursor()
        cursor.setPosition(min(at, len(target.toPlainText())))
        view._syncing = True  # a scroll of ours: the proposed side stays where it is
        try:
            target.setTextCursor(cursor)
            target.centerCursor()
        finally:
            view._syncing = False

    def _on_output_tabs_current_changed(self, index: int) -> None:
        if self.window.outputs.redline_shown():
            self._show_redline()

    def _show_redline(self) -> None:
        window = self.window
        chosen = window.tree.chosen
        slug = chosen[0] if chosen else window.current[0] if window.current else None
        window.outputs.show_redline(window.document, slug)


def _put(unit: m.Unit, address: str, new: m.Unit, *, after: bool) -> m.Unit:
    """A copy of ``unit`` with ``new`` in place of the unit at ``address``, or right after it."""
    unit = unit.copy()
    parent = _parent(unit, address)
    assert parent is not None
    index = next(i for i, c in enumerate(parent.children) if c.address == address)
    parent.children[index + 1 if after else index : index + 1] = [new]
    return unit


def _parent(unit: m.Unit, address: str) -> m.Unit | None:
    """The unit inside ``unit`` that holds the unit at ``address`` as a child."""
    for sub in unit.walk():
        if any(c.address == address for c in sub.children):
            return sub
    return None


def next_sibling_label(number: str, used: set[str], *, last: bool) -> str:
    """The label of a unit added after ``number``: the next one at the end, «3.1» between."""
    if last and number.isdigit() and str(int(number) + 1) not in used:
        return str(int(number) + 1)
    if last and number in LETTERS[:-1] and LETTERS[LETTERS.index(number) + 1] not in used:
        return LETTERS[LETTERS.index(number) + 1]
    for i in range(1, 100):
        if f"{number}.{i}" not in used:
            return f"{number}.{i}"
    return f"{number}-new"


def unit_name(unit: m.Unit, language: str) -> str:
    """«Part 3», «Point б)» in the interface language: how an action names its unit."""
    word = KIND_WORDS.get(unit.kind)
    if word is None:
        return unit_label(m.Unit(kind=unit.kind, number=unit.number), language)
    number = f"{unit.number})" if unit.kind in (m.POINT, m.SUBPOINT) and language == "ru" else ""
    return f"{translate('MainWindow', str(word))} {number or unit.number}"
