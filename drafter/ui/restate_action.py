"""«Restate this unit» / «Amend by patches»: the drafter's form for one unit, as menu actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from drafter.errors import DrafterError
from drafter.services import restate
from drafter.ui.messages import tr_message

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument


class RestateChoice(QObject):
    """Three checkable actions for one unit of the open draft: restate it, amend it by patches,
    or let the rules decide. The first two show the form the bill gives the unit now (their
    tooltip says why); choosing one keeps the choice in the project and emits ``changed``."""

    changed = Signal(str, str, str)  # slug, address, the form the unit gets now ("" unchanged)
    failed = Signal(str)  # why the choice could not be kept, in one sentence

    def __init__(
        self, document: DraftDocument, slug: str, address: str, unit: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.slug = slug
        self.address = address
        self.restate_action = QAction(self.tr("Restate %1").replace("%1", unit), self)
        self.patch_action = QAction(self.tr("Amend %1 by Patches").replace("%1", unit), self)
        self.auto_action = QAction(self.tr("Let the Rules Decide"), self)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for action, form in (
            (self.restate_action, restate.CHOICES[0]),
            (self.patch_action, restate.CHOICES[1]),
        ):
            action.setCheckable(True)
            action.setData(form)
            self.group.addAction(action)
            action.triggered.connect(self._on_form_action_triggered)
        self.auto_action.setCheckable(True)
        self.auto_action.setData(restate.CHOICES[2])
        self.auto_action.triggered.connect(self._on_form_action_triggered)
        self.refresh()

    def actions(self) -> list[QAction]:
        return [self.restate_action, self.patch_action, self.auto_action]

    def menu(self, parent: QWidget) -> QMenu:
        """A submenu «Form of the Amendment» holding the three actions."""
        menu = QMenu(self.tr("Form of the Amendment"), parent)
        menu.addActions(self.actions())
        return menu

    def refresh(self) -> None:
        """Show the unit's form now (after an edit of its text, or a choice made elsewhere)."""
        try:
            found = restate.unit_form(
                self.document.project, self.document.draft, self.slug, self.address
            )
        except DrafterError as exc:
            self._show(None, restate.CHOICES[2], tr_message(exc))
            return
        reason = tr_message(found.reason) if found.reason is not None else ""
        self._show(found.form, found.chosen, reason)

    def _show(self, form: str | None, chosen: str, reason: str) -> None:
        changed = form is not None
        writable = not self.document.read_only
        self.group.setExclusive(False)  # an exclusive group cannot show neither checked
        self.restate_action.setChecked(form == restate.CHOICES[0])
        self.patch_action.setChecked(form == restate.CHOICES[1])
        self.group.setExclusive(True)
        self.auto_action.setChecked(chosen == restate.CHOICES[2])
        for action in self.actions():
            action.setEnabled(changed and writable)
            action.setToolTip(reason if changed else self.tr("The draft does not change it."))
            action.setStatusTip(action.toolTip())

    def _on_form_action_triggered(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        try:
            found = restate.set_unit_form(
                self.document.project, self.document.draft, self.slug, self.address, action.data()
            )
        except DrafterError as exc:
            self.refresh()
            self.failed.emit(tr_message(exc))
            return
        reason = tr_message(found.reason) if found.reason is not None else ""
        self._show(found.form, found.chosen, reason)
        self.changed.emit(self.slug, self.address, found.form or "")
