"""Remove Act From Project: the File menu's action and its undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand

from drafter.core import model as m
from drafter.errors import DrafterError
from drafter.services import act_removal
from drafter.ui.document import DraftDocument
from drafter.ui.messages import error_text

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _forget(window: MainWindow, document: DraftDocument, slug: str) -> None:
    """The document's memory of act ``slug`` goes with it (the project file has lost it)."""
    document.acts = [act for act in document.acts if act.slug != slug]
    document.draft.acts = [a for a in document.draft.acts if a.slug != slug]
    for keys in (document.texts, document.problems):
        for key in [key for key in keys if key[0] == slug]:
            del keys[key]
    if window.current is not None and window.current[0] == slug:
        window.current = None
    document.acts_changed.emit()


class RemoveActCommand(QUndoCommand):
    """An act removed (with its edits); undo puts it back with them. Not kept in the project's
    undo history: it lives as long as the window."""

    def __init__(self, window: MainWindow, removed: act_removal.RemovedAct) -> None:
        title = removed.act.title or removed.act.slug
        super().__init__(translate("MainWindow", "remove %1").replace("%1", title))
        self.window, self.removed, self.slug = window, removed, removed.act.slug
        self.done = True  # pushed after the act was removed: the first redo has nothing to do

    def redo(self) -> None:
        document = self.window.document
        if self.done or document is None:
            self.done = False
            return
        self.removed = act_removal.remove_act(document.project, self.slug)
        _forget(self.window, document, self.slug)

    def undo(self) -> None:
        document = self.window.document
        if document is None:
            return
        self.slug = document.add_act(self.removed.act)
        act_removal.restore_edits(document.project, self.slug, self.removed)
        document.draft.for_act(self.slug).proposals = dict(self.removed.proposals)
        document.acts_changed.emit()


class ActRemoval(QObject):
    """The File menu's Remove Act action, on the act selected in the tree (or shown)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("removeActAction")
        menu = window.menu_actions.file_menu
        after = window.menu_actions.act_properties_action
        actions = menu.actions()
        following = actions[actions.index(after) + 1] if after in actions[:-1] else None
        menu.insertAction(following, self.action)  # type: ignore[arg-type]
        menu.aboutToShow.connect(self._on_file_menu_about_to_show)
        self.action.triggered.connect(self.remove_chosen_act)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(translate("MainWindow", "Re&move Act From Project"))
        self.action.setToolTip(
            translate(
                "MainWindow",
                "Take the chosen act and its changes out of the draft (Undo brings them back)",
            )
        )

    def chosen_act(self) -> m.Act | None:
        window, document = self.window, self.window.document
        if document is None:
            return None
        slug = window.current[0] if window.current else window.tree.chosen_act()
        return document.act(slug) if slug else None

    def _on_file_menu_about_to_show(self) -> None:
        self.retranslate()
        document = self.window.document
        self.action.setEnabled(
            document is not None and not document.read_only and self.chosen_act() is not None
        )

    def remove_chosen_act(self) -> bool:
        """Remove the chosen act as one undoable step; a refusal is said in a dialog."""
        window, document, act = self.window, self.window.document, self.chosen_act()
        if document is None or act is None or document.read_only:
            return False
        if not document.flush():
            return False
        try:
            removed = act_removal.remove_act(document.project, act.slug)
        except (DrafterError, OSError) as exc:
            window.show_error(translate("MainWindow", "Cannot remove the act"), error_text(exc))
            return False
        _forget(window, document, act.slug)
        window.undo_stack.push(RemoveActCommand(window, removed))
        document.undo_changed(0)  # the project lost the act's steps: its history is written anew
        window.statusBar().showMessage(
            translate("MainWindow", "Removed %1 from the draft").replace(
                "%1", act.title or act.slug
            ),
            8000,
        )
        return True
