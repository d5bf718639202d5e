"""The window's approval-round work: remarks beside the wordings, badges in the tree, the Rounds
window and the review of returned files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from drafter.core import model as m
from drafter.core.profiles import get_profile
from drafter.ui.letter_remark_dialog import LetterRemarkDialog
from drafter.ui.remark_actions import RemarkActions
from drafter.ui.review_dialog import ReviewDialog
from drafter.ui.review_source import ReviewSource
from drafter.ui.round_window import RoundWindow
from drafter.ui.rounds_dialog import RoundsDialog
from drafter.ui.tree_panel import row_key
from drafter.ui.unit_tree import RemarkBadgeDelegate, unit_label

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate
Key = tuple[str, str]
CITED_RU = {m.ARTICLE: "ст.", m.CHAPTER: "гл."}  # a top-level unit as a bill cites it


class Reviews(QObject):
    """Everything about remarks the window shows, over the open draft's review calls."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.source: ReviewSource | None = None
        self.dialogs: list[ReviewDialog] = []
        self.rounds_dialog: RoundsDialog | None = None
        self.letter_dialog: LetterRemarkDialog | None = None
        self.letter_action = QAction(window)
        self.letter_action.triggered.connect(self.add_letter_remark)
        window.editors.remarks.letter_button.setDefaultAction(self.letter_action)
        tree = window.tree.unit_tree
        tree.setItemDelegate(RemarkBadgeDelegate(tree))
        # The Remarks tab, F8 / Shift+F8, red badges, the tree's filters, the status bar.
        self.remark_actions = RemarkActions(window)

    def set_document(self, document: DraftDocument | None) -> None:
        """A draft was opened: the review calls are the document's own."""
        self.remark_actions.set_document(document)
        self.set_source(document)

    def set_source(self, source: ReviewSource | None) -> None:
        for dialog in self.dialogs:
            dialog.close()
        self.dialogs = []
        self.source = source
        self.refresh()

    # --- what the window shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Badges in the tree, the remarks of the shown unit and the Rounds window, afresh."""
        counts = self.source.open_remark_counts() if self.source is not None else {}
        self.window.tree.tree_model.set_remark_counts(counts)
        self.window.tree.unit_tree.viewport().update()
        self.remark_actions.refresh()
        self.show_unit(self.window.current)
        if self.rounds_dialog is not None and self.rounds_dialog.isVisible():
            self._fill_rounds()

    def show_unit(self, key: Key | None) -> None:
        """The remarks of the unit shown beside its wordings."""
        source = self.source
        remarks = source.remarks(*key) if source is not None and key is not None else []
        slug = key[0] if key is not None else ""
        self.window.editors.show_remarks(
            remarks, lambda address: self.describe(slug, address, short=True)
        )
        self.remark_actions.show_unit(key)
        self._update_letter_action()

    def describe(self, slug: str, address: str, *, short: bool = False, cited: bool = False) -> str:
        """«Статья 322.1 ч. 2» (with the act's name when the draft has several acts); ``cited``:
        as a bill cites it, «ст. 322.1 ч. 2» (no act); ``short``: without the top-level unit."""
        document = self.window.document
        act = document.act(slug) if document is not None else None
        if document is None or act is None:
            return f"{slug} {address}"
        steps = address.split("/")
        labels = []
        for depth in range(1, len(steps) + 1):
            prefix = "/".join(steps[:depth])
            unit = act.find(prefix) or (
                document.proposed_unit(slug, prefix) if depth == 1 else None
            )
            if unit is None:  # gone from the draft: named from its address («art:322.4»)
                key, _, number = steps[depth - 1].partition(":")
                kind = get_profile(act.profile).kind_for_key(key)
                unit = m.Unit(kind=kind, number=number) if kind and number else None
            if unit is None:
                labels.append(steps[depth - 1])
            elif cited and depth == 1 and act.language == "ru" and unit.kind in CITED_RU:
                labels.append(f"{CITED_RU[unit.kind]} {unit.number}")
            elif not (short and depth == 1):
                labels.append(unit_label(m.Unit(kind=unit.kind, number=unit.number), act.language))
        text = " ".join(labels)
        if len(document.acts) > 1 and not short and not cited:
            text = f"{act.slug}: {text}"
        return text

    # --- placing by a click in the tree ---------------------------------------------------
    def on_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """A unit clicked while a preview is open: the preview's selected rows go on it."""
        if not current.isValid():
            return
        for dialog in reversed(self.dialogs):
            if dialog.isVisible():
                dialog.place(*row_key(current))
                return

    # --- the Rounds window and returned files ---------------------------------------------
    def open_rounds(self) -> None:
        """The Rounds window: its work is ui/round_window.py's."""
        if self.rounds_dialog is None:
            self.rounds_window = RoundWindow(self.window, self)
            self.rounds_dialog = self.rounds_window.dialog
        self.rounds_window.open()

    def _fill_rounds(self) -> None:
        if self.rounds_dialog is not None:
            self.rounds_window.fill()

    # --- remarks from a letter, by hand ---------------------------------------------------
    def selected_unit(self) -> Key | None:
        """The unit chosen in the tree: a part or point of the unit shown, or the unit shown."""
        current, chosen = self.window.current, self.window.tree.chosen
        if current is None:
            return None
        if chosen is not None and chosen[0] == current[0]:
            if chosen[1] == current[1] or chosen[1].startswith(current[1] + "/"):
                return chosen
        return current

    def _update_letter_action(self) -> None:
        """«Add Remark from a Letter…»: for the unit selected, once the draft has a round."""
        action = self.letter_action
        action.setText(translate("Reviews", "Add Remark from a Letter…"))
        action.setToolTip(
            translate("Reviews", "Enter a remark an agency made by letter on the selected unit")
        )
        document, source = self.window.document, self.source
        writable = document is not None and not document.read_only and source is not None
        has_round = writable and source is not None and bool(source.rounds())
        action.setEnabled(has_round and self.selected_unit() is not None)

    def add_letter_remark(self) -> LetterRemarkDialog | None:
        """The dialog for a remark of a letter on the selected unit (OK stores it)."""
        key, source, document = self.selected_unit(), self.source, self.window.document
        if key is None or source is None or document is None:
            return None
        slug, address = key

        def store(agency: str, number: int, text: str, proposed: str | None, quote: str) -> None:
            document.add_letter_remark(agency, number, slug, address, text, proposed, quote)

        unit = self.describe(slug, address, cited=True)
        act = document.act(slug)
        act_title = (act.title or act.slug) if act is not None else slug
        dialog = LetterRemarkDialog(self.window, source.rounds(), act_title, unit, store)
        dialog.accepted.connect(lambda: self._on_letter_remark_stored(unit))
        dialog.finished.connect(dialog.deleteLater)
        self.letter_dialog = dialog
        dialog.open()
        return dialog

    def _on_letter_remark_stored(self, unit: str) -> None:
        text = translate("Reviews", "Remark added to %1").replace("%1", unit)
        self.window.statusBar().showMessage(text, 8000)
        self.refresh()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("Reviews", "Add Returned Files"),
            str(self.window.files.last_folder()),
            translate("Reviews", "Word documents (*.docx)"),
        )
        self.review_files([Path(path) for path in paths])

    def review_files(self, paths: list[Path]) -> list[ReviewDialog]:
        """A preview window for each returned file (the drafter names the agency, then imports)."""
        document, source = self.window.document, self.source
        if not paths:
            return []
        if document is None or document.read_only or source is None:
            self.window.show_error(
                translate("Reviews", "Cannot read returned files"),
                translate("Reviews", "Open a draft you can edit to read the agencies' files."),
            )
            return []
        opened = []
        for path in paths:
            dialog = ReviewDialog(self.window, source, path, self.describe)
            dialog.stored.connect(self._on_dialog_stored)
            dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
            self.dialogs.append(dialog)
            dialog.show()
            opened.append(dialog)
        return opened

    def _forget(self, dialog: ReviewDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        if dialog.job is None:  # an import still running reports to it first
            dialog.deleteLater()

    def _on_dialog_stored(self, count: int) -> None:
        text = translate("Reviews", "Remarks imported: %1").replace("%1", str(count))
        self.window.statusBar().showMessage(text, 8000)
        self.refresh()
